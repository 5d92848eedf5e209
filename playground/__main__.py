"""`python -m playground` enters the same command line as `python main.py`."""

import sys

from playground.cli import main

if __name__ == "__main__":  # spawned training processes import this module again
    sys.exit(main())
