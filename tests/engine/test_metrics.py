"""Confusion matrices, RMSE and R^2 against hand-computed values."""

import math

import numpy as np

from playground.engine import metrics


def test_confusion_matrix_rows_are_true_classes():
    labels = np.array([0, 0, 1, 2, 2, 2])
    predicted = np.array([0, 1, 1, 2, 0, 2])
    expected = np.array([[1, 1, 0], [0, 1, 0], [1, 0, 2]])
    np.testing.assert_array_equal(metrics.confusion_matrix(labels, predicted, 3), expected)
    assert metrics.confusion_matrix(np.array([], int), np.array([], int), 2).sum() == 0


def test_rmse_and_r_squared():
    targets = np.array([1.0, 2.0, 3.0, 4.0])
    assert metrics.rmse(targets + 0.5, targets) == 0.5
    assert metrics.r_squared(targets, targets) == 1.0
    assert metrics.r_squared(np.full(4, 2.5), targets) == 0.0
    assert math.isnan(metrics.r_squared(targets, np.ones(4)))
    assert math.isnan(metrics.rmse(np.array([]), np.array([])))
