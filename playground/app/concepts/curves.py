"""Curves the Concepts panel draws, computed by the engine's registries: no Qt, no formula copy."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

from playground.engine import activations, losses

Curves = dict[str, tuple[np.ndarray, np.ndarray]]


def activation_axis() -> np.ndarray:
    """Pre-activations z (1001,) from -5 to 5 in steps of 0.01, where activations are drawn."""
    return np.linspace(-5.0, 5.0, 1001)


def activation_curves(names: Iterable[str], z: np.ndarray) -> Curves:
    """Per activation name, (f(z), f'(z)) shaped like z, from the registry's forward/derivative."""
    curves: Curves = {}
    for name in names:
        activation = activations.get(name)
        curves[name] = (activation.forward(z), activation.derivative(z))
    return curves


def probability_axis() -> np.ndarray:
    """Probabilities p (999,) of the true class, 0.001 to 0.999 in steps of 0.001."""
    return np.linspace(0.001, 0.999, 999)


def error_axis() -> np.ndarray:
    """Regression errors e = prediction - target (601,), -3 to 3 in steps of 0.01."""
    return np.linspace(-3.0, 3.0, 601)


def two_class_scores(p: float) -> np.ndarray:
    """Scores (1, 2) [z/2, -z/2] with z = logit(p): softmax gives class 0 the probability p."""
    z = math.log(p) - math.log1p(-p)
    return np.array([[z / 2, -z / 2]])


def loss_curves(task: str, x: np.ndarray | None = None) -> tuple[np.ndarray, Curves]:
    """x (m,) and, per registered loss of task, (value, d value / d s_true), each (m,), at x.

    One sample per point. Classification: x is p, the true class's probability, with scores
    two_class_scores(p) and label 0. Regression: x is the error e, with score e and target 0.
    Defaults to probability_axis() or error_axis().
    """
    names = losses.names(task)
    if x is None:
        x = probability_axis() if task == "classification" else error_axis()
    if task == "classification":
        targets = np.zeros(1, dtype=np.int64)
        samples = [two_class_scores(float(p)) for p in x]
    else:
        targets = np.zeros(1)
        samples = [np.array([[float(e)]]) for e in x]
    curves: Curves = {}
    for name in names:
        loss = losses.get(name, task)
        values = np.array([loss.value(scores, targets) for scores in samples])
        grads = np.array([loss.grad(scores, targets)[0, 0] for scores in samples])
        curves[name] = (values, grads)
    return x, curves
