"""Recognition Desk — start the desktop application, or run a command (``main.py --help``)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
