"""Training losses on raw network scores: value, gradient and prediction, keyed by task and name.

Scores are (n, k) for k classes or (n, 1) for regression; targets are int labels (n,) or floats
(n,). Values are batch means and match torch.nn.functional; gradients (d value / d scores) match
torch autograd and keep the scores' dtype. Scores as large as +-1e4 give finite values and
gradients (tiny terms may underflow to zero, as numpy allows by default).
"""

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from playground.engine import activations
from playground.engine.loss_base import (  # noqa: F401  (Loss and softmax are losses.* too)
    ClassificationLoss,
    Loss,
    RegressionLoss,
    _check_option,
    log_softmax,
    softmax,
)

_sigmoid = activations.get("sigmoid").forward  # overflow-safe, as torch.sigmoid
TEXTBOOK_EPSILON = 1e-7


def sum_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """The tutorials' textbook 0.5 * sum((y - t)^2) of a probability vector y and one-hot t."""
    d = np.subtract(y, t)
    return 0.5 * float(np.vdot(d, d))


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """The tutorials' textbook -sum(t * log(y + 1e-7)); the 1e-7 keeps log finite where y = 0."""
    return -float(np.sum(np.multiply(t, np.log(np.add(y, TEXTBOOK_EPSILON)))))


@dataclass(frozen=True)
class CrossEntropy(ClassificationLoss):
    """Softmax cross-entropy against labels smoothed to (1 - eps) one_hot + eps / k, as torch."""

    name = "cross_entropy"
    label_smoothing: float = 0.0

    def __post_init__(self) -> None:
        _check_option("label_smoothing", self.label_smoothing, 0.0, 1.0)

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        n, k = scores.shape
        log_p = log_softmax(scores)
        eps = self.label_smoothing
        total = (1.0 - eps) * log_p[np.arange(n), targets].sum()
        if eps:
            total += eps / k * log_p.sum()
        return -float(total) / n

    def values(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """value() per score set (m, n, k) in one pass (the loss landscape), equal to float
        rounding. Loops over the k classes: NumPy reduces a short last axis very slowly."""
        columns = [scores[..., j] for j in range(scores.shape[2])]
        top = columns[0].copy()
        for column in columns[1:]:
            np.maximum(top, column, out=top)
        norm = np.zeros_like(top)
        for column in columns:
            norm += np.exp(column - top)
        log_norm = np.log(norm) + top  # log-sum-exp (m, n)
        picked = np.zeros_like(top)
        for j, column in enumerate(columns):
            picked += np.where(targets == j, column, 0)
        eps, n, k = self.label_smoothing, scores.shape[1], scores.shape[2]
        total = (1.0 - eps) * (picked - log_norm).sum(axis=1, dtype=float)
        if eps:
            total += eps / k * (sum(columns) - k * log_norm).sum(axis=1, dtype=float)
        return -total / n

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """(softmax - smoothed one-hot) / n: the training hot path, so only a few numpy calls."""
        n, k = scores.shape
        g = softmax(scores)
        eps = self.label_smoothing
        g[np.arange(n), targets] -= 1.0 - eps
        if eps:
            g -= eps / k
        g /= n
        return g

    def encode(self, targets: np.ndarray, n_classes: int, dtype: np.dtype) -> np.ndarray:
        """The smoothed one-hot targets (n, k) that the gradient subtracts."""
        eps = self.label_smoothing
        encoded = np.full((len(targets), n_classes), eps / n_classes, dtype=dtype)
        encoded[np.arange(len(targets)), targets] += 1.0 - eps
        return encoded

    def grad_inplace(self, scores: np.ndarray, encoded: np.ndarray) -> np.ndarray:
        """(softmax - smoothed one-hot) / n computed in the scores buffer: seven ufunc calls."""
        column = np.maximum.reduce(scores, axis=1, keepdims=True)
        scores -= column
        np.exp(scores, out=scores)
        np.add.reduce(scores, axis=1, keepdims=True, out=column)
        scores /= column
        scores -= encoded
        scores *= 1.0 / len(scores)
        return scores


@dataclass(frozen=True)
class SoftmaxMSE(ClassificationLoss):
    """Mean squared error between softmax probabilities and the one-hot labels (over n * k)."""

    name = "mse"

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        r = softmax(scores)
        r[np.arange(len(r)), targets] -= 1.0
        return float(np.vdot(r, r)) / r.size

    def values(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """value() per score set (m, n, k) in one pass, looping over the k classes."""
        columns = [scores[..., j] for j in range(scores.shape[2])]
        top = columns[0].copy()
        for column in columns[1:]:
            np.maximum(top, column, out=top)
        exps = [np.exp(column - top) for column in columns]
        norm = sum(exps)
        total = np.zeros(scores.shape[0])
        for j, e in enumerate(exps):
            r = e / norm - (targets == j)
            total += np.einsum("mn,mn->m", r, r, dtype=float)
        return total / (scores.shape[1] * scores.shape[2])

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """Softmax Jacobian applied to r = 2 (p - t) / (n k): p * (r - sum(r * p))."""
        p = softmax(scores)
        r = p.copy()
        r[np.arange(len(r)), targets] -= 1.0
        r *= 2.0 / r.size
        r -= (r * p).sum(axis=1, keepdims=True)
        r *= p
        return r


@dataclass(frozen=True)
class BinaryCrossEntropy(ClassificationLoss):
    """Per-class sigmoid cross-entropy against the one-hot labels, averaged over n * k.

    Predicts the per-class sigmoids renormalised to sum 1 per row, so that, like every other
    classification loss, predict() gives class probabilities.
    """

    name = "bce"

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        """softplus(s) per wrong class and softplus(-s) per true one, summed term by term: one
        big sum minus the true scores cancels badly at large scores (1e6 gave 0.5, not 0.487)."""
        signed = scores.copy()
        rows = np.arange(len(scores))
        signed[rows, targets] = -signed[rows, targets]
        return float(np.logaddexp(0.0, signed).sum(dtype=float)) / scores.size

    def values(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """value() per score set (m, n, k) in one pass."""
        m, n, k = scores.shape
        true = np.arange(k)[None, None, :] == targets[None, :, None]
        signed = np.where(true, -scores, scores)
        return np.logaddexp(0.0, signed).reshape(m, -1).sum(axis=1, dtype=float) / (n * k)

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        g = _sigmoid(scores)
        g[np.arange(len(g)), targets] -= 1.0
        g /= g.size
        return g

    def predict(self, scores: np.ndarray) -> np.ndarray:
        p = _sigmoid(scores)
        p /= p.sum(axis=1, keepdims=True)
        return p


@dataclass(frozen=True)
class MultiMarginHinge(ClassificationLoss):
    """Multi-class hinge sum_{j != y} max(0, 1 - s_y + s_j) / k, as torch's multi_margin_loss."""

    name = "hinge"

    @staticmethod
    def _margins(scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """1 - s_y + s_j per entry (n, k), with 0 at the label itself."""
        rows = np.arange(len(scores))
        m = scores - scores[rows, targets][:, None]
        m += 1.0
        m[rows, targets] = 0.0
        return m

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        m = self._margins(scores, targets)
        return float(np.maximum(m, 0.0, out=m).sum()) / m.size

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        g = np.greater(self._margins(scores, targets), 0.0).astype(scores.dtype)
        g[np.arange(len(g)), targets] = -g.sum(axis=1)
        g /= g.size
        return g


@dataclass(frozen=True)
class Focal(ClassificationLoss):
    """Focal loss: mean over n of -(1 - p_y)^gamma log p_y, p = softmax; gamma 0 = cross-entropy."""

    name = "focal"
    gamma: float = 2.0

    def __post_init__(self) -> None:
        _check_option("gamma", self.gamma, 0.0, math.inf)

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        log_py = log_softmax(scores)[np.arange(len(scores)), targets]
        weight = np.power(1.0 - np.exp(log_py), self.gamma)
        return -float(np.dot(weight, log_py)) / len(scores)

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """(one_hot - p) dL/du / n, u = log p_y, dL/du = -(1 - p_y)^g + g (1 - p_y)^(g-1) p_y u."""
        rows = np.arange(len(scores))
        p = log_softmax(scores)
        log_py = p[rows, targets]
        np.exp(p, out=p)
        py = p[rows, targets]
        q = 1.0 - py  # exactly 0 or >= one ulp below 1, so q^(g - 1) below cannot overflow
        dl_du = np.power(q, self.gamma - 1.0, out=np.zeros_like(q), where=q > 0.0)
        dl_du *= self.gamma * py * log_py
        dl_du -= np.power(q, self.gamma)
        p[rows, targets] -= 1.0
        p *= dl_du[:, None] / -len(p)
        return p


@dataclass(frozen=True)
class MeanSquaredError(RegressionLoss):
    """Mean of (prediction - target)^2."""

    name = "mse"

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        d = self._residual(scores, targets)
        return float(np.vdot(d, d)) / len(d)

    def values(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        """The same as value() per score set (m, n, 1), in one pass (the loss landscape)."""
        d = np.subtract(scores[:, :, 0], np.reshape(targets, (1, -1)), dtype=scores.dtype)
        return np.einsum("mn,mn->m", d, d, dtype=float) / d.shape[1]

    def encode(self, targets: np.ndarray, n_classes: int, dtype: np.dtype) -> np.ndarray:
        """Targets as an (n, 1) column in the scores' dtype."""
        return np.asarray(targets, dtype=dtype).reshape(-1, 1)

    def grad_inplace(self, scores: np.ndarray, encoded: np.ndarray) -> np.ndarray:
        """2 (scores - targets) / n computed in the scores buffer."""
        scores -= encoded
        scores *= 2.0 / len(scores)
        return scores

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        d = self._residual(scores, targets)
        d *= 2.0 / len(d)
        return d


@dataclass(frozen=True)
class MeanAbsoluteError(RegressionLoss):
    """Mean of |prediction - target|; its gradient is sign / n, 0 where they are equal (torch)."""

    name = "mae"

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        return float(np.abs(self._residual(scores, targets)).mean())

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        d = self._residual(scores, targets)
        np.sign(d, out=d)
        d /= len(d)
        return d


@dataclass(frozen=True)
class Huber(RegressionLoss):
    """Mean Huber loss: 0.5 d^2 for |d| <= delta, else delta (|d| - 0.5 delta); d = residual."""

    name = "huber"
    delta: float = 1.0

    def __post_init__(self) -> None:
        _check_option("delta", self.delta, 0.0, math.inf, low_open=True)

    def value(self, scores: np.ndarray, targets: np.ndarray) -> float:
        a = np.abs(self._residual(scores, targets))
        c = np.minimum(a, self.delta)  # the quadratic part, then linear beyond delta
        return float(np.vdot(c, a - 0.5 * c)) / len(a)

    def grad(self, scores: np.ndarray, targets: np.ndarray) -> np.ndarray:
        d = self._residual(scores, targets)
        np.clip(d, -self.delta, self.delta, out=d)
        d /= len(d)
        return d


_REGISTRY: dict[str, dict[str, type[Loss]]] = {
    "classification": {
        cls.name: cls for cls in (CrossEntropy, SoftmaxMSE, BinaryCrossEntropy, MultiMarginHinge,
                                  Focal)
    },
    "regression": {cls.name: cls for cls in (MeanSquaredError, MeanAbsoluteError, Huber)},
}


def _losses(task: str) -> dict[str, type[Loss]]:
    """The name -> class registry of one task; ValueError naming the known tasks otherwise."""
    try:
        return _REGISTRY[task]
    except KeyError:
        raise ValueError(f"unknown task {task!r}; known: {', '.join(_REGISTRY)}") from None


def names(task: str) -> list[str]:
    """The loss names available for task ("classification" or "regression"), in menu order."""
    return list(_losses(task))


def get(name: str, task: str, **options: float) -> Loss:
    """The loss called name for task, configured by options (label_smoothing, gamma, delta)."""
    losses = _losses(task)
    if name not in losses:
        raise ValueError(f"unknown {task} loss {name!r}; known: {', '.join(losses)}")
    cls = losses[name]
    allowed = [f.name for f in dataclasses.fields(cls)]
    for option in options:
        if option not in allowed:
            known = ", ".join(allowed) or "none"
            raise ValueError(f"unknown option {option!r} for loss {name!r}; allowed: {known}")
    return cls(**options)
