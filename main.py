"""Entry point: `python main.py [command]` runs the playground's command line."""

import sys

from playground.cli import main

if __name__ == "__main__":
    sys.exit(main())
