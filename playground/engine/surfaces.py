"""2-D test surfaces for racing optimizers, keyed by name, and descent on them.

Each surface gives value(points) (n,) and grad(points) (n, 2) for points (n, 2), a window to
view it in, a start point and its minima. `descend` steps the optimizer registry's own update
rules on a parameter vector of two, so a race shows exactly what trains the network.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine import optimizers

Field = Callable[[np.ndarray, np.ndarray], np.ndarray]  # (x, y) arrays -> values or gradients
OUT_OF_RANGE = 100  # a walk this many window sizes from the centre has diverged


@dataclass(frozen=True)
class Surface:
    """A function of two variables with its gradient, where to look at it and where it ends."""

    name: str
    formula: str
    window: tuple[float, float, float, float]  # x_min, x_max, y_min, y_max
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...]  # the first is the one to aim for; () has none
    _value: Field
    _grad: Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]

    @property
    def minimum(self) -> tuple[float, float] | None:
        """The minimum a race aims for (None for a surface unbounded below, like the saddle)."""
        return self.minima[0] if self.minima else None

    def value(self, points: np.ndarray) -> np.ndarray:
        """f at points (n, 2) -> (n,), float64."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        return self._value(points[:, 0], points[:, 1])

    def grad(self, points: np.ndarray) -> np.ndarray:
        """The gradient at points (n, 2) -> (n, 2), float64."""
        points = np.asarray(points, dtype=float).reshape(-1, 2)
        gx, gy = self._grad(points[:, 0], points[:, 1])
        return np.column_stack([gx, gy])


def _ravine() -> Surface:
    return Surface("ravine", "x²/20 + y²", (-10.0, 10.0, -5.0, 5.0), (-7.0, 2.0), ((0.0, 0.0),),
                   lambda x, y: x * x / 20.0 + y * y,
                   lambda x, y: (x / 10.0, 2.0 * y))


def _rosenbrock() -> Surface:
    return Surface("rosenbrock", "(1 − x)² + 100 (y − x²)²", (-2.0, 2.0, -1.0, 3.0), (-1.2, 1.0),
                   ((1.0, 1.0),),
                   lambda x, y: (1 - x) ** 2 + 100.0 * (y - x * x) ** 2,
                   lambda x, y: (-2.0 * (1 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)))


def _beale_terms(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, ...]:
    return (1.5 - x + x * y, 2.25 - x + x * y ** 2, 2.625 - x + x * y ** 3)


def _beale_grad(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    a, b, c = _beale_terms(x, y)
    gx = 2 * a * (y - 1) + 2 * b * (y ** 2 - 1) + 2 * c * (y ** 3 - 1)
    gy = 2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y ** 2
    return gx, gy


def _beale() -> Surface:
    return Surface("beale", "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²",
                   (-4.5, 4.5, -4.5, 4.5), (1.0, 1.5), ((3.0, 0.5),),
                   lambda x, y: sum(t * t for t in _beale_terms(x, y)), _beale_grad)


def _saddle() -> Surface:
    return Surface("saddle", "x² − y²", (-2.0, 2.0, -2.0, 2.0), (-1.5, 0.01), (),
                   lambda x, y: x * x - y * y,
                   lambda x, y: (2.0 * x, -2.0 * y))


def _himmelblau() -> Surface:
    return Surface("himmelblau", "(x² + y − 11)² + (x + y² − 7)²", (-5.0, 5.0, -5.0, 5.0),
                   (0.0, 0.0),
                   ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186),
                    (3.584428, -1.848126)),
                   lambda x, y: (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
                   lambda x, y: (4 * x * (x * x + y - 11) + 2 * (x + y * y - 7),
                                 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)))


_REGISTRY: dict[str, Callable[[], Surface]] = {
    "ravine": _ravine, "rosenbrock": _rosenbrock, "beale": _beale, "saddle": _saddle,
    "himmelblau": _himmelblau,
}


def names() -> list[str]:
    """Registered surface names, in menu order."""
    return list(_REGISTRY)


def get(name: str) -> Surface:
    """The surface called name."""
    try:
        return _REGISTRY[name]()
    except KeyError:
        raise ValueError(f"unknown surface {name!r}; known: {', '.join(_REGISTRY)}") from None


class Descent:
    """One optimizer walking down one surface, a step at a time; stops at its last finite point
    when a step goes out of range (diverged)."""

    def __init__(self, surface: Surface, optimizer: str, start: tuple[float, float], lr: float,
                 **options: float) -> None:
        self.surface = surface
        self.optimizer = optimizers.get(optimizer, lr, **options)
        self._point = np.array(start, dtype=float)
        if self._point.shape != (2,) or not np.isfinite(self._point).all():
            raise ValueError(f"start must be two finite numbers, got {start!r}")
        self._grad = np.zeros(2)
        self.path: list[tuple[float, float]] = [tuple(self._point)]
        self.diverged_at: int | None = None  # the step that left the range, once one did

    @property
    def point(self) -> np.ndarray:
        """The current point (2,), a copy."""
        return self._point.copy()

    @property
    def loss(self) -> float:
        """The surface's value at the current point."""
        return float(self.surface.value(self._point)[0])

    def set_options(self, lr: float, **options: float) -> None:
        """New learning rate and options while walking; the optimizer keeps its state.
        Checked by the registry first: a bad value raises ValueError and changes nothing."""
        checked = optimizers.get(self.optimizer.name, lr, **options)
        self.optimizer.lr = checked.lr
        for option in options:
            setattr(self.optimizer, option, getattr(checked, option))

    def step(self) -> bool:
        """One optimizer step; False (and the point stays) once the walk has diverged."""
        if self.diverged_at is not None:
            return False
        before = self._point.copy()
        self._grad[:] = self.surface.grad(self._point)[0]
        with np.errstate(all="ignore"):
            self.optimizer.step([self._point], [self._grad])
            value = self.surface.value(self._point)[0]
        x0, x1, y0, y1 = self.surface.window
        reach = OUT_OF_RANGE * max(x1 - x0, y1 - y0)
        if not (np.isfinite(self._point).all() and math.isfinite(value)
                and np.abs(self._point).max() < reach):
            self._point[:] = before
            self.diverged_at = len(self.path)
            return False
        self.path.append(tuple(self._point))
        return True


def descend(name: str, optimizer: str, start: tuple[float, float], steps: int, lr: float,
            **options: float) -> np.ndarray:
    """The path (steps + 1, 2), float64, of `optimizer` from `start` on surface `name`; after a
    divergence the path stays at its last finite point."""
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 0:
        raise ValueError(f"steps must be a whole number >= 0, got {steps!r}")
    walk = Descent(get(name), optimizer, start, lr, **options)
    for _ in range(steps):
        if not walk.step():
            break
    path = np.array(walk.path, dtype=float)
    if len(path) < steps + 1:
        path = np.vstack([path, np.repeat(path[-1:], steps + 1 - len(path), axis=0)])
    return path
