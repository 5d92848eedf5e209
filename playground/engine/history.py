"""History: one row of metrics per finished epoch, as plain lists that are cheap to append."""

from __future__ import annotations

import csv
import io
import itertools
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

    def to_dict(self, max_rows: int | None = None) -> dict[str, list]:
        """Plain lists for saving; every value that is not a finite number (NaN: no test set)
        becomes None, so the result is valid JSON. With max_rows, a longer history is thinned
        to at most that many rows: the epochs divisible by a power of two, and the last one."""
        keep = self._kept_rows(max_rows)
        out = {name: _finite_or_none(self.rows[name], keep) for name in self.columns}
        rows = self.grad_norms if keep is None else [self.grad_norms[i] for i in keep]
        out["grad_norms"] = [_finite_or_none(row) for row in rows]
        return out

    def load_dict(self, data: dict[str, list]) -> None:
        """Replace the rows with saved ones (the inverse of to_dict); ValueError names the first
        column that is not a list of numbers or null, of the others' length, epochs rising."""
        if not isinstance(data, dict):
            raise ValueError("must be an object of columns")
        rows = {name: _column(name, data.get(name)) for name in self.columns}
        lengths = {len(rows[name]) for name in self.columns}
        if len(lengths) != 1:
            raise ValueError("history columns have different lengths")
        epochs = rows["epoch"]
        if any(not (isinstance(e, float) and e.is_integer() and e >= 1) for e in epochs) or \
                any(b <= a for a, b in itertools.pairwise(epochs)):
            raise ValueError("epoch: must be rising whole numbers from 1")
        grad_norms = data.get("grad_norms")
        if not isinstance(grad_norms, list) or len(grad_norms) != len(epochs):
            raise ValueError(f"grad_norms: must be a list of {len(epochs)} rows, one per epoch")
        grad_norms = [_column("grad_norms", row) for row in grad_norms]
        if len({len(row) for row in grad_norms}) > 1:
            raise ValueError("grad_norms: every row must have one value per layer")
        rows["epoch"] = [int(e) for e in epochs]
        self.rows, self.grad_norms = rows, grad_norms

    def layers(self) -> int | None:
        """How many layers each grad_norms row has (None before the first row)."""
        return len(self.grad_norms[0]) if self.grad_norms else None

    def _kept_rows(self, max_rows: int | None) -> list[int] | None:
        """The rows a save of at most max_rows keeps (None: all of them)."""
        if max_rows is None or len(self) <= max_rows:
            return None
        epochs = self.rows["epoch"]
        stride = 1
        while epochs[-1] // stride + 1 > max_rows:
            stride *= 2
        return [i for i, epoch in enumerate(epochs) if epoch % stride == 0 or i == len(epochs) - 1]

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


def _finite_or_none(values: list[float], keep: list[int] | None = None) -> list[float | None]:
    """values (or those at the indices keep) with every non-finite one as None."""
    chosen = values if keep is None else [values[i] for i in keep]
    return [v if math.isfinite(v) else None for v in chosen]


def _column(name: str, values: object) -> list[float]:
    """A saved column as floats (None is NaN); ValueError unless it holds numbers or null."""
    if not isinstance(values, list):
        raise ValueError(f"{name}: must be a list")
    try:
        column = [math.nan if v is None else float(v) for v in values
                  if v is None or (type(v) in (int, float))]
    except OverflowError:
        column = []
    if len(column) != len(values) or any(math.isinf(v) for v in column):
        raise ValueError(f"{name}: must hold only finite numbers or null")
    return column


def _nan(value: float) -> bool:
    return isinstance(value, float) and math.isnan(value)
