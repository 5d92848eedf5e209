"""Toy 2-D datasets: seeded generators after the web TensorFlow Playground, and a Dataset of
points, labels and a train/test mask that the UI edits and the trainer reads."""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

DOMAIN = 6.0  # generated data lie (roughly) in [-DOMAIN, DOMAIN]^2
MAX_NOISE = 0.5  # noise is a fraction in [0, MAX_NOISE], the web playground's 0-50 %
MAX_POINTS = 200_000
MAX_CLASSES = 32  # class labels are 0..MAX_CLASSES - 1
TASKS = ("classification", "regression")

Sample = tuple[np.ndarray, np.ndarray]  # points (n, 2) float64, labels (n,)
Sampler = Callable[[np.random.Generator, int, float, int], Sample]  # (rng, n, noise, classes)


def _class_sizes(n: int, k: int) -> list[int]:
    """Near-equal sizes of k classes summing to n (the first n % k classes get one more)."""
    return [n // k + (j < n % k) for j in range(k)]


def _circle(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Disc r < 2.5 (class 1) in a ring 3.5 < r < 5 (class 0); noise only moves the label test."""
    n_out = n // 2
    radius = np.concatenate([rng.uniform(0, 2.5, n - n_out), rng.uniform(3.5, 5, n_out)])
    angle = rng.uniform(0, 2 * np.pi, n)
    points = radius[:, None] * np.column_stack([np.sin(angle), np.cos(angle)])
    noisy = points + rng.uniform(-5, 5, (n, 2)) * noise
    return points, (np.hypot(noisy[:, 0], noisy[:, 1]) < 2.5).astype(np.int64)


def _xor(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Uniform points kept 0.3 off the axes; class 1 where x*y >= 0 at the noisy point."""
    points = rng.uniform(-5, 5, (n, 2))
    points += np.where(points > 0, 0.3, -0.3)
    noisy = points + rng.uniform(-5, 5, (n, 2)) * noise
    return points, (noisy[:, 0] * noisy[:, 1] >= 0).astype(np.int64)


def _gauss(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Normal blobs at (-2, -2) (class 0) and (2, 2) (class 1) with variance 0.5 + 7 * noise."""
    labels = np.repeat(np.arange(2), _class_sizes(n, 2))
    centres = np.array([[-2.0, -2.0], [2.0, 2.0]])
    return centres[labels] + rng.normal(0, math.sqrt(0.5 + 7 * noise), (n, 2)), labels


def _spiral(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Arm j (class j) turns 1.75 times out to radius 5 from angle 2 pi j / classes."""
    sizes = np.array(_class_sizes(n, classes))
    labels = np.repeat(np.arange(classes), sizes)
    arm_size = np.repeat(sizes, sizes)
    along = (np.arange(n) - np.repeat(np.cumsum(sizes) - sizes, sizes)) / arm_size  # i / (n / k)
    turn = 1.75 * 2 * np.pi * along + 2 * np.pi * labels / classes
    points = (5 * along)[:, None] * np.column_stack([np.sin(turn), np.cos(turn)])
    return points + rng.uniform(-1, 1, (n, 2)) * noise, labels


def _blobs(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Normal blobs on a circle of radius 3.5, std 0.5 * sqrt(0.5 + 7 * noise): apart at noise 0."""
    labels = np.repeat(np.arange(classes), _class_sizes(n, classes))
    angle = np.pi / 4 + 2 * np.pi * np.arange(classes) / classes
    centres = 3.5 * np.column_stack([np.cos(angle), np.sin(angle)])
    return centres[labels] + rng.normal(0, 0.5 * math.sqrt(0.5 + 7 * noise), (n, 2)), labels


def _moons(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Two interleaved half circles scaled to x in [-5, 5], with normal jitter of std 2 * noise."""
    labels = np.repeat(np.arange(2), _class_sizes(n, 2))
    t = rng.uniform(0, np.pi, n)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
    points = (np.where(labels[:, None] == 0, upper, lower) - [0.5, 0.25]) * (10 / 3)
    return points + rng.normal(0, 2 * noise, (n, 2)), labels


def _plane(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Uniform points labelled (x + y) / 10 at the noisy point."""
    points = rng.uniform(-DOMAIN, DOMAIN, (n, 2))
    noisy = points + rng.uniform(-DOMAIN, DOMAIN, (n, 2)) * noise
    return points, noisy.sum(axis=1) / 10


_BUMPS = np.array(  # centre x, centre y, sign
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]]
)


def _reg_gauss(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Uniform points labelled by the strongest of six signed cones max(0, 1 - dist / 2)."""
    points = rng.uniform(-DOMAIN, DOMAIN, (n, 2))
    noisy = points + rng.uniform(-DOMAIN, DOMAIN, (n, 2)) * noise
    dist = np.hypot(noisy[:, :1] - _BUMPS[:, 0], noisy[:, 1:] - _BUMPS[:, 1])  # (n, 6)
    height = np.maximum(0.0, 1 - dist / 2)
    best = np.argmax(height, axis=1)
    return points, _BUMPS[best, 2] * height[np.arange(n), best]


@dataclass(frozen=True)
class Generator:
    """A named generator and what a UI needs to offer it (classes 0..0 for regression)."""

    name: str
    task: str
    default_points: int
    min_classes: int
    max_classes: int
    description: str
    sample: Sampler


generators: dict[str, Generator] = {
    g.name: g
    for g in (
        Generator("circle", "classification", 500, 2, 2, "A disc inside a ring", _circle),
        Generator("xor", "classification", 500, 2, 2, "Four quadrants, alternating", _xor),
        Generator("gauss", "classification", 500, 2, 2, "Two Gaussian blobs", _gauss),
        Generator("spiral", "classification", 500, 2, 2, "Two interleaved spirals", _spiral),
        Generator("spiral_k", "classification", 500, 2, 6, "A spiral with k arms", _spiral),
        Generator("blobs", "classification", 500, 2, 6, "k Gaussian blobs on a ring", _blobs),
        Generator("moons", "classification", 500, 2, 2, "Two interleaved half moons", _moons),
        Generator("plane", "regression", 1200, 0, 0, "A tilted plane, (x + y) / 10", _plane),
        Generator("reg_gauss", "regression", 1200, 0, 0, "Six signed bumps", _reg_gauss),
    )
}


def names(task: str | None = None) -> list[str]:
    """Generator names, all or only those for task ("classification" or "regression")."""
    if task is not None and task not in TASKS:
        raise ValueError(f"unknown task {task!r}; expected one of {', '.join(TASKS)}")
    return [name for name, g in generators.items() if task in (None, g.task)]


def info(name: str) -> Generator:
    """The generator called name (task, default size, class range, description)."""
    try:
        return generators[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown dataset {name!r}; known: {', '.join(generators)}") from None


@dataclass(frozen=True)
class GeneratorSpec:
    """The generate() arguments a dataset came from, so a saved file can name its origin."""

    name: str
    seed: int
    noise: float
    n_points: int
    classes: int | None  # None for regression


def generate(
    name: str,
    n_points: int | None = None,
    noise: float = 0.0,
    seed: int = 0,
    classes: int = 2,
    train_fraction: float = 0.5,
) -> Dataset:
    """A fresh dataset from a named generator, identical for identical arguments."""
    gen = info(name)
    n_points = gen.default_points if n_points is None else n_points
    _check_int("n_points", n_points, 1, MAX_POINTS)
    if not isinstance(noise, numbers.Real) or not 0 <= noise <= MAX_NOISE:
        raise ValueError(f"noise must be a number in [0, {MAX_NOISE}], got {noise!r}")
    _check_int("seed", seed, 0, None)
    is_classification = gen.task == "classification"
    if is_classification:
        _check_int(f"classes for {name!r}", classes, gen.min_classes, gen.max_classes)
    _check_fraction(train_fraction)
    rng = np.random.default_rng(seed)
    points, labels = gen.sample(rng, n_points, float(noise), classes)
    order = rng.permutation(n_points)  # mix the classes, as the web playground shuffles
    used_classes = classes if is_classification else None
    dataset = Dataset(
        points[order],
        labels[order],
        gen.task,
        n_classes=used_classes,
        generator=GeneratorSpec(name, int(seed), float(noise), int(n_points), used_classes),
    )
    dataset.split(train_fraction, seed)
    return dataset


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
            present = np.unique(self.train_labels)
            if len(present) < 2:
                return (
                    "Classification needs training points of at least two classes; "
                    f"the training points are all class {present[0]}."
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
        rows = ["x,y,label,split"]
        for (x, y), label, train in zip(
            self.points.tolist(), self.labels.tolist(), self.is_train.tolist(), strict=True
        ):
            rows.append(f"{x!r},{y!r},{label!r},{'train' if train else 'test'}")
        Path(path).write_text("\n".join(rows) + "\n", encoding="utf-8")

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
        coords, labels, train = _read_csv(Path(path), task, n_classes)
        dataset = cls(
            np.array(coords, dtype=np.float64),
            np.array(labels, dtype=np.int64 if task == "classification" else np.float64),
            task,
            n_classes,
            None if train is None else np.array(train, dtype=bool),
        )
        if train is None:
            dataset.split(train_fraction, seed)
        return dataset


_HEADER = ["x", "y", "label", "split"]


def _read_csv(path: Path, task: str, n_classes: int | None) -> tuple[list, list, list | None]:
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
    label_limit = MAX_CLASSES if n_classes is None else n_classes
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
        if not n_columns and [f.lower() for f in fields] in (_HEADER[:3], _HEADER):
            n_columns, header_line = len(fields), line_number
            continue
        if len(fields) != (n_columns or len(fields)) or len(fields) not in (3, 4):
            expected = n_columns or "3 or 4"
            raise ValueError(
                f"{where}: expected {expected} columns (x,y,label[,split]), got {len(fields)}"
            )
        n_columns = len(fields)
        x, y, label = (_parse_number(fields[i], _HEADER[i], where) for i in range(3))
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
    return array


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
