"""Questions about a trained network: one neuron's map, single points, confusion matrices.

Views call these on the training side, so the window never needs a copy of the network.
"""

from __future__ import annotations

import numpy as np

from playground.engine import features, metrics
from playground.engine.snapshot import grid_inputs
from playground.engine.trainer import Trainer


def neuron_map(trainer: Trainer, layer: int, index: int, resolution: int = 100,
               extent: tuple[float, float] = (-6.0, 6.0)) -> np.ndarray:
    """One neuron's output over the grid (resolution, resolution), indexed [y, x].

    Layers count hidden layers from 0; layer == number of hidden layers is the output, shown as
    the class probability (or the predicted value).
    """
    hidden = trainer.network.n_layers - 1
    if not (0 <= layer <= hidden and 0 <= index < trainer.network.sizes[layer + 1]):
        raise ValueError(f"no neuron {index} in layer {layer}")
    grid = grid_inputs(resolution, tuple(extent), trainer.config.features, trainer.dtype.name)
    with np.errstate(over="ignore", invalid="ignore"):
        if layer == hidden:
            values = trainer.loss.predict(trainer.network.forward_ext(grid, training=False))
            column = values[:, index] if values.ndim == 2 else values
        else:
            column = trainer.network.hidden_outputs(grid[:, :-1])[layer][:, index]
    return np.ascontiguousarray(column).reshape(resolution, resolution)


def inspect_points(trainer: Trainer, points: np.ndarray,
                   labels: np.ndarray) -> dict[str, np.ndarray]:
    """For points (n, 2) with their labels: predictions ((n, k) or (n,)) and per-point loss.
    ValueError for a class the network has no output for (data newer than the network)."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    outputs = trainer.network.sizes[-1]
    if trainer.config.task == "classification" and len(labels) and (
            np.max(labels) >= outputs or np.min(labels) < 0):
        raise ValueError(f"class {int(np.max(labels)) + 1} is not one of the network's "
                         f"{outputs} classes yet")
    X = features.transform(points.astype(trainer.dtype), trainer.config.features)
    with np.errstate(over="ignore", invalid="ignore"):
        scores = trainer.network.forward(X)
        losses_each = np.array([trainer.loss.value(scores[i:i + 1], labels[i:i + 1])
                                for i in range(len(points))])
        return {"prediction": trainer.loss.predict(scores), "loss": losses_each}


def detailed_metrics(trainer: Trainer) -> dict[str, np.ndarray | float]:
    """Confusion matrices and class counts (classification) or RMSE and R^2 (regression)."""
    data = trainer.dataset
    if not data.n:
        return {}
    with np.errstate(over="ignore", invalid="ignore"):
        X = features.transform(data.points.astype(trainer.dtype), trainer.config.features)
        scores = trainer.network.forward(X)
    train = data.is_train
    if trainer.config.task == "classification":
        k = trainer.network.sizes[-1]
        predicted = scores.argmax(axis=1)
        return {"train_confusion": metrics.confusion_matrix(data.labels[train],
                                                            predicted[train], k),
                "test_confusion": metrics.confusion_matrix(data.labels[~train],
                                                           predicted[~train], k),
                "class_counts": np.bincount(data.labels, minlength=k)}
    values = scores[:, 0]
    return {"train_rmse": metrics.rmse(values[train], data.labels[train]),
            "test_rmse": metrics.rmse(values[~train], data.labels[~train]),
            "train_r2": metrics.r_squared(values[train], data.labels[train]),
            "test_r2": metrics.r_squared(values[~train], data.labels[~train])}


from playground.engine.landscape import Landscape, Slice, linear_slice, loss_landscape  # noqa: E402

__all__ = ["Landscape", "Slice", "detailed_metrics", "inspect_points", "linear_slice",
           "loss_landscape", "neuron_map"]
