"""Tests for the dataset generators and the Dataset container (editing, splitting, saving)."""

import json
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.engine import datasets
from playground.engine.datasets import Dataset, GeneratorSpec

# every generator with every class count it supports
CASES = [
    (name, k)
    for name, gen in datasets.generators.items()
    for k in range(max(gen.min_classes, 2), max(gen.max_classes, 2) + 1)
]


def small() -> Dataset:
    """Four classification points, two per class, the first two in training."""
    return Dataset(
        [[0.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, 3.0]],
        [0, 1, 0, 1],
        is_train=np.array([True, True, False, False]),
    )


# --- generators -------------------------------------------------------------------------------


def test_names_by_task():
    assert datasets.names("classification") == [
        "circle",
        "xor",
        "gauss",
        "spiral",
        "spiral_k",
        "blobs",
        "moons",
    ]
    assert datasets.names("regression") == ["plane", "reg_gauss"]
    assert datasets.names() == datasets.names("classification") + datasets.names("regression")
    with pytest.raises(ValueError, match="unknown task 'clustering'"):
        datasets.names("clustering")


def test_info_gives_what_a_ui_needs():
    blobs = datasets.info("blobs")
    assert (blobs.task, blobs.default_points, blobs.min_classes, blobs.max_classes) == (
        "classification",
        500,
        2,
        6,
    )
    assert blobs.description
    assert datasets.info("circle").max_classes == 2
    plane = datasets.info("plane")
    assert (plane.task, plane.default_points) == ("regression", 1200)
    with pytest.raises(ValueError, match="unknown dataset 'donut'; known: circle, xor"):
        datasets.info("donut")


@pytest.mark.parametrize(("name", "k"), CASES)
def test_generator_shapes_labels_and_metadata(name, k):
    ds = datasets.generate(name, noise=0.2, seed=4, classes=k)
    gen = datasets.info(name)
    n = gen.default_points
    assert ds.task == gen.task
    assert ds.points.shape == (n, 2) and ds.points.dtype == np.float64
    assert ds.labels.shape == (n,) and ds.is_train.shape == (n,)
    if gen.task == "classification":
        assert ds.labels.dtype == np.int64 and ds.n_classes == k
        assert set(np.unique(ds.labels)) == set(range(k))
        assert ds.generator == GeneratorSpec(name, 4, 0.2, n, k)
    else:
        assert ds.labels.dtype == np.float64 and ds.n_classes is None
        assert np.all(np.abs(ds.labels) <= 2)
        assert ds.generator == GeneratorSpec(name, 4, 0.2, n, None)
    assert ds.is_train.sum() == n // 2


@pytest.mark.parametrize(("name", "k"), CASES)
def test_generator_is_deterministic_per_seed(name, k):
    a = datasets.generate(name, noise=0.3, seed=11, classes=k)
    b = datasets.generate(name, noise=0.3, seed=11, classes=k)
    c = datasets.generate(name, noise=0.3, seed=12, classes=k)
    assert a.to_dict() == b.to_dict()
    assert not np.array_equal(a.points, c.points)


@pytest.mark.parametrize(("name", "k"), CASES)
def test_generator_stays_in_the_domain(name, k):
    quiet = datasets.generate(name, noise=0.0, seed=2, classes=k)
    assert np.all(np.abs(quiet.points) <= datasets.DOMAIN)
    noisy = datasets.generate(name, noise=0.5, seed=2, classes=k)
    assert np.mean(np.abs(noisy.points) <= datasets.DOMAIN) > 0.95


@pytest.mark.parametrize(("name", "k"), CASES)
@pytest.mark.parametrize("n", [1, 2, 7])
def test_generator_makes_exactly_n_points(name, k, n):
    ds = datasets.generate(name, n_points=n, classes=k)
    assert ds.n == n and np.isfinite(ds.points).all()


def test_circle_labels_are_inside_radius_2_5_without_noise():
    ds = datasets.generate("circle", noise=0.0, seed=1)
    radius = np.hypot(ds.points[:, 0], ds.points[:, 1])
    np.testing.assert_array_equal(ds.labels, (radius < 2.5).astype(int))
    assert np.all((radius < 2.5) | ((radius >= 3.5) & (radius <= 5)))
    assert ds.class_counts().tolist() == [250, 250]


def test_circle_noise_moves_labels_not_points():
    ds = datasets.generate("circle", noise=0.5, seed=1)
    radius = np.hypot(ds.points[:, 0], ds.points[:, 1])
    assert np.all((radius < 2.5) | ((radius >= 3.5) & (radius <= 5)))
    assert np.any(ds.labels != (radius < 2.5))


