"""Seeded 2-D dataset generators after the web TensorFlow Playground, and their registry."""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine.dataset import (
    DOMAIN,
    MAX_NOISE,
    MAX_POINTS,
    TASKS,
    Dataset,
    GeneratorSpec,
    _check_fraction,
    _check_int,
)

Sample = tuple[np.ndarray, np.ndarray]  # points (n, 2) float64, labels (n,)
Sampler = Callable[[np.random.Generator, int, float, int], Sample]  # (rng, n, noise, classes)


def _class_sizes(n: int, k: int) -> list[int]:
    """Near-equal sizes of k classes summing to n (the first n % k classes get one more)."""
    return [n // k + (j < n % k) for j in range(k)]


def _circle(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Disc r < 2.5 (class 1) in a ring 3.5 < r < 5 (class 0); noise only moves the label test."""
    n_out = n // 2
    radius = np.concatenate([rng.uniform(0, 2.5, n - n_out), rng.uniform(3.5, 5, n_out)])
    angle = rng.uniform(0, 2 * np.pi, n)
    points = radius[:, None] * np.column_stack([np.sin(angle), np.cos(angle)])
    noisy = points + rng.uniform(-5, 5, (n, 2)) * noise
    return points, (np.hypot(noisy[:, 0], noisy[:, 1]) < 2.5).astype(np.int64)


def _xor(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Uniform points kept 0.3 off the axes; class 1 where x*y >= 0 at the noisy point."""
    points = rng.uniform(-5, 5, (n, 2))
    points += np.where(points > 0, 0.3, -0.3)
    noisy = points + rng.uniform(-5, 5, (n, 2)) * noise
    return points, (noisy[:, 0] * noisy[:, 1] >= 0).astype(np.int64)


def _gauss(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Normal blobs at (-2, -2) (class 0) and (2, 2) (class 1) with variance 0.5 + 7 * noise."""
    labels = np.repeat(np.arange(2), _class_sizes(n, 2))
    centres = np.array([[-2.0, -2.0], [2.0, 2.0]])
    return centres[labels] + rng.normal(0, math.sqrt(0.5 + 7 * noise), (n, 2)), labels


def _spiral(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Arm j (class j) turns 1.75 times out to radius 5 from angle 2 pi j / classes."""
    sizes = np.array(_class_sizes(n, classes))
    labels = np.repeat(np.arange(classes), sizes)
    arm_size = np.repeat(sizes, sizes)
    along = (np.arange(n) - np.repeat(np.cumsum(sizes) - sizes, sizes)) / arm_size  # i / (n / k)
    turn = 1.75 * 2 * np.pi * along + 2 * np.pi * labels / classes
    points = (5 * along)[:, None] * np.column_stack([np.sin(turn), np.cos(turn)])
    return points + rng.uniform(-1, 1, (n, 2)) * noise, labels


def _web_spiral(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """The web's two arms: the one from angle 0 is its label +1, drawn blue, so class 1 here."""
    points, labels = _spiral(rng, n, noise, 2)
    return points, 1 - labels


def _blobs(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Normal blobs on a circle of radius 3.5, std 0.5 * sqrt(0.5 + 7 * noise): apart at noise 0."""
    labels = np.repeat(np.arange(classes), _class_sizes(n, classes))
    angle = np.pi / 4 + 2 * np.pi * np.arange(classes) / classes
    centres = 3.5 * np.column_stack([np.cos(angle), np.sin(angle)])
    return centres[labels] + rng.normal(0, 0.5 * math.sqrt(0.5 + 7 * noise), (n, 2)), labels


def _moons(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Two interleaved half circles scaled to x in [-5, 5], with normal jitter of std 2 * noise."""
    labels = np.repeat(np.arange(2), _class_sizes(n, 2))
    t = rng.uniform(0, np.pi, n)
    upper = np.column_stack([np.cos(t), np.sin(t)])
    lower = np.column_stack([1 - np.cos(t), 0.5 - np.sin(t)])
    points = (np.where(labels[:, None] == 0, upper, lower) - [0.5, 0.25]) * (10 / 3)
    return points + rng.normal(0, 2 * noise, (n, 2)), labels


def _plane(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Uniform points labelled (x + y) / 10 at the noisy point."""
    points = rng.uniform(-DOMAIN, DOMAIN, (n, 2))
    noisy = points + rng.uniform(-DOMAIN, DOMAIN, (n, 2)) * noise
    return points, noisy.sum(axis=1) / 10


_BUMPS = np.array(  # centre x, centre y, sign
    [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]]
)


def _reg_gauss(rng: np.random.Generator, n: int, noise: float, classes: int) -> Sample:
    """Uniform points labelled by the strongest of six signed cones max(0, 1 - dist / 2)."""
    points = rng.uniform(-DOMAIN, DOMAIN, (n, 2))
    noisy = points + rng.uniform(-DOMAIN, DOMAIN, (n, 2)) * noise
    dist = np.hypot(noisy[:, :1] - _BUMPS[:, 0], noisy[:, 1:] - _BUMPS[:, 1])  # (n, 6)
    height = np.maximum(0.0, 1 - dist / 2)
    best = np.argmax(height, axis=1)
    return points, _BUMPS[best, 2] * height[np.arange(n), best]


@dataclass(frozen=True)
class Generator:
    """A named generator and what a UI needs to offer it (classes 0..0 for regression)."""

    name: str
    task: str
    default_points: int
    min_classes: int
    max_classes: int
    description: str
    sample: Sampler


generators: dict[str, Generator] = {
    g.name: g
    for g in (
        Generator("circle", "classification", 500, 2, 2, "A disc inside a ring", _circle),
        Generator("xor", "classification", 500, 2, 2, "Four quadrants, alternating", _xor),
        Generator("gauss", "classification", 500, 2, 2, "Two Gaussian blobs", _gauss),
        Generator("spiral", "classification", 500, 2, 2, "Two interleaved spirals", _web_spiral),
        Generator("spiral_k", "classification", 500, 2, 6, "A spiral with k arms", _spiral),
        Generator("blobs", "classification", 500, 2, 6, "k Gaussian blobs on a ring", _blobs),
        Generator("moons", "classification", 500, 2, 2, "Two interleaved half moons", _moons),
        Generator("plane", "regression", 1200, 0, 0, "A tilted plane, (x + y) / 10", _plane),
        Generator("reg_gauss", "regression", 1200, 0, 0, "Six signed bumps", _reg_gauss),
    )
}


def names(task: str | None = None) -> list[str]:
    """Generator names, all or only those for task ("classification" or "regression")."""
    if task is not None and task not in TASKS:
        raise ValueError(f"unknown task {task!r}; expected one of {', '.join(TASKS)}")
    return [name for name, g in generators.items() if task in (None, g.task)]


def info(name: str) -> Generator:
    """The generator called name (task, default size, class range, description)."""
    try:
        return generators[name]
    except (KeyError, TypeError):
        raise ValueError(f"unknown dataset {name!r}; known: {', '.join(generators)}") from None


def check_arguments(name: str, n_points: int | None = None, noise: float = 0.0, seed: int = 0,
                    classes: int = 2, train_fraction: float = 0.5) -> Generator:
    """The generator `generate` would use, or the ValueError it would raise, without sampling
    (a lesson is checked whole before it runs, and checking must stay cheap)."""
    gen = info(name)
    n_points = gen.default_points if n_points is None else n_points
    _check_int("n_points", n_points, 1, MAX_POINTS)
    if not isinstance(noise, numbers.Real) or not 0 <= noise <= MAX_NOISE:
        raise ValueError(f"noise must be a number in [0, {MAX_NOISE}], got {noise!r}")
    _check_int("seed", seed, 0, None)
    if gen.task == "classification":
        _check_int(f"classes for {name!r}", classes, gen.min_classes, gen.max_classes)
    _check_fraction(train_fraction)
    return gen


def generate(
    name: str,
    n_points: int | None = None,
    noise: float = 0.0,
    seed: int = 0,
    classes: int = 2,
    train_fraction: float = 0.5,
) -> Dataset:
    """A fresh dataset from a named generator, identical for identical arguments."""
    gen = check_arguments(name, n_points, noise, seed, classes, train_fraction)
    n_points = gen.default_points if n_points is None else n_points
    is_classification = gen.task == "classification"
    rng = np.random.default_rng(seed)
    points, labels = gen.sample(rng, n_points, float(noise), classes)
    order = rng.permutation(n_points)  # mix the classes, as the web playground shuffles
    used_classes = classes if is_classification else None
    dataset = Dataset(
        points[order],
        labels[order],
        gen.task,
        n_classes=used_classes,
        generator=GeneratorSpec(name, int(seed), float(noise), int(n_points), used_classes),
    )
    dataset.split(train_fraction, seed)
    return dataset
