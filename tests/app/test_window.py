"""The real window offscreen: drawing and undo, live training, config changes, divergence, close."""

import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QWidget,
)

from playground.app.data.settings import DataSettings
from playground.app.window.main_window import MainWindow
from playground.engine import Trainer
from playground.training.protocol import Failed, Focus, Inspected
from tests.app.mouse import stroke
from tests.app.windows import (
    FRAME_TIMEOUT,
    first_frame,
    open_window,
    refused_off_the_gui_thread,
    wait_frame,
)


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1300, 850))
    yield win
    win.close()




def use_preset(qtbot, window, **changes):
    window.data.apply_settings(DataSettings(**changes))
    return wait_frame(qtbot, window, lambda f: not f.playing)


def drag(window, path):
    stroke(window.canvas, path)


def test_a_stroke_adds_points_of_the_chosen_class_and_undo_redo_whole_strokes(qtbot, window):
    before = window.model.dataset.n
    QTest.keyClick(window, Qt.Key.Key_2)
    assert window.canvas.current_class == 1
    drag(window, [tuple(p) for p in np.linspace([-5.5, 5.5], [-1.0, 5.5], 25)])
    data = window.model.dataset
    added = data.n - before
    assert added > 5
    assert np.all(data.labels[before:] == 1)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.dataset.n == before
    QTest.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.model.dataset.n == before + added


def test_space_trains_the_loss_falls_and_the_boundary_changes(qtbot, window):
    first = use_preset(qtbot, window, generator="circle")
    untrained = Trainer(window.session.config(), window.model.dataset).evaluate()["train_loss"]
    boundary = first.snapshot.output.copy()
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert window.session.playing
    late = wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 40)
    assert late.snapshot.metrics["train_loss"] < 0.7 * untrained
    assert not np.allclose(late.snapshot.output, boundary)
    window.set_playing(False)
    paused = wait_frame(qtbot, window, lambda f: not f.playing).snapshot
    curve = window.loss_plot.curve("train_loss")
    # The plot gathers rows and redraws a few times a second.
    qtbot.waitUntil(lambda: curve.yData is not None and len(curve.yData) == paused.epoch)
    assert curve.yData[-1] == pytest.approx(paused.metrics["train_loss"])


def test_changing_the_learning_rate_keeps_the_weights(qtbot, window):
    use_preset(qtbot, window, generator="circle")
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 5)
    window.set_playing(False)
    paused = wait_frame(qtbot, window, lambda f: not f.playing)
    window.session.edit(window.session.selected, {"lr": 0.1})
    after = wait_frame(qtbot, window)
    assert after.snapshot.epoch == paused.snapshot.epoch and not after.restart
    for a, b in zip(after.snapshot.weights, paused.snapshot.weights, strict=True):
        np.testing.assert_array_equal(a, b)
    window.set_playing(True)
    later = wait_frame(qtbot, window, lambda f: f.snapshot.epoch > paused.snapshot.epoch + 3)
    assert not later.restart and window.session.config().lr == 0.1


def test_changing_layers_rebuilds_and_says_so(qtbot, window):
    use_preset(qtbot, window, generator="circle")
    window.session.edit(window.session.selected, {"hidden": (3,)})
    frame = wait_frame(qtbot, window, lambda f: f.restart)
    assert [w.shape for w in frame.snapshot.weights] == [(2, 3), (3, 2)]
    assert "rebuilt" in window.statusBar().currentMessage()


def test_a_bad_value_changes_nothing_and_says_why(qtbot, window):
    config = window.session.config()
    window.session.edit(window.session.selected, {"lr": -1.0})
    assert window.session.config() == config
    assert window.banner.isVisible() and "lr" in window.banner.text()


def test_divergence_pauses_with_a_message_and_reset_recovers(qtbot, window):
    # sigmoid + MSE at lr 10 keeps training here (softmax MSE has bounded gradients, so its
    # weights stay finite); a leaky ReLU network at lr 10 overflows within one epoch.
    use_preset(qtbot, window, generator="spiral")
    window.session.edit(window.session.selected, {"activation": "leaky_relu", "lr": 10.0})
    window.set_playing(True)
    diverged = wait_frame(qtbot, window, lambda f: f.snapshot.diverged)
    assert "lower the learning rate" in diverged.snapshot.reason
    qtbot.waitUntil(lambda: not window.session.playing, timeout=5000)
    assert window.banner.isVisible() and "diverged" in window.banner.text()
    assert not window.run_bar.play.isChecked()
    QTest.keyClick(window, Qt.Key.Key_R)
    recovered = wait_frame(qtbot, window, lambda f: not f.snapshot.diverged)
    assert recovered.snapshot.epoch == 0 and not window.banner.isVisible()


def test_closing_while_training_stops_the_worker_and_the_process(qtbot, window):
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 3)
    process = window.runs.main.client.process
    start = time.perf_counter()
    window.close()
    assert time.perf_counter() - start < 2.0
    assert not window.runs.main.client.is_running
    assert not process.is_alive()


INSPECTED = Inspected(point=(0.0, 0.0), label=0, train=True, prediction=np.array([0.5, 0.5]),
                      loss=0.7, loss_name="mse", task="classification")
