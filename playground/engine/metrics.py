"""Evaluation metrics beyond the loss: confusion matrices for classes, RMSE and R^2 for values."""

from __future__ import annotations

import numpy as np


def confusion_matrix(labels: np.ndarray, predicted: np.ndarray, n_classes: int) -> np.ndarray:
    """Counts (k, k): row = true class, column = predicted class."""
    labels = np.asarray(labels, dtype=np.int64)
    predicted = np.asarray(predicted, dtype=np.int64)
    flat = np.bincount(labels * n_classes + predicted, minlength=n_classes * n_classes)
    return flat[: n_classes * n_classes].reshape(n_classes, n_classes)


def rmse(values: np.ndarray, targets: np.ndarray) -> float:
    """Root mean squared error of predicted values (n,) against targets (n,); NaN if empty."""
    errors = np.asarray(values, dtype=np.float64) - np.asarray(targets, dtype=np.float64)
    return float(np.sqrt(np.mean(errors**2))) if errors.size else float("nan")


def r_squared(values: np.ndarray, targets: np.ndarray) -> float:
    """Coefficient of determination 1 - SS_res / SS_tot; NaN if empty or constant targets."""
    values = np.asarray(values, dtype=np.float64)
    targets = np.asarray(targets, dtype=np.float64)
    if targets.size == 0:
        return float("nan")
    total = float(np.sum((targets - targets.mean()) ** 2))
    if total == 0.0:
        return float("nan")
    return 1.0 - float(np.sum((targets - values) ** 2)) / total
