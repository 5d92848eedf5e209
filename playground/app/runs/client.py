"""TrainingClient: drives one training process and turns its replies into Qt signals.

Three places work together. The GUI thread calls `send` (thread-safe) and receives one signal
per reply type. A relay QThread writes the queued commands to the process and asks for a frame
only when the previous one has been drawn (at most once per `interval_in_use`: the base
`frame_interval` stretched by the window's pacer). A reader thread does nothing but read
replies, so the process can always send: commands and replies travel on two one-way pipes
and neither side ever waits for the other to read (a single duplex pipe deadlocked when a
2.5 MB data command met a 600 KB frame). The frame handshake lives here: `frame` is emitted
on the GUI thread and, once every slot connected to it has returned, the next frame may be
requested; no consumer has to remember to say it drew one.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import threading
import time
import weakref
from multiprocessing import connection

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from playground.app.gui_thread import assert_gui_thread
from playground.app.runs.pacer import stretched
from playground.training import loop
from playground.training import protocol as p

FRAME_INTERVAL = 1.0 / 50.0  # at most 50 frames/s: smooth, and the GUI thread keeps slack
STOP_SECONDS = 2.0
DIED = "the training process stopped unexpectedly"
FAILED_PAUSE = 1.0  # seconds before asking again for a frame whose making failed


def next_request_at(last_request: float, interval: float, failed_at: float) -> float:
    """When the next frame may be asked for: an interval after the last request, and a pause
    after a failed one, so a frame that cannot be made is not asked for 50 times a second."""
    return max(last_request + interval, failed_at + FAILED_PAUSE)


class _Relay(QObject):
    """Lives on the relay thread: starts the process, writes commands, paces frame requests."""

    reply = Signal(object)  # any protocol.Reply, emitted from the reader thread
    finished = Signal()

    def __init__(self, start: p.Setup | p.Restore, commands: queue.SimpleQueue,
                 frame_interval: float):
        super().__init__()
        self.start_with = start
        self.commands = commands  # the client's: what is left in it goes to the next process
        self.frame_interval = frame_interval
        self.process: multiprocessing.process.BaseProcess | None = None
        self.quit_sent = threading.Event()
        self.drawn = threading.Event()
        self.drawn.set()
        self.awaiting = threading.Event()  # a frame was requested and has not arrived yet
        self.failed_at = -FAILED_PAUSE  # when the loop last failed to make a requested frame
        self.closed = threading.Event()  # the process's replies ended
        # The relay sleeps until a command, a drawn frame or the next frame time: a poll loop
        # would take the GIL from the GUI thread hundreds of times a second.
        self._wake_reader, self._wake_writer = multiprocessing.Pipe(duplex=False)
        self._wake_lock = threading.Lock()  # the GUI, reader and relay threads all wake it

    def wake(self) -> None:
        """Have the relay look at its queue and the handshake now (any thread)."""
        with self._wake_lock, contextlib.suppress(OSError):
            if not self._wake_writer.closed:
                self._wake_writer.send_bytes(b"!")

    @Slot()
    def run(self) -> None:
        """Start the training process; relay commands until Quit or the process ends."""
        context = multiprocessing.get_context("spawn")
        command_out, command_in = context.Pipe(duplex=False)
        reply_out, reply_in = context.Pipe(duplex=False)
        self.process = context.Process(target=loop.serve, name="playground-training",
                                       args=(command_out, reply_in, self.start_with),
                                       daemon=True)
        reader = threading.Thread(target=self._read, args=(reply_out,),
                                  name="playground-replies", daemon=True)
        try:
            self.process.start()
            command_out.close()
            reply_in.close()
            reader.start()
            self._relay(command_in)
        except (EOFError, BrokenPipeError, OSError):
            pass  # the reader reports a process that died
        except Exception as err:  # e.g. the process could not start: say so, never hang
            self.reply.emit(p.Failed(f"the training process failed: {type(err).__name__}: "
                                     f"{err}"))
        finally:
            command_in.close()
            self._stop_process()
            if reader.ident is not None:
                reader.join(STOP_SECONDS)
            reply_out.close()
            with self._wake_lock:
                self._wake_reader.close()
                self._wake_writer.close()
            self.finished.emit()

    def _relay(self, commands: connection.Connection) -> None:
        last_request = -self.frame_interval
        while not self.closed.is_set():
            with self._wake_lock:
                while self._wake_reader.poll():
                    self._wake_reader.recv_bytes()
            for command in _coalesced(self._pending()):
                if isinstance(command, p.Quit):
                    self.quit_sent.set()
                commands.send(command)
                if isinstance(command, p.Quit):
                    return
            timeout = None
            if not self.awaiting.is_set() and self.drawn.is_set():
                wait_more = (next_request_at(last_request, self.frame_interval, self.failed_at)
                             - time.perf_counter())
                if wait_more <= 0:
                    self.drawn.clear()
                    self.awaiting.set()
                    commands.send(p.RequestFrame())
                    last_request = time.perf_counter()
                else:
                    timeout = wait_more
            connection.wait([self._wake_reader], timeout)

    def _pending(self) -> list[p.Command]:
        pending = []
        with contextlib.suppress(queue.Empty):
            while True:
                pending.append(self.commands.get_nowait())
        return pending

    def _read(self, replies: connection.Connection) -> None:
        """The reader thread: every reply goes on to the GUI thread as soon as it arrives."""
        try:
            while True:
                reply = replies.recv()
                if isinstance(reply, p.Frame):
                    self.awaiting.clear()  # the GUI thread says when it is drawn
                elif isinstance(reply, p.Failed):  # the loop dropped the open request
                    self.failed_at = time.perf_counter()
                    self.awaiting.clear()
                    self.drawn.set()
                self.reply.emit(reply)
                self.wake()
        except (EOFError, OSError):
            if not self.quit_sent.is_set():
                self.reply.emit(p.Failed(DIED))
        finally:
            self.closed.set()
            self.wake()

    def _stop_process(self) -> None:
        process = self.process
        if process is None or process.pid is None:
            return
        process.join(STOP_SECONDS)
        if process.is_alive():
            process.terminate()
            process.join(STOP_SECONDS)


def _coalesced(commands: list[p.Command]) -> list[p.Command]:
    """Drop a SetData that the next command replaces: spraying sends many, only the last counts."""
    return [command for command, after in zip(commands, [*commands[1:], None], strict=False)
            if not (isinstance(command, p.SetData) and isinstance(after, p.SetData))]


class TrainingClient(QObject):
    """One training process seen from the GUI thread: `send` commands, receive typed replies.

    Started with `start(Setup(...))` or `start(Restore(...))` (a fork's captured run); when the
    process has stopped (Quit or a failure), `start` begins a new one.
    """

    frame = Signal(object)  # protocol.Frame; the next is requested when every slot returned
    reached = Signal(object)  # protocol.Reached
    captured = Signal(object)  # protocol.Captured
    inspected = Signal(object)  # protocol.Inspected
    saved = Signal(object)  # protocol.Saved
    refused = Signal(object)  # protocol.Refused
    failed = Signal(object)  # protocol.Failed

    _instances: weakref.WeakSet[TrainingClient] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None, frame_interval: float = FRAME_INTERVAL):
        super().__init__(parent)
        TrainingClient._instances.add(self)
        self._frame_interval = frame_interval
        self._stretch = 1.0
        self._paced = True
        self._commands: queue.SimpleQueue[p.Command] = queue.SimpleQueue()
        self._relay: _Relay | None = None
        self._thread: QThread | None = None
        self._signals = {p.Reached: self.reached, p.Captured: self.captured,
                         p.Inspected: self.inspected, p.Saved: self.saved,
                         p.Refused: self.refused, p.Failed: self.failed}

    @classmethod
    def running(cls) -> list[TrainingClient]:
        """Every client whose relay thread still runs (tests fail on any left behind)."""
        return [c for c in cls._instances if c.is_running]

    @property
    def is_running(self) -> bool:
        """Whether the relay thread (and so the process) is still going."""
        return self._thread is not None and self._thread.isRunning()

    @property
    def is_finished(self) -> bool:
        """Whether the process was started and has stopped (a new start is needed)."""
        return self._thread is not None and self._thread.isFinished()

    @property
    def process(self) -> multiprocessing.process.BaseProcess | None:
        """The training process, once started."""
        return None if self._relay is None else self._relay.process

    @property
    def frame_interval(self) -> float:
        """The base least seconds between frame requests (recording sets its own)."""
        return self._frame_interval

    @frame_interval.setter
    def frame_interval(self, seconds: float) -> None:
        self._frame_interval = seconds
        self._apply_interval()

    @property
    def stretch(self) -> float:
        """The factor the window's pacer puts on the base interval (1: as fast as the base)."""
        return self._stretch

    @stretch.setter
    def stretch(self, factor: float) -> None:
        self._stretch = factor
        self._apply_interval()

    @property
    def paced(self) -> bool:
        """Whether the stretch applies; off, frames come at the base interval (a recording)."""
        return self._paced

    @paced.setter
    def paced(self, on: bool) -> None:
        self._paced = on
        self._apply_interval()

    @property
    def interval_in_use(self) -> float:
        """Least seconds between frame requests now: the base, stretched while paced."""
        if not self._paced:
            return self._frame_interval
        return stretched(self._frame_interval, self._stretch)

    def _apply_interval(self) -> None:
        if self._relay is not None:
            self._relay.frame_interval = self.interval_in_use
            self._relay.wake()

    def start(self, start: p.Setup | p.Restore) -> None:
        """Start a training process on `start`; commands sent before it are kept for it."""
        if self.is_running:
            raise RuntimeError("the training process is already running")
        if self.is_finished:  # what was sent to the stopped process is not for the new one
            self._commands = queue.SimpleQueue()
        relay = _Relay(start, self._commands, self.interval_in_use)
        thread = QThread()
        thread.setObjectName("playground-worker")
        relay.moveToThread(thread)
        thread.started.connect(relay.run)
        # Direct: QThread.quit is thread-safe, and stop() blocks the GUI loop while it waits.
        relay.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        relay.reply.connect(self._on_reply)  # queued onto the GUI thread
        self._relay, self._thread = relay, thread
        thread.start()

    def send(self, command: p.Command) -> None:
        """Queue a command for the training process (thread-safe; kept until it starts)."""
        self._commands.put(command)
        if self._relay is not None:
            self._relay.wake()

    def stop(self, timeout: float = STOP_SECONDS + 1.0) -> bool:
        """Stop the process and the relay thread; True when both finished in time."""
        if not self.is_running:
            return True
        self.send(p.Quit())
        if self._thread.wait(int(timeout * 1000)):
            return True
        process = self.process  # it does not answer: end it, which ends the relay's pipe too
        if process is not None and process.is_alive():
            process.terminate()
        return self._thread.wait(int(timeout * 1000))

    def ask_stop(self) -> None:
        """Tell the process to quit without waiting (several runs stop together)."""
        if self.is_running:
            self.send(p.Quit())

    @Slot(object)
    def _on_reply(self, reply: p.Reply) -> None:
        assert_gui_thread()
        relay = self._relay
        if self.sender() is not relay:  # a reply of a process this client has replaced
            return
        if isinstance(reply, p.Frame):
            try:
                self.frame.emit(reply)
            finally:
                relay.drawn.set()
                relay.wake()
            return
        self._signals[type(reply)].emit(reply)
