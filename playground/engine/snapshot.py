"""Snapshot: an immutable picture of a training run for views, made of fresh (copied) arrays."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

import numpy as np

from playground.engine import features


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """What a view needs to draw one frame; nothing in it is shared with the trainer.

    output: (res, res, k) class probabilities or (res, res) regression values, indexed [y, x]
    with y and x increasing from extent[0] to extent[1] at cell centres. neurons: one array per
    hidden layer, (width, t, t) activations on a coarse grid, indexed [neuron, y, x].
    """

    epoch: int
    step: int
    task: str
    extent: tuple[float, float]
    output: np.ndarray
    neurons: list[np.ndarray]
    weights: list[np.ndarray]
    biases: list[np.ndarray]
    grad_norms: np.ndarray
    metrics: dict[str, float]
    diverged: bool
    reason: str


def grid_points(resolution: int, extent: tuple[float, float]) -> np.ndarray:
    """Cell-centre points (resolution**2, 2) of a square grid, row-major with y as the row."""
    low, high = extent
    step = (high - low) / resolution
    axis = low + step * (np.arange(resolution) + 0.5)
    xs, ys = np.meshgrid(axis, axis)
    return np.column_stack([xs.ravel(), ys.ravel()])


@lru_cache(maxsize=8)
def grid_inputs(resolution: int, extent: tuple[float, float], names: tuple[str, ...],
                dtype: str) -> np.ndarray:
    """Feature rows with a ones column (resolution**2, len(names) + 1), Fortran order, cached."""
    points = grid_points(resolution, extent).astype(dtype)
    out = np.ones((points.shape[0], len(names) + 1), dtype=dtype, order="F")
    out[:, :-1] = features.transform(points, names)
    out.setflags(write=False)
    return out
