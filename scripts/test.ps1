# Set up the development environment and run the whole test suite on Windows.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3.11 -m venv .venv }
& .venv\Scripts\python.exe -m pip install --quiet --upgrade pip
& .venv\Scripts\python.exe -m pip install --quiet -e ".[dev]"
& .venv\Scripts\python.exe scripts\fetch_model.py
$env:QT_QPA_PLATFORM = "offscreen"
& .venv\Scripts\ruff.exe check .
& .venv\Scripts\mypy.exe app main.py tests bench
& .venv\Scripts\lint-imports.exe --no-cache --contract layers --contract qt-only-in-ui --contract domain-is-a-leaf --contract ui-through-services
& .venv\Scripts\python.exe scripts\check_dependencies.py
& .venv\Scripts\python.exe -m pytest @args
exit $LASTEXITCODE
