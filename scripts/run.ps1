# Set up the application (first run only) and start it on Windows. Extra arguments go to main.py.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3.11 -m venv .venv }
& .venv\Scripts\python.exe -m pip install --quiet --upgrade pip
& .venv\Scripts\python.exe -m pip install --quiet -e .
& .venv\Scripts\python.exe scripts\fetch_model.py
& .venv\Scripts\python.exe main.py @args
