"""RunDisplay: what the window shows of the runs' frames: the shown run (the selected one, run A
unless a fork's tile was clicked) in the canvas, the views and the run bar, which names it while
runs are compared; run A's loss curves; the banners for run A's divergence and missing data."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Slot

from playground.app.gui_thread import assert_gui_thread
from playground.app.panels.run_bar import RunBar
from playground.app.runs.run import MAIN
from playground.app.runs.runs import Runs
from playground.app.session import Session
from playground.app.views.frame_renderer import FrameRenderer
from playground.app.views.row_log import RowLog
from playground.app.window.messages import DIVERGED, WAITING, Messages, Sentence
from playground.engine import Snapshot
from playground.training.protocol import Frame

PAUSED = "Training paused because it diverged."  # in English; the status bar says paused()
PAUSED_KIND = "paused"


class RunDisplay(QObject):
    """Draws the shown run's frames and run A's curves; run A's divergence pauses the runs
    (except during a lesson's training)."""

    def __init__(self, runs: Runs, session: Session, renderer: FrameRenderer, run_bar: RunBar,
                 messages: Messages, lesson_training: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runs, self.session, self.renderer = runs, session, renderer
        self.run_bar, self.messages, self.lesson_training = run_bar, messages, lesson_training
        self.shown_rate: float | None = None  # epochs/s the run bar shows instead of measured
        self._diverged = False  # the banner said so already
        self.shown = MAIN
        self._rows = RowLog()  # every run's history, to fill the views when it is shown
        runs.frame_arrived.connect(self._frame)
        runs.restarting.connect(self._restarting)
        runs.added.connect(lambda _: self._name_shown())
        runs.removed.connect(self._removed)
        session.selected_changed.connect(self.show)
        runs.paced.connect(renderer.set_stretch)  # the slow views keep pace with the frames
        renderer.drew.connect(runs.pacer.spent)

    def show(self, name: str) -> None:
        """Show run `name` in the canvas, diagram, plots and run bar (its newest frame and its
        whole history at once)."""
        run = self.runs.get(name)
        if run is None or name == self.shown:
            return
        self.shown = name
        self.renderer.show_run(run.last_frame, self._rows.rows(name))
        if run.last_frame is not None:
            self._show_numbers(run.last_frame)
        self._name_shown()

    def _name_shown(self) -> None:
        run = self.runs.get(self.shown)
        compared = bool(self.runs.forks()) and run is not None
        self.run_bar.show_run(self.shown if compared else None, run.color if compared else None)

    def _removed(self, name: str) -> None:
        self._rows.forget(name)
        self._name_shown()

    def forget_divergence(self) -> None:
        """After a reset or a new run: a new divergence is announced again."""
        self._diverged = False
        self.messages.hide_problem(DIVERGED)
        self.messages.clear_status(PAUSED_KIND)

    def _restarting(self, name: str) -> None:
        if name == MAIN:
            self.renderer.clear_main()
            self.forget_divergence()
        if name == self.shown:
            self.renderer.clear_shown()

    @Slot(str, object)
    def _frame(self, name: str, frame: Frame) -> None:
        assert_gui_thread()
        self._rows.add(name, frame)
        if name == MAIN:
            self.renderer.add_main(frame)
        if name == self.shown:
            self.renderer.draw(frame)
            self._show_numbers(frame)
        if name == MAIN:
            self._announce(frame)

    def _show_numbers(self, frame: Frame) -> None:
        snapshot = frame.snapshot
        self.run_bar.show_numbers(snapshot.epoch, snapshot.metrics, frame.epochs_per_second
                                  if self.shown_rate is None else self.shown_rate,
                                  snapshot.epoch + 1 if snapshot.diverged else None)

    def _announce(self, frame: Frame) -> None:
        """Run A's divergence or missing data in the banner; its notices in the status bar."""
        snapshot = frame.snapshot
        if snapshot.diverged:
            if not self._diverged:
                self.messages.problem(divergence_text(snapshot))
                self.messages.status(paused())
            self._diverged = True
            if self.session.playing and not self.lesson_training():  # forks go on to goals
                self.session.set_playing(False)
        elif frame.blocked_reason:
            reason = frame.blocked_reason  # the process's words stay in English
            self.messages.problem(Sentence(lambda: QCoreApplication.translate(
                "RunDisplay", "Waiting for data: {reason}").format(reason=reason), WAITING))
        else:
            self.messages.hide_problem(WAITING, DIVERGED)
        if not snapshot.diverged:
            self._diverged = False
        for notice in frame.notices:
            self.messages.status(notice, 6000)


def paused() -> Sentence:
    """The status bar's word while run A's divergence keeps the runs paused (kind PAUSED_KIND)."""
    return Sentence(lambda: QCoreApplication.translate(
        "RunDisplay", "Training paused because it diverged."), PAUSED_KIND)


def divergence_text(snapshot: Snapshot) -> Sentence:
    """The banner's sentence (kind DIVERGED): the epoch it blew up in and the one shown, written
    as the run bar writes them (1,234), so the two name the same epochs."""
    reason = re.sub(r"epoch (\d+)", lambda match: f"epoch {int(match[1]):,}", snapshot.reason)
    epoch = f"{snapshot.epoch:,}"
    return Sentence(lambda: QCoreApplication.translate(
        "RunDisplay", "Training diverged: {reason}. The canvas and plots show epoch {epoch}, "
        "the last finite one; press R to reset.").format(reason=say_reason(reason),
                                                          epoch=epoch), DIVERGED)


# The trainer's reasons (engine/trainer.py, English): what became which value, where.
REASON = re.compile(r"^(?P<what>.+?) became (?P<value>\S+) at epoch (?P<epoch>[\d,]+)"
                    r"(?:, step (?P<step>[\d,]+))?: lower the learning rate$")
WHATS = {"loss": QT_TRANSLATE_NOOP("RunDisplay", "the loss"),
         "the weights": QT_TRANSLATE_NOOP("RunDisplay", "the weights"),
         "the train loss": QT_TRANSLATE_NOOP("RunDisplay", "the train loss"),
         "the test loss": QT_TRANSLATE_NOOP("RunDisplay", "the test loss")}


def say_reason(reason: str) -> str:
    """The trainer's reason in the window's language (as it is in English, or when its form
    is not one the trainer writes)."""
    found = REASON.match(reason)
    advice = QCoreApplication.translate("RunDisplay", "lower the learning rate")
    if found is None or advice == "lower the learning rate":
        return reason
    what = QCoreApplication.translate("RunDisplay", WHATS.get(found["what"], found["what"]))
    value = found["value"]
    if value == "non-finite":
        value = QCoreApplication.translate("RunDisplay", "non-finite")
    if found["step"] is None:
        where = QCoreApplication.translate("RunDisplay", "{what} became {value} at epoch {epoch}")
    else:
        where = QCoreApplication.translate(
            "RunDisplay", "{what} became {value} at epoch {epoch}, step {step}")
    said = where.format(what=what, value=value, epoch=found["epoch"], step=found["step"])
    return QCoreApplication.translate("RunDisplay", "{what}: {advice}").format(what=said,
                                                                                advice=advice)
