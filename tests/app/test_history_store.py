"""The history store: bounded memory on a long run, evenly thinned, the newest always kept."""

import numpy as np
import pytest

from playground.app.views.history.store import CAPACITY, HistoryStore, encode, memory_bound
from playground.engine import TrainConfig, Trainer, datasets


def test_a_20000_epoch_run_stays_within_the_documented_bound():
    data = datasets.generate("xor", n_points=40, seed=0)
    trainer = Trainer(TrainConfig(hidden=(3,), batch_size=40, lr=0.1), data)
    store = HistoryStore()
    resolution = 24
    for _ in range(20_000):
        trainer.run_epoch()
        snapshot = trainer.snapshot(resolution=resolution)
        store.add(snapshot.epoch, snapshot.output, snapshot.task, snapshot.extent)
        assert len(store) <= CAPACITY
    assert store.nbytes <= memory_bound("classification", 2, resolution)
    epochs = store.epochs
    assert epochs[0] == 1 and epochs[-1] == 20_000  # the first and the newest stay
    assert store.spacing >= 20_000 // CAPACITY  # k grew as the run got long
    gaps = np.diff(epochs[:-1])
    assert gaps.max() <= 2 * store.spacing  # spread over the whole run, no long holes
    assert memory_bound("classification", 2, 100) == CAPACITY * 100 * 100 * 2  # README's figure


def test_scrubbing_finds_the_stored_frame_and_its_grid():
    store = HistoryStore(capacity=8)
    rng = np.random.default_rng(0)
    grids = {}
    for epoch in range(1, 41):
        p = rng.random((10, 10, 1))
        grids[epoch] = np.concatenate([p, 1 - p], axis=2)
        store.add(epoch, grids[epoch], "classification")
    for index in range(len(store)):
        frame = store.at(index)
        np.testing.assert_allclose(frame.output(), grids[frame.epoch], atol=0.5 / 255 + 1e-7)
        assert store.nearest(frame.epoch) == index
    assert len(store.earlier(len(store) - 1, 3)) == 3
    assert all(i < len(store) - 1 for i in store.earlier(-1, 3))


def test_a_restart_clears_and_bad_values_are_stored_safely():
    store = HistoryStore(capacity=4)
    for epoch in (1, 2, 3):
        store.add(epoch, np.full((4, 4, 2), 0.5), "classification")
    store.add(1, np.full((4, 4, 2), np.nan), "classification")  # an earlier epoch: a new run
    assert store.epochs == [1]
    assert (store.at(0).grid == encode(np.full((4, 4, 2), 0.5), "classification")).all()
    store.clear()
    assert len(store) == 0 and store.spacing == 1
    store.add(5, np.linspace(-3, 3, 16).reshape(4, 4), "regression")
    assert store.at(0).grid.dtype == np.float16
    with pytest.raises(ValueError):
        HistoryStore(capacity=2)


def test_frames_arriving_further_apart_than_k_stay_evenly_spread():
    """The window draws a frame every ~20 epochs: old frames must not thin out more than new."""
    store = HistoryStore()
    probs = np.full((100, 100, 2), 0.5)
    for epoch in range(0, 20_001, 20):
        store.add(epoch, probs, "classification")
        assert len(store) <= CAPACITY
    gaps = np.diff(store.epochs[1:-1])
    assert gaps.max() <= 2 * gaps.min()
    assert store.nbytes <= memory_bound("classification", 2, 100)
