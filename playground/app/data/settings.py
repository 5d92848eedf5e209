"""DataSettings: how the current data was generated, as the data panel shows it and QSettings
keeps it; plain data, no Qt."""

from __future__ import annotations

import dataclasses

from playground.engine import Dataset, datasets


@dataclasses.dataclass(frozen=True)
class DataSettings:
    """How the current data was generated: what the data panel shows and QSettings keeps."""

    task: str = "classification"
    generator: str = "spiral"
    n_points: int = 500
    noise: float = 0.0
    classes: int = 2
    train_fraction: float = 0.5
    seed: int = 0


def describing(settings: DataSettings, spec) -> DataSettings:
    """`settings` changed to name the generator call `spec` (a GeneratorSpec, or None) made."""
    if spec is None:
        return settings
    return dataclasses.replace(settings, generator=spec.name, seed=spec.seed, noise=spec.noise,
                               n_points=spec.n_points, classes=spec.classes or 2)


def generate(settings: DataSettings) -> Dataset:
    """The dataset these settings describe; ValueError names a bad setting."""
    return datasets.generate(settings.generator, n_points=settings.n_points,
                             noise=settings.noise, seed=settings.seed,
                             classes=settings.classes if settings.task == "classification"
                             else 2, train_fraction=settings.train_fraction)
