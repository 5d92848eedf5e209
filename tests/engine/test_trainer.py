"""Trainer: learning, reproducibility, live config changes, divergence, snapshots, refusals."""

import math

import numpy as np
import pytest

from playground.engine import Dataset, TrainConfig, Trainer, datasets, losses, optimizers
from playground.engine.network import Network


def _circle(**kw):
    return datasets.generate("circle", noise=0.0, seed=1, **kw)


def test_loss_falls_and_accuracy_rises_on_circle():
    trainer = Trainer(TrainConfig(hidden=(8, 8), lr=0.03, features=("x1", "x2")), _circle())
    trainer.run(30)
    h = trainer.history
    assert len(h) == 30 and h["epoch"] == list(range(1, 31))
    assert h["train_loss"][-1] < 0.5 * h["train_loss"][0]
    assert h["test_accuracy"][-1] > 0.95


def test_same_seed_same_history_number_for_number():
    cfg = TrainConfig(hidden=(6,), optimizer="adam", lr=0.01, dropout=0.1, seed=3)
    runs = [Trainer(cfg, datasets.generate("spiral", noise=0.1, seed=2)).run(5) for _ in range(2)]
    assert runs[0].rows == runs[1].rows
    other = Trainer(cfg.replace(seed=4), datasets.generate("spiral", noise=0.1, seed=2)).run(5)
    assert other.rows != runs[0].rows


def test_float32_stays_close_to_float64():
    cfg = TrainConfig(hidden=(8, 8), lr=0.03)
    a = Trainer(cfg, _circle(), dtype=np.float64).run(10)
    b = Trainer(cfg, _circle(), dtype=np.float32).run(10)
    np.testing.assert_allclose(a["train_loss"], b["train_loss"], rtol=1e-3)


def test_step_walks_through_an_epoch():
    trainer = Trainer(TrainConfig(batch_size=50), _circle())
    finished = [trainer.step() for _ in range(5)]
    assert finished == [False, False, False, False, True]
    assert trainer.epoch == 1 and trainer.steps == 5 and len(trainer.history) == 1


def test_step_and_run_epoch_agree():
    cfg = TrainConfig(hidden=(5,), lr=0.05)
    by_step = Trainer(cfg, _circle())
    while not by_step.step():
        pass
    by_epoch = Trainer(cfg, _circle())
    by_epoch.run_epoch()
    np.testing.assert_array_equal(by_step.network.params, by_epoch.network.params)


def test_changing_lr_keeps_weights_and_changing_layers_rebuilds():
    trainer = Trainer(TrainConfig(hidden=(4,)), _circle())
    trainer.run(2)
    weights = trainer.network.params.copy()
    for change in ({"lr": 0.3}, {"optimizer": "adam"}, {"loss": "hinge"},
                   {"regularization": "l2", "reg_rate": 0.01}, {"dropout": 0.2},
                   {"activation": "relu"}, {"batch_size": 7}):
        assert trainer.set_config(trainer.config.replace(**change)) is False
        np.testing.assert_array_equal(trainer.network.params, weights)
    assert trainer._optimizer.lr == 0.3
    assert trainer.set_config(trainer.config.replace(hidden=(4, 4))) is True
    assert trainer.network.sizes == (2, 4, 4, 2) and trainer.epoch == 0
    assert trainer.set_config(trainer.config.replace(features=("x1", "x2", "x1*x2"))) is True
    assert trainer.network.sizes[0] == 3
    trainer.run(1)


def test_data_edits_keep_weights_until_the_class_count_changes():
    data = _circle()
    trainer = Trainer(TrainConfig(), data)
    trainer.run(1)
    weights = trainer.network.params.copy()
    edited = data.copy()
    edited.add_points(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([0, 1]))
    assert trainer.set_dataset(edited) is False
    np.testing.assert_array_equal(trainer.network.params, weights)
    trainer.run(1)
    three = edited.copy()
    three.add_points(np.array([[5.0, 5.0]]), np.array([2]))
    assert trainer.set_dataset(three) is True
    assert trainer.network.sizes[-1] == 3


def test_divergence_stops_with_a_reason_and_finite_history():
    cfg = TrainConfig(task="regression", hidden=(8, 8), activation="relu", lr=10.0, loss="mse",
                      init="he")
    trainer = Trainer(cfg, datasets.generate("plane", seed=0))
    trainer.run(50)
    assert trainer.diverged
    assert "lower the learning rate" in trainer.reason
    assert "epoch" in trainer.reason and "step" in trainer.reason
    assert np.isfinite(trainer.network.params).all()
    assert all(math.isfinite(v) for v in trainer.history["train_loss"])
    epochs = trainer.epoch
    assert trainer.run_epoch() is False and trainer.epoch == epochs
    trainer.reset()
    assert not trainer.diverged and trainer.epoch == 0 and len(trainer.history) == 0


