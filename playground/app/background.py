"""BackgroundCall: a blocking read (a file parse) run on a worker thread, its result delivered
on the GUI thread, so a large file never freezes the window while it is read."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

Done = Callable[[object, Exception | None], None]


class BackgroundCall(QObject):
    """Runs `work()` on a thread and calls `done(result, error)` on the GUI thread afterwards.

    Only the newest call is delivered: one started meanwhile supersedes an older one, whose
    result is dropped. `finish()` waits for a running call (the window closing).
    """

    _arrived = Signal(int, object, object)  # generation, result, error: emitted by the worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._done: Done | None = None
        self._threads: list[threading.Thread] = []
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """Whether a call is still running."""
        return any(thread.is_alive() for thread in self._threads)

    def start(self, work: Callable[[], object], done: Done) -> None:
        """Run work() off the GUI thread; done(result, None) or done(None, error) follows."""
        self._generation += 1
        self._done = done
        generation = self._generation

        def run() -> None:
            try:
                result, error = work(), None
            except Exception as err:  # noqa: BLE001 (handed to done on the GUI thread)
                result, error = None, err
            self._arrived.emit(generation, result, error)

        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=run, name="background-read")
        self._threads.append(thread)
        thread.start()

    @Slot(int, object, object)
    def _deliver(self, generation: int, result: object, error: Exception | None) -> None:
        if generation == self._generation and self._done is not None:
            done, self._done = self._done, None
            done(result, error)

    def finish(self) -> None:
        """Wait for running calls and drop their results."""
        self._generation += 1
        for thread in self._threads:
            thread.join()
        self._threads.clear()
