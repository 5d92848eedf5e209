"""Reading and writing datasets as `x,y,label[,split]` CSV, with errors naming file and line."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

HEADER = ["x", "y", "label", "split"]


def write_csv(
    points: np.ndarray, labels: np.ndarray, is_train: np.ndarray, path: str | Path
) -> None:
    """Write `x,y,label,split` rows, floats in repr form so read_csv reads them back exactly."""
    rows = [",".join(HEADER)]
    for (x, y), label, train in zip(points.tolist(), labels.tolist(), is_train.tolist(),
                                    strict=True):
        rows.append(f"{x!r},{y!r},{label!r},{'train' if train else 'test'}")
    Path(path).write_text("\n".join(rows) + "\n", encoding="utf-8")


def read_csv(
    path: str | Path, task: str, label_limit: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Points (n, 2) float64, labels (n,) and train mask (n,) bool (None if no split column).

    Rows are `x,y,label[,split]` with an optional header; blank lines, a BOM, CRLF, spaces and
    the case of the header and split are tolerated. Labels are int64 class indices below
    label_limit for classification, finite float64 for regression. Any problem raises
    ValueError naming the file and line.
    """
    coords, labels, train = _parse(Path(path), task, label_limit)
    return (
        np.array(coords, dtype=np.float64),
        np.array(labels, dtype=np.int64 if task == "classification" else np.float64),
        None if train is None else np.array(train, dtype=bool),
    )


def _parse(path: Path, task: str, label_limit: int) -> tuple[list, list, list | None]:
    """Parsed coordinates [(x, y)], labels and train flags (None if no split column) of a CSV."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path}: cannot read file: {error.strerror or error}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ValueError(f"{path}, line {line}: not UTF-8 text") from None
    coords: list[tuple[float, float]] = []
    labels: list[float] = []
    train: list[bool] = []
    n_columns = 0  # fixed by the header or the first row
    header_line = 0
    for line_number, line in enumerate(text.split("\n"), 1):
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
        coords.append((x, y))
        labels.append(label)
    if not coords:
        if header_line:
            raise ValueError(f"{path}, line {header_line}: header but no data rows")
        raise ValueError(f"{path}, line 1: file is empty")
    return coords, labels, train if n_columns == 4 else None


def _parse_number(text: str, column: str, where: str) -> float:
    """The finite float in one CSV field; ValueError saying where otherwise."""
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{where}: {column} is not a number: {text!r}") from None
    if not math.isfinite(value):
        raise ValueError(f"{where}: {column} is not finite: {text!r}")
    return value
