"""Gradient-descent optimizers with torch.optim's update rules and defaults, keyed by name.

Each step updates the parameter arrays in place. The training loop calls step() on one flat
float32 vector per minibatch, so the rules write through `out=` into state and scratch arrays that
are allocated once, on the first step, and never again.
"""

import inspect
import math
import numbers
from typing import ClassVar

import numpy as np


def _is_real(value: object) -> bool:
    """Whether value is a real number (bools excluded), so comparing it cannot raise."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _check_lr(lr: float) -> float:
    """lr as a float; ValueError naming lr unless it is a finite number > 0."""
    if not (_is_real(lr) and 0.0 < lr < math.inf):
        raise ValueError(f"lr must be a finite number > 0, got {lr!r}")
    return float(lr)


def _check_range(option: str, value: float, low: float, high: float = math.inf) -> float:
    """value as a float; ValueError naming the option unless low <= value < high."""
    if not (_is_real(value) and low <= value < high):
        raise ValueError(f"{option} must be a number in [{low}, {high}), got {value!r}")
    return float(value)


class Optimizer:
    """Updates parameter arrays in place from their gradients; subclasses give slots and _update."""

    name: ClassVar[str]
    slots: ClassVar[tuple[str, ...]] = ()

    def __init__(self, lr: float) -> None:
        self.lr = lr
        self.reset()

    @property
    def lr(self) -> float:
        """The learning rate, a finite positive float; may be changed between steps."""
        return self._lr

    @lr.setter
    def lr(self, value: float) -> None:
        self._lr = _check_lr(value)

    def reset(self) -> None:
        """Forget all state, as if no step had been taken."""
        self.steps = 0
        self._state: list[tuple[np.ndarray, ...]] = []  # per param, one array per slot
        self._scratch: list[np.ndarray] = []  # per param, a temporary for the update rule

    def step(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        """One update of every param (in place) from its grad (same shape)."""
        if not self._scratch:
            self._scratch = [np.empty_like(p) for p in params]
            if not self._state:
                self._state = [tuple(np.zeros_like(p) for _ in self.slots) for p in params]
        self.steps += 1
        for param, grad, scratch, state in zip(params, grads, self._scratch, self._state,
                                               strict=True):
            self._update(param, grad, scratch, *state)

    def _update(self, param: np.ndarray, grad: np.ndarray, scratch: np.ndarray,
                *state: np.ndarray) -> None:
        """The update rule for one param, given a scratch array and its slots' state arrays."""
        raise NotImplementedError

    def state_dict(self) -> dict:
        """The state as a plain dict: {"steps": int, slot: [array per param]}, arrays copied."""
        state: dict = {"steps": self.steps}
        for i, slot in enumerate(self.slots):
            state[slot] = [arrays[i].copy() for arrays in self._state]
        return state

    def load_state_dict(self, state: dict) -> None:
        """Restore a state_dict() (copying its arrays) so that training continues exactly."""
        expected = sorted({"steps", *self.slots})
        if sorted(state) != expected:
            raise ValueError(f"{self.name} state needs keys {expected}, got {sorted(state)}")
        self.reset()
        self.steps = int(state["steps"])
        columns = [state[slot] for slot in self.slots]
        self._state = [tuple(np.array(a) for a in arrays) for arrays in zip(*columns, strict=True)]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lr={self.lr!r})"


class SGD(Optimizer):
    """Plain gradient descent: p -= lr * g."""

    name = "sgd"

    def _update(self, param, grad, scratch):
        np.multiply(grad, -self._lr, out=scratch)
        np.add(param, scratch, out=param)


class Momentum(Optimizer):
    """Heavy-ball momentum as torch's SGD (dampening 0): b = mu b + g; p -= lr b."""

    name = "momentum"
    slots = ("momentum_buffer",)

    def __init__(self, lr: float, momentum: float = 0.9) -> None:
        self.momentum = _check_range("momentum", momentum, 0.0)
        super().__init__(lr)

    def _update(self, param, grad, scratch, buf):
        np.multiply(buf, self.momentum, out=buf)
        np.add(buf, grad, out=buf)
        np.multiply(buf, -self._lr, out=scratch)
        np.add(param, scratch, out=param)


class Nesterov(Momentum):
    """Nesterov momentum as torch's SGD(nesterov=True): b = mu b + g; p -= lr (g + mu b)."""

    name = "nesterov"

    def __init__(self, lr: float, momentum: float = 0.9) -> None:
        super().__init__(lr, momentum)
        if self.momentum == 0.0:
            raise ValueError("momentum must be > 0 for nesterov")

    def _update(self, param, grad, scratch, buf):
        momentum = self.momentum
        np.multiply(buf, momentum, out=buf)
        np.add(buf, grad, out=buf)
        np.multiply(buf, momentum, out=scratch)
        np.add(scratch, grad, out=scratch)
        np.multiply(scratch, -self._lr, out=scratch)
        np.add(param, scratch, out=param)


