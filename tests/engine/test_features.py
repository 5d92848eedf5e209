"""Tests for the input feature maps: values, validation, dtype and writing into out."""

import numpy as np
import pytest

from playground.engine import features

POINTS = np.array([[0.0, 0.0], [1.0, 2.0], [-3.0, 0.5], [0.25, -4.0], [-1.5, -2.5]])

EXPECTED = {
    "x1": lambda x1, x2: x1,
    "x2": lambda x1, x2: x2,
    "x1^2": lambda x1, x2: x1**2,
    "x2^2": lambda x1, x2: x2**2,
    "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1),
    "sin(x2)": lambda x1, x2: np.sin(x2),
    "cos(x1)": lambda x1, x2: np.cos(x1),
    "cos(x2)": lambda x1, x2: np.cos(x2),
    "r": lambda x1, x2: np.sqrt(x1**2 + x2**2),
    "atan2": lambda x1, x2: np.arctan2(x2, x1),
}


def test_names_lists_every_feature_in_the_registry():
    assert features.names() == list(EXPECTED)
    assert features.names() == list(features.features)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_each_feature_value(name):
    want = EXPECTED[name](POINTS[:, 0], POINTS[:, 1])
    np.testing.assert_allclose(features.transform(POINTS, [name])[:, 0], want, rtol=1e-15)
    np.testing.assert_allclose(features.get(name)(POINTS), want, rtol=1e-15)


def test_atan2_is_the_angle_of_the_point():
    angles = features.get("atan2")(np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]]))
    np.testing.assert_allclose(angles, [0, np.pi / 2, np.pi, -np.pi / 2])


@pytest.mark.parametrize("name", list(EXPECTED))
def test_feature_has_a_short_label(name):
    feature = features.get(name)
    assert feature.name == name
    assert 0 < len(feature.label) <= 8


def test_transform_columns_follow_the_order_of_names():
    out = features.transform(POINTS, ["x2", "x1", "x1*x2"])
    np.testing.assert_array_equal(
        out, np.column_stack([POINTS[:, 1], POINTS[:, 0], POINTS.prod(1)])
    )


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_transform_keeps_the_float_dtype(dtype):
    out = features.transform(POINTS.astype(dtype), features.names())
    assert out.dtype == dtype
    assert out.shape == (len(POINTS), len(features.names()))
    assert features.get("r")(POINTS.astype(dtype)).dtype == dtype


def test_float32_values_match_float64():
    out32 = features.transform(POINTS.astype(np.float32), features.names())
    out64 = features.transform(POINTS, features.names())
    np.testing.assert_allclose(out32, out64, rtol=1e-6, atol=1e-6)


def test_integer_points_become_float64():
    out = features.transform(np.array([[1, 2], [3, 4]]), ["x1", "x1*x2"])
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out, [[1, 2], [3, 12]])


def test_transform_writes_into_out_and_returns_it():
    points = POINTS.astype(np.float32)
    out = np.full((len(points), 3), np.nan, np.float32)
    result = features.transform(points, ["sin(x1)", "r", "x2^2"], out=out)
    assert result is out
    np.testing.assert_allclose(out, features.transform(points, ["sin(x1)", "r", "x2^2"]))


def test_transform_into_a_fortran_ordered_out():
    out = np.empty((len(POINTS), 2), order="F")
    features.transform(POINTS, ["x1^2", "cos(x2)"], out=out)
    np.testing.assert_allclose(out, np.column_stack([POINTS[:, 0] ** 2, np.cos(POINTS[:, 1])]))


def test_transform_of_no_points():
    assert features.transform(np.empty((0, 2), np.float32), ["x1", "r"]).shape == (0, 2)


@pytest.mark.parametrize(
    "out",
    [
        np.empty((5, 3)),  # wrong width
        np.empty((4, 2)),  # wrong height
        np.empty((5, 2), np.float32),  # wrong dtype
        [[0.0, 0.0]] * 5,  # not an array
    ],
)
def test_transform_rejects_a_bad_out(out):
    with pytest.raises(ValueError, match="out must be an array of shape"):
        features.transform(POINTS, ["x1", "x2"], out=out)


@pytest.mark.parametrize("points", [np.zeros(4), np.zeros((4, 3)), np.zeros((2, 2, 2))])
def test_transform_rejects_points_of_the_wrong_shape(points):
    with pytest.raises(ValueError, match=r"shape \(n, 2\)"):
        features.transform(points, ["x1"])


def test_get_unknown_lists_the_known_names():
    with pytest.raises(ValueError, match="unknown feature 'x3'; known: x1, x2, x1\\^2"):
        features.get("x3")


def test_validate_returns_a_tuple():
    assert features.validate(["x1", "sin(x2)"]) == ("x1", "sin(x2)")
    assert features.validate(("r",)) == ("r",)


def test_validate_rejects_an_empty_choice():
    with pytest.raises(ValueError, match="at least one"):
        features.validate([])


def test_validate_names_the_duplicates():
    with pytest.raises(ValueError, match="more than once: 'x1'$"):
        features.validate(["x1", "x2", "x1"])


def test_validate_names_the_unknown_features_and_the_known_ones():
    with pytest.raises(ValueError, match="unknown feature\\(s\\) 'x3', 'tan\\(x1\\)'; known: x1"):
        features.validate(["x1", "x3", "tan(x1)"])


def test_validate_rejects_a_bare_string():
    with pytest.raises(ValueError, match="sequence of feature names"):
        features.validate("x1")


def test_transform_validates_names():
    with pytest.raises(ValueError, match="unknown feature"):
        features.transform(POINTS, ["x1", "nope"])
