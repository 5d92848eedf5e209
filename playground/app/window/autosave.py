"""Autosave: the experiment is saved every few seconds while it changes; after a crash or a kill
the next launch offers it back.

A marker file lives in the data folder while the window runs and is removed when it closes
cleanly, so a marker found at start-up means the last session ended abruptly.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from playground.app.window.messages import Messages
from playground.training.protocol import Saved

AUTOSAVE_SECONDS = 3.0
FILE_NAME = "autosave.json"
MARKER_NAME = "running.lock"


class Autosave(QObject):
    """Saves (through `save(path, kind)`) at most every `seconds` while something changed."""

    def __init__(self, save: Callable[[Path, str], None], messages: Messages, folder: Path,
                 seconds: float = AUTOSAVE_SECONDS, parent: QObject | None = None):
        super().__init__(parent)
        self.save, self.messages = save, messages
        self.folder = Path(folder)
        self.file = self.folder / FILE_NAME
        self.marker = self.folder / MARKER_NAME
        self.dirty = False
        self._failure = ""  # the status bar's "Autosave failed" text while saves fail
        self._timer = QTimer(self, interval=int(seconds * 1000))
        self._timer.timeout.connect(self.save_if_changed)

    def start(self) -> bool:
        """Begin a session; True when the last one ended abruptly and left an autosave."""
        crashed = self.marker.exists() and self.file.exists()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.marker.write_text(str(os.getpid()), encoding="utf-8")
        except OSError as err:
            self.messages.problem(f"Autosave is off: cannot write to {self.folder}: "
                                     f"{err.strerror}")
            return False
        self._timer.start()
        return crashed

    def changed(self, *_args) -> None:
        """Something worth keeping changed (data, settings, training progress)."""
        self.dirty = True

    def save_if_changed(self) -> None:
        """Ask for an autosave when there is something new to keep."""
        if self.dirty:
            self.dirty = False
            self.save(self.file, "autosave")

    def saved(self, saved: Saved) -> None:
        """The training process wrote an autosave, or says why not: a failure is said in the
        status bar until an autosave works again, and the next tick tries again."""
        if saved.kind != "autosave":
            return
        if saved.error:
            self.dirty = True
            self._failure = f"Autosave failed: {saved.error}"
            self.messages.status(self._failure)
        elif self._failure:
            self.messages.clear_status(self._failure)
            self._failure = ""

    def finish(self) -> None:
        """A clean end of the session: no restore will be offered next time."""
        self._timer.stop()
        self.marker.unlink(missing_ok=True)


def ask_to_restore(parent: QWidget, file: Path) -> bool:
    """Ask whether to bring back the experiment autosaved before the last session ended."""
    when = datetime.fromtimestamp(file.stat().st_mtime).strftime("%H:%M on %d %b")
    answer = QMessageBox.question(
        parent, "Restore the last experiment?",
        f"The playground did not close normally last time. Restore the experiment it saved "
        f"at {when}?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


AskRestore = Callable[[QWidget, Path], bool]
