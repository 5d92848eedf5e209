"""ExperimentOpener: reads and checks experiment files on a worker thread, so a big file never
freezes the window; the outcome arrives on the GUI thread as a signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from playground.app.background import BackgroundCall
from playground.io import ExperimentError, load


class ExperimentOpener(QObject):
    """One file at a time in the background; when a newer open is asked for, an older one that
    finishes later is dropped, so the last file asked for is the one that opens."""

    opened = Signal(object, object)  # path, Experiment: checked, ready to use
    refused = Signal(object, str)  # path, the one-line reason

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._call = BackgroundCall(self)

    @property
    def busy(self) -> bool:
        """A file is being read or checked."""
        return self._call.busy

    def open(self, path: str | Path) -> None:
        """Start reading and checking path; opened or refused follows on the GUI thread."""
        path = Path(path)
        self._call.start(lambda: load(path),
                         lambda experiment, error: self._deliver(path, experiment, error))

    def wait(self) -> None:
        """Let a read in progress finish (the window is closing; its result is dropped)."""
        self._call.finish()

    def _deliver(self, path: Path, experiment, error: Exception | None) -> None:
        if error is None:
            self.opened.emit(path, experiment)
        elif isinstance(error, ExperimentError):
            self.refused.emit(path, str(error))
        else:  # load names every known problem; anything else still gets one line
            self.refused.emit(path, f"cannot open {path}: {error!r}")
