"""Colour maps: shapes, class hues where the model is sure, neutral where it is not."""

import numpy as np
import pytest

from playground.app.views.colors import (
    CLASS_COLORS,
    NEUTRAL,
    OKABE_ITO,
    boundary_rgba,
    regression_point_colors,
)


def probabilities(p1: float, res: int = 4, k: int = 2) -> np.ndarray:
    """A (res, res, k) grid where class 1 has probability p1 and the rest share the remainder."""
    out = np.full((res, res, k), (1 - p1) / (k - 1), dtype=np.float32)
    out[..., 1] = p1
    return out


def distance(a, b) -> float:
    return float(np.linalg.norm(np.asarray(a, float) - np.asarray(b, float)))


def hue_match(rgb, palette) -> int:
    """The palette entry whose direction away from the neutral background rgb follows best."""
    away = np.asarray(rgb, float) - NEUTRAL
    directions = np.asarray(palette, float) - NEUTRAL
    cosine = directions @ away / np.linalg.norm(directions, axis=1) / np.linalg.norm(away)
    return int(np.argmax(cosine))


def test_palettes_hold_distinct_rgb_triples():
    for palette, size in ((CLASS_COLORS, 9), (OKABE_ITO, 8)):
        array = np.array(palette)
        assert array.shape == (size, 3) and array.min() >= 0 and array.max() <= 255
        gaps = np.linalg.norm(array[:, None, :] - array[None, :, :], axis=-1)
        assert gaps[~np.eye(size, dtype=bool)].min() > 60


def test_class_colors_start_like_the_web_playground():
    assert CLASS_COLORS[0] == (0xF5, 0x93, 0x22)
    assert CLASS_COLORS[1] == (0x08, 0x77, 0xBD)


@pytest.mark.parametrize("task, shape", [("classification", (7, 7, 3)), ("regression", (7, 7))])
def test_boundary_is_an_opaque_uint8_rgba_image(task, shape):
    image = boundary_rgba(np.zeros(shape, np.float32) + 0.3, task)
    assert image.shape == (7, 7, 4) and image.dtype == np.uint8
    assert (image[..., 3] == 255).all()


def test_a_sure_cell_takes_its_class_hue_but_stays_light():
    rgb = boundary_rgba(probabilities(1.0), "classification")[0, 0, :3]
    assert hue_match(rgb, CLASS_COLORS) == 1
    assert rgb[2] > rgb[0]  # blue, not orange
    assert distance(rgb, CLASS_COLORS[1]) > 40  # faded, so points drawn over it stay readable


def test_an_unsure_cell_is_neutral():
    for k in (2, 3, 5):
        rgb = boundary_rgba(probabilities(1 / k, k=k), "classification")[0, 0, :3]
        assert distance(rgb, NEUTRAL) < 2


def test_confidence_saturates_gradually():
    sureness = [distance(boundary_rgba(probabilities(p), "classification")[0, 0, :3], NEUTRAL)
                for p in (0.5, 0.7, 0.9, 1.0)]
    assert sureness == sorted(sureness) and sureness[0] < sureness[-1]


def test_discretize_colours_by_the_most_likely_class_at_one_strength():
    barely = boundary_rgba(probabilities(0.55), "classification", discretize=True)
    sure = boundary_rgba(probabilities(1.0), "classification", discretize=True)
    assert (barely == sure).all()
    assert distance(barely[0, 0, :3], NEUTRAL) > 40


def test_more_classes_than_colours_cycle_the_palette():
    probs = np.zeros((2, 2, 11), np.float32)
    probs[..., 10] = 1  # class 10 wraps round to colour 1
    image = boundary_rgba(probs, "classification")
    assert (image == boundary_rgba(probabilities(1.0, res=2), "classification")).all()


def test_other_palettes_are_used():
    rgb = boundary_rgba(probabilities(1.0), "classification", palette=OKABE_ITO)[0, 0, :3]
    assert hue_match(rgb, OKABE_ITO) == 1


def test_regression_map_is_the_webs_orange_below_zero_white_at_zero_blue_above():
    colors = regression_point_colors(np.array([-5.0, -1.0, 0.0, 1.0, 5.0]))
    assert colors.shape == (5, 3) and colors.dtype == np.uint8
    assert tuple(colors[1]) == CLASS_COLORS[0] and tuple(colors[3]) == CLASS_COLORS[1]
    assert tuple(colors[2]) == (255, 255, 255)
    assert (colors[0] == colors[1]).all() and (colors[4] == colors[3]).all()  # clipped


def test_regression_boundary_follows_the_sign_and_size_of_the_value():
    image = boundary_rgba(np.array([[-1.0, -0.3, 0.0, 0.3, 1.0]]), "regression")[0, :, :3]
    image = image.astype(int)
    assert image[0, 0] > image[0, 2] and image[4, 2] > image[4, 0]  # orange left, blue right
    assert distance(image[2], NEUTRAL) < 2
    assert distance(image[1], NEUTRAL) < distance(image[0], NEUTRAL)


@pytest.mark.parametrize("discretize", [False, True])
def test_nan_from_a_diverged_network_is_neutral(discretize):
    probs = np.full((3, 3, 2), np.nan, np.float32)
    with np.errstate(all="raise"):
        rgb = boundary_rgba(probs, "classification", discretize=discretize)[0, 0, :3]
        assert distance(rgb, NEUTRAL) < 2
        values = np.full((3, 3), np.nan, np.float32)
        assert distance(boundary_rgba(values, "regression")[0, 0, :3], NEUTRAL) < 2


def test_discretize_leaves_cells_that_favour_no_class_neutral():
    rgb = boundary_rgba(probabilities(1 / 3, k=3), "classification", discretize=True)[0, 0, :3]
    assert distance(rgb, NEUTRAL) < 2


def test_discretized_regression_shows_the_sign_only():
    values = np.array([[-0.9, -0.1], [0.1, 0.9]])
    hard = boundary_rgba(values, "regression", discretize=True)
    assert np.array_equal(hard[0, 0], hard[0, 1]) and np.array_equal(hard[1, 0], hard[1, 1])
    assert not np.array_equal(hard[0, 0], hard[1, 1])
    assert not np.array_equal(boundary_rgba(values, "regression")[0, 0],
                              boundary_rgba(values, "regression")[0, 1])