def test_xor_labels_are_the_sign_of_x_times_y_without_noise():
    ds = datasets.generate("xor", noise=0.0, seed=3)
    x, y = ds.points.T
    np.testing.assert_array_equal(ds.labels, np.where(np.sign(x * y) > 0, 1, 0))
    assert np.all(np.abs(ds.points) >= 0.3) and np.all(np.abs(ds.points) <= 5.3)


def test_gauss_blobs_sit_at_plus_and_minus_two():
    ds = datasets.generate("gauss", n_points=4000, noise=0.0, seed=0)
    np.testing.assert_allclose(ds.points[ds.labels == 1].mean(0), [2, 2], atol=0.1)
    np.testing.assert_allclose(ds.points[ds.labels == 0].mean(0), [-2, -2], atol=0.1)
    np.testing.assert_allclose(ds.points[ds.labels == 0].var(0), [0.5, 0.5], rtol=0.1)


def test_spiral_is_spiral_k_with_two_arms():
    two = datasets.generate("spiral", noise=0.4, seed=9)
    k2 = datasets.generate("spiral_k", noise=0.4, seed=9, classes=2)
    np.testing.assert_array_equal(two.points, k2.points)
    np.testing.assert_array_equal(two.labels, k2.labels)
    np.testing.assert_array_equal(two.is_train, k2.is_train)


def test_spiral_arms_without_noise_follow_the_formula():
    ds = datasets.generate("spiral_k", n_points=12, noise=0.0, classes=3)
    for j in range(3):
        arm = ds.points[ds.labels == j]
        radius = np.sort(np.hypot(arm[:, 0], arm[:, 1]))
        np.testing.assert_allclose(radius, 5 * np.arange(4) / 4, atol=1e-12)
        t = 1.75 * 2 * np.pi * np.arange(4) / 4 + 2 * np.pi * j / 3
        expected = (5 * np.arange(4) / 4)[:, None] * np.column_stack([np.sin(t), np.cos(t)])
        order = np.argsort(np.hypot(arm[:, 0], arm[:, 1]))
        np.testing.assert_allclose(arm[order], expected, atol=1e-12)


@pytest.mark.parametrize("name", ["spiral_k", "blobs"])
@pytest.mark.parametrize("k", [2, 3, 4, 5, 6])
def test_classes_are_balanced(name, k):
    counts = datasets.generate(name, n_points=503, classes=k).class_counts()
    assert counts.sum() == 503 and counts.max() - counts.min() <= 1


@pytest.mark.parametrize("k", [2, 3, 4, 5, 6])
def test_blobs_without_noise_are_separable(k):
    ds = datasets.generate("blobs", noise=0.0, seed=5, classes=k)
    centres = np.array([ds.points[ds.labels == j].mean(0) for j in range(k)])
    nearest = np.argmin(np.linalg.norm(ds.points[:, None] - centres, axis=2), axis=1)
    np.testing.assert_array_equal(nearest, ds.labels)
    np.testing.assert_allclose(np.linalg.norm(centres, axis=1), 3.5, atol=0.15)


def test_moons_fill_about_minus_five_to_five():
    ds = datasets.generate("moons", noise=0.0, seed=1)
    assert ds.points[:, 0].min() == pytest.approx(-5, abs=0.1)
    assert ds.points[:, 0].max() == pytest.approx(5, abs=0.1)
    assert ds.class_counts().tolist() == [250, 250]
    upper = ds.points[ds.labels == 0]
    lower = ds.points[ds.labels == 1]
    assert upper[:, 1].mean() > lower[:, 1].mean()


def test_plane_labels_without_noise():
    ds = datasets.generate("plane", noise=0.0, seed=1)
    np.testing.assert_allclose(ds.labels, ds.points.sum(1) / 10)


def test_reg_gauss_labels_without_noise_take_the_strongest_bump():
    ds = datasets.generate("reg_gauss", n_points=300, noise=0.0, seed=1)
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    for (x, y), label in zip(ds.points, ds.labels, strict=True):
        best = 0.0
        for cx, cy, sign in bumps:
            value = sign * max(0.0, 1 - np.hypot(x - cx, y - cy) / 2)
            if abs(value) > abs(best):
                best = value
        assert label == pytest.approx(best, abs=1e-12)
    assert ds.labels.min() < -0.5 and ds.labels.max() > 0.5


