"""Same start: a trainer remembers its initial weights and can reset to another run's."""

import numpy as np
import pytest

from playground.engine import TrainConfig, Trainer, checkpoint, datasets


def test_a_trainer_remembers_the_weights_it_started_from():
    trainer = Trainer(TrainConfig(hidden=(4,)), datasets.generate("xor", n_points=80, seed=1))
    start = trainer.network.params.copy()
    trainer.run(3)
    np.testing.assert_array_equal(trainer.initial_params, start)
    assert not np.array_equal(trainer.network.params, start)


def test_reset_from_another_runs_initial_weights_starts_equal():
    data = datasets.generate("xor", n_points=80, seed=1)
    a = Trainer(TrainConfig(hidden=(4,), seed=1), data)
    b = Trainer(TrainConfig(hidden=(4,), seed=2, init="he"), data)
    b.run(2)
    checkpoint.reset_from(b, a.initial_params.tolist())
    assert b.epoch == 0 and not len(b.history)
    np.testing.assert_array_equal(b.network.params, a.network.params)
    np.testing.assert_array_equal(b.initial_params, a.initial_params)


def test_reset_from_weights_of_another_shape_is_refused_and_changes_nothing():
    data = datasets.generate("xor", n_points=80, seed=1)
    other = Trainer(TrainConfig(hidden=(3,)), data)
    trainer = Trainer(TrainConfig(hidden=(4,)), data)
    trainer.run(2)
    before = trainer.network.params.copy()
    with pytest.raises(ValueError, match="layers, features or classes differ"):
        checkpoint.reset_from(trainer, other.initial_params)
    assert trainer.epoch == 2
    np.testing.assert_array_equal(trainer.network.params, before)
