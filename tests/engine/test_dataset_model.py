"""Tests for the Dataset model: construction, views, splitting, editing and dict round trips."""

import json

import numpy as np
import pytest

from playground.engine import datasets
from playground.engine.datasets import Dataset


def small() -> Dataset:
    """Four classification points, two per class, the first two in training."""
    return Dataset(
        [[0.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, 3.0]],
        [0, 1, 0, 1],
        is_train=np.array([True, True, False, False]),
    )


# --- Dataset construction ---------------------------------------------------------------------


def test_constructor_defaults():
    ds = Dataset([[0, 0], [1, 1]], [0, 3])
    assert ds.points.dtype == np.float64 and ds.labels.dtype == np.int64
    assert ds.n_classes == 4 and ds.is_train.all() and ds.generator is None
    assert Dataset([[0, 0]], [0]).n_classes == 2
    assert Dataset([[0, 0]], [1.0]).labels.dtype == np.int64


def test_constructor_copies_its_inputs():
    points = np.zeros((2, 2))
    ds = Dataset(points, [0, 1])
    points[0, 0] = 9
    assert ds.points[0, 0] == 0


def test_empty_dataset():
    ds = Dataset(np.empty((0, 2)), np.empty(0, np.int64))
    assert ds.n == 0 and ds.n_classes == 2 and ds.class_counts().tolist() == [0, 0]
    assert ds.train_points.shape == (0, 2)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (([0.0, 1.0], [0]), {}, r"points must have shape \(n, 2\)"),
        (([[0.0, 1.0, 2.0]], [0]), {}, r"points must have shape \(n, 2\)"),
        (([["a", "b"]], [0]), {}, "points must be numbers"),
        (([[np.nan, 0.0]], [0]), {}, "points must be finite"),
        (([[np.inf, 0.0]], [0]), {}, "points must be finite"),
        (([[0.0, 0.0]], [0, 1]), {}, r"labels must have shape \(1,\)"),
        (([[0.0, 0.0]], ["a"]), {}, "labels must be numbers"),
        (([[0.0, 0.0]], [0.5]), {}, "non-negative integer"),
        (([[0.0, 0.0]], [-1]), {}, "non-negative integer"),
        (([[0.0, 0.0]], [np.nan]), {}, "labels must be finite"),
        (([[0.0, 0.0]], [32]), {}, "below 32"),
        (([[0.0, 0.0]], [2]), {"n_classes": 2}, "labels go up to 2 but n_classes is 2"),
        (([[0.0, 0.0]], [0]), {"n_classes": 1}, "n_classes must be an integer in 2..32"),
        (([[0.0, 0.0]], [0.5]), {"task": "regression", "n_classes": 2}, "n_classes must be None"),
        (([[0.0, 0.0]], [np.inf]), {"task": "regression"}, "labels must be finite"),
        (([[0.0, 0.0]], [0]), {"task": "ranking"}, "unknown task 'ranking'"),
        (([[0.0, 0.0]], [0]), {"is_train": [1]}, r"is_train must be a bool array of shape \(1,\)"),
        (([[0.0, 0.0]], [0]), {"is_train": [True, False]}, "is_train must be a bool array"),
    ],
)
def test_constructor_rejects_bad_input(args, kwargs, message):
    with pytest.raises(ValueError, match=message):
        Dataset(*args, **kwargs)


def test_views_and_counts():
    ds = small()
    np.testing.assert_array_equal(ds.train_points, [[0, 0], [1, 0]])
    np.testing.assert_array_equal(ds.train_labels, [0, 1])
    np.testing.assert_array_equal(ds.test_points, [[0, 2], [3, 3]])
    np.testing.assert_array_equal(ds.test_labels, [0, 1])
    assert ds.class_counts().tolist() == [2, 2]
    assert repr(ds) == "Dataset(n=4, task='classification', n_classes=2, train=2)"


def test_class_counts_of_regression_data_is_an_error():
    with pytest.raises(ValueError, match="regression dataset has no classes"):
        Dataset([[0, 0]], [0.5], task="regression").class_counts()


# --- split ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "fraction"), [(10, 0.5), (7, 0.5), (9, 0.1), (1000, 0.73), (3, 0.9)])
def test_split_count_is_exact(n, fraction):
    ds = Dataset(np.zeros((n, 2)), np.zeros(n, int))
    ds.split(fraction, seed=1)
    assert ds.is_train.sum() == round(n * fraction)


def test_split_is_deterministic_per_seed():
    ds = datasets.generate("circle")
    ds.split(0.5, seed=3)
    first = ds.is_train.copy()
    ds.split(0.5, seed=3)
    np.testing.assert_array_equal(ds.is_train, first)
    ds.split(0.5, seed=4)
    assert not np.array_equal(ds.is_train, first)


@pytest.mark.parametrize("fraction", [0, 1, -0.5, 1.5, float("nan"), "half"])
def test_split_rejects_a_bad_fraction(fraction):
    with pytest.raises(ValueError, match="train_fraction"):
        small().split(fraction)


# --- editing ----------------------------------------------------------------------------------


def test_add_points_appends_training_points_and_returns_their_indices():
    ds = datasets.generate("gauss", n_points=10)
    added = ds.add_points([[1.0, 1.0], [2.0, -2.0]], [1, 0])
    np.testing.assert_array_equal(added, [10, 11])
    assert ds.n == 12 and ds.is_train[10:].all()
    np.testing.assert_array_equal(ds.points[10:], [[1, 1], [2, -2]])
    np.testing.assert_array_equal(ds.labels[10:], [1, 0])
    assert ds.generator is None


