"""The window's keys keep working after an edit: focus goes back to the canvas."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.app.windows import first_frame, open_window, wait_frame


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1400, 900))
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    first_frame(qtbot, win)
    yield win
    win.close()


def type_into(qtbot, box, text: str, key=Qt.Key.Key_Return):
    box.setFocus()
    qtbot.waitUntil(lambda: box.hasFocus())
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), text)
    QTest.keyClick(box.lineEdit(), key)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_after_typing_a_rate_space_plays_again(qtbot, window, key):
    type_into(qtbot, window.training_panel.lr, "0.1", key)
    qtbot.waitUntil(lambda: window.canvas.hasFocus())
    assert window.session.config().lr == 0.1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.session.playing
    window.set_playing(False)


def test_after_picking_from_a_list_the_keys_work(qtbot, window):
    box = window.training_panel.optimizer
    box.setFocus()
    qtbot.waitUntil(lambda: box.hasFocus())
    box.setCurrentIndex(box.findData("adam"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: window.canvas.hasFocus())
    assert window.session.config().optimizer == "adam"


def test_escape_leaves_an_editor_and_shows_the_value_in_use(qtbot, window):
    box = window.training_panel.batch
    before = window.session.config().batch_size
    box.setFocus()
    qtbot.waitUntil(lambda: box.hasFocus())
    box.lineEdit().selectAll()
    QTest.keyClicks(box.lineEdit(), "77")
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.canvas.hasFocus())
    assert box.value() == before == window.session.config().batch_size


def test_f1_lists_every_key_from_the_actions_themselves(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_F1)
    sheet = window._keys_sheet
    qtbot.waitUntil(sheet.isVisible)
    table = sheet.table
    listed = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    for action in window.actions():
        if action.shortcut().toString():
            text = action.text().split("\t")[0].replace("&", "")
            assert any(what == text and action.shortcut().toString() in keys
                       for what, keys in listed), text
    assert ("Play/pause", "Space") in listed and ("Fork run", "Ctrl+F") in listed
    assert any(what == "Next step" and "PgDown" in keys for what, keys in listed)
    sheet.close()


def test_the_title_marks_unsaved_changes(qtbot, window, tmp_path):
    assert not window.isWindowModified() and "[*]" in window.windowTitle()
    window.session.edit("A", {"lr": 0.1})
    assert window.isWindowModified()
    path = tmp_path / "run.json"
    window.files.choose_file = lambda *args: str(path)
    with qtbot.waitSignal(window.runs.main.client.saved, timeout=30_000):
        window.files.save()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert window.windowTitle().startswith("run.json")


def test_play_and_pause_do_not_move_the_buttons_beside_them(qtbot, window):
    step = window.run_bar.step
    before = step.mapTo(window, step.rect().topLeft())
    window.set_playing(True)
    QApplication.processEvents()
    assert step.mapTo(window, step.rect().topLeft()) == before
    window.set_playing(False)


def test_the_window_opens_at_a_pace_a_teacher_can_talk_over(qtbot, window, tmp_path):
    from PySide6.QtCore import QSettings

    from playground.app.window.main_window import MainWindow

    fresh = MainWindow(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat),
                       start_worker=False)
    qtbot.addWidget(fresh)
    assert fresh.session.speed == 30.0 and fresh.run_bar.speed.currentData() == 30.0
    fresh.close()
    window.run_bar.speed.setCurrentIndex(window.run_bar.speed.findData(30.0))
    window.set_playing(True)
    start = wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 3)
    later = wait_frame(qtbot, window, lambda f: f.epochs_per_second > 0)
    assert later.epochs_per_second < 60  # paced, not the ~1,000 epochs/s of full speed
    window.set_playing(False)
    assert start.snapshot.epoch >= 3
