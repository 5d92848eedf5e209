"""What comparing runs shows: one colour per run everywhere, a fork's curves from its fork on,
tiles that share a 1280x720 window's width instead of scrolling, and any run in the big views."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea

from playground.training.protocol import Goal
from tests.app.windows import FRAME_TIMEOUT, started_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = started_window(qtbot, tmp_path, (1280, 720))
    yield win
    win.close()


def pen_rgb(curve) -> tuple:
    color = curve.opts["pen"].color()
    return color.red(), color.green(), color.blue()


def test_each_run_has_one_colour_on_its_tile_its_curves_and_its_legend(qtbot, window):
    window.runs.fork()
    window.runs.fork(changes={"lr": 0.1})
    plot = window.loss_plot
    legend = plot._loss.plotItem.legend
    entries = {label.text: sample.item for sample, label in legend.items}
    assert list(entries) == ["A", "B", "C"]  # one entry per run, no anonymous train/test
    for run in window.runs.all():
        curve = plot.curve("train_loss") if run.is_main else plot.run_curve(run.name,
                                                                              "train_loss")
        assert window.strip.tiles[run.name].color == run.color
        assert pen_rgb(curve) == run.color
        assert pen_rgb(entries[run.name]) == run.color
    window.runs.close_all()
    labels = [label.text for _, label in legend.items]
    assert labels == ["train", "test"]
    assert pen_rgb(plot.curve("train_loss")) != window.runs.main.color


def test_a_forks_curves_start_at_its_fork_so_run_As_stay_visible(qtbot, window):
    with qtbot.waitSignal(window.runs.main.client.reached, timeout=FRAME_TIMEOUT):
        window.runs.main.send(Goal(12, None, 7))
    qtbot.waitUntil(lambda: window.runs.main.last_frame.snapshot.epoch == 12)
    window.runs.fork(changes={"lr": 0.1})
    fork = window.runs.forks()[0]
    qtbot.waitUntil(lambda: fork.last_frame is not None, timeout=FRAME_TIMEOUT)
    with qtbot.waitSignal(window.runs.frame_drawn, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda name, f: name == "B" and f.snapshot.epoch == 13):
        window.run_bar.step.click()
    window.compare.flush()
    window.renderer.draw_pending()
    x = list(window.loss_plot.run_curve("B", "train_loss").getData()[0])
    assert x == [12.0, 13.0]  # from the fork on: epochs 1-12 are run A's, drawn once
    assert len(window.loss_plot.curve("train_loss").getData()[0]) >= 12


def test_three_forks_tiles_fit_a_1280x720_window_and_read_whole(qtbot, window):
    for _ in range(3):
        window.runs.fork()
    for run in window.runs.forks():
        qtbot.waitUntil(lambda run=run: run.last_frame is not None, timeout=FRAME_TIMEOUT)
    strip = window.strip
    qtbot.waitUntil(lambda: all(tile.isVisible() for tile in strip.tiles.values()))
    assert not strip.findChildren(QAbstractScrollArea)
    for tile in strip.tiles.values():
        assert tile.x() >= 0 and tile.geometry().right() < strip.width()
        for label in (tile.epoch, *tile.losses.values()):
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
        assert tile.picture.width() >= 56


def train_all(qtbot, window, epochs: int, sequence: int) -> None:
    """Every run trains exactly `epochs` more epochs (the lessons' goal command)."""
    clients = [run.client for run in window.runs.all()]
    with qtbot.waitSignals([c.reached for c in clients], timeout=FRAME_TIMEOUT,
                           check_params_cbs=[lambda r: r.sequence == sequence] * len(clients)):
        window.runs.broadcast(Goal(epochs, None, sequence))


def test_clicking_a_tile_shows_that_run_in_the_canvas_the_plots_and_the_run_bar(qtbot, window):
    window.runs.fork(changes={"lr": 0.3})
    train_all(qtbot, window, 15, sequence=3)
    fork = window.runs.forks()[0]
    for run in window.runs.all():
        qtbot.waitUntil(lambda run=run: run.last_frame.snapshot.epoch == 15)
    window.renderer.draw_pending()
    a_curve = len(window.loss_plot.curve("train_loss").getData()[0])
    assert window.run_bar.run.isVisible() and "Run A" in window.run_bar.run.text()
    QTest.mouseClick(window.strip.tiles["B"], Qt.MouseButton.LeftButton)
    window.renderer.draw_pending()
    assert window.session.selected == "B"
    assert np.array_equal(window.canvas._output[0], fork.last_frame.snapshot.output)
    assert "Run B" in window.run_bar.run.text()
    assert window.run_bar.epoch.text() == "Epoch 15"
    b_loss = fork.last_frame.snapshot.metrics["train_loss"]
    assert f"{b_loss:.4f}" in window.run_bar.numbers.text()
    window.inside.plots.setCurrentWidget(window.inside.gradient_plot)  # drawn once shown
    window.renderer.draw_pending()
    assert len(window.inside.gradient_plot.curve(0).getData()[0]) == 15  # B's whole history
    assert len(window.loss_plot.curve("train_loss").getData()[0]) == a_curve  # still A's
    assert not window.history.timeline.isEnabled()  # it keeps run A's frames
    QTest.mouseClick(window.strip.tiles["A"], Qt.MouseButton.LeftButton)
    assert np.array_equal(window.canvas._output[0], window.runs.main.last_frame.snapshot.output)
    assert "Run A" in window.run_bar.run.text() and window.history.timeline.isEnabled()


def test_the_landscape_and_point_details_come_from_the_shown_run(qtbot, window):
    window.runs.fork(changes={"loss": "mse"})  # A's is cross-entropy: the details tell them apart
    fork = window.runs.forks()[0]
    qtbot.waitUntil(lambda: fork.last_frame is not None, timeout=FRAME_TIMEOUT)
    window.inside.plots.setCurrentWidget(window.inside.landscape)
    QTest.mouseClick(window.strip.tiles["B"], Qt.MouseButton.LeftButton)
    assert window.runs.shown is fork
    with qtbot.waitSignal(window.runs.frame_drawn, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda name, f: name == "B"
                          and f.landscape is not None):
        window.run_bar.step.click()  # a new frame, now with B's landscape
    with qtbot.waitSignal(window.runs.inspected, timeout=FRAME_TIMEOUT) as blocker:
        window.data.inspect_point(0)
    assert blocker.args[0].loss_name == "mse" != window.session.config().loss