def test_add_points_with_a_new_class_raises_the_class_count():
    ds = small()
    ds.add_points([[5.0, 5.0]], [3])
    assert ds.n_classes == 4 and ds.class_counts().tolist() == [2, 2, 0, 1]
    ds.add_points([[6.0, 6.0]], [1])
    ds.remove_points([4])
    assert ds.n_classes == 4


def test_add_points_with_a_train_mask():
    ds = small()
    ds.add_points([[1.0, 1.0], [2.0, 2.0]], [1, 1], train=np.array([False, True]))
    np.testing.assert_array_equal(ds.is_train[4:], [False, True])


def test_add_points_to_regression_data():
    ds = Dataset([[0, 0]], [0.5], task="regression")
    ds.add_points([[1, 1]], [-0.25])
    np.testing.assert_array_equal(ds.labels, [0.5, -0.25])


def test_add_no_points():
    ds = datasets.generate("circle", n_points=4)
    assert ds.add_points(np.empty((0, 2)), np.empty(0, int)).size == 0
    assert ds.n == 4 and ds.generator is not None


@pytest.mark.parametrize(
    ("points", "labels", "train", "message"),
    [
        ([[np.nan, 0.0]], [0], None, "new points must be finite"),
        ([[0.0, 0.0]], [32], None, "new labels must be below 32"),
        ([[0.0, 0.0]], [-1], None, "non-negative integer"),
        ([[0.0, 0.0]], [0, 1], None, r"new labels must have shape \(1,\)"),
        ([[0.0, 0.0]], [0], [1], "train must be a bool array"),
    ],
)
def test_add_points_rejects_bad_input_and_leaves_the_data_alone(points, labels, train, message):
    ds = small()
    before = ds.to_dict()
    with pytest.raises(ValueError, match=message):
        ds.add_points(points, labels, train=train)
    assert ds.to_dict() == before


def test_remove_points():
    ds = small()
    ds.remove_points([3, 0, 3])
    np.testing.assert_array_equal(ds.points, [[1, 0], [0, 2]])
    np.testing.assert_array_equal(ds.labels, [1, 0])
    np.testing.assert_array_equal(ds.is_train, [True, False])
    ds.remove_points([])
    assert ds.n == 2


@pytest.mark.parametrize(
    ("indices", "message"),
    [([4], r"in 0..3"), ([-1], r"in 0..3"), ([0.5], "integers"), ([[0]], "1-D")],
)
def test_remove_points_rejects_bad_indices(indices, message):
    with pytest.raises(ValueError, match=message):
        small().remove_points(indices)


def test_remove_within_erases_a_disc_including_its_edge():
    ds = small()
    removed = ds.remove_within((0.0, 0.0), 1.0)
    np.testing.assert_array_equal(removed, [0, 1])
    np.testing.assert_array_equal(ds.points, [[0, 2], [3, 3]])
    assert ds.remove_within([10, 10], 0.5).size == 0 and ds.n == 2


@pytest.mark.parametrize(
    ("center", "radius", "message"),
    [
        ((0, 0), -1, "radius"),
        ((0, 0), np.inf, "radius"),
        ((0,), 1, "center"),
        ((np.nan, 0), 1, "center"),
    ],
)
def test_remove_within_rejects_bad_arguments(center, radius, message):
    with pytest.raises(ValueError, match=message):
        small().remove_within(center, radius)


def test_copy_is_independent():
    ds = datasets.generate("xor", n_points=20)
    twin = ds.copy()
    twin.remove_points([0])
    twin.split(0.2, seed=1)
    assert ds.n == 20 and twin.n == 19
    assert ds.generator is not None and twin.generator is None


# --- check_trainable --------------------------------------------------------------------------


def test_check_trainable():
    assert small().check_trainable() is None
    assert datasets.generate("plane").check_trainable() is None
    empty = Dataset(np.empty((0, 2)), np.empty(0, int))
    assert empty.check_trainable() == "There are no points yet: add some training points."
    no_train = Dataset([[0, 0], [1, 1]], [0, 1], is_train=np.array([False, False]))
    assert "no training points" in no_train.check_trainable()
    one_class = Dataset([[0, 0], [1, 1], [2, 2]], [1, 1, 0], is_train=np.array([1, 1, 0], bool))
    assert one_class.check_trainable() == (
        "Classification needs training points of at least two classes; "
        "the training points are all class 1."
    )


# --- to_dict / from_dict ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "ds",
    [
        datasets.generate("spiral_k", n_points=50, noise=0.3, classes=4, seed=2),
        datasets.generate("reg_gauss", n_points=50, noise=0.1, seed=2),
        Dataset(np.empty((0, 2)), np.empty(0, int), n_classes=5),
        Dataset(np.empty((0, 2)), np.empty(0), task="regression"),
    ],
)
def test_dict_round_trip_is_exact(ds):
    data = json.loads(json.dumps(ds.to_dict()))
    back = Dataset.from_dict(data)
    assert back.to_dict() == ds.to_dict()
    assert back.points.tobytes() == ds.points.tobytes()
    assert back.labels.dtype == ds.labels.dtype and back.labels.tobytes() == ds.labels.tobytes()
    assert back.generator == ds.generator and back.n_classes == ds.n_classes


def test_from_dict_errors():
    data = small().to_dict()
    del data["labels"]
    with pytest.raises(ValueError, match="missing 'labels'"):
        Dataset.from_dict(data)
    data = small().to_dict() | {"generator": {"name": "circle"}}
    with pytest.raises(ValueError, match="bad generator record"):
        Dataset.from_dict(data)
    data = small().to_dict() | {"labels": [0, 1, 0, 1.5]}
    with pytest.raises(ValueError, match="non-negative integer"):
        Dataset.from_dict(data)