def test_generate_train_fraction_is_exact():
    ds = datasets.generate("xor", n_points=201, train_fraction=0.3)
    assert ds.is_train.sum() == round(201 * 0.3)


def test_regression_ignores_classes():
    assert datasets.generate("plane", classes=5).n_classes is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "donut"}, "unknown dataset 'donut'"),
        ({"name": "blobs", "classes": 7}, "classes for 'blobs' must be an integer in 2..6"),
        ({"name": "blobs", "classes": 1}, "classes for 'blobs' must be an integer in 2..6"),
        ({"name": "circle", "classes": 3}, "classes for 'circle' must be an integer = 2"),
        ({"name": "blobs", "classes": 2.0}, "classes .* must be an integer"),
        ({"name": "circle", "noise": -0.1}, r"noise must be a number in \[0, 0.5\]"),
        ({"name": "circle", "noise": 0.6}, r"noise must be a number in \[0, 0.5\]"),
        ({"name": "circle", "noise": float("nan")}, "noise must be"),
        ({"name": "circle", "n_points": 0}, "n_points must be an integer in 1..200000"),
        ({"name": "circle", "n_points": 200_001}, "n_points must be an integer in 1..200000"),
        ({"name": "circle", "n_points": 10.5}, "n_points must be an integer"),
        ({"name": "circle", "seed": -1}, "seed must be an integer >= 0"),
        ({"name": "circle", "train_fraction": 0.0}, r"train_fraction must be in \(0, 1\)"),
        ({"name": "circle", "train_fraction": 1.0}, r"train_fraction must be in \(0, 1\)"),
    ],
)
def test_generate_rejects_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        datasets.generate(**kwargs)


def test_generate_allows_the_largest_size():
    assert datasets.generate("spiral", n_points=200_000).n == 200_000


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


# --- CSV --------------------------------------------------------------------------------------


def test_csv_round_trip(tmp_path):
    ds = datasets.generate("blobs", n_points=60, noise=0.4, classes=5, seed=8)
    path = tmp_path / "blobs.csv"
    ds.to_csv(path)
    assert path.read_text().splitlines()[0] == "x,y,label,split"
    back = Dataset.from_csv(path, n_classes=5)
    assert back.points.tobytes() == ds.points.tobytes()
    np.testing.assert_array_equal(back.labels, ds.labels)
    np.testing.assert_array_equal(back.is_train, ds.is_train)
    assert back.n_classes == 5 and back.generator is None


def test_csv_round_trip_regression(tmp_path):
    ds = datasets.generate("plane", n_points=40, noise=0.5, seed=1)
    ds.to_csv(tmp_path / "plane.csv")
    back = Dataset.from_csv(tmp_path / "plane.csv", task="regression")
    assert back.labels.tobytes() == ds.labels.tobytes()
    assert back.points.tobytes() == ds.points.tobytes()


def test_csv_without_header_or_split_is_split_by_fraction(tmp_path):
    path = tmp_path / "plain.csv"
    rows = [f"{i},{-i},{i % 3}" for i in range(10)]
    path.write_text("\n".join(rows))
    ds = Dataset.from_csv(path, train_fraction=0.3, seed=2)
    assert ds.n == 10 and ds.n_classes == 3 and ds.is_train.sum() == 3
    np.testing.assert_array_equal(ds.labels, np.arange(10) % 3)
    again = Dataset.from_csv(path, train_fraction=0.3, seed=2)
    np.testing.assert_array_equal(again.is_train, ds.is_train)


def test_csv_tolerates_bom_crlf_spaces_case_blank_lines_and_integral_floats(tmp_path):
    path = tmp_path / "loose.csv"
    path.write_bytes(
        b"\xef\xbb\xbfX, Y ,Label,Split\r\n\r\n1.5, -2 ,1.0,TRAIN\r\n0,0,0,test\r\n\r\n"
    )
    ds = Dataset.from_csv(path)
    np.testing.assert_array_equal(ds.points, [[1.5, -2], [0, 0]])
    np.testing.assert_array_equal(ds.labels, [1, 0])
    np.testing.assert_array_equal(ds.is_train, [True, False])


