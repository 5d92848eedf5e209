"""The loss landscape around a run's weights, its path, and the straight-line slice."""

import numpy as np
import pytest

from playground.engine import TrainConfig, Trainer, checkpoint, datasets, inspection, losses


@pytest.fixture(scope="module")
def trained():
    data = datasets.generate("spiral", n_points=1000, noise=0.1, seed=0)
    trainer = Trainer(TrainConfig(hidden=(8, 8), lr=0.03, reg_rate=0.001,
                                  regularization="l2"), data)
    trainer.run(60)
    return trainer


@pytest.mark.parametrize("directions", ["pca", "random"])
def test_the_centre_is_the_current_training_loss_and_the_path_ends_there(trained, directions):
    before = trained.network.params.copy()
    land = inspection.loss_landscape(trained, resolution=31, directions=directions)
    assert land.alphas.shape == land.betas.shape == (31,) and land.loss.shape == (31, 31)
    assert land.kind == directions and land.alphas[15] == 0.0 == land.betas[15]
    row = trained.evaluate()
    assert land.loss[15, 15] == pytest.approx(row["train_loss"] - row["penalty"], rel=1e-6)
    assert land.path.shape == (len(trained.trajectory), 2)
    np.testing.assert_allclose(land.path[-1], 0.0, atol=1e-9)
    np.testing.assert_array_equal(trained.network.params, before)  # nothing moved


def test_the_pca_plane_holds_the_path_and_the_grid_reaches_it(trained):
    land = inspection.loss_landscape(trained)
    assert np.abs(land.path).max() <= land.alphas.max() + 1e-12
    assert np.linalg.norm(land.path[0]) > 0  # the run really went somewhere on the plane
    np.testing.assert_allclose(land.directions @ land.directions.T, np.eye(2), atol=1e-9)
    assert land.loss.max() > 1.5 * land.loss[15, 15]  # away from the trained weights it rises


def test_random_directions_are_filter_normalised_with_zero_biases(trained):
    land = inspection.loss_landscape(trained, directions="random", seed=4)
    for direction in land.directions:
        start = 0
        for block in trained.network.blocks:
            rows, cols = block.shape
            part = direction[start:start + rows * cols].reshape(rows, cols)
            start += rows * cols
            np.testing.assert_array_equal(part[-1], 0.0)
            np.testing.assert_allclose(np.linalg.norm(part[:-1], axis=0),
                                       np.linalg.norm(block[:-1].astype(float), axis=0),
                                       rtol=1e-6)


def test_a_fresh_run_falls_back_to_random_directions():
    trainer = Trainer(TrainConfig(hidden=(4,)), datasets.generate("xor", n_points=100, seed=1))
    land = inspection.loss_landscape(trainer, resolution=5)
    assert land.kind == "random" and land.path.shape == (1, 2)


def test_the_slice_runs_from_the_initial_to_the_current_weights(trained):
    cut = inspection.linear_slice(trained, resolution=21, beyond=0.0)
    start = Trainer(trained.config, trained.dataset)
    row = start.evaluate()
    assert cut.t[0] == 0.0 and cut.t[-1] == 1.0
    assert cut.loss[0] == pytest.approx(row["train_loss"] - row["penalty"], rel=1e-6)
    now = trained.evaluate()
    assert cut.loss[-1] == pytest.approx(now["train_loss"] - now["penalty"], rel=1e-6)


def test_bad_arguments_are_refused(trained):
    for kwargs in ({"resolution": 2}, {"resolution": 31.0}, {"span": 0},
                   {"directions": "sideways"}):
        with pytest.raises(ValueError):
            inspection.loss_landscape(trained, **kwargs)


def test_the_trajectory_is_bounded_and_restarts_with_the_run():
    trainer = Trainer(TrainConfig(hidden=(3,), batch_size=100),
                      datasets.generate("gauss", n_points=100, seed=0))
    trainer.run(1000)
    epochs = trainer.trajectory.epochs
    assert len(epochs) <= 200 and epochs[0] == 0 and epochs[-1] == 1000
    assert np.diff(epochs).max() <= 2 * np.diff(epochs).min() * 2
    state = checkpoint.capture(trainer)
    again = Trainer(trainer.config, trainer.dataset)
    checkpoint.restore(again, state)
    assert len(again.trajectory) == 1 and again.trajectory.epochs[0] == 1000
    trainer.reset()
    assert len(trainer.trajectory) == 1


@pytest.mark.parametrize("task", ["classification", "regression"])
def test_batched_values_equal_one_by_one(task):
    rng = np.random.default_rng(2)
    k = 3 if task == "classification" else 1
    scores = (rng.standard_normal((4, 30, k)) * 3).astype(np.float32)
    targets = rng.integers(0, 3, 30) if task == "classification" else rng.standard_normal(30)
    for name in losses.names(task):
        loss = losses.get(name, task)
        np.testing.assert_allclose(loss.values(scores, targets),
                                   [loss.value(each, targets) for each in scores], rtol=2e-6)


def test_forward_many_equals_forward_for_each_weight_vector(trained):
    X = np.random.default_rng(0).standard_normal((20, 2)).astype(np.float32)
    weights = trained.network.params + np.random.default_rng(1).standard_normal(
        (3, trained.network.params.size)).astype(np.float32) * 0.1
    many = trained.network.forward_many(X, weights)
    saved = trained.network.params.copy()
    try:
        for each, scores in zip(weights, many, strict=True):
            trained.network.params[...] = each
            np.testing.assert_allclose(scores, trained.network.forward(X), rtol=1e-5, atol=1e-6)
    finally:
        trained.network.params[...] = saved


def test_with_many_points_the_centre_is_still_the_loss_on_every_training_point():
    data = datasets.generate("spiral", n_points=3000, noise=0.1, seed=2)
    trainer = Trainer(TrainConfig(hidden=(8, 8), lr=0.03), data)
    trainer.run(3)
    land = inspection.loss_landscape(trainer, resolution=7)
    row = trainer.evaluate()
    assert land.points == 1000 and land.training_points == data.is_train.sum()
    assert land.loss[3, 3] == pytest.approx(row["train_loss"] - row["penalty"], rel=1e-6)


def test_a_big_network_is_evaluated_on_fewer_points():
    data = datasets.generate("spiral", n_points=1000, seed=2)
    trainer = Trainer(TrainConfig(hidden=(32,) * 6), data)
    land = inspection.loss_landscape(trainer, resolution=3)
    assert land.points == 100 < land.training_points  # 120,000 / 5,442 weights, at least 100


def test_the_default_slice_holds_the_initial_and_the_current_weights(trained):
    cut = inspection.linear_slice(trained)
    assert 0.0 in cut.t and 1.0 in cut.t
    now = trained.evaluate()
    assert cut.loss[list(cut.t).index(1.0)] == pytest.approx(
        now["train_loss"] - now["penalty"], rel=1e-6)
