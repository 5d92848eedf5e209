"""A diverged run on screen: the plot draws the explosion, the canvas keeps its last finite
boundary, the banner and the run bar name the same epochs, and Reset clears every word of it."""

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from playground.app.data.settings import DataSettings
from tests.app.windows import open_window, wait_frame

TRAINED = 5  # finite epochs before the learning rate is raised
PAUSED = "Training paused because it diverged."


@pytest.fixture
def diverged(qtbot, tmp_path):
    """A window whose leaky-ReLU run trained TRAINED finite epochs, then blew up at lr 10."""
    window = open_window(qtbot, tmp_path, (1300, 850))
    window.data.apply_settings(DataSettings(generator="spiral"))
    wait_frame(qtbot, window, lambda f: not f.playing)
    window.session.edit(window.session.selected, {"activation": "leaky_relu"})
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= TRAINED)
    window.set_playing(False)
    paused = wait_frame(qtbot, window, lambda f: not f.playing)
    window.session.edit(window.session.selected, {"lr": 10.0})
    window.set_playing(True)
    frame = wait_frame(qtbot, window, lambda f: f.snapshot.diverged)
    qtbot.waitUntil(lambda: not window.session.playing, timeout=5000)
    window.renderer.draw_pending()
    yield window, frame, paused.snapshot.epoch
    window.close()


def test_the_loss_plot_keeps_the_finite_curve_and_marks_the_epoch_it_blew_up(diverged):
    window, frame, trained = diverged
    plot = window.loss_plot
    train = plot.curve("train_loss").getData()
    assert len(train[0]) >= trained and np.isfinite(train[1]).all()
    assert plot.divergence.isVisible()
    assert plot.divergence.value() == frame.snapshot.epoch + 1
    low, high = plot._loss.viewRange()[0]
    assert low <= plot.divergence.value() <= high  # the mark is inside the plot, not past it


def test_the_canvas_keeps_the_last_finite_boundary(diverged):
    window, frame, _ = diverged
    assert not np.isfinite(frame.snapshot.output).all()  # what would have blanked it
    image = window.canvas._image.image
    assert np.isfinite(window.canvas._output[0]).all()
    assert image[..., :3].reshape(-1, 3).std(axis=0).max() > 1  # a boundary, not one flat colour


def test_the_banner_and_the_run_bar_name_the_same_epochs(diverged):
    window, frame, _ = diverged
    banner = window.banner.text()
    blew_up = re.search(r"at epoch (\d+(?:,\d{3})*)", banner)[1]
    shown = re.search(r"show epoch (\d+(?:,\d{3})*)", banner)[1]
    assert f"diverged in epoch {blew_up}" in window.run_bar.numbers.text()
    assert window.run_bar.epoch.text() == f"Epoch {shown}"
    assert shown == f"{frame.snapshot.epoch:,}"


def test_reset_clears_the_banner_the_status_and_the_mark(qtbot, diverged):
    window, _, _ = diverged
    assert window.statusBar().currentMessage() == PAUSED
    QTest.keyClick(window, Qt.Key.Key_R)
    wait_frame(qtbot, window, lambda f: not f.snapshot.diverged)
    assert not window.banner.isVisible()
    assert window.statusBar().currentMessage() != PAUSED
    assert not window.loss_plot.divergence.isVisible()
