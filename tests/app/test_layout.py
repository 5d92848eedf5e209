"""The window in a teacher's hands: the canvas keeps its room from 1280x680 to 1920x1080, the
panels are docks, presentation and focus modes fill the screen, and the layout is remembered."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QWidget

from playground.app.window.main_window import MainWindow
from playground.app.window.screen_modes import fit_within
from tests.app.layout_probe import canvas_sides
from tests.app.windows import open_window as open_shown


def open_window(qtbot, folder, **options) -> MainWindow:
    """A shown window whose docks and layout have settled (Qt lays them out on events)."""
    window = open_shown(qtbot, folder, **options)
    QApplication.processEvents()
    return window

ROOT = Path(__file__).resolve().parents[2]

# A screen, the window it gives (less a task bar), the canvas's shorter side it must keep.
SCREENS = {"1280x720 projector": ((1280, 680), 360),
           "1366x768 laptop": ((1366, 728), 400),
           "1920x1080": ((1920, 1040), 560)}


@pytest.mark.parametrize("screen", SCREENS)
def test_the_canvas_keeps_its_room_with_every_plot_tab(qtbot, tmp_path, screen):
    size, needed = SCREENS[screen]
    window = open_window(qtbot, tmp_path, size=size, start_worker=False)
    assert window.size().toTuple() == size  # the window fits the screen
    sides = canvas_sides(window, QApplication.instance())
    assert len(sides) == 5
    assert min(sides.values()) >= needed, sides
    window.close()


def test_the_window_fits_a_1280x680_screen(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1280, 680), start_worker=False)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 680
    window.close()


def test_no_plot_tab_grows_the_plots_or_squeezes_the_timeline(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1280, 680), start_worker=False)
    plots, timeline = window.inside.plots, window.history.timeline
    heights = set()
    for index in range(plots.count()):
        plots.setCurrentIndex(index)
        QApplication.processEvents()
        heights.add(plots.height())
        assert timeline.slider.width() >= 90
        timeline.show_epoch(2_901_000, live=False)
        needed = timeline.epoch.fontMetrics().horizontalAdvance("epoch 2,901,000 (history)")
        assert timeline.epoch.width() >= needed
    assert len(heights) == 1
    window.close()


@pytest.mark.parametrize("ratio", ["1.5", "2"])
def test_the_canvas_keeps_its_room_at_high_device_pixel_ratios(ratio):
    env = {**os.environ, "QT_SCALE_FACTOR": ratio, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "tests.app.layout_probe", "1280x680",
                          "1920x1040"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split("\n")
    rows = [line.split() for line in out if line.strip()]
    assert len(rows) == 10
    for size, _tab, side in rows:
        assert int(side) >= (360 if size.startswith("1280") else 560), rows


def test_three_forks_at_1280x680_keep_the_canvas_and_every_tile_readable(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1280, 680))
    assert [window.runs.fork() for _ in range(3)] == ["B", "C", "D"]
    QApplication.processEvents()
    assert min(canvas_sides(window, QApplication.instance()).values()) >= 300
    tiles = window.strip.tiles
    assert len(tiles) == 4
    for tile in tiles.values():
        assert tile.isVisible()
        assert tile.visibleRegion().boundingRect() == tile.rect(), "a tile is cut off"
    window.close()


def test_the_parts_carry_object_names(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, start_worker=False)
    for name in ("canvas", "network", "plots", "run_bar", "data_panel", "network_panel",
                 "training_panel"):
        assert window.findChild(QWidget, name) is not None, name
    assert {dock.objectName() for dock in window.findChildren(QDockWidget)} == {
        "data_dock", "network_dock", "training_dock"}
    window.close()


def test_panels_are_docks_tabbed_on_a_narrow_screen_and_apart_on_a_wide_one(qtbot, tmp_path):
    narrow = open_window(qtbot, tmp_path / "narrow", size=(1280, 680), start_worker=False)
    data, network, training = narrow.docks
    assert set(narrow.tabifiedDockWidgets(data)) == {network, training}
    narrow.close()
    wide = open_window(qtbot, tmp_path / "wide", size=(1920, 1040), start_worker=False)
    data, network, training = wide.docks
    assert wide.dockWidgetArea(data) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert wide.dockWidgetArea(network) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not wide.tabifiedDockWidgets(network)
    assert all(dock.isVisible() for dock in wide.docks)
    wide.close()


def test_docks_and_splitters_are_remembered(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1920, 1040), start_worker=False)
    window.docks[0].toggleViewAction().trigger()  # View > Data: closed
    assert not window.docks[0].isVisible()
    window.layout_parts.middle.setSizes([300, 1100])  # the person dragged the handle
    assert _first_share(window.layout_parts.middle.sizes()) < 0.25
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(settings, start_worker=False)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.docks[0].isVisible()
    assert again.docks[1].isVisible()
    # The offscreen screen (800x800) gives the reopened window another width; the fresh
    # layout would give the plots' column 44 %.
    assert _first_share(again.layout_parts.middle.sizes()) < 0.36
    again.reset_layout()  # View > Reset layout brings every dock back
    assert all(dock.isVisible() for dock in again.docks)
    again.close()


def test_presentation_fills_a_1280x720_screen_with_larger_text(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1280, 720), start_worker=False)
    before = QFontInfo(window.pages.tabBar().font()).pixelSize()
    ticks_before = window.loss_plot._loss.getAxis("bottom").style["tickFont"]
    window.toggle_presentation(full_screen=False)  # the screen here is offscreen's 800x800
    QApplication.processEvents()
    assert min(canvas_sides(window, QApplication.instance()).values()) >= 480
    assert not any(dock.isVisible() for dock in window.docks)
    assert not window.menuBar().isVisible()
    for widget in (window.pages.tabBar(), window.run_bar.step, window.history.timeline.epoch,
                   window.inside.plots.tabBar()):
        assert QFontInfo(widget.font()).pixelSize() >= round(before * 1.5), widget
    ticks = window.loss_plot._loss.getAxis("bottom").style["tickFont"]
    assert ticks.pixelSize() >= 1.5 * (ticks_before.pixelSize() if ticks_before else 11)
    legend = window.loss_plot._loss.plotItem.legend
    assert all(f"{round(before * 1.6)}px" in label.opts.get("size", "")
               for _sample, label in legend.items)
    window.toggle_presentation()
    assert all(dock.isVisible() for dock in window.docks)
    assert window.menuBar().isVisible()
    assert QFontInfo(window.pages.tabBar().font()).pixelSize() == before
    window.close()


def test_presentation_takes_the_screen_and_gives_the_old_geometry_back(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1000, 700), start_worker=False)
    window.move(20, 30)
    before = window.geometry()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.isFullScreen()
    # Offscreen's screen is 800 px wide, less than the window's least width: it keeps that
    # width, and its height and place come back.
    after = window.geometry()
    assert after.height() == before.height() and after.y() == before.y()
    assert after.width() <= max(before.width(), window.minimumSizeHint().width())
    window.close()


def test_leaving_presentation_never_grows_past_the_screen():
    room = QApplication.primaryScreen().availableGeometry()
    big = room.adjusted(-50, -50, 400, 300)
    fitted = fit_within(big, room)
    assert room.contains(fitted)
    assert fit_within(room.adjusted(10, 10, -10, -10), room) == room.adjusted(10, 10, -10, -10)


def test_keys_of_the_hidden_menu_bar_still_work_in_presentation(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, start_worker=False)
    window.toggle_presentation(full_screen=False)
    assert not window.menuBar().isVisible()
    QTest.keyClick(window, Qt.Key.Key_F1)  # Help > Keyboard shortcuts
    assert window._keys_sheet.isVisible()
    window._keys_sheet.close()
    window.close()


def test_focus_canvas_leaves_the_run_bar_canvas_and_loss_plot_and_brings_the_rest_back(
        qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1920, 1040), start_worker=False)
    window.docks[2].toggleViewAction().trigger()  # the person closed Training before
    plots = window.inside.plots
    plots.setCurrentIndex(2)
    QTest.keyClick(window, Qt.Key.Key_F11)
    for shown in (window.run_bar, window.canvas, window.loss_plot):
        assert shown.isVisible()
    assert plots.currentWidget() is window.loss_plot
    for hidden in (*window.docks, window.inside.network_view, window.history.timeline,
                   plots.tabBar(), window.pages.tabBar(), window.menuBar(), window.statusBar()):
        assert not hidden.isVisible()
    assert min(window.canvas.width(), window.canvas.height()) >= 800
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert plots.currentIndex() == 2
    assert window.docks[0].isVisible() and window.docks[1].isVisible()
    assert not window.docks[2].isVisible()  # stays as the person left it
    assert window.inside.network_view.isVisible() and window.history.timeline.isVisible()
    window.close()


def _first_share(sizes: list[int]) -> float:
    return sizes[0] / sum(sizes)


def test_the_concepts_page_takes_the_docks_room_and_gives_it_back(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, size=(1280, 680), start_worker=False)
    window.pages.setCurrentWidget(window.inside.concepts)
    assert not any(dock.isVisible() for dock in window.docks)
    assert window.menuBar().isVisible()
    QApplication.processEvents()
    race = window.inside.concepts.race
    window.inside.concepts.setCurrentWidget(race)
    QApplication.processEvents()
    rows = race.findChild(QScrollArea)
    assert not rows.horizontalScrollBar().isVisible(), "the race's rows need a scroll bar"
    window.pages.setCurrentIndex(0)
    assert all(dock.isVisible() for dock in window.docks)
    window.close()