class Adagrad(Optimizer):
    """Adagrad as torch's (no lr decay, zero initial sum): s += g^2; p -= lr g / (sqrt(s) + eps)."""

    name = "adagrad"
    slots = ("sum",)

    def __init__(self, lr: float, eps: float = 1e-10) -> None:
        self.eps = _check_range("eps", eps, 0.0)
        super().__init__(lr)

    def _update(self, param, grad, scratch, total):
        np.multiply(grad, grad, out=scratch)
        np.add(total, scratch, out=total)
        np.sqrt(total, out=scratch)
        np.add(scratch, self.eps, out=scratch)
        np.divide(grad, scratch, out=scratch)
        np.multiply(scratch, -self._lr, out=scratch)
        np.add(param, scratch, out=param)


class RMSprop(Optimizer):
    """RMSprop as torch's (uncentered): v = a v + (1 - a) g^2; p -= lr g / (sqrt(v) + eps)."""

    name = "rmsprop"
    slots = ("square_avg",)

    def __init__(self, lr: float, alpha: float = 0.99, eps: float = 1e-8) -> None:
        self.alpha = _check_range("alpha", alpha, 0.0, 1.0)
        self.eps = _check_range("eps", eps, 0.0)
        super().__init__(lr)

    def _update(self, param, grad, scratch, square_avg):
        np.multiply(grad, grad, out=scratch)
        np.multiply(scratch, 1.0 - self.alpha, out=scratch)
        np.multiply(square_avg, self.alpha, out=square_avg)
        np.add(square_avg, scratch, out=square_avg)
        np.sqrt(square_avg, out=scratch)
        np.add(scratch, self.eps, out=scratch)
        np.divide(grad, scratch, out=scratch)
        np.multiply(scratch, -self._lr, out=scratch)
        np.add(param, scratch, out=param)


class Adam(Optimizer):
    """Adam as torch's: p -= lr / (1 - b1^t) m / (sqrt(v / (1 - b2^t)) + eps), m, v averages."""

    name = "adam"
    slots = ("exp_avg", "exp_avg_sq")

    def __init__(self, lr: float, betas: tuple[float, float] = (0.9, 0.999),
                 eps: float = 1e-8) -> None:
        if not (isinstance(betas, tuple | list) and len(betas) == 2):
            raise ValueError(f"betas must be a pair of numbers, got {betas!r}")
        self.betas = (_check_range("betas[0]", betas[0], 0.0, 1.0),
                      _check_range("betas[1]", betas[1], 0.0, 1.0))
        self.eps = _check_range("eps", eps, 0.0)
        super().__init__(lr)

    def _update(self, param, grad, scratch, exp_avg, exp_avg_sq):
        beta1, beta2 = self.betas
        np.subtract(grad, exp_avg, out=scratch)  # m += (1 - b1) (g - m), torch's lerp
        np.multiply(scratch, 1.0 - beta1, out=scratch)
        np.add(exp_avg, scratch, out=exp_avg)
        np.multiply(grad, grad, out=scratch)
        np.multiply(scratch, 1.0 - beta2, out=scratch)
        np.multiply(exp_avg_sq, beta2, out=exp_avg_sq)
        np.add(exp_avg_sq, scratch, out=exp_avg_sq)
        np.sqrt(exp_avg_sq, out=scratch)
        np.divide(scratch, math.sqrt(1.0 - beta2**self.steps), out=scratch)
        np.add(scratch, self.eps, out=scratch)
        np.divide(exp_avg, scratch, out=scratch)
        np.multiply(scratch, -self._lr / (1.0 - beta1**self.steps), out=scratch)
        np.add(param, scratch, out=param)


_REGISTRY: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, Adagrad, RMSprop, Adam)
}


def names() -> list[str]:
    """Registered optimizer names, in menu order."""
    return list(_REGISTRY)


def get(name: str, lr: float, **options: float) -> Optimizer:
    """The optimizer called name with learning rate lr and its options (momentum, betas, ...)."""
    try:
        cls = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}; known: {', '.join(_REGISTRY)}") from None
    allowed = [p for p in inspect.signature(cls).parameters if p != "lr"]
    for option in options:
        if option not in allowed:
            known = ", ".join(allowed) or "none"
            raise ValueError(f"unknown option {option!r} for optimizer {name!r}; allowed: {known}")
    return cls(lr, **options)
