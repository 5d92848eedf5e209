"""Input feature maps of 2-D points (x1, x2, x1^2, sin(x1), ...): the columns fed to the network."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Feature:
    """A named map of points (n, 2) to one input column (n,), with a short label for the UI."""

    name: str
    label: str
    compute: Callable[[np.ndarray, np.ndarray, np.ndarray], object]  # (x1, x2, out) fills out

    def __call__(self, points: np.ndarray) -> np.ndarray:
        """This feature of points (n, 2) as a new array (n,) in the dtype of points."""
        points = _as_points(points)
        out = np.empty(len(points), points.dtype)
        self.compute(points[:, 0], points[:, 1], out)
        return out


features: dict[str, Feature] = {
    f.name: f
    for f in (
        Feature("x1", "x₁", lambda x1, x2, out: np.copyto(out, x1)),
        Feature("x2", "x₂", lambda x1, x2, out: np.copyto(out, x2)),
        Feature("x1^2", "x₁²", lambda x1, x2, out: np.multiply(x1, x1, out=out)),
        Feature("x2^2", "x₂²", lambda x1, x2, out: np.multiply(x2, x2, out=out)),
        Feature("x1*x2", "x₁x₂", lambda x1, x2, out: np.multiply(x1, x2, out=out)),
        Feature("sin(x1)", "sin(x₁)", lambda x1, x2, out: np.sin(x1, out=out)),
        Feature("sin(x2)", "sin(x₂)", lambda x1, x2, out: np.sin(x2, out=out)),
        Feature("cos(x1)", "cos(x₁)", lambda x1, x2, out: np.cos(x1, out=out)),
        Feature("cos(x2)", "cos(x₂)", lambda x1, x2, out: np.cos(x2, out=out)),
        Feature("r", "r", lambda x1, x2, out: np.hypot(x1, x2, out=out)),
        Feature("atan2", "θ", lambda x1, x2, out: np.arctan2(x2, x1, out=out)),
    )
}


def names() -> list[str]:
    """All feature names, in the order a UI should list them."""
    return list(features)


def get(name: str) -> Feature:
    """The feature called name; ValueError listing the known names if there is none."""
    try:
        return features[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown feature {name!r}; known: {', '.join(features)}") from None


def validate(names: Sequence[str]) -> tuple[str, ...]:
    """The chosen feature names as a tuple, checked non-empty, known and free of duplicates."""
    if isinstance(names, str):
        raise ValueError(f"expected a sequence of feature names, got the string {names!r}")
    chosen = tuple(names)
    if not chosen:
        raise ValueError("choose at least one input feature")
    unknown = [name for name in chosen if name not in features]
    if unknown:
        raise ValueError(
            f"unknown feature(s) {', '.join(map(repr, unknown))}; known: {', '.join(features)}"
        )
    repeated = sorted({name for name in chosen if chosen.count(name) > 1})
    if repeated:
        raise ValueError(f"feature(s) chosen more than once: {', '.join(map(repr, repeated))}")
    return chosen


def transform(
    points: np.ndarray, names: Sequence[str], out: np.ndarray | None = None
) -> np.ndarray:
    """Feature matrix (n, len(names)) of points (n, 2) in their float dtype, written into out."""
    points = _as_points(points)
    chosen = validate(names)
    shape = (len(points), len(chosen))
    if out is None:
        out = np.empty(shape, points.dtype)
    elif not isinstance(out, np.ndarray) or out.shape != shape or out.dtype != points.dtype:
        got = (out.shape, out.dtype) if isinstance(out, np.ndarray) else type(out).__name__
        raise ValueError(f"out must be an array of shape {shape}, dtype {points.dtype}; got {got}")
    x1, x2 = points[:, 0], points[:, 1]
    for column, name in enumerate(chosen):
        features[name].compute(x1, x2, out[:, column])
    return out


def _as_points(points: np.ndarray) -> np.ndarray:
    """Points as an (n, 2) float array, keeping a float dtype and promoting others to float64."""
    points = np.asarray(points)
    if points.dtype.kind != "f":
        points = points.astype(np.float64)
    if points.ndim != 2 or points.shape[1] != 2:
        raise ValueError(f"points must have shape (n, 2), got {points.shape}")
    return points
