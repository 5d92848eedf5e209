"""ExperimentOpener: reads and checks experiment files on a worker thread, so a big file never
freezes the window; the outcome arrives on the GUI thread as a signal."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from playground.io import ExperimentError, load


class ExperimentOpener(QObject):
    """One file at a time in the background; when a newer open is asked for, an older one that
    finishes later is dropped, so the last file asked for is the one that opens."""

    opened = Signal(object, object)  # path, Experiment: checked, ready to use
    refused = Signal(object, str)  # path, the one-line reason
    _finished = Signal(int, object, object, str)  # request, path, Experiment or None, reason

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._request = 0
        self._threads: list[threading.Thread] = []
        self._finished.connect(self._deliver)  # queued: emitted on the worker thread

    @property
    def busy(self) -> bool:
        """A file is being read or checked."""
        return any(thread.is_alive() for thread in self._threads)

    def open(self, path: str | Path) -> None:
        """Start reading and checking path; opened or refused follows on the GUI thread."""
        self._request += 1
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=self._load, args=(self._request, Path(path)),
                                  name="experiment opener")
        self._threads.append(thread)
        thread.start()

    def wait(self) -> None:
        """Let a read in progress finish (the window is closing; its result is dropped)."""
        self._request += 1
        for thread in self._threads:
            thread.join()
        self._threads.clear()

    def _load(self, request: int, path: Path) -> None:
        try:
            experiment = load(path)
        except ExperimentError as err:
            self._finished.emit(request, path, None, str(err))
        except Exception as err:  # load names every known problem; this thread must answer
            self._finished.emit(request, path, None, f"cannot open {path}: {err!r}")
        else:
            self._finished.emit(request, path, experiment, "")

    def _deliver(self, request: int, path: Path, experiment, reason: str) -> None:
        if request != self._request:
            return
        if experiment is None:
            self.refused.emit(path, reason)
        else:
            self.opened.emit(path, experiment)
