"""Datasets in one namespace: the Dataset model (dataset.py) and the generators (generators.py)."""

from playground.engine.dataset import (
    DOMAIN,
    MAX_CLASSES,
    MAX_NOISE,
    MAX_POINTS,
    MAX_VALUE,
    TASKS,
    Dataset,
    GeneratorSpec,
)
from playground.engine.generators import (
    Generator,
    check_arguments,
    generate,
    generators,
    info,
    names,
)

__all__ = [
    "DOMAIN",
    "MAX_CLASSES",
    "MAX_NOISE",
    "MAX_POINTS",
    "MAX_VALUE",
    "TASKS",
    "Dataset",
    "Generator",
    "GeneratorSpec",
    "check_arguments",
    "generate",
    "generators",
    "info",
    "names",
]
