"""Diagnostic views: gradient norms per layer, weight histograms, the metrics panel."""

import math

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from playground.app.views.colors import CLASS_COLORS
from playground.app.views.gradient_plot import CAPTION, GradientPlot, decade_ticks
from playground.app.views.metrics_panel import DASH, POINT_HINT, MetricsPanel
from playground.app.views.weight_histograms import BINS, WeightHistograms
from tests.app.windows import shown


def rows(epochs, norms) -> dict[str, np.ndarray]:
    """History.arrays()-like rows: the epochs (m,) and their gradient norms (m, layers)."""
    epochs = np.asarray(epochs, dtype=np.float64)
    return {
        "epoch": epochs,
        "train_loss": np.ones(len(epochs)),
        "grad_norms": np.asarray(norms, dtype=np.float64),
    }


def curve_data(plot: GradientPlot, layer: int) -> tuple[np.ndarray, np.ndarray]:
    curve = plot.curve(layer)
    return (np.array([]), np.array([])) if curve.xData is None else (curve.xData, curve.yData)


# ----- GradientPlot ------------------------------------------------------------------------


@pytest.fixture
def gradients(qtbot) -> GradientPlot:
    return shown(qtbot, GradientPlot())


def test_curves_hold_the_finite_positive_norms_of_each_layer(gradients):
    norms = np.array(
        [
            [1e-3, 0.5, 2.0],
            [0.0, 0.4, 3.0],
            [2e-3, math.nan, 1.5],
            [3e-3, 0.2, math.inf],
            [4e-3, -1.0, 1.0],
        ]
    )
    gradients.append(rows([1, 2], norms[:2]))
    gradients.append(rows([], np.empty((0, 3))))
    gradients.append(rows([3, 4, 5], norms[2:]))
    assert gradients.n_layers == 3
    expected = {
        0: ([1, 3, 4, 5], [1e-3, 2e-3, 3e-3, 4e-3]),
        1: ([1, 2, 4], [0.5, 0.4, 0.2]),
        2: ([1, 2, 3, 5], [2.0, 3.0, 1.5, 1.0]),
    }
    for layer, (x, y) in expected.items():
        got_x, got_y = curve_data(gradients, layer)
        np.testing.assert_array_equal(got_x, x)
        np.testing.assert_array_equal(got_y, y)
        assert gradients.curve(layer).opts["logMode"][1]


def test_long_histories_grow_past_the_first_buffer(gradients):
    epochs = np.arange(1, 3001)
    norms = np.column_stack([1 / epochs, 2 / epochs])
    for start in range(0, 3000, 700):
        gradients.append(rows(epochs[start : start + 700], norms[start : start + 700]))
    for layer in range(2):
        np.testing.assert_array_equal(curve_data(gradients, layer)[0], epochs)
        np.testing.assert_allclose(curve_data(gradients, layer)[1], norms[:, layer])


def test_y_range_steps_by_whole_decades(gradients):
    gradients.append(rows([1, 2], [[3e-5, 0.2], [5e-4, 0.7]]))
    low, high = gradients._plot.viewRange()[1]
    pad = (high - low) / 1.1 * 0.05
    assert (round(low + pad, 9), round(high - pad, 9)) == (-5, 0)
    major = [value for value, _ in decade_ticks(-5, 0)[0]]
    assert major == [-5, -4, -3, -2, -1, 0]


def test_clear_and_set_layers(gradients):
    gradients.append(rows([1, 2], [[0.1, 0.2], [0.3, 0.4]]))
    gradients.clear()
    assert gradients.n_layers == 2 and len(curve_data(gradients, 0)[0]) == 0
    gradients.append(rows([1], [[0.5, 0.6]]))
    np.testing.assert_array_equal(curve_data(gradients, 1)[1], [0.6])
    gradients.set_layers(4)
    assert gradients.n_layers == 4
    assert all(len(curve_data(gradients, j)[0]) == 0 for j in range(4))
    legend = gradients._legend.text()
    assert "layer 1" in legend and "layer 3" in legend and "output" in legend
    assert "layer 4" not in legend
    assert len(gradients._plot.listDataItems()) == 4  # the old curves are gone
    gradients.append(rows([1], [[1.0, 2.0, 3.0, 4.0]]))
    np.testing.assert_array_equal(curve_data(gradients, 3)[1], [4.0])


def test_rows_of_another_structure_start_over(gradients):
    gradients.append(rows([1, 2], [[0.1, 0.2], [0.3, 0.4]]))
    gradients.append(rows([1], [[0.1, 0.2, 0.3]]))
    assert gradients.n_layers == 3
    np.testing.assert_array_equal(curve_data(gradients, 0)[0], [1])


def test_caption_tells_what_to_look_for(gradients):
    texts = [label.text() for label in gradients.findChildren(QLabel)]
    assert CAPTION in texts


# ----- WeightHistograms --------------------------------------------------------------------


def network_weights(seed: int, sizes=(2, 8, 8, 2)) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.normal(0, 0.6, (a, b)) for a, b in zip(sizes[:-1], sizes[1:], strict=False)]


@pytest.fixture
def histograms(qtbot) -> WeightHistograms:
    return shown(qtbot, WeightHistograms(), 560, 220)


