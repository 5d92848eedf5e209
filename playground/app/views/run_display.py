"""RunDisplay: what the window shows of run A's frames: the canvas and views, the run bar's
numbers, and the banners for divergence and missing data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from playground.app.gui_thread import assert_gui_thread
from playground.app.panels.run_bar import RunBar
from playground.app.runs.run import MAIN
from playground.app.runs.runs import Runs
from playground.app.session import Session
from playground.app.views.frame_renderer import FrameRenderer
from playground.app.window.messages import Messages
from playground.training.protocol import Frame


class RunDisplay(QObject):
    """Draws run A's frames; a divergence pauses the runs (except during a lesson's training)."""

    def __init__(self, runs: Runs, session: Session, renderer: FrameRenderer, run_bar: RunBar,
                 messages: Messages, lesson_training: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runs, self.session, self.renderer = runs, session, renderer
        self.run_bar, self.messages, self.lesson_training = run_bar, messages, lesson_training
        self.shown_rate: float | None = None  # epochs/s the run bar shows instead of measured
        self._diverged = False  # the banner said so already
        runs.frame_arrived.connect(self._frame)
        runs.restarting.connect(self._restarting)
        runs.paced.connect(renderer.set_stretch)  # the slow views keep pace with the frames
        renderer.drew.connect(runs.pacer.spent)

    def forget_divergence(self) -> None:
        """After a reset or a new run: a new divergence is announced again."""
        self._diverged = False
        self.messages.hide_problem("Training diverged")

    def _restarting(self, name: str) -> None:
        if name == MAIN:
            self.renderer.clear()
            self.forget_divergence()

    @Slot(str, object)
    def _frame(self, name: str, frame: Frame) -> None:
        assert_gui_thread()
        if name != MAIN:
            return
        snapshot = frame.snapshot
        self.renderer.draw(frame)
        self.run_bar.show_numbers(snapshot.epoch, snapshot.metrics, frame.epochs_per_second
                                  if self.shown_rate is None else self.shown_rate)
        if snapshot.diverged:
            if not self._diverged:
                self.messages.problem(f"Training diverged: {snapshot.reason}. The plots keep the "
                                      "last finite values; press R to reset.")
                self.messages.status("Training paused because it diverged.")
            self._diverged = True
            if self.session.playing and not self.lesson_training():  # forks go on to goals
                self.session.set_playing(False)
        elif frame.blocked_reason:
            self.messages.problem(f"Waiting for data: {frame.blocked_reason}")
        else:
            self.messages.hide_problem("Waiting", "Training diverged")
        if not snapshot.diverged:
            self._diverged = False
        for notice in frame.notices:
            self.messages.status(notice, 6000)
