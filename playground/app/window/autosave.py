"""Autosave: the experiment is saved every few seconds while it changes; after a crash or a kill
the next launch offers it back.

Each window autosaves to a file of its own, `autosave-<n>.json`, held by `autosave-<n>.lock`
(a QLockFile: it holds the PID, and a lock whose process is gone is stale). A clean close
releases the lock, which removes it; so a lock file left behind by a process that is gone means
that window ended abruptly, and only such autosaves are offered back: never the file of a
window still running, and a second window closing never hides the first one's crash.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from playground.app.window.messages import Messages, Sentence
from playground.training.protocol import Saved

AUTOSAVE_SECONDS = 3.0
SLOTS = 64  # windows autosaving at once in one folder
SLOT_FILE = re.compile(r"autosave-(\d+)\.json")
FAILED = "autosave failed"  # the kind of the status bar's news while autosaves fail
translate = QCoreApplication.translate


class Autosave(QObject):
    """Saves (through `save(path, kind)`) at most every `seconds` while something changed."""

    def __init__(self, save: Callable[[Path, str], None], messages: Messages, folder: Path,
                 seconds: float = AUTOSAVE_SECONDS, parent: QObject | None = None):
        super().__init__(parent)
        self.save, self.messages = save, messages
        self.folder = Path(folder)
        self.file: Path | None = None  # this window's autosave, once its slot is locked
        self._lock: QLockFile | None = None
        self.dirty = False
        self._failing = False  # whether the last autosave failed (the status bar says so)
        self._timer = QTimer(self, interval=int(seconds * 1000))
        self._timer.timeout.connect(self.save_if_changed)

    def start(self) -> Path | None:
        """Begin a session; the autosave of a window that ended abruptly, to offer back (this
        window takes over its slot), or None."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            orphan = self._claim_orphan()
            if orphan is None and not self._claim_free_slot():
                self.messages.problem(Sentence(lambda folder=self.folder: translate(
                    "Autosave", "Autosave is off: {n} windows already autosave in {folder}")
                    .format(n=SLOTS, folder=folder)))
                return None
        except OSError as err:
            self.messages.problem(Sentence(
                lambda folder=self.folder, reason=err.strerror or str(err): translate(
                    "Autosave", "Autosave is off: cannot write to {folder}: {reason}").format(
                        folder=folder, reason=reason)))
            return None
        self._timer.start()
        return orphan

    def changed(self, *_args) -> None:
        """Something worth keeping changed (data, settings, training progress)."""
        self.dirty = True

    def save_if_changed(self) -> None:
        """Ask for an autosave when there is something new to keep."""
        if self.dirty and self.file is not None:
            self.dirty = False
            self.save(self.file, "autosave")

    def saved(self, saved: Saved) -> None:
        """The training process wrote an autosave, or says why not: a failure is said in the
        status bar until an autosave works again, and the next tick tries again."""
        if saved.kind != "autosave":
            return
        if saved.error:
            self.dirty = True
            self._failing = True
            self.messages.status(Sentence(lambda reason=saved.error: translate(
                "Autosave", "Autosave failed: {reason}").format(reason=reason), FAILED))
        elif self._failing:
            self.messages.clear_status(FAILED)
            self._failing = False

    def finish(self) -> None:
        """A clean end of the session: its lock released, so no restore is offered for it."""
        self._timer.stop()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
            with contextlib.suppress(OSError):
                self.file.unlink(missing_ok=True)

    def _claim_orphan(self) -> Path | None:
        """The newest autosave whose lock was left by a process that is gone, now locked by
        this window; None when there is none."""
        saved = [path for path in self.folder.glob("autosave-*.json")
                 if SLOT_FILE.fullmatch(path.name) and _lock_path(path).exists()]
        for path in sorted(saved, key=_modified, reverse=True):
            if self._try(path):
                return path
        return None

    def _claim_free_slot(self) -> bool:
        """Lock the first slot no window holds and no crash left behind."""
        for number in range(1, SLOTS + 1):
            path = self.folder / f"autosave-{number}.json"
            if path.exists() and _lock_path(path).exists():
                continue  # a running window's, or a crash's still to be offered
            if self._try(path):
                path.unlink(missing_ok=True)  # left by a clean close: nothing to offer
                return True
        return False

    def _try(self, path: Path) -> bool:
        """Lock `path`'s slot for this window (a stale lock is taken over); False if held."""
        lock = QLockFile(str(_lock_path(path)))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        if lock.tryLock(0):
            self._lock, self.file = lock, path
            return True
        if lock.error() != QLockFile.LockError.LockFailedError:
            raise OSError(f"cannot lock {_lock_path(path).name}")
        return False


def _lock_path(file: Path) -> Path:
    return file.with_suffix(".lock")


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def ask_to_restore(parent: QWidget, file: Path) -> bool:
    """Ask whether to bring back the experiment a window autosaved before it ended abruptly."""
    saved = datetime.fromtimestamp(_modified(file))
    when = translate("Autosave", "{hour}:{minute} on {day} {month_name}").format(
        hour=f"{saved.hour:02d}", minute=f"{saved.minute:02d}", day=f"{saved.day:02d}",
        month=saved.month, month_name=saved.strftime("%b"))
    answer = QMessageBox.question(
        parent, translate("Autosave", "Restore the last experiment?"),
        translate("Autosave", "A playground window did not close normally. Restore the "
                  "experiment it saved at {when}?").format(when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


AskRestore = Callable[[QWidget, Path], bool]
