"""LossPlot: history rows appended in chunks, NaN test values skipped, log scale, clear, tasks."""

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox

from playground.app.views.loss_plot import LossPlot
from tests.app.windows import shown


def rows(start: int, stop: int, test: bool = True) -> dict[str, np.ndarray]:
    """Classification history rows for epochs start+1..stop, as History.arrays() returns them."""
    epoch = np.arange(start + 1, stop + 1, dtype=np.float64)
    nan = np.full(len(epoch), math.nan)
    return {
        "epoch": epoch,
        "train_loss": 1 / epoch,
        "penalty": np.zeros(len(epoch)),
        "test_loss": 1.2 / epoch if test else nan,
        "train_accuracy": 1 - 0.5 / epoch,
        "test_accuracy": 1 - 0.6 / epoch if test else nan,
        "grad_norms": np.ones((len(epoch), 2)),
    }


@pytest.fixture
def plot(qtbot) -> LossPlot:
    return shown(qtbot, LossPlot(), 500, 400)


def data(plot: LossPlot, name: str) -> tuple[np.ndarray, np.ndarray]:
    curve = plot.curve(name)
    return (np.array([]), np.array([])) if curve.xData is None else (curve.xData, curve.yData)


def test_rows_appended_in_chunks_make_whole_curves(plot):
    for start, stop in ((0, 1), (1, 700), (700, 700), (700, 3000)):  # past the first buffer
        plot.append(rows(start, stop))
    for name in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        x, y = data(plot, name)
        np.testing.assert_array_equal(x, np.arange(1, 3001))
        np.testing.assert_allclose(y, rows(0, 3000)[name])


def test_nan_test_values_are_skipped(plot):
    plot.append(rows(0, 10, test=False))
    plot.append(rows(10, 25))
    x, y = data(plot, "test_loss")
    np.testing.assert_array_equal(x, np.arange(11, 26))
    assert np.isfinite(y).all()
    assert len(data(plot, "train_loss")[0]) == 25


def test_log_scale_follows_the_checkbox_and_the_method(plot, qtbot):
    plot.append(rows(0, 50))
    box = plot.findChild(QCheckBox)
    assert box.toolTip()
    plot.set_log_scale(True)
    assert box.isChecked() and plot.curve("train_loss").opts["logMode"][1]
    box.click()
    assert not plot.curve("train_loss").opts["logMode"][1]
    box.click()
    assert plot.curve("train_loss").opts["logMode"][1]
    plot.append(rows(50, 60))
    assert len(data(plot, "train_loss")[0]) == 60


def test_clear_forgets_the_history(plot):
    plot.append(rows(0, 40))
    plot.clear()
    assert len(data(plot, "train_loss")[0]) == 0
    plot.append(rows(0, 5))
    np.testing.assert_array_equal(data(plot, "test_loss")[0], np.arange(1, 6))


def test_regression_hides_the_accuracy_plot(plot):
    accuracy = plot.curve("train_accuracy").getViewWidget()
    assert accuracy.isVisible()
    plot.set_task("regression")
    assert not accuracy.isVisible()
    regression = {k: v for k, v in rows(0, 20).items() if "accuracy" not in k}
    regression["train_rmse"] = regression["test_rmse"] = np.ones(20)
    plot.clear()
    plot.append(regression)
    assert len(data(plot, "test_loss")[0]) == 20
    assert len(data(plot, "train_accuracy")[0]) == 0
    plot.set_task("classification")
    assert accuracy.isVisible()


def test_empty_rows_change_nothing(plot):
    plot.append(rows(0, 0))
    assert len(data(plot, "train_loss")[0]) == 0


@pytest.mark.parametrize("kind", ["loss", "gradients"])
def test_a_long_history_draws_one_low_high_pair_per_pixel_column_and_keeps_every_peak(qtbot, kind):
    from playground.app.views.gradient_plot import GradientPlot

    widget = shown(qtbot, LossPlot() if kind == "loss" else GradientPlot(), 700, 400)
    n = 30_000
    rng = np.random.default_rng(3)
    values = np.exp(rng.normal(-2.0, 0.3, n))
    values[[4_000, 17_321, 25_000]] = [40.0, 55.0, 1e-6]  # single-epoch spikes to keep
    epochs = np.arange(1, n + 1, dtype=float)
    if kind == "loss":
        widget.append({"epoch": epochs, "train_loss": values})
        curve, view = widget.curve("train_loss"), widget._loss.getViewBox()
    else:
        widget.append({"epoch": epochs, "grad_norms": values[:, None]})
        curve, view = widget.curve(0), widget._plot.getViewBox()
    qtbot.waitUntil(lambda: curve.curve.getData()[0] is not None and view.width() > 0)
    x, y = curve.curve.getData()  # what is painted (log10 on the log axis)
    y = 10.0 ** y if kind == "gradients" else y
    assert len(x) <= 2 * view.width() + 4  # pyqtgraph's default drew five pairs per column
    assert y.max() == pytest.approx(55.0) and y.min() == pytest.approx(1e-6)
    (left, right), _ = view.viewRange()
    column = (right - left) / view.width()  # epochs per pixel column
    assert x[-1] >= n - 2 * column  # a bucket starts at its first epoch; the last one fills
