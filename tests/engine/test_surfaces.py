"""Surfaces for the optimizer race: gradients, descent with the registry's own optimizers."""

import numpy as np
import pytest

from playground.engine import optimizers, surfaces

TEXTBOOK = {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3}  # Saito, ch. 6


@pytest.mark.parametrize("name", surfaces.names())
def test_every_gradient_matches_central_differences(name):
    surface = surfaces.get(name)
    x0, x1, y0, y1 = surface.window
    points = np.random.default_rng(3).uniform([x0, y0], [x1, y1], (50, 2))
    h = 1e-6
    numeric = np.column_stack([
        (surface.value(points + [h, 0]) - surface.value(points - [h, 0])) / (2 * h),
        (surface.value(points + [0, h]) - surface.value(points - [0, h])) / (2 * h)])
    np.testing.assert_allclose(surface.grad(points), numeric, rtol=1e-5, atol=1e-4)


@pytest.mark.parametrize("name", surfaces.names())
def test_a_surface_knows_its_window_start_and_minima(name):
    surface = surfaces.get(name)
    x0, x1, y0, y1 = surface.window
    assert x0 < surface.start[0] < x1 and y0 < surface.start[1] < y1
    for minimum in surface.minima:
        np.testing.assert_allclose(surface.grad(np.array([minimum])), 0.0, atol=1e-4)
    assert surface.value(np.zeros((4, 2))).shape == (4,)


@pytest.mark.parametrize("optimizer", optimizers.names())
def test_descend_is_a_hand_stepped_loop_with_the_registry_optimizer(optimizer):
    path = surfaces.descend("rosenbrock", optimizer, (-1.2, 1.0), 40, 1e-4)
    surface, rule = surfaces.get("rosenbrock"), optimizers.get(optimizer, 1e-4)
    point = np.array([-1.2, 1.0])
    expected = [point.copy()]
    for _ in range(40):
        grad = surface.grad(point)[0]
        rule.step([point], [grad])
        expected.append(point.copy())
    assert path.shape == (41, 2) and path.dtype == np.float64
    np.testing.assert_array_equal(path, np.array(expected))


def test_options_reach_the_optimizer_and_bad_ones_are_refused():
    slow = surfaces.descend("ravine", "momentum", (-7, 2), 20, 0.1, momentum=0.5)
    fast = surfaces.descend("ravine", "momentum", (-7, 2), 20, 0.1)
    assert not np.array_equal(slow, fast)
    with pytest.raises(ValueError, match="unknown option"):
        surfaces.descend("ravine", "sgd", (-7, 2), 5, 0.1, momentum=0.9)
    with pytest.raises(ValueError, match="unknown surface"):
        surfaces.get("everest")
    with pytest.raises(ValueError, match="steps"):
        surfaces.descend("ravine", "sgd", (-7, 2), -1, 0.1)
    with pytest.raises(ValueError, match="start"):
        surfaces.descend("ravine", "sgd", (np.nan, 2), 5, 0.1)


def test_the_textbook_race_stays_finite_and_ends_nearer_the_minimum():
    surface = surfaces.get("ravine")
    for optimizer, lr in TEXTBOOK.items():
        path = surfaces.descend("ravine", optimizer, (-7.0, 2.0), 30, lr)
        assert np.isfinite(path).all(), optimizer
        start, end = (np.linalg.norm(p - surface.minimum) for p in (path[0], path[-1]))
        assert end < start / 4, optimizer
    sgd = surfaces.descend("ravine", "sgd", (-7.0, 2.0), 30, 0.95)
    assert (np.sign(sgd[1:11, 1]) != np.sign(sgd[:10, 1])).all()  # SGD zig-zags across y = 0


def test_a_diverging_walk_keeps_its_last_finite_point():
    walk = surfaces.Descent(surfaces.get("rosenbrock"), "sgd", (-1.2, 1.0), 0.05)
    while walk.step():
        pass
    assert walk.diverged_at is not None and np.isfinite(walk.point).all()
    path = surfaces.descend("rosenbrock", "sgd", (-1.2, 1.0), 50, 0.05)
    assert np.isfinite(path).all() and (path[walk.diverged_at:] == path[-1]).all()


def test_changing_the_learning_rate_mid_walk_keeps_the_optimizer_state():
    walk = surfaces.Descent(surfaces.get("ravine"), "adam", (-7.0, 2.0), 0.3)
    for _ in range(5):
        walk.step()
    walk.set_options(0.1, betas=(0.8, 0.99))
    assert walk.optimizer.lr == 0.1 and walk.optimizer.betas == (0.8, 0.99)
    assert walk.optimizer.steps == 5
    with pytest.raises(ValueError):
        walk.set_options(-1.0)
    assert walk.optimizer.lr == 0.1


def test_a_runaway_walk_is_stopped_near_its_window():
    walk = surfaces.Descent(surfaces.get("ravine"), "sgd", (-7.0, 2.0), 5.0)
    while walk.step():
        pass
    x0, x1, y0, y1 = walk.surface.window
    assert walk.diverged_at is not None
    assert np.abs(walk.point).max() < surfaces.OUT_OF_RANGE * max(x1 - x0, y1 - y0)
