"""The one rule of Qt threads this app checks: widgets are touched on the GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication


def assert_gui_thread() -> None:
    """Widgets may only be touched on the GUI thread; every slot that draws checks it."""
    app = QApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread(), "not on the GUI thread"
