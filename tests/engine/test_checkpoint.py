"""Checkpoints: a captured run, restored into a fresh trainer, goes on number for number."""

import json

import numpy as np
import pytest

from playground.engine import TrainConfig, Trainer, checkpoint, datasets


def _run(cfg, data, epochs):
    trainer = Trainer(cfg, data)
    trainer.run(epochs)
    return trainer


@pytest.mark.parametrize("cfg", [
    TrainConfig(hidden=(6, 4), optimizer="adam", lr=0.01),
    TrainConfig(hidden=(5,), optimizer="momentum", dropout=0.2, regularization="l2",
                reg_rate=0.01),
    TrainConfig(hidden=(4,), optimizer="rmsprop", batch_size=500),
])
def test_saved_and_restored_run_continues_like_an_unbroken_one(cfg):
    data = datasets.generate("spiral", noise=0.1, seed=3)
    unbroken = _run(cfg, data, 10)
    first = _run(cfg, data, 4)
    state = json.loads(json.dumps(checkpoint.capture(first)))  # through JSON, as a file would
    second = Trainer(cfg, data)
    checkpoint.restore(second, state)
    second.run(6)
    assert second.history.rows == unbroken.history.rows
    np.testing.assert_array_equal(second.network.params, unbroken.network.params)


def test_a_run_saved_mid_epoch_continues_exactly():
    cfg, data = TrainConfig(hidden=(5,), optimizer="adam"), datasets.generate("xor", seed=1)
    unbroken = _run(cfg, data, 3)
    partial = Trainer(cfg, data)
    partial.run(1)
    partial.run_steps(7)
    restored = Trainer(cfg, data)
    checkpoint.restore(restored, json.loads(json.dumps(checkpoint.capture(partial))))
    restored.run(2)
    assert restored.history.rows == unbroken.history.rows


@pytest.mark.parametrize(("field", "value", "message"), [
    ("params", [1.0, 2.0], "params: expected shape"),
    ("params", "weights", "params"),
    ("order", [0, 0, 1], "order"),
    ("cursor", -1, "cursor"),
    ("cursor", 10_000, "cursor"),
    ("epoch", 2.5, "epoch"),
    ("optimizer", {"steps": 1, "exp_avg": [[1.0]]}, "optimizer"),
    ("shuffle_rng", {"bit_generator": "nope"}, "shuffle_rng"),
    ("history", {"epoch": [1]}, "history"),
])
def test_a_bad_state_is_refused_and_changes_nothing(field, value, message):
    cfg, data = TrainConfig(hidden=(4,), optimizer="adam"), datasets.generate("circle", seed=0)
    trainer = _run(cfg, data, 2)
    state = checkpoint.capture(trainer)
    state[field] = value
    target = _run(cfg, data, 1)
    before = target.network.params.copy()
    with pytest.raises(ValueError, match=message):
        checkpoint.restore(target, state)
    np.testing.assert_array_equal(target.network.params, before)
    assert target.epoch == 1
    params = checkpoint.capture(trainer)
    params["params"][0] = float("nan")
    with pytest.raises(ValueError, match="NaN"):
        checkpoint.restore(target, params)
    del params["history"]
    with pytest.raises(ValueError, match="lacks history"):
        checkpoint.restore(target, params)
