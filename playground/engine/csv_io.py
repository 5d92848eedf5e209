"""Reading and writing datasets as `x,y,label[,split]` CSV, with errors naming file and line."""

from __future__ import annotations

import math
from array import array
from pathlib import Path

import numpy as np

from playground.engine import files

HEADER = ["x", "y", "label", "split"]
MAX_BYTES = 100 * files.MB  # two million points as write_csv writes them
MAX_LINE = 1000  # characters in one row; a valid row needs about 60


def write_csv(
    points: np.ndarray, labels: np.ndarray, is_train: np.ndarray, path: str | Path
) -> None:
    """Write `x,y,label,split` rows, floats in repr form so read_csv reads them back exactly."""
    rows = [",".join(HEADER)]
    for (x, y), label, train in zip(points.tolist(), labels.tolist(), is_train.tolist(),
                                    strict=True):
        rows.append(f"{x!r},{y!r},{label!r},{'train' if train else 'test'}")
    files.write_atomic(path, ("\n".join(rows) + "\n").encode("utf-8"))


def read_csv(
    path: str | Path, task: str, label_limit: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Points (n, 2) float64, labels (n,) and train mask (n,) bool (None if no split column).

    Rows are `x,y,label[,split]` with an optional header; blank lines, a BOM, CRLF, spaces and
    the case of the header and split are tolerated. Labels are int64 class indices below
    label_limit for classification, finite float64 for regression. Any problem raises
    ValueError naming the file and line. Only a regular file of at most MAX_BYTES is read,
    row by row, into arrays of 8 bytes a number (files.FileRefused, a ValueError, otherwise).
    """
    xs, ys, labels, train = _parse(Path(path), task, label_limit)
    label_array = np.frombuffer(labels, dtype=np.float64)
    return (
        np.column_stack([np.frombuffer(xs, dtype=np.float64), np.frombuffer(ys, dtype=np.float64)])
        if len(xs) else np.empty((0, 2)),
        label_array.astype(np.int64) if task == "classification" else label_array.copy(),
        None if train is None else np.frombuffer(train, dtype=np.int8).astype(bool),
    )


def _parse(path: Path, task: str, label_limit: int) -> tuple[array, array, array, array | None]:
    """x, y, labels and train flags (None if no split column) of a CSV, as compact arrays."""
    xs, ys, labels, train = array("d"), array("d"), array("d"), array("b")
    n_columns = 0  # fixed by the header or the first row
    header_line = 0
    for line_number, raw in enumerate(files.read_lines(path, MAX_BYTES, MAX_LINE), 1):
        try:
            line = raw.decode("utf-8-sig" if line_number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise ValueError(f"{path}, line {line_number}: not UTF-8 text") from None
        fields = [field.strip() for field in line.split(",")]
        if fields == [""]:
            continue
        where = f"{path}, line {line_number}"
        if not n_columns and [f.lower() for f in fields] in (HEADER[:3], HEADER):
            n_columns, header_line = len(fields), line_number
            continue
        if len(fields) != (n_columns or len(fields)) or len(fields) not in (3, 4):
            expected = n_columns or "3 or 4"
            raise ValueError(
                f"{where}: expected {expected} columns (x,y,label[,split]), got {len(fields)}"
            )
        n_columns = len(fields)
        x, y, label = (_parse_number(fields[i], HEADER[i], where) for i in range(3))
        if task == "classification":
            if label != int(label) or label < 0:
                raise ValueError(
                    f"{where}: class label must be a non-negative integer, got {fields[2]!r}"
                )
            if label >= label_limit:
                raise ValueError(
                    f"{where}: class label {int(label)} is out of range 0..{label_limit - 1}"
                )
        if n_columns == 4:
            split = fields[3].lower()
            if split not in ("train", "test"):
                raise ValueError(f"{where}: split must be 'train' or 'test', got {fields[3]!r}")
            train.append(split == "train")
        xs.append(x)
        ys.append(y)
        labels.append(label)
    if not xs:
        if header_line:
            raise ValueError(f"{path}, line {header_line}: header but no data rows")
        raise ValueError(f"{path}, line 1: file is empty")
    return xs, ys, labels, train if n_columns == 4 else None


def _parse_number(text: str, column: str, where: str) -> float:
    """The finite float in one CSV field; ValueError saying where otherwise."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{where}: {column} is not a number: {text!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"{where}: {column} is not finite: {text!r}")
    return value