def test_divergence_found_by_step_matches_run():
    cfg = TrainConfig(task="regression", hidden=(8, 8), activation="relu", lr=10.0, loss="mse",
                      init="he")
    by_run = Trainer(cfg, datasets.generate("plane", seed=0))
    by_run.run(50)
    by_step = Trainer(cfg, datasets.generate("plane", seed=0))
    for _ in range(50 * 60):
        if by_step.diverged:
            break
        by_step.step()
    assert by_step.reason == by_run.reason
    np.testing.assert_array_equal(by_step.network.params, by_run.network.params)


def test_penalty_is_in_train_loss_only():
    cfg = TrainConfig(regularization="l2", reg_rate=0.5, hidden=(4,))
    trainer = Trainer(cfg, _circle())
    trainer.run(1)
    row = trainer.history.last()
    penalty = trainer.network.penalty("l2", 0.5)
    assert row["penalty"] == pytest.approx(penalty) and penalty > 0
    plain = losses.get("cross_entropy", "classification")
    scores = trainer.network.forward(
        trainer._X_all[: trainer._n_train, :-1].astype(np.float32))
    data_loss = plain.value(scores, trainer._y_train)
    assert row["train_loss"] == pytest.approx(data_loss + penalty, rel=1e-5)


def test_l1_and_l2_shrink_weights():
    norms = {}
    for kind in ("none", "l1", "l2"):
        cfg = TrainConfig(hidden=(8,), regularization=kind, reg_rate=0.05 if kind != "none" else 0)
        trainer = Trainer(cfg, _circle())
        trainer.run(20)
        norms[kind] = sum(np.abs(w).sum() for w in trainer.network.weights)
    assert norms["l1"] < norms["none"] and norms["l2"] < norms["none"]


def test_refuses_untrainable_data_with_a_message():
    one_class = Dataset(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([0, 0]), n_classes=2)
    trainer = Trainer(TrainConfig(), one_class)
    assert trainer.blocked_reason
    with pytest.raises(ValueError, match="class"):
        trainer.step()
    empty = Dataset(np.zeros((0, 2)), np.zeros(0, int), n_classes=2)
    with pytest.raises(ValueError):
        Trainer(TrainConfig(), empty).run(1)
    with pytest.raises(ValueError, match="regression"):
        Trainer(TrainConfig(), datasets.generate("plane"))


def test_batch_size_is_clamped_to_the_train_set():
    data = Dataset(np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]), np.array([0, 1, 0]))
    trainer = Trainer(TrainConfig(batch_size=10), data)
    assert trainer.batch_size == 3
    trainer.run(2)
    assert len(trainer.history) == 2 and math.isnan(trainer.history["test_loss"][0])


def test_snapshot_is_fresh_and_shaped():
    trainer = Trainer(TrainConfig(hidden=(5, 3)), datasets.generate("blobs", classes=3))
    trainer.run(2)
    snap = trainer.snapshot(resolution=40, thumbnail=10)
    assert snap.output.shape == (40, 40, 3)
    np.testing.assert_allclose(snap.output.sum(axis=2), 1.0, rtol=1e-5)
    assert [n.shape for n in snap.neurons] == [(5, 10, 10), (3, 10, 10)]
    assert [w.shape for w in snap.weights] == [(2, 5), (5, 3), (3, 3)]
    assert snap.epoch == 2 and snap.grad_norms.shape == (3,) and snap.metrics["epoch"] == 2
    before = snap.output.copy()
    trainer.run(3)
    np.testing.assert_array_equal(snap.output, before)
    assert not np.shares_memory(snap.weights[0], trainer.network.params)


def test_snapshot_grid_orientation_and_neuron_values():
    trainer = Trainer(TrainConfig(task="regression", hidden=(2,), activation="linear",
                                  loss="mse"), datasets.generate("plane"))
    trainer.network.params[:] = 0
    trainer.network.weights[-1][0, 0] = 1.0
    trainer.network.weights[0][0, 0] = 1.0  # neuron 0 = x, output = x
    trainer.network.weights[0][1, 1] = 1.0  # neuron 1 = y
    snap = trainer.snapshot(resolution=4, extent=(-2.0, 2.0), thumbnail=4)
    centres = np.array([-1.5, -0.5, 0.5, 1.5])
    np.testing.assert_allclose(snap.output[0], centres)  # first row: x increases along columns
    np.testing.assert_allclose(snap.neurons[0][0][2], centres)
    np.testing.assert_allclose(snap.neurons[0][1][:, 0], centres)  # y increases with the row