def test_bar_heights_count_every_weight_of_each_layer(histograms):
    weights = network_weights(0)
    histograms.set_weights(weights)
    assert histograms.n_layers == 3
    titles = [histograms.plot(i).titleLabel.text for i in range(3)]
    assert titles == ["layer 1", "layer 2", "output"]
    for i, w in enumerate(weights):
        x, y = histograms.bars(i).xData, histograms.bars(i).yData
        assert len(x) == BINS + 1 and len(y) == BINS
        assert y.sum() == w.size
        np.testing.assert_array_equal(y, np.histogram(w, bins=x)[0])
    limit = histograms.edges[-1]
    top = max(np.abs(w).max() for w in weights)
    assert histograms.edges[0] == -limit and top <= limit < 2.5 * top
    assert limit in (1.0, 2.0, 5.0)


def test_histograms_change_with_the_weights(histograms):
    histograms.set_weights(network_weights(0))
    before = [histograms.bars(i).yData.copy() for i in range(3)]
    histograms.set_weights(network_weights(1))
    after = [histograms.bars(i).yData for i in range(3)]
    assert any(not np.array_equal(a, b) for a, b in zip(before, after, strict=True))
    assert all(a.sum() == b.sum() for a, b in zip(before, after, strict=True))


def test_non_finite_weights_are_left_out_and_layers_follow_the_network(histograms):
    weights = network_weights(0, sizes=(2, 4, 4, 4, 1))
    weights[1][0, 0] = math.nan
    weights[2][0, 0] = math.inf
    histograms.set_weights(weights)
    assert histograms.n_layers == 4
    assert histograms.bars(1).yData.sum() == weights[1].size - 1
    assert histograms.bars(2).yData.sum() == weights[2].size - 1
    assert histograms.plot(3).titleLabel.text == "output"
    histograms.clear()
    assert histograms.n_layers == 0


# ----- MetricsPanel ------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot) -> MetricsPanel:
    return shown(qtbot, MetricsPanel(), 420, 330)


def cells(panel: MetricsPanel, split: str) -> np.ndarray:
    table = panel.tables[split]
    return np.array(
        [
            [int(table.item(i, j).text()) for j in range(table.columnCount())]
            for i in range(table.rowCount())
        ]
    )


def test_confusion_counts_sit_in_their_cells(panel):
    train = np.array([[5, 1, 0], [2, 7, 1], [0, 0, 4]])
    test = np.array([[3, 0, 1], [0, 2, 0], [1, 1, 2]])
    details = {
        "train_confusion": train,
        "test_confusion": test,
        "class_counts": np.array([7, 13, 10]),
    }
    panel.set_details(details, "classification", CLASS_COLORS)
    np.testing.assert_array_equal(cells(panel, "train"), train)
    np.testing.assert_array_equal(cells(panel, "test"), test)
    assert panel.accuracy["train"].text() == "accuracy 80.0%"  # 16 of 20
    assert panel.accuracy["test"].text() == "accuracy 70.0%"  # 7 of 10
    table = panel.tables["train"]
    assert table.item(1, 1).font().bold() and not table.item(1, 0).font().bold()
    header = table.verticalHeaderItem(2)
    assert header.text() == "3" and not header.icon().isNull()
    assert "class 2: 13" in panel.class_counts.text()
    assert panel.tables["test"].toolTip() and panel.accuracy["test"].toolTip()
    assert not panel.errors["train_rmse"].isVisible()


def test_an_empty_split_shows_a_dash_and_cells_are_reused(panel):
    details = {
        "train_confusion": np.array([[4, 0], [1, 5]]),
        "test_confusion": np.zeros((2, 2), dtype=int),
        "class_counts": np.array([4, 6]),
    }
    panel.set_details(details, "classification", CLASS_COLORS)
    assert panel.accuracy["test"].text() == f"accuracy {DASH}"
    assert panel.accuracy["train"].text() == "accuracy 90.0%"
    item = panel.tables["train"].item(0, 0)
    details["train_confusion"] = np.array([[3, 1], [0, 6]])
    panel.set_details(details, "classification", CLASS_COLORS)
    assert panel.tables["train"].item(0, 0) is item and item.text() == "3"


def test_regression_numbers_have_four_significant_digits(panel):
    details = {
        "train_rmse": 0.183049734,
        "test_rmse": math.nan,
        "train_r2": 0.6,
        "test_r2": -12.34567,
    }
    panel.set_details(details, "regression", CLASS_COLORS)
    texts = {name: label.text() for name, label in panel.errors.items()}
    assert texts == {
        "train_rmse": "0.1830",
        "test_rmse": DASH,
        "train_r2": "0.6000",
        "test_r2": "-12.35",
    }
    assert panel.errors["train_rmse"].isVisible()
    assert not panel.tables["train"].isVisible()


def test_clicked_point_text_appears_and_clears(panel):
    assert panel.point.text() == POINT_HINT
    panel.show_point("point (1.00, -2.00)\nclass 2, predicted 1")
    assert panel.point.text() == "point (1.00, -2.00)\nclass 2, predicted 1"
    panel.clear_point()
    assert panel.point.text() == POINT_HINT


def test_no_data_shows_dashes(panel):
    panel.set_details({}, "classification", CLASS_COLORS)
    assert panel.tables["train"].rowCount() == 0
    assert panel.accuracy["train"].text() == f"accuracy {DASH}"
    assert panel.class_counts.text() == ""
    panel.set_details({}, "regression", CLASS_COLORS)
    assert {label.text() for label in panel.errors.values()} == {DASH}
