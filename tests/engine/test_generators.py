"""Tests for the seeded dataset generators: registry, shapes, formulas and argument checks."""

import numpy as np
import pytest

from playground.engine import datasets, generators
from playground.engine.generators import GeneratorSpec

# every generator with every class count it supports
CASES = [
    (name, k)
    for name, gen in generators.generators.items()
    for k in range(max(gen.min_classes, 2), max(gen.max_classes, 2) + 1)
]


def test_names_by_task():
    assert generators.names("classification") == [
        "circle",
        "xor",
        "gauss",
        "spiral",
        "spiral_k",
        "blobs",
        "moons",
    ]
    assert generators.names("regression") == ["plane", "reg_gauss"]
    assert generators.names() == generators.names("classification") + generators.names("regression")
    with pytest.raises(ValueError, match="unknown task 'clustering'"):
        generators.names("clustering")


def test_info_gives_what_a_ui_needs():
    blobs = generators.info("blobs")
    assert (blobs.task, blobs.default_points, blobs.min_classes, blobs.max_classes) == (
        "classification",
        500,
        2,
        6,
    )
    assert blobs.description
    assert generators.info("circle").max_classes == 2
    plane = generators.info("plane")
    assert (plane.task, plane.default_points) == ("regression", 1200)
    with pytest.raises(ValueError, match="unknown dataset 'donut'; known: circle, xor"):
        generators.info("donut")


@pytest.mark.parametrize(("name", "k"), CASES)
def test_generator_shapes_labels_and_metadata(name, k):
    ds = generators.generate(name, noise=0.2, seed=4, classes=k)
    gen = generators.info(name)
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
    a = generators.generate(name, noise=0.3, seed=11, classes=k)
    b = generators.generate(name, noise=0.3, seed=11, classes=k)
    c = generators.generate(name, noise=0.3, seed=12, classes=k)
    assert a.to_dict() == b.to_dict()
    assert not np.array_equal(a.points, c.points)


@pytest.mark.parametrize(("name", "k"), CASES)
def test_generator_stays_in_the_domain(name, k):
    quiet = generators.generate(name, noise=0.0, seed=2, classes=k)
    assert np.all(np.abs(quiet.points) <= datasets.DOMAIN)
    noisy = generators.generate(name, noise=0.5, seed=2, classes=k)
    assert np.mean(np.abs(noisy.points) <= datasets.DOMAIN) > 0.95


@pytest.mark.parametrize(("name", "k"), CASES)
@pytest.mark.parametrize("n", [1, 2, 7])
def test_generator_makes_exactly_n_points(name, k, n):
    ds = generators.generate(name, n_points=n, classes=k)
    assert ds.n == n and np.isfinite(ds.points).all()


def test_circle_labels_are_inside_radius_2_5_without_noise():
    ds = generators.generate("circle", noise=0.0, seed=1)
    radius = np.hypot(ds.points[:, 0], ds.points[:, 1])
    np.testing.assert_array_equal(ds.labels, (radius < 2.5).astype(int))
    assert np.all((radius < 2.5) | ((radius >= 3.5) & (radius <= 5)))
    assert ds.class_counts().tolist() == [250, 250]


def test_circle_noise_moves_labels_not_points():
    ds = generators.generate("circle", noise=0.5, seed=1)
    radius = np.hypot(ds.points[:, 0], ds.points[:, 1])
    assert np.all((radius < 2.5) | ((radius >= 3.5) & (radius <= 5)))
    assert np.any(ds.labels != (radius < 2.5))


def test_xor_labels_are_the_sign_of_x_times_y_without_noise():
    ds = generators.generate("xor", noise=0.0, seed=3)
    x, y = ds.points.T
    np.testing.assert_array_equal(ds.labels, np.where(np.sign(x * y) > 0, 1, 0))
    assert np.all(np.abs(ds.points) >= 0.3) and np.all(np.abs(ds.points) <= 5.3)


def test_gauss_blobs_sit_at_plus_and_minus_two():
    ds = generators.generate("gauss", n_points=4000, noise=0.0, seed=0)
    np.testing.assert_allclose(ds.points[ds.labels == 1].mean(0), [2, 2], atol=0.1)
    np.testing.assert_allclose(ds.points[ds.labels == 0].mean(0), [-2, -2], atol=0.1)
    np.testing.assert_allclose(ds.points[ds.labels == 0].var(0), [0.5, 0.5], rtol=0.1)


def test_spiral_is_spiral_k_with_two_arms_named_as_on_the_web():
    two = generators.generate("spiral", noise=0.4, seed=9)
    k2 = generators.generate("spiral_k", noise=0.4, seed=9, classes=2)
    np.testing.assert_array_equal(two.points, k2.points)
    np.testing.assert_array_equal(two.labels, 1 - k2.labels)
    np.testing.assert_array_equal(two.is_train, k2.is_train)


def test_spirals_arm_from_angle_zero_is_the_webs_label_plus_one_class_1_blue():
    ds = generators.generate("spiral", n_points=8, noise=0.0)
    t = 1.75 * 2 * np.pi * np.arange(4) / 4  # the web's genSpiral(deltaT=0, label=+1)
    web_plus_one = (5 * np.arange(4) / 4)[:, None] * np.column_stack([np.sin(t), np.cos(t)])
    arm = ds.points[ds.labels == 1]
    np.testing.assert_allclose(arm[np.argsort(np.hypot(*arm.T))], web_plus_one, atol=1e-12)


def test_spiral_arms_without_noise_follow_the_formula():
    ds = generators.generate("spiral_k", n_points=12, noise=0.0, classes=3)
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
    counts = generators.generate(name, n_points=503, classes=k).class_counts()
    assert counts.sum() == 503 and counts.max() - counts.min() <= 1


@pytest.mark.parametrize("k", [2, 3, 4, 5, 6])
def test_blobs_without_noise_are_separable(k):
    ds = generators.generate("blobs", noise=0.0, seed=5, classes=k)
    centres = np.array([ds.points[ds.labels == j].mean(0) for j in range(k)])
    nearest = np.argmin(np.linalg.norm(ds.points[:, None] - centres, axis=2), axis=1)
    np.testing.assert_array_equal(nearest, ds.labels)
    np.testing.assert_allclose(np.linalg.norm(centres, axis=1), 3.5, atol=0.15)


def test_moons_fill_about_minus_five_to_five():
    ds = generators.generate("moons", noise=0.0, seed=1)
    assert ds.points[:, 0].min() == pytest.approx(-5, abs=0.1)
    assert ds.points[:, 0].max() == pytest.approx(5, abs=0.1)
    assert ds.class_counts().tolist() == [250, 250]
    upper = ds.points[ds.labels == 0]
    lower = ds.points[ds.labels == 1]
    assert upper[:, 1].mean() > lower[:, 1].mean()


def test_plane_labels_without_noise():
    ds = generators.generate("plane", noise=0.0, seed=1)
    np.testing.assert_allclose(ds.labels, ds.points.sum(1) / 10)


def test_reg_gauss_labels_without_noise_take_the_strongest_bump():
    ds = generators.generate("reg_gauss", n_points=300, noise=0.0, seed=1)
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
    ds = generators.generate("xor", n_points=201, train_fraction=0.3)
    assert ds.is_train.sum() == round(201 * 0.3)


def test_regression_ignores_classes():
    assert generators.generate("plane", classes=5).n_classes is None


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
        generators.generate(**kwargs)


def test_generate_allows_the_largest_size():
    assert generators.generate("spiral", n_points=200_000).n == 200_000
