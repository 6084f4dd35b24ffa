"""Recognition Desk — start the desktop application, or run a command (``main.py --help``)."""

import os
import sys

# One thread for numpy's OpenBLAS, set before numpy loads: its worker threads spin while they wait, and on a busy
# office PC (or two cores shared with other work) a 10 × 300 cosine took 36 ms with them against 0.2 ms without.
# The matrices here are small; RD_BLAS_THREADS (or OPENBLAS_NUM_THREADS itself) sets another number.
os.environ.setdefault("OPENBLAS_NUM_THREADS", os.environ.get("RD_BLAS_THREADS", "1"))

from app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
