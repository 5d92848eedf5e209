"""`python -m playground` enters the same command line as `python main.py`."""

import sys

from playground.cli import main

sys.exit(main())
