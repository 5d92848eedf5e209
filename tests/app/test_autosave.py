"""Autosave: kill the app mid-training; the next launch offers the experiment back, and two
windows at once keep their own autosaves."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings

from playground.app.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DRAWN = [[-5.5, 5.5], [-5.0, 5.2], [5.4, -5.1]]

APP = textwrap.dedent(f"""
    import os, sys
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {str(ROOT)!r})
    import numpy as np
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from playground.app.window.main_window import MainWindow

    if __name__ == "__main__":
        folder = Path(sys.argv[1])
        app = QApplication([])
        window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                            data_dir=folder, ask_restore=lambda *a: False,
                            autosave_seconds=0.2)
        window.show()
        window.model.begin_stroke()
        window.model.spray(np.array({DRAWN!r}), np.array([1, 1, 0]))
        window.model.end_stroke()
        window.session.edit(window.session.selected, {{"lr": 0.1, "hidden": (5,)}})
        window.set_playing(True)
        saved = []
        window.runs.main.client.saved.connect(lambda reply: saved.append(reply.path))
        def check():
            if len(saved) >= 2:  # an autosave after the edits reached the training process
                print("ready", flush=True)
            else:
                QTimer.singleShot(50, check)
        QTimer.singleShot(50, check)
        app.exec()
""")


def start_app(tmp_path: Path) -> subprocess.Popen:
    """A window in a process of its own, once it has autosaved its edits."""
    script = tmp_path / "app.py"
    script.write_text(APP)
    app = subprocess.Popen([sys.executable, str(script), str(tmp_path)], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    try:
        assert app.stdout.readline().strip() == "ready"
    except BaseException:
        kill(app)
        raise
    return app


def kill(app: subprocess.Popen) -> None:
    os.kill(app.pid, signal.SIGKILL)
    app.wait(timeout=10)


def window(tmp_path: Path, asked: list) -> MainWindow:
    """A window on `tmp_path` that records what it offers to restore (and declines)."""
    return MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                      data_dir=tmp_path, ask_restore=lambda parent, file: asked.append(file))


def stale_lock(path: Path) -> None:
    """A lock taken by a process that then died without releasing it."""
    code = ("import os, sys\nfrom PySide6.QtCore import QLockFile\n"
            "lock = QLockFile(sys.argv[1])\nassert lock.tryLock(0)\nos._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def test_a_killed_session_is_offered_back_with_its_points_and_settings(qtbot, tmp_path):
    kill(start_app(tmp_path))
    assert (tmp_path / "autosave-1.lock").exists() and (tmp_path / "autosave-1.json").exists()
    asked = []
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        data_dir=tmp_path, ask_restore=lambda parent, file: asked.append(file)
                        or True)
    qtbot.addWidget(window)
    try:
        assert asked == [tmp_path / "autosave-1.json"]
        with qtbot.waitSignal(window.files.opener.opened):  # read off the GUI thread
            pass
        points = window.model.dataset.points
        for drawn in DRAWN:
            assert np.any(np.all(np.isclose(points, drawn), axis=1)), drawn
        assert window.session.config().lr == 0.1 and window.session.config().hidden == (5,)
        assert "Untitled" in window.windowTitle()
    finally:
        window.close()
    assert not (tmp_path / "autosave-1.lock").exists()  # this session ended cleanly


def test_a_clean_exit_offers_nothing(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings, data_dir=tmp_path, ask_restore=lambda *a: True)
    qtbot.addWidget(first)
    first.close()
    asked = []
    second = MainWindow(settings, data_dir=tmp_path, ask_restore=lambda *a: asked.append(1))
    qtbot.addWidget(second)
    second.close()
    assert asked == []


def test_a_broken_autosave_is_reported_and_the_window_starts_fresh(qtbot, tmp_path):
    stale_lock(tmp_path / "autosave-1.lock")
    (tmp_path / "autosave-1.json").write_text('{"format": "playground-experiment", "vers')
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        data_dir=tmp_path, ask_restore=lambda *a: True)
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.files.opener.refused):
            pass
        assert "Not opened" in window.banner.text() and "autosave-1.json" in window.banner.text()
        assert window.model.dataset.n > 0 and window.session.config().hidden == (8, 8)
    finally:
        window.close()


def test_a_second_window_neither_offers_nor_hides_the_running_ones_autosave(qtbot, tmp_path):
    """The second window autosaves apart and offers nothing of the first, still running; its
    clean close leaves the first's lock, so the first's later crash is offered back."""
    first = start_app(tmp_path)
    try:
        asked = []
        second = window(tmp_path, asked)
        qtbot.addWidget(second)
        assert asked == [] and second.autosave.file == tmp_path / "autosave-2.json"
        second.close()
        assert (tmp_path / "autosave-1.lock").exists()
    finally:
        kill(first)
    asked = []
    third = window(tmp_path, asked)
    qtbot.addWidget(third)
    third.close()
    assert asked == [tmp_path / "autosave-1.json"]


def test_only_autosaves_whose_process_is_gone_are_offered(qtbot, tmp_path):
    """Of two windows in this process, neither offers the other's file; a lock left by a dead
    process is offered once, the newest first, and its window takes over that slot."""
    asked = []
    first = window(tmp_path, asked)
    qtbot.addWidget(first)
    first.autosave.file.write_text("{}")
    second = window(tmp_path, asked)
    qtbot.addWidget(second)
    assert asked == [] and first.autosave.file != second.autosave.file
    stale_lock(tmp_path / "autosave-7.lock")
    (tmp_path / "autosave-7.json").write_text("{}")
    third = window(tmp_path, asked)
    qtbot.addWidget(third)
    try:
        assert asked == [tmp_path / "autosave-7.json"]
        assert third.autosave.file == tmp_path / "autosave-7.json"
    finally:
        for each in (third, second, first):
            each.close()
    assert not list(tmp_path.glob("autosave-*"))  # clean closes leave nothing to offer


def test_a_failing_autosave_is_said_in_the_status_bar_until_one_works(qtbot, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        data_dir=tmp_path, ask_restore=lambda *a: False, autosave_seconds=0.1)
    qtbot.addWidget(window)
    assert window.autosave.file == tmp_path / "autosave-1.json"
    window.autosave.file.mkdir()  # the autosave cannot replace a folder
    client = window.runs.main.client
    try:
        window.set_playing(True)
        with qtbot.waitSignal(client.saved, timeout=30_000,
                              check_params_cb=lambda saved: saved.kind == "autosave"):
            pass
        message = window.statusBar().currentMessage()
        assert message.startswith("Autosave failed: cannot save ") and "folder" in message
        (tmp_path / "autosave-1.json").rmdir()
        with qtbot.waitSignal(client.saved, timeout=30_000,
                              check_params_cb=lambda saved: saved.kind == "autosave"
                              and not saved.error):
            pass
        assert not window.statusBar().currentMessage().startswith("Autosave failed")
    finally:
        window.close()
