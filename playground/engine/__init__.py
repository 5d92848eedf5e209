"""The playground's engine: pure NumPy networks, losses, optimizers, datasets and a trainer.

Importable without Qt, so it also serves as a small library in a notebook:

    from playground.engine import TrainConfig, Trainer, datasets
    trainer = Trainer(TrainConfig(hidden=(8, 8)), datasets.generate("spiral", seed=1))
    trainer.run(100)
"""

from playground.engine import (
                               activations,
    checkpoint,
                               datasets,
                               features,
                               inspection,
                               losses,
                               metrics,
                               optimizers,
)
from playground.engine.config import TrainConfig
from playground.engine.datasets import Dataset
from playground.engine.history import History
from playground.engine.network import Network
from playground.engine.snapshot import Snapshot
from playground.engine.trainer import Trainer

__all__ = [
    "Dataset", "History", "Network", "Snapshot", "TrainConfig", "Trainer",
    "activations",
    "checkpoint", "datasets", "features", "inspection", "losses", "metrics", "optimizers",
]
