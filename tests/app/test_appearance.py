"""Presentation mode and themes: sizes, palette and panels change, and change back."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest

from playground.app.views.colors import CLASS_COLORS, OKABE_ITO
from playground.app.window.main_window import MainWindow
from tests.app.windows import open_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path)
    yield win
    win.close()


def test_f5_presents_and_f5_again_restores(window):
    font = QFontInfo(window.font()).pixelSize()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.appearance.presenting
    assert QFontInfo(window.font()).pixelSize() == round(font * 1.6)
    assert window.canvas._point_size == pytest.approx(7 * 1.6)
    assert tuple(window.canvas._palette) == tuple(OKABE_ITO)
    assert window.data_panel.palette == tuple(OKABE_ITO)
    assert not any(dock.isVisible() for dock in window.docks)
    assert window.run_bar.epoch.width() > 170
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.appearance.presenting
    assert QFontInfo(window.font()).pixelSize() == font
    assert window.canvas._point_size == 7
    assert tuple(window.canvas._palette) == tuple(CLASS_COLORS)
    assert all(dock.isVisible() for dock in window.docks)


def test_dark_theme_switches_and_is_remembered(qtbot, window, tmp_path):
    QTest.keyClick(window, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.appearance.theme == "dark"
    assert "#1f2023" in window.styleSheet()
    window.close()
    again = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    try:
        assert again.appearance.theme == "dark"
    finally:
        again.close()


def test_presenter_remote_keys_step_and_play(qtbot, window):
    with qtbot.waitSignal(window.runs.frame_drawn, timeout=30_000,
                          check_params_cb=lambda name, f: f.snapshot.epoch == 1):
        QTest.keyClick(window, Qt.Key.Key_PageDown)
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert window.session.playing
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert not window.session.playing


def test_a_new_type_size_keeps_a_hidden_axis_title_hidden(window):
    """Classification shows "epoch" once, under the accuracy plot; presentation mode's bigger
    type says every axis title again and must not bring the hidden one back."""
    hidden = window.inside.loss_plot._loss.getAxis("bottom")
    assert not hidden.label.isVisible()
    window.toggle_presentation(full_screen=False)
    assert not hidden.label.isVisible()
    window.toggle_presentation(full_screen=False)
    assert not hidden.label.isVisible()
