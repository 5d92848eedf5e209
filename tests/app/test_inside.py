"""The inside views in the real window: edits reach the trainer, frames reach the views."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt

from playground.app.data.settings import DataSettings
from tests.app.mouse import LEFT, NONE, send
from tests.app.windows import FRAME_TIMEOUT, first_frame, open_window, wait_frame


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1600, 960))
    win.data.apply_settings(DataSettings(generator="circle", n_points=200))
    yield win
    win.close()




def test_an_edited_weight_is_the_one_the_next_snapshot_shows(qtbot, window):
    first_frame(qtbot, window)
    window.inside.network_view.weight_edited.emit(0, 1, 2, 0.625)
    frame = wait_frame(qtbot, window, lambda f: f.snapshot.weights[0][1, 2] == 0.625)
    epoch = frame.snapshot.epoch
    window.inside.network_view.bias_edited.emit(2, 0, -0.25)
    wait_frame(qtbot, window, lambda f: f.snapshot.biases[2][0] == -0.25)
    window.set_playing(True)
    later = wait_frame(qtbot, window, lambda f: f.snapshot.epoch > epoch + 2)
    assert not later.restart  # training went on from the edited weights
    window.inside.network_view.weight_edited.emit(9, 0, 0, 1.0)  # refused, says why
    qtbot.waitUntil(lambda: "refused" in window.banner.text())
    assert window.session.playing


def test_the_network_view_follows_the_frames(qtbot, window):
    frame = first_frame(qtbot, window)
    qtbot.waitUntil(lambda: np.allclose(window.inside.network_view.diagram.weights[0],
                                        window.runs.main.last_frame.snapshot.weights[0]))
    assert frame.snapshot.weights[0].shape == (2, 8)


def test_selecting_a_neuron_shows_its_map_and_again_the_output(qtbot, window):
    window.inside.network_view.neuron_selected.emit(0, 3)
    frame = wait_frame(qtbot, window, lambda f: f.focus == (0, 3))
    assert frame.focus_map.shape == (100, 100)
    thumbnail = frame.snapshot.neurons[0][3]  # the same neuron on a coarser grid
    nearest = ((np.arange(len(thumbnail)) + 0.5) * 100 / len(thumbnail)).astype(int)
    coarse = frame.focus_map[np.ix_(nearest, nearest)]
    assert np.corrcoef(coarse.ravel(), thumbnail.ravel())[0, 1] > 0.99
    assert "neuron 4" in window.statusBar().currentMessage()
    window.inside.network_view.neuron_selected.emit(-1, -1)
    wait_frame(qtbot, window, lambda f: f.focus is None)


def test_ctrl_click_on_a_point_shows_its_prediction_and_loss(qtbot, window):
    first_frame(qtbot, window)
    x, y = window.model.dataset.points[0]
    worker = window.runs.main.client
    with qtbot.waitSignal(worker.inspected, timeout=FRAME_TIMEOUT) as blocker:
        send(window.canvas, QEvent.Type.MouseButtonPress, x, y, LEFT, LEFT,
             Qt.KeyboardModifier.ControlModifier)
        send(window.canvas, QEvent.Type.MouseButtonRelease, x, y, LEFT, NONE)
    answer = blocker.args[0]
    assert answer.point == pytest.approx(tuple(window.model.dataset.points[0]))
    qtbot.waitUntil(lambda: "Predicted" in window.inside.metrics.point.text())
    assert window.model.dataset.n == 200  # inspecting drew nothing


def test_gradient_flow_weights_and_metrics_fill_while_training(qtbot, window):
    plots = window.inside.plots
    plots.setCurrentWidget(window.inside.gradient_plot)
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 10)
    window.set_playing(False)
    paused = wait_frame(qtbot, window, lambda f: not f.playing and f.details is not None)
    gradients = window.inside.gradient_plot
    qtbot.waitUntil(lambda: gradients.n_layers == 3 and gradients.curve(0).yData is not None
                    and len(gradients.curve(0).yData) == paused.snapshot.epoch)
    train = paused.details["train_confusion"]
    assert train.sum() == window.model.dataset.is_train.sum()
    plots.setCurrentWidget(window.inside.histograms)
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.epoch > paused.snapshot.epoch + 3)
    histograms = window.inside.histograms
    qtbot.waitUntil(lambda: histograms.n_layers == 3 and histograms.counts[0].sum() == 2 * 8)


def test_layer_buttons_in_the_diagram_change_the_config(qtbot, window):
    window.inside.network_view.layers_changed.emit(3)
    assert window.session.config().hidden == (8, 8, 8)
    window.inside.network_view.width_changed.emit(1, 5)
    assert window.session.config().hidden == (8, 5, 8)
    frame = wait_frame(qtbot, window, lambda f: len(f.snapshot.weights) == 4)
    assert frame.snapshot.weights[1].shape == (8, 5)
    assert window.network_panel.hidden == (8, 5, 8)


def test_the_landscape_tab_draws_the_runs_landscape_only_while_it_shows(qtbot, window):
    first_frame(qtbot, window)
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 5)
    assert window.runs.main.last_frame.landscape is None  # not computed while hidden
    window.inside.plots.setCurrentWidget(window.inside.landscape)
    frame = wait_frame(qtbot, window, lambda f: f.landscape is not None)
    land = frame.landscape
    assert land.loss.shape == (31, 31) and np.allclose(land.path[-1], 0.0, atol=1e-9)
    qtbot.waitUntil(lambda: window.inside.landscape.landscape is not None)
    assert "centre" in window.inside.landscape.about.text().lower()
    window.inside.landscape.directions.setCurrentIndex(1)
    wait_frame(qtbot, window, lambda f: f.landscape is not None and f.landscape.kind == "random")
    window.inside.plots.setCurrentWidget(window.loss_plot)
    window.set_playing(False)
