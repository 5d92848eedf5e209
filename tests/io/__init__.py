"""Tests of playground.io; the helpers here build small experiments and their documents."""

import json

from playground.engine import TrainConfig, Trainer, datasets
from playground.io import Experiment


def small_trainer(config: TrainConfig | None = None, epochs: int = 2, seed: int = 1) -> Trainer:
    """A trainer on 60 xor points (half train), trained for a few epochs."""
    config = config or TrainConfig(hidden=(4,), optimizer="adam", lr=0.02)
    data = datasets.generate("xor" if config.task == "classification" else "plane",
                             n_points=60, noise=0.1, seed=seed)
    trainer = Trainer(config, data)
    trainer.run(epochs)
    return trainer


def small_document(**changes) -> dict:
    """A valid experiment file's JSON document (with state), with top-level changes applied."""
    document = Experiment.from_trainer(small_trainer(), title="xor").to_dict()
    document = json.loads(json.dumps(document))
    document.update(changes)
    return document