def test_every_loss_and_optimizer_trains_without_error():
    for name in losses.names("classification"):
        for opt in optimizers.names():
            trainer = Trainer(TrainConfig(loss=name, optimizer=opt, hidden=(4,)), _circle())
            trainer.run(2)
            assert len(trainer.history) == 2 and not trainer.diverged, (name, opt)
    for name in losses.names("regression"):
        trainer = Trainer(TrainConfig(task="regression", loss=name), datasets.generate("plane"))
        trainer.run(2)
        assert trainer.history["test_rmse"][-1] < 1.0


def test_tutorial_linear_fit_reaches_w_01_b_03():
    """reference.md: y = 0.1 x + 0.3, 100 uniform x, w ~ U(-1, 1), b = 0, GD on MSE, lr 0.6."""
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, (100, 1))
    y = 0.1 * x[:, 0] + 0.3
    net = Network((1, 1), "linear", "zeros", seed=0)
    net.weights[0][0, 0] = rng.uniform(-1, 1)
    mse = losses.get("mse", "regression")
    sgd = optimizers.get("sgd", 0.6)
    for _ in range(200):
        net.backward(mse.grad(net.forward(x), y))
        sgd.step([net.params], [net.grads])
    assert round(float(net.weights[0][0, 0]), 4) == 0.1
    assert round(float(net.biases[0][0]), 4) == 0.3


def test_run_steps_in_slices_equals_whole_epochs():
    cfg = TrainConfig(hidden=(6,), lr=0.05, optimizer="momentum")
    whole = Trainer(cfg, _circle())
    whole.run(3)
    sliced = Trainer(cfg, _circle())
    finished = 0
    while finished < 3:
        finished += sliced.run_steps(7)
    np.testing.assert_array_equal(sliced.network.params, whole.network.params)
    assert sliced.history.rows == whole.history.rows and sliced.steps == whole.steps


def _overflowing_regression():
    cfg = TrainConfig(task="regression", hidden=(8, 8), activation="tanh", init="he",
                      optimizer="momentum", lr=0.3, loss="mse")
    return cfg, datasets.generate("plane", seed=0, noise=0.2)


def test_loss_overflow_is_reported_alike_by_step_and_run():
    cfg, data = _overflowing_regression()
    by_run = Trainer(cfg, data)
    by_run.run(60)
    by_step = Trainer(cfg, data)
    for _ in range(60 * 60):
        if by_step.diverged:
            break
        by_step.step()
    assert by_run.diverged and by_step.diverged
    assert by_run.reason == by_step.reason
    assert by_run.steps == by_step.steps
    np.testing.assert_array_equal(by_run.network.params, by_step.network.params)
    assert np.isfinite(by_run.snapshot(resolution=10).output).all()


def test_a_diverged_run_waits_for_reset_even_after_a_lower_learning_rate():
    cfg = TrainConfig(hidden=(8, 8), activation="leaky_relu", lr=10.0)
    trainer = Trainer(cfg, datasets.generate("spiral"))
    trainer.run(5)
    assert trainer.diverged
    kept = trainer.network.params.copy()
    trainer.set_config(cfg.replace(lr=0.01))
    assert trainer.diverged and trainer.run_epoch() is False
    np.testing.assert_array_equal(trainer.network.params, kept)
    trainer.reset()
    assert trainer.run_epoch() and np.isfinite(trainer.network.params).all()


def test_changing_the_task_is_refused_without_changing_anything():
    trainer = Trainer(TrainConfig(), _circle())
    trainer.run(1)
    with pytest.raises(ValueError, match="new Trainer"):
        trainer.set_config(trainer.config.replace(task="regression"))
    assert trainer.config.task == "classification"
    trainer.run(1)
    assert len(trainer.history) == 2


def test_bad_snapshot_and_empty_evaluation_raise_value_errors():
    trainer = Trainer(TrainConfig(), _circle())
    for resolution in (0, -3, 2.5):
        with pytest.raises(ValueError, match="resolution"):
            trainer.snapshot(resolution=resolution)
    empty = Dataset(np.zeros((0, 2)), np.zeros(0, int), n_classes=2)
    with pytest.raises(ValueError, match="no points|no training"):
        Trainer(TrainConfig(), empty).evaluate()
    assert Trainer(TrainConfig(), empty).snapshot(resolution=8).output.shape == (8, 8, 2)
