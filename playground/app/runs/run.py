"""Run: one training run (A or a fork): its name, colour, training process and newest frame."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from playground.app.runs.client import TrainingClient
from playground.app.session import MAIN, Session
from playground.app.views.colors import RGB
from playground.app.window.messages import REFUSAL, Sentence
from playground.engine import TrainConfig
from playground.training import protocol as p


class Run(QObject):
    """A run seen from the window; its settings live in the Session under its name.

    `frame` carries only frames that belong to the run as it is now: frames made with other
    settings than the Session's, or before a reset or restore reached the process, are dropped
    (the handshake goes on regardless), so nothing drawn shows a run that is not the one set.
    """

    frame = Signal(object)  # protocol.Frame
    restarting = Signal()  # the run starts over: views drop what they show of it
    problem = Signal(object)  # a refused command (kind REFUSAL) or a failure: a Sentence

    def __init__(self, name: str, color: RGB, session: Session, frame_interval: float,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.name, self.color, self.session = name, color, session
        self.client = TrainingClient(self, frame_interval)
        self.last_frame: p.Frame | None = None
        self.frames_drawn = 0
        self.closed = False
        self._awaiting_restart = False
        self._failure = ""  # the failure said last; a process that keeps failing says it once
        self.client.frame.connect(self._on_frame)
        self.client.refused.connect(self._on_refused)
        self.client.failed.connect(self._on_failed)

    @property
    def is_main(self) -> bool:
        """Whether this is run A, the one the canvas, diagram and plots show."""
        return self.name == MAIN

    @property
    def config(self) -> TrainConfig:
        """The settings this run trains with (the Session holds them)."""
        return self.session.config(self.name)

    @property
    def diverged(self) -> bool:
        """Whether the newest frame says training diverged (until a reset)."""
        return self.last_frame is not None and self.last_frame.snapshot.diverged

    def send(self, command: p.Command) -> None:
        """Queue a command for this run's training process."""
        self.client.send(command)

    def expect_restart(self) -> None:
        """The run starts over (reset, restore, new task): drop frames made before that."""
        self._awaiting_restart = True
        self._failure = ""
        self.restarting.emit()
        if self.last_frame is not None and self.last_frame.snapshot.diverged:
            self.last_frame = None

    def close(self) -> None:
        """Stop taking frames; the process is stopped by whoever closes the run."""
        self.closed = True

    @Slot(object)
    def _on_frame(self, frame: p.Frame) -> None:
        if self.closed or frame.config != self.config:
            return
        if self._awaiting_restart:
            if not frame.restart:
                return
            self._awaiting_restart = False
        self.last_frame = frame
        self._failure = ""
        self.frames_drawn += 1
        self.frame.emit(frame)

    @Slot(object)
    def _on_refused(self, reply: p.Refused) -> None:
        if self.closed:
            return
        message, name = reply.message, self.name  # the process's words stay in English
        if self.is_main:
            self.problem.emit(Sentence(lambda: message, REFUSAL))
        else:
            self.problem.emit(Sentence(lambda: QCoreApplication.translate(
                "Run", "Run {name}: {message}").format(name=name, message=message), REFUSAL))

    @Slot(object)
    def _on_failed(self, reply: p.Failed) -> None:
        if self.closed:
            return
        reason, name = reply.message, self.name
        if self.is_main:
            text = Sentence(lambda: QCoreApplication.translate(
                "Run", "Training stopped: {reason}. Press R to start again.").format(
                    reason=reason), "failed")
        else:
            text = Sentence(lambda: QCoreApplication.translate(
                "Run", "Run {name} stopped: {reason}. Press R to start it again.").format(
                    name=name, reason=reason), "failed")
        if text != self._failure:  # a frame that cannot be built fails at every request
            self._failure = text
            self.problem.emit(text)
