"""The Dataset model: points, labels and a train/test mask the UI edits and the trainer reads."""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from playground.engine import csv_io

DOMAIN = 6.0  # generated data lie (roughly) in [-DOMAIN, DOMAIN]^2
MAX_NOISE = 0.5  # noise is a fraction in [0, MAX_NOISE], the web playground's 0-50 %
MAX_POINTS = 200_000
MAX_CLASSES = 32  # class labels are 0..MAX_CLASSES - 1
MAX_VALUE = 1e18  # coordinates and targets: training is float32 and squares them (x1^2)
TASKS = ("classification", "regression")


@dataclass(frozen=True)
class GeneratorSpec:
    """The generate() arguments a dataset came from, so a saved file can name its origin."""

    name: str
    seed: int
    noise: float
    n_points: int
    classes: int | None  # None for regression


class Dataset:
    """Points (n, 2) with labels (n,) and a train mask (n,): what the UI draws and the trainer fits.

    Classification labels are int64 class indices below n_classes; regression labels float64 and
    n_classes is None. `generator` records the generate() call; adding or removing points drops it.
    """

    def __init__(
        self,
        points: np.ndarray,
        labels: np.ndarray,
        task: str = "classification",
        n_classes: int | None = None,
        is_train: np.ndarray | None = None,
        generator: GeneratorSpec | None = None,
    ) -> None:
        if task not in TASKS:
            raise ValueError(f"unknown task {task!r}; expected one of {', '.join(TASKS)}")
        self.task = task
        self.points = _as_points(points, "points")
        self.labels = _as_labels(labels, len(self.points), task, "labels")
        if task == "regression":
            if n_classes is not None:
                raise ValueError("n_classes must be None for a regression dataset")
        elif n_classes is None:
            n_classes = max(2, int(self.labels.max(initial=0)) + 1)
        else:
            _check_int("n_classes", n_classes, 2, MAX_CLASSES)
            if self.n and self.labels.max() >= n_classes:
                raise ValueError(
                    f"labels go up to {self.labels.max()} but n_classes is {n_classes}"
                )
        self.n_classes = None if n_classes is None else int(n_classes)
        self.is_train = (
            np.ones(self.n, bool) if is_train is None else _as_mask(is_train, self.n, "is_train")
        )
        self.generator = generator

    def __repr__(self) -> str:
        classes = f", n_classes={self.n_classes}" if self.n_classes is not None else ""
        return f"Dataset(n={self.n}, task={self.task!r}{classes}, train={self.is_train.sum()})"

    @property
    def n(self) -> int:
        """Number of points."""
        return len(self.points)

    @property
    def train_points(self) -> np.ndarray:
        """Training points (n_train, 2), a copy."""
        return self.points[self.is_train]

    @property
    def train_labels(self) -> np.ndarray:
        """Training labels (n_train,), a copy."""
        return self.labels[self.is_train]

    @property
    def test_points(self) -> np.ndarray:
        """Test points (n_test, 2), a copy."""
        return self.points[~self.is_train]

    @property
    def test_labels(self) -> np.ndarray:
        """Test labels (n_test,), a copy."""
        return self.labels[~self.is_train]

    def class_counts(self) -> np.ndarray:
        """Number of points of each class (n_classes,) int64, for a legend or balance check."""
        if self.n_classes is None:
            raise ValueError("a regression dataset has no classes")
        return np.bincount(self.labels, minlength=self.n_classes)

    def split(self, train_fraction: float, seed: int = 0) -> None:
        """Make exactly round(n * train_fraction) points, picked by a seeded permutation, train."""
        _check_fraction(train_fraction)
        _check_int("seed", seed, 0, None)
        chosen = np.random.default_rng(seed).permutation(self.n)[: round(self.n * train_fraction)]
        self.is_train = np.zeros(self.n, bool)
        self.is_train[chosen] = True

    def add_points(
        self, points: np.ndarray, labels: np.ndarray, train: np.ndarray | None = None
    ) -> np.ndarray:
        """Append points (m, 2) with labels (m,), train unless mask train (m,) says; new indices.

        A class label at or past n_classes (up to MAX_CLASSES - 1) raises n_classes to fit it, so
        drawing with a new colour adds a class.
        """
        new_points = _as_points(points, "new points")
        m = len(new_points)
        new_labels = _as_labels(labels, m, self.task, "new labels")
        new_train = np.ones(m, bool) if train is None else _as_mask(train, m, "train")
        start = self.n
        self.points = np.concatenate([self.points, new_points])
        self.labels = np.concatenate([self.labels, new_labels])
        self.is_train = np.concatenate([self.is_train, new_train])
        if m:
            self.generator = None
            if self.n_classes is not None:
                self.n_classes = max(self.n_classes, int(new_labels.max()) + 1)
        return np.arange(start, start + m)

    def remove_points(self, indices: Sequence[int] | np.ndarray) -> None:
        """Delete the points at indices (k,) (each in 0..n-1; repeats allowed)."""
        indices = np.asarray(indices)
        if indices.size == 0:
            return
        if indices.ndim != 1 or indices.dtype.kind not in "iu":
            raise ValueError(f"indices must be a 1-D array of integers, got {indices.dtype}")
        if indices.min() < 0 or indices.max() >= self.n:
            raise ValueError(f"indices must be in 0..{self.n - 1}")
        keep = np.ones(self.n, bool)
        keep[indices] = False
        self.points, self.labels, self.is_train = (
            self.points[keep],
            self.labels[keep],
            self.is_train[keep],
        )
        self.generator = None

    def remove_within(self, center: Sequence[float], radius: float) -> np.ndarray:
        """Eraser: delete points at distance <= radius from center (2,); their old indices."""
        center = np.asarray(center, dtype=np.float64)
        if center.shape != (2,) or not np.isfinite(center).all():
            raise ValueError(f"center must be a finite point (x, y), got {center!r}")
        if not isinstance(radius, numbers.Real) or not 0 <= radius < math.inf:
            raise ValueError(f"radius must be a finite number >= 0, got {radius!r}")
        offset = self.points - center
        hit = np.flatnonzero(np.hypot(offset[:, 0], offset[:, 1]) <= radius)
        self.remove_points(hit)
        return hit

    def check_trainable(self) -> str | None:
        """Why this dataset cannot be trained on yet (a message for the user), or None if it can."""
        if not self.is_train.any():
            if self.n == 0:
                return "There are no points yet: add some training points."
            return "There are no training points: mark some points as training points."
        if self.n_classes is not None:
            labels = self.train_labels
            if not (labels != labels[0]).any():  # asked before every slice: no sort (np.unique)
                return (
                    "Classification needs training points of at least two classes; "
                    f"the training points are all class {labels[0]}."
                )
        return None

    def copy(self) -> Dataset:
        """An independent copy (arrays copied)."""
        return Dataset(
            self.points, self.labels, self.task, self.n_classes, self.is_train, self.generator
        )

    def to_dict(self) -> dict:
        """Plain lists, numbers and strings (JSON-ready); from_dict restores it exactly."""
        return {
            "task": self.task,
            "n_classes": self.n_classes,
            "points": self.points.tolist(),
            "labels": self.labels.tolist(),
            "is_train": self.is_train.tolist(),
            "generator": None if self.generator is None else asdict(self.generator),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Dataset:
        """The dataset that to_dict produced data from, validated."""
        missing = [
            key for key in ("task", "n_classes", "points", "labels", "is_train") if key not in data
        ]
        if missing:
            raise ValueError(f"dataset dict is missing {', '.join(map(repr, missing))}")
        spec = data.get("generator")
        try:
            generator = None if spec is None else GeneratorSpec(**spec)
        except TypeError as error:
            raise ValueError(f"bad generator record {spec!r}: {error}") from None
        points, labels, is_train = (
            np.asarray(data[key]) for key in ("points", "labels", "is_train")
        )
        if not len(points):  # an empty list has no shape or dtype to check
            points, labels, is_train = np.empty((0, 2)), np.empty(0), np.empty(0, bool)
        return cls(points, labels, data["task"], data["n_classes"], is_train, generator)

    def to_csv(self, path: str | Path) -> None:
        """Write `x,y,label,split` rows, floats in repr form so from_csv reads them back exactly."""
        csv_io.write_csv(self.points, self.labels, self.is_train, path)

    @classmethod
    def from_csv(
        cls,
        path: str | Path,
        task: str = "classification",
        n_classes: int | None = None,
        train_fraction: float = 0.5,
        seed: int = 0,
    ) -> Dataset:
        """Read `x,y,label[,split]` rows (header optional); split by train_fraction if no column.

        Any problem raises ValueError naming the file and line; nothing is half-loaded.
        """
        if task not in TASKS:
            raise ValueError(f"unknown task {task!r}; expected one of {', '.join(TASKS)}")
        if n_classes is not None:
            if task == "regression":
                raise ValueError("n_classes must be None for a regression dataset")
            _check_int("n_classes", n_classes, 2, MAX_CLASSES)
        _check_fraction(train_fraction)
        _check_int("seed", seed, 0, None)
        label_limit = MAX_CLASSES if n_classes is None else n_classes
        points, labels, is_train = csv_io.read_csv(path, task, label_limit)
        try:
            dataset = cls(points, labels, task, n_classes, is_train)
        except ValueError as err:
            raise ValueError(f"{Path(path).name}: {err}") from None
        if is_train is None:
            dataset.split(train_fraction, seed)
        return dataset


def _check_int(what: str, value: object, low: int, high: int | None) -> None:
    """ValueError unless value is an int (not bool) in [low, high] (high None: no upper bound)."""
    if (
        not isinstance(value, numbers.Integral)
        or isinstance(value, bool)
        or value < low
        or (high is not None and value > high)
    ):
        bound = f">= {low}" if high is None else f"in {low}..{high}" if high > low else f"= {low}"
        raise ValueError(f"{what} must be an integer {bound}, got {value!r}")


def _check_fraction(train_fraction: float) -> None:
    """ValueError unless train_fraction is a number strictly between 0 and 1."""
    if not isinstance(train_fraction, numbers.Real) or not 0 < train_fraction < 1:
        raise ValueError(f"train_fraction must be in (0, 1), got {train_fraction!r}")


def _as_points(points: np.ndarray, what: str) -> np.ndarray:
    """A float64 copy of points checked to be finite with shape (n, 2)."""
    try:
        array = np.array(points, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be numbers of shape (n, 2)") from None
    if array.ndim != 2 or array.shape[1] != 2:
        raise ValueError(f"{what} must have shape (n, 2), got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError(f"{what} must be finite (no NaN or inf)")
    _check_range(array, what)
    return array


def _check_range(array: np.ndarray, what: str) -> None:
    """Refuse values whose training in float32 would overflow at once (a finite array)."""
    largest = float(np.abs(array).max(initial=0.0))
    if largest > MAX_VALUE:
        raise ValueError(f"values out of range: {what} up to {largest:.3g} overflow float32 "
                         f"training (at most ±{MAX_VALUE:.0e})")


def _as_labels(labels: np.ndarray, n: int, task: str, what: str) -> np.ndarray:
    """A copy of labels (n,): int64 classes in 0..MAX_CLASSES-1, or finite float64 targets."""
    array = np.asarray(labels)
    if array.shape != (n,):
        raise ValueError(f"{what} must have shape ({n},), got {array.shape}")
    if array.dtype.kind not in "iuf":
        raise ValueError(f"{what} must be numbers, got dtype {array.dtype}")
    if array.dtype.kind == "f" and not np.isfinite(array).all():
        raise ValueError(f"{what} must be finite (no NaN or inf)")
    if task == "regression":
        _check_range(array, what)
        return array.astype(np.float64)
    if (array != np.round(array)).any() or (array < 0).any():
        raise ValueError(f"{what} must be non-negative integer class indices")
    if (array >= MAX_CLASSES).any():
        raise ValueError(f"{what} must be below {MAX_CLASSES} (at most {MAX_CLASSES} classes)")
    return array.astype(np.int64)


def _as_mask(mask: np.ndarray, n: int, what: str) -> np.ndarray:
    """A copy of a boolean mask checked to have shape (n,)."""
    array = np.asarray(mask)
    if array.dtype != bool or array.shape != (n,):
        raise ValueError(
            f"{what} must be a bool array of shape ({n},), got {array.dtype} {array.shape}"
        )
    return array.copy()
