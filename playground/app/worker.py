"""TrainingWorker: a QThread-owned object that drives the training process and emits its frames.

The GUI puts commands on a thread-safe queue (`send`); the worker forwards them to the child
process, asks it for a frame only when the GUI has drawn the previous one and at most ~60 times a
second, and emits each frame through a queued signal. Frames are unpickled from the pipe, so their
arrays are always fresh.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
import time
import weakref
from multiprocessing import connection
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from playground.app import training_process

FRAME_INTERVAL = 1.0 / 50.0  # at most 50 frames/s: smooth, and the GUI thread keeps slack
STOP_SECONDS = 2.0


class TrainingWorker(QObject):
    """Runs on its own QThread; speaks to the GUI only through signals."""

    frame_ready = Signal(object)
    failed = Signal(str)
    problem = Signal(str)
    inspected = Signal(object)
    saved = Signal(str, str)  # kind ("save" or "autosave"), path ("" if an autosave failed)
    reached = Signal(int, int)  # a "goal" command's sequence number, the epoch it stopped at
    captured = Signal(int, object)  # a "capture" command's sequence number, the run as data
    finished = Signal()

    def __init__(self, config: dict[str, Any], dataset: dict[str, Any], resolution: int = 100):
        super().__init__()
        self._initial = (config, dataset)
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._frame_drawn = threading.Event()
        self._frame_drawn.set()
        # The relay sleeps until a frame, a command or the next frame time: a poll loop would
        # take the GIL from the GUI thread hundreds of times a second.
        self._wake_reader, self._wake_writer = multiprocessing.Pipe(duplex=False)
        self.resolution = resolution
        self.frame_interval = FRAME_INTERVAL  # seconds between frame requests (set any thread)
        self.process: multiprocessing.process.BaseProcess | None = None

    # ----- called from the GUI thread ---------------------------------------------------------

    def send(self, *command: Any) -> None:
        """Queue a command for the training process (thread-safe)."""
        self._commands.put(command)
        self._wake()

    def start_from(self, config: dict[str, Any], dataset: dict[str, Any],
                   state: dict[str, Any]) -> None:
        """Start the process on a captured run (a fork's), before any queued command; call it
        before the thread starts."""
        self._initial = (config, dataset, state)

    def frame_drawn(self) -> None:
        """The GUI has drawn the last frame: the next one may be requested (thread-safe)."""
        self._frame_drawn.set()
        self._wake()

    def stop(self) -> None:
        """Ask the loop and the process to finish (thread-safe)."""
        self.send("quit")

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # the relay has finished
            self._wake_writer.send_bytes(b"!")

    # ----- the worker thread ------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        """Start the training process and relay commands and frames until told to quit."""
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self.process = context.Process(target=training_process.serve, name="playground-training",
                                       args=(theirs, *self._initial), daemon=True)
        try:
            self.process.start()
            theirs.close()
            self._relay(ours)
        except (EOFError, BrokenPipeError, OSError):
            self.failed.emit("the training process stopped unexpectedly")
        except Exception as err:  # e.g. the process could not start: say so, never hang
            self.failed.emit(f"the training process failed: {type(err).__name__}: {err}")
        finally:
            ours.close()
            self._wake_reader.close()
            if self.process.pid is not None:
                self.process.join(STOP_SECONDS)
                if self.process.is_alive():
                    self.process.terminate()
                    self.process.join(STOP_SECONDS)
            self.finished.emit()

    def _relay(self, conn) -> None:
        awaiting = False
        last_request = -self.frame_interval
        while True:
            while self._wake_reader.poll():
                self._wake_reader.recv_bytes()
            while True:
                try:
                    command = self._commands.get_nowait()
                except queue.Empty:
                    break
                conn.send(command)
                if command[0] == "quit":
                    return
            timeout = None
            if not awaiting and self._frame_drawn.is_set():
                wait_more = last_request + self.frame_interval - time.perf_counter()
                if wait_more <= 0:
                    self._frame_drawn.clear()
                    conn.send(("frame", self.resolution))
                    awaiting, last_request = True, time.perf_counter()
                else:
                    timeout = wait_more
            ready = connection.wait([conn, self._wake_reader], timeout)
            if conn in ready:
                kind, *payload = conn.recv()
                if kind == "frame":
                    awaiting = False
                    self.frame_ready.emit(payload[0])
                elif kind == "saved":
                    self.saved.emit(*payload)
                elif kind == "reached":
                    self.reached.emit(*payload)
                elif kind == "captured":
                    self.captured.emit(*payload)
                elif kind == "inspected":
                    self.inspected.emit(payload[0])
                elif kind == "problem":
                    self.problem.emit(payload[0])
                elif kind == "error":
                    self.failed.emit(payload[0])


class WorkerThread:
    """A TrainingWorker and the QThread that owns it, started and stopped together."""

    _instances: weakref.WeakSet[WorkerThread] = weakref.WeakSet()

    def __init__(self, config: dict[str, Any], dataset: dict[str, Any]):
        self._stopped = False
        WorkerThread._instances.add(self)
        self.thread = QThread()
        self.thread.setObjectName("playground-worker")
        self.worker = TrainingWorker(config, dataset)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Direct: QThread.quit is thread-safe, and stop() blocks the GUI loop while it waits.
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)

    @classmethod
    def running(cls) -> list[WorkerThread]:
        """Every worker whose thread still runs (tests fail on any left behind)."""
        return [w for w in cls._instances if w.thread.isRunning()]

    def start(self) -> None:
        """Start the thread (and with it the training process), unless already stopped."""
        if not self._stopped:
            self.thread.start()

    def stop(self, timeout: float = STOP_SECONDS + 1.0) -> bool:
        """Stop the loop, the process and the thread; True when all finished in time."""
        self._stopped = True
        if not self.thread.isRunning():
            return True
        self.worker.stop()
        return self.thread.wait(int(timeout * 1000))
