"""The loss landscape around a run's current weights, and the run's path drawn on it.

A plane through the current weights w: loss(w + a d1 + b d2) on a grid of (a, b), with the
stored trajectory projected on the plane. Directions "pca" are the two main directions of the
trajectory (so the path shows; Li, Xu, Taylor, Studer, Goldstein, "Visualizing the Loss
Landscape of Neural Nets", NeurIPS 2018, section 7); "random" are Gaussian directions with each
neuron's incoming weights rescaled to that neuron's norm in w and the biases zeroed (their
filter normalization). `linear_slice` is the 1-D view from the initial weights to w (Goodfellow,
Vinyals, Saxe, ICLR 2015). The network's own forward pass and loss are used, on the training
points (at most MAX_POINTS of them), without the regularization penalty.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from playground.engine import features
from playground.engine.trainer import Trainer

DIRECTIONS = ("pca", "random")
MAX_POINTS = 1000  # more training points are subsampled evenly: the picture, not the numbers
MIN_POINTS = 100
WORK = 120_000  # points x weights a grid is evaluated on: a big network sees fewer points
MAX_RESOLUTION = 101


@dataclass(frozen=True)
class Landscape:
    """loss[j, i] at (alphas[i], betas[j]) (r, r); path (k, 2): the trajectory on the plane,
    ending at (0, 0), the current weights; directions (2, P) used. The centre is the loss on
    every training point; the rest of the grid on `points` of them (all, up to a bound)."""

    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    path: np.ndarray
    directions: np.ndarray
    kind: str
    points: int = 0
    training_points: int = 0


@dataclass(frozen=True)
class Slice:
    """loss (r,) at w(t) = (1 - t) w_initial + t w_current for t (r,)."""

    t: np.ndarray
    loss: np.ndarray


def loss_landscape(trainer: Trainer, resolution: int = 31, span: float = 1.0,
                   directions: str = "pca", seed: int = 0) -> Landscape:
    """The training loss on a resolution x resolution grid around the current weights.

    "pca" grids reach `span` times the farthest point of the path (at least span when the path
    is still a point); "random" grids reach `span` in units of the filter-normalised directions.
    With fewer than two distinct points on the path, "pca" falls back to "random".
    """
    if isinstance(resolution, bool) or not isinstance(resolution, int) or not (
            3 <= resolution <= MAX_RESOLUTION):
        raise ValueError(f"resolution must be a whole number from 3 to {MAX_RESOLUTION}, "
                         f"got {resolution!r}")
    if not (isinstance(span, (int, float)) and 0 < span < 1e6):
        raise ValueError(f"span must be a positive number, got {span!r}")
    if directions not in DIRECTIONS:
        raise ValueError(f"unknown directions {directions!r}; known: {', '.join(DIRECTIONS)}")
    X, y = _training_points(trainer)
    current = trainer.network.params.astype(float)
    every_X, every_y = _training_points(trainer, None)
    trail = _trail(trainer, current)
    offsets = trail - current
    kind = directions
    plane = _pca_plane(offsets) if directions == "pca" else None
    if plane is None:
        kind, plane = "random", _random_plane(trainer, seed)
    path = _project(offsets, plane)
    reach = span * (np.abs(path).max() * 1.15 if kind == "pca" and np.abs(path).max() > 0
                    else 1.0)
    axis = reach * (np.arange(resolution) - (resolution - 1) / 2) / ((resolution - 1) / 2)
    row = current + axis[:, None] * plane[0]  # one grid row's weights (r, P), before beta
    loss = np.array([_losses(trainer, row + beta * plane[1], X, y) for beta in axis])
    centre = (resolution - 1) // 2
    if len(X) < len(every_X):  # the centre is the run's own training loss, on every point
        loss[centre, centre] = _losses(trainer, current[None], every_X, every_y)[0]
    return Landscape(axis.copy(), axis.copy(), loss, path, plane, kind, len(X), len(every_X))


def linear_slice(trainer: Trainer, resolution: int = 61, beyond: float = 0.25) -> Slice:
    """The training loss along the straight line from the initial weights (t = 0) to the current
    ones (t = 1), `beyond` further on either side."""
    if isinstance(resolution, bool) or not isinstance(resolution, int) or not (
            3 <= resolution <= 10 * MAX_RESOLUTION):
        raise ValueError(f"resolution must be a whole number from 3 to {10 * MAX_RESOLUTION}, "
                         f"got {resolution!r}")
    X, y = _training_points(trainer)
    start, end = trainer.initial_params.astype(float), trainer.network.params.astype(float)
    t = np.linspace(-beyond, 1.0 + beyond, resolution)
    return Slice(t, _losses(trainer, (1 - t[:, None]) * start + t[:, None] * end, X, y))


def _training_points(trainer: Trainer, limit: int | None = -1) -> tuple[np.ndarray, np.ndarray]:
    """The training points' features (n, f) and labels (n,), evenly thinned to `limit` (-1:
    what WORK allows for this network, between MIN_POINTS and MAX_POINTS; None: all)."""
    data = trainer.dataset
    points, labels = data.points[data.is_train], data.labels[data.is_train]
    if not len(points):
        raise ValueError(trainer.blocked_reason or "there are no training points")
    if limit == -1:
        limit = int(np.clip(WORK // trainer.network.params.size, MIN_POINTS, MAX_POINTS))
    if limit is not None and len(points) > limit:
        keep = np.linspace(0, len(points) - 1, limit).round().astype(int)
        points, labels = points[keep], labels[keep]
    X = features.transform(points.astype(trainer.dtype), trainer.config.features)
    return X, labels


def _trail(trainer: Trainer, current: np.ndarray) -> np.ndarray:
    """The stored trajectory (k, P), ending at the current weights."""
    stored = trainer.trajectory.params
    if not np.array_equal(stored[-1], current):
        stored = np.vstack([stored, current])
    return stored


def _pca_plane(offsets: np.ndarray) -> np.ndarray | None:
    """The two main directions (2, P) of the path's offsets from the current weights, or None
    when the path has not yet gone anywhere."""
    centred = offsets - offsets.mean(axis=0)
    if len(offsets) < 3 or not np.any(centred):
        return None
    _, values, vectors = np.linalg.svd(centred, full_matrices=False)
    if len(values) < 2 or values[1] <= values[0] * 1e-9:
        return None
    return vectors[:2].copy()


def _random_plane(trainer: Trainer, seed: int) -> np.ndarray:
    """Two Gaussian directions (2, P), filter-normalised to the current weights, biases 0."""
    network = trainer.network
    rng = np.random.default_rng(seed)
    plane = np.zeros((2, network.params.size))
    shapes = [block.shape for block in network.blocks]
    for row in plane:
        start = 0
        for (rows, cols), block in zip(shapes, network.blocks, strict=True):
            size = rows * cols
            direction = rng.standard_normal((rows, cols))
            direction[-1] = 0.0  # biases
            weights = block[:-1].astype(float)
            scale = np.linalg.norm(weights, axis=0) / np.maximum(
                np.linalg.norm(direction[:-1], axis=0), 1e-12)
            direction[:-1] *= scale
            row[start:start + size] = direction.ravel()
            start += size
    return plane


def _project(offsets: np.ndarray, plane: np.ndarray) -> np.ndarray:
    """Coordinates (k, 2) of offsets (k, P) on the plane's two directions (least squares)."""
    coords, *_ = np.linalg.lstsq(plane.T, offsets.T, rcond=None)
    path = coords.T
    path[np.all(offsets == 0, axis=1)] = 0.0  # the current weights sit exactly at the origin
    return path


def _losses(trainer: Trainer, weights: np.ndarray, X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The training-data loss (no penalty) under each flat weight vector of weights (m, P)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return trainer.loss.values(trainer.network.forward_many(X, weights), y)
