"""Test set-up: offscreen Qt before anything imports it, and no thread left running after a test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"  # the window follows the system language: tests read English

import sys  # noqa: E402
import threading  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def no_dangling_threads():
    """Fail a test that leaves a Python thread running (napari's conftest does the same)."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon
    ]
    for thread in leftover:
        thread.join(timeout=2.0)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"threads left running: {still}"
    client = sys.modules.get("playground.app.runs.client")  # once a test has used the window
    if client is not None:
        running = client.TrainingClient.running()
        for left in running:
            left.stop()
        assert not running, f"{len(running)} training client thread(s) left running"


@pytest.fixture(autouse=True)
def no_leftover_windows():
    """Delete the main windows a test closed. Closed windows live on until Python collects
    them, and Qt sends every one a LanguageChange on each language switch, which its widgets
    answer by translating again: after 40 windows a switch took 1.5 s instead of 0.2 s."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return
    closed = [w for w in app.topLevelWidgets()
              if type(w).__name__ == "MainWindow" and not w.isVisible()]
    for window in closed:
        window.deleteLater()
    if closed:
        from PySide6.QtCore import QEvent

        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
