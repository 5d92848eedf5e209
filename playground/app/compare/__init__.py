"""Compare runs: fork the main run, train the copies side by side, see them in one strip."""

from playground.app.compare.runs import Run, Runs

__all__ = ["Run", "Runs"]
