"""What every loss shares: the Loss interface, its two task bases and the stable softmaxes.

losses.py holds the losses themselves and their registry; these are the parts they build on.
"""

import numbers
from dataclasses import dataclass
from typing import ClassVar

import numpy as np


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax of (n, k) scores; the row max is subtracted first so exp cannot overflow."""
    p = scores - scores.max(axis=1, keepdims=True)
    np.exp(p, out=p)
    p /= p.sum(axis=1, keepdims=True)
    return p


def log_softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise log softmax of (n, k) scores as (s - max) - log(sum(exp(s - max))), never -inf."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    shifted -= np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return shifted


def _check_option(option: str, value: float, low: float, high: float,
                  low_open: bool = False) -> None:
    """ValueError naming the option unless value is a real number in [low, high) ((low, high))."""
    real = isinstance(value, numbers.Real) and not isinstance(value, bool)
    if not (real and (low < value if low_open else low <= value) and value < high):
        interval = f"{'(' if low_open else '['}{low}, {high})"
        raise ValueError(f"{option} must be a number in {interval}, got {value!r}")


@dataclass(frozen=True)
class Loss:
    """A training objective on raw scores; subclasses' dataclass fields are their options."""

    name: ClassVar[str]
    task: ClassVar[str]

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        """The loss averaged over the batch, as a Python float."""
        raise NotImplementedError

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """d value / d scores, shaped and typed like scores."""
        raise NotImplementedError

    def values(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """value() for each of m score sets (m, n, k) against the same targets: (m,) float64."""
        return np.array([self.value(each, targets) for each in scores], dtype=float)

    def predict(self, scores: np.ndarray) -> np.ndarray:
        """What the network predicts from its scores (see the task base classes)."""
        raise NotImplementedError

    def encode(self, targets: np.ndarray, n_classes: int, dtype: np.dtype) -> np.ndarray:
        """Targets in the form grad_inplace takes, computed once per dataset; here unchanged."""
        return targets

    def grad_inplace(self, scores: np.ndarray, encoded: np.ndarray) -> np.ndarray:
        """The training hot path: grad() on encoded targets, free to overwrite `scores`."""
        return self.grad(scores, encoded)


class ClassificationLoss(Loss):
    """A loss on (n, k) class scores and int labels (n,); predicts softmax probabilities (n, k)."""

    task = "classification"

    def predict(self, scores: np.ndarray) -> np.ndarray:
        return softmax(scores)


class RegressionLoss(Loss):
    """A loss on (n, 1) scores and float targets (n,); predicts the scores as values (n,)."""

    task = "regression"

    def predict(self, scores: np.ndarray) -> np.ndarray:
        return scores[:, 0].copy()

    @staticmethod
    def _residual(scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """scores - targets as an (n, 1) array in the scores' dtype."""
        return np.subtract(scores, np.reshape(targets, (-1, 1)), dtype=scores.dtype)
