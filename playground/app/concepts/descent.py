"""Gradient descent on one weight: a one-weight model's loss from the engine, the step, regimes."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from playground.engine import losses
from playground.engine.losses import Loss

CREEP_FACTOR = 0.1  # lr * L'' below this: each step closes less than a tenth of the gap
LOWEST_LR = 1e-3


@dataclass(frozen=True, eq=False)
class OneWeightProblem:
    """A model whose scores (n, k) are w * features, trained by a registry loss on targets (n,)."""

    label: str
    loss: Loss
    features: np.ndarray
    targets: np.ndarray
    w0: float

    def evaluate(self, w: float) -> tuple[float, float]:
        """L(w) and dL/dw, the chain rule through the loss's d value / d scores (scores = w f)."""
        scores = w * self.features
        grad = self.loss.grad(scores, self.targets)
        return self.loss.value(scores, self.targets), float(np.vdot(grad, self.features))

    def curve(self, w: np.ndarray) -> np.ndarray:
        """L at each weight of w (m,), as (m,)."""
        return np.array([self.evaluate(float(v))[0] for v in w])

    @cached_property
    def minimum(self) -> float:
        """The w where the slope changes sign: bracketed by doubling steps from w0, bisected."""
        direction = -math.copysign(1.0, self.evaluate(self.w0)[1])
        near, far, step = self.w0, self.w0 + direction, 1.0
        while self.evaluate(far)[1] * direction < 0:  # still downhill: the minimum is further on
            near, step = far, 2.0 * step
            far = near + direction * step
            if step > 1e6:
                raise ValueError(f"{self.label}: L(w) has no finite minimum")
        low, high = sorted((near, far))
        for _ in range(100):
            middle = 0.5 * (low + high)
            if self.evaluate(middle)[1] > 0:
                high = middle
            else:
                low = middle
        return 0.5 * (low + high)

    @cached_property
    def curvature(self) -> float:
        """L''(w*), a central difference of the slope; 1/L'' and 2/L'' bound the regimes."""
        h = 1e-4 * max(1.0, abs(self.minimum))
        return (self.evaluate(self.minimum + h)[1] - self.evaluate(self.minimum - h)[1]) / (2 * h)

    @cached_property
    def window(self) -> tuple[float, float]:
        """The plotted w range: the minimum +- 1.5 times its distance from w0."""
        reach = 1.5 * abs(self.w0 - self.minimum)
        return self.minimum - reach, self.minimum + reach

    @cached_property
    def lr_range(self) -> tuple[float, float]:
        """Learning rates worth offering: 0.001 up to a power of ten above twice 2/L''."""
        return LOWEST_LR, 10.0 ** math.ceil(math.log10(4.0 / self.curvature))


def mse_problem() -> OneWeightProblem:
    """Fit y = 2x at x = 1, 2, 3 with the regression MSE: L(w) = mean((w x - y)^2), w* = 2."""
    x = np.array([1.0, 2.0, 3.0])
    return OneWeightProblem("MSE: fit y = 2x", losses.get("mse", "regression"), x[:, None],
                            2.0 * x, w0=-1.0)


def cross_entropy_problem() -> OneWeightProblem:
    """Logistic L(w) = mean(-log sigmoid(y w x)), labels +-1 with one mistake per side: w* finite.

    Scores [w x / 2, -w x / 2] give softmax probability sigmoid(w x) to class 0, which is y = +1.
    """
    x = np.array([-3.0, -2.0, -1.0, 1.0, 2.0, 3.0])
    y = np.array([-1, -1, 1, -1, 1, 1])
    features = np.stack([x / 2, -x / 2], axis=1)
    return OneWeightProblem("Cross-entropy: logistic regression",
                            losses.get("cross_entropy", "classification"), features,
                            (y < 0).astype(np.int64), w0=-2.0)


PROBLEMS = {"mse": mse_problem, "cross_entropy": cross_entropy_problem}


def regime(lr: float, curvature: float) -> str:
    """How descent behaves near the minimum: each step scales the gap to it by 1 - lr L''."""
    factor = lr * curvature
    if factor > 2.0:
        return "diverging"
    if factor > 1.0:
        return "oscillating"
    return "converging" if factor >= CREEP_FACTOR else "creeping"


class Descent:
    """Gradient descent on a problem: w, L(w), its slope, the trail of (w, L), a diverged flag."""

    def __init__(self, problem: OneWeightProblem) -> None:
        self.problem = problem
        self.reset()

    def reset(self) -> None:
        """Back to w0 with an empty trail."""
        self.w = self.problem.w0
        self.loss, self.slope = self.problem.evaluate(self.w)
        self.steps = 0
        self.diverged = False
        self.trail_w = [self.w]
        self.trail_loss = [self.loss]

    def step(self, lr: float) -> None:
        """w <- w - lr dL/dw; diverged (no more steps) once w leaves the window or L is nan/inf."""
        if self.diverged:
            return
        w = self.w - lr * self.slope
        self.steps += 1
        loss, slope = self.problem.evaluate(w) if math.isfinite(w) else (math.nan, math.nan)
        low, high = self.problem.window
        self.diverged = not (low <= w <= high and math.isfinite(loss) and math.isfinite(slope))
        if not math.isfinite(loss):
            return
        self.w, self.loss, self.slope = w, loss, slope
        self.trail_w.append(w)
        self.trail_loss.append(loss)