GUI_SLOTS = {  # every slot that replies from a training process reach, and what it is given
    "client frame": lambda window, frame: (window.runs.main.client._on_reply, frame),
    "client failure": lambda window, frame: (window.runs.main.client._on_reply, Failed("boom")),
    "client inspected": lambda window, frame: (window.runs.main.client._on_reply, INSPECTED),
    "drawing": lambda window, frame: (lambda f: window.display._frame("A", f), frame),
    "point details": lambda window, frame: (window.inside.show_point, INSPECTED),
}


@pytest.mark.parametrize("slot", sorted(GUI_SLOTS))
def test_worker_slots_refuse_to_run_off_the_gui_thread(qtbot, window, slot):
    frame = first_frame(qtbot, window)
    call, argument = GUI_SLOTS[slot](window, frame)
    assert refused_off_the_gui_thread(call, argument)


def test_every_control_says_what_it_does(window):
    """Each visible button, box, spin box and slider has a tooltip (its own or its owner's)."""
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider)
    silent = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(window):
            continue
        owner = widget
        while owner is not None and owner is not window and not owner.toolTip():
            owner = owner.parentWidget()
        if owner is None or owner is window:
            label = widget.text() if isinstance(widget, QAbstractButton) else ""
            silent.append(f"{type(widget).__name__} {label!r}")
    assert not silent, silent


@pytest.mark.parametrize("typed", ["1000", "abc", "-1"])
def test_a_refused_learning_rate_is_said_and_the_box_shows_the_rate_in_use(qtbot, window, typed):
    first_frame(qtbot, window)
    before = window.session.config()
    box = window.training_panel.lr
    box.lineEdit().setText(typed)
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert window.session.config() == before
    assert window.banner.isVisible() and "Not applied: lr" in window.banner.text()
    assert box.currentText() == f"{before.lr:g}"


def test_after_a_failed_command_the_run_still_draws_and_reset_recovers(qtbot, window):
    first_frame(qtbot, window)
    window.runs.main.send(Focus(None, 0))  # a TypeError in the training process, not a refusal
    qtbot.waitUntil(lambda: "Training stopped" in window.banner.text(), timeout=FRAME_TIMEOUT)
    window.reset()
    assert not window.banner.isVisible()
    window.set_playing(True)
    frame = wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 3)
    assert frame.snapshot.epoch >= 3 and window.runs.main.client.process.is_alive()
    window.set_playing(False)


def test_settings_and_geometry_survive_a_restart(qtbot, tmp_path):
    path = str(tmp_path / "settings.ini")
    first = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.resize(1111, 777)
    first.show()
    first.session.edit("A", {"lr": 0.3, "hidden": (5, 3), "optimizer": "adam"})
    first.data.apply_settings(DataSettings(generator="xor", noise=0.2))
    first.close()
    second = MainWindow(QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    try:
        config, data = second.session.config(), second.session.data_settings
        assert (config.lr, config.hidden, config.optimizer) == (0.3, (5, 3), "adam")
        assert data.generator == "xor" and data.noise == 0.2
        assert second.training_panel.lr.currentText() == "0.3"
    finally:
        second.close()


def test_broken_stored_settings_fall_back_to_defaults(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("config", "{not json")
    settings.setValue("data", '{"generator": "nope", "noise": "loud"}')
    win = MainWindow(settings)
    qtbot.addWidget(win)
    try:
        session = win.session
        assert session.config().hidden == (8, 8) and session.data_settings.generator == "spiral"
    finally:
        win.close()


def test_geometry_is_restored(qtbot, tmp_path):
    """Offscreen the screen is small, so a small widget stands in for the window."""
    from PySide6.QtWidgets import QWidget

    from playground.app.window.settings_store import SettingsStore

    store = SettingsStore(QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat))
    before = QWidget()
    qtbot.addWidget(before)
    before.setGeometry(50, 60, 300, 200)
    before.show()
    store.save_geometry(before)
    after = QWidget()
    qtbot.addWidget(after)
    store.restore_geometry(after)
    assert after.geometry() == before.geometry()


def test_drawing_while_training_keeps_the_weights(qtbot, window):
    use_preset(qtbot, window, generator="circle")
    window.set_playing(True)
    before = wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 5)
    QTest.keyClick(window, Qt.Key.Key_1)
    drag(window, [(5.0, -5.0), (5.5, -5.5)])
    n = window.model.dataset.n
    later = wait_frame(qtbot, window, lambda f: f.snapshot.epoch > before.snapshot.epoch + 5)
    assert not later.restart and window.model.dataset.n == n  # same run, new data


def test_a_message_floats_over_the_views_and_moves_nothing(qtbot, window):
    from PySide6.QtWidgets import QApplication

    first_frame(qtbot, window)  # a later first frame would take a divergence message away
    QApplication.processEvents()
    before = window.canvas.geometry()
    window.messages.problem("Training diverged: " + "a long reason " * 20)
    QApplication.processEvents()
    assert window.banner.isVisible() and window.canvas.geometry() == before


def test_a_blown_up_loss_is_short_in_the_run_bar(window):
    window.run_bar.show_numbers(3, {"train_loss": 3.6e32, "test_loss": 0.25}, 0.0)
    assert "train loss 3.6e+32" in window.run_bar.numbers.text()
    assert "test loss 0.2500" in window.run_bar.numbers.text()