def test_csv_class_count_comes_from_the_labels_or_the_argument(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("x,y,label\n0,0,0\n1,1,0\n")
    assert Dataset.from_csv(path).n_classes == 2
    assert Dataset.from_csv(path, n_classes=4).n_classes == 4


BAD_CSV = [
    (b"x,y,label\n0,0,1\nnan,0,1\n", 3, "x is not finite: 'nan'"),
    (b"0,0,1\n1,inf,0\n", 2, "y is not finite: 'inf'"),
    (b"0,0,1\n1,2,-inf\n", 2, "label is not finite"),
    (b"x,y,label\n0,0\n", 2, "expected 3 columns"),
    (b"0,0,1\n1,1,1,train\n", 2, "expected 3 columns"),
    (b"0,0,1,2,3\n", 1, "expected 3 or 4 columns"),
    (b"x,y,label,split\n0,0,1\n", 2, "expected 4 columns"),
    (b"x,y,label\n0,0,1\n0,zero,1\n", 3, "y is not a number: 'zero'"),
    (b"a,b,c\n0,0,1\n", 1, "x is not a number: 'a'"),
    (b"0,0,1\n\n\n1,1,one\n", 4, "label is not a number: 'one'"),
    (b"0,0,1.5\n", 1, "class label must be a non-negative integer, got '1.5'"),
    (b"0,0,1\n1,1,-1\n", 2, "class label must be a non-negative integer, got '-1'"),
    (b"0,0,32\n", 1, "class label 32 is out of range 0..31"),
    (b"0,0,1,maybe\n", 1, "split must be 'train' or 'test', got 'maybe'"),
    (b"", 1, "file is empty"),
    (b"\n  \n", 1, "file is empty"),
    (b"x,y,label\n", 1, "header but no data rows"),
    (b"\nx,y,label,split\n\n", 2, "header but no data rows"),
    (b"x,y,label\n0,0,1\n1,\xff,0\n", 3, "not UTF-8"),
]


@pytest.mark.parametrize(("content", "line", "message"), BAD_CSV)
def test_bad_csv_names_file_and_line(tmp_path, content, line, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ValueError) as caught:
        Dataset.from_csv(path)
    text = str(caught.value)
    assert str(path) in text and f"line {line}:" in text and message in text


def test_csv_label_out_of_range_for_given_class_count(tmp_path):
    path = tmp_path / "three.csv"
    path.write_text("0,0,0\n1,1,1\n2,2,2\n")
    with pytest.raises(ValueError, match=r"three.csv, line 3: class label 2 is out of range 0..1"):
        Dataset.from_csv(path, n_classes=2)


def test_csv_regression_accepts_any_finite_label(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("0,0,1.5\n1,1,-1e3\n")
    np.testing.assert_array_equal(Dataset.from_csv(path, task="regression").labels, [1.5, -1e3])


@pytest.mark.parametrize("name", ["missing.csv", "folder"])
def test_unreadable_csv_names_the_file(tmp_path, name):
    (tmp_path / "folder").mkdir()
    path = tmp_path / name
    with pytest.raises(ValueError, match="cannot read file") as caught:
        Dataset.from_csv(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"task": "ranking"}, "unknown task"),
        ({"n_classes": 40}, "n_classes must be an integer in 2..32"),
        ({"task": "regression", "n_classes": 3}, "n_classes must be None"),
        ({"train_fraction": 1.0}, "train_fraction"),
    ],
)
def test_from_csv_rejects_bad_arguments(tmp_path, kwargs, message):
    path = tmp_path / "ok.csv"
    path.write_text("0,0,0\n")
    with pytest.raises(ValueError, match=message):
        Dataset.from_csv(path, **kwargs)


finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def random_datasets(draw):
    n = draw(st.integers(1, 30))
    points = draw(st.lists(st.tuples(finite, finite), min_size=n, max_size=n))
    is_train = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    if draw(st.booleans()):
        labels = draw(st.lists(st.integers(0, 31), min_size=n, max_size=n))
        return Dataset(points, labels, n_classes=max(2, max(labels) + 1), is_train=is_train)
    labels = draw(st.lists(finite, min_size=n, max_size=n))
    return Dataset(points, labels, task="regression", is_train=is_train)


@settings(max_examples=60, deadline=None)
@given(random_datasets())
def test_csv_round_trip_is_exact_for_random_data(ds):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data.csv"
        ds.to_csv(path)
        back = Dataset.from_csv(path, task=ds.task, n_classes=ds.n_classes)
    assert back.points.tobytes() == ds.points.tobytes()
    assert back.labels.dtype == ds.labels.dtype and back.labels.tobytes() == ds.labels.tobytes()
    np.testing.assert_array_equal(back.is_train, ds.is_train)
    assert back.n_classes == ds.n_classes
