"""History: one row of metrics per finished epoch, as plain lists that are cheap to append."""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import BinaryIO

import numpy as np

from playground.engine import files

CLASSIFICATION_COLUMNS = ("epoch", "train_loss", "penalty", "test_loss",
                          "train_accuracy", "test_accuracy")
REGRESSION_COLUMNS = ("epoch", "train_loss", "penalty", "test_loss", "train_rmse", "test_rmse")


class History:
    """Per-epoch metrics; train_loss includes the penalty, test_loss does not; NaN = no test set."""

    def __init__(self, task: str) -> None:
        self.task = task
        self.columns = CLASSIFICATION_COLUMNS if task == "classification" else REGRESSION_COLUMNS
        self.rows: dict[str, list[float]] = {name: [] for name in self.columns}
        self.grad_norms: list[list[float]] = []

    def __len__(self) -> int:
        return len(self.rows["epoch"])

    def __getitem__(self, column: str) -> list[float]:
        return self.rows[column]

    def append(self, grad_norms: list[float], **values: float) -> None:
        """Add one epoch's row; every column must be given."""
        for name in self.columns:
            self.rows[name].append(values[name])
        self.grad_norms.append(grad_norms)

    def last(self) -> dict[str, float]:
        """The newest row, or an empty dict before the first epoch."""
        return {name: self.rows[name][-1] for name in self.columns} if len(self) else {}

    def arrays(self, start: int = 0) -> dict[str, np.ndarray]:
        """Fresh float arrays of each column from row `start` on, grad_norms (rows, layers)."""
        out = {name: np.array(self.rows[name][start:], dtype=np.float64) for name in self.columns}
        out["grad_norms"] = np.array(self.grad_norms[start:], dtype=np.float64)
        return out

    def clear(self) -> None:
        """Forget every row (a reset)."""
        for values in self.rows.values():
            values.clear()
        self.grad_norms.clear()

    def to_dict(self) -> dict[str, list]:
        """Plain lists for saving; NaN (no test set) becomes None so the result is valid JSON."""
        out = {name: [None if _nan(v) else v for v in self.rows[name]] for name in self.columns}
        out["grad_norms"] = [list(row) for row in self.grad_norms]
        return out

    def load_dict(self, data: dict[str, list]) -> None:
        """Replace the rows with saved ones (the inverse of to_dict)."""
        lengths = {len(data[name]) for name in self.columns}
        if len(lengths) != 1:
            raise ValueError("history columns have different lengths")
        for name in self.columns:
            self.rows[name] = [math.nan if v is None else float(v) for v in data[name]]
        self.rows["epoch"] = [int(v) for v in self.rows["epoch"]]
        self.grad_norms = [list(map(float, row)) for row in data.get("grad_norms", [])]

    def to_csv(self, path: str | Path) -> None:
        """Write one line per epoch with a header; an empty cell where there is no test set.

        Atomic (files.write_atomic): FileRefused, the old file intact, if it cannot be written.
        """
        files.write_atomic(path, self._write_csv)

    def _write_csv(self, binary: BinaryIO) -> None:
        handle = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=True)
        writer = csv.writer(handle)
        writer.writerow(self.columns)
        for i in range(len(self)):
            writer.writerow("" if _nan(self.rows[c][i]) else repr(self.rows[c][i])
                            for c in self.columns)
        handle.detach()  # the caller syncs and closes the file


def _nan(value: float) -> bool:
    return isinstance(value, float) and math.isnan(value)
