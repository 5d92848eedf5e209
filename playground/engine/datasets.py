"""Datasets in one namespace: the Dataset model (dataset.py) and the generators (generators.py)."""

from playground.engine.dataset import (
    DOMAIN,
    MAX_CLASSES,
    MAX_NOISE,
    MAX_POINTS,
    TASKS,
    Dataset,
    GeneratorSpec,
)
from playground.engine.generators import Generator, generate, generators, info, names

__all__ = [
    "DOMAIN",
    "MAX_CLASSES",
    "MAX_NOISE",
    "MAX_POINTS",
    "TASKS",
    "Dataset",
    "Generator",
    "GeneratorSpec",
    "generate",
    "generators",
    "info",
    "names",
]
