"""LessonPlayer: plays a lesson in the window, stopping where it says to wait for Next.

Training steps use the training process's "goal" command, so every run stops at an exact epoch
(or loss) and a lesson shows the same numbers each time, at whatever speed it plays. Previous
replays the lesson from the start, fast, to the stop before; that is exact for the same reason.
"""

from __future__ import annotations

import contextlib
import math

from PySide6.QtCore import QObject, QTimer, Signal

from playground.app.lessons import actions
from playground.app.lessons.actions import LessonStage
from playground.app.lessons.highlight import Highlight
from playground.lessons import BASE_LANGUAGE, Lesson, Step
from playground.training import protocol as p

IDLE, TRAINING, PAUSING, WAITING, DONE = "idle", "training", "pausing", "waiting", "done"
WATCH_MS = 250


class LessonPlayer(QObject):
    """Carries out a lesson's steps on the stage; Next, Previous and Restart move through it."""

    changed = Signal()  # the step or the phase changed

    def __init__(self, stage: LessonStage, parent: QObject | None = None):
        super().__init__(parent)
        self.stage = stage
        self.highlight = Highlight(stage.highlight_host)
        self.lesson: Lesson | None = None
        self.language = BASE_LANGUAGE  # the window's; a lesson without it is shown in English
        self._captioned: Step | None = None  # the step whose caption shows now
        self.index = 0  # the step being carried out, or the next one while waiting
        self.phase = IDLE
        self._replay_to: int | None = None  # step index to run to at full speed (Previous)
        self._sequence = 0
        self._waiting_for: set[str] = set()  # the runs whose goal has not been reached
        self._connections: list = []
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._paused)
        # A run closed, replaced or failed mid-step never answers its goal: stop waiting for it.
        self._watch = QTimer(self, interval=WATCH_MS)
        self._watch.timeout.connect(self._forget_gone_runs)

    @property
    def active(self) -> bool:
        """Whether a lesson is open (Next/Previous keys then belong to it)."""
        return self.lesson is not None

    @property
    def training(self) -> bool:
        """Whether a training step is under way (the runs play towards their goals)."""
        return self.phase == TRAINING

    @property
    def step_number(self) -> int:
        """1-based number of the step shown now (0 before the first)."""
        if self.lesson is None:
            return 0
        running = self.phase in (TRAINING, PAUSING)
        return min(len(self.lesson.steps), self.index + 1 if running else self.index)

    @property
    def shown_language(self) -> str:
        """The language the lesson's title and captions are shown in."""
        return self.lesson.shown_language(self.language) if self.lesson else self.language

    def set_language(self, language: str) -> None:
        """Show the lesson in `language` (the window's) from now on, its current caption at
        once; English where the lesson has no text in it."""
        self.language = language
        if self.lesson is not None and self._captioned is not None:
            self.stage.caption.set_text(self._captioned.caption_in(self.shown_language))
        self.changed.emit()

    def open(self, lesson: Lesson) -> None:
        """Start `lesson` from its first step."""
        self.lesson = lesson
        self.restart()

    def close(self) -> None:
        """Leave the lesson; the window keeps its state, the keys step training again."""
        self._stop_everything()
        self.lesson, self.phase, self._captioned = None, IDLE, None
        actions.clear_lesson_marks(self.stage, self.highlight)
        self.changed.emit()

    def restart(self) -> None:
        """From the first step, at the lesson's own pace."""
        self._begin(None)

    def next(self) -> None:
        """Go on: past a wait, cut a pause short, or finish the training step at full speed."""
        if self.phase == WAITING:
            self._run()
        elif self.phase == PAUSING:
            self._timer.stop()
            self._paused()
        elif self.phase == TRAINING:
            self.stage.runs.broadcast(p.SetSpeed(None))
            self.stage.runs.broadcast(p.Play())

    def previous(self) -> None:
        """Back to the stop before the current one: replayed from the start, exactly."""
        if self.lesson is None:
            return
        done = self.index - 1 if self.phase in (WAITING, DONE) else self.index
        earlier = [stop for stop in self.lesson.sections() if stop < done]
        self._begin(earlier[-1] if earlier else None)

    # ----- the steps ----------------------------------------------------------------------

    def _begin(self, replay_to: int | None) -> None:
        self._stop_everything()
        actions.start_lesson(self.stage, self.highlight)
        self.index, self._replay_to, self._captioned = 0, replay_to, None
        self._run()

    def _run(self) -> None:
        """Carry out steps until one must wait for time, training or the person."""
        assert self.lesson is not None
        if self.index >= len(self.lesson.steps):
            self.phase = DONE
            self.changed.emit()
            return
        step = self.lesson.steps[self.index]
        actions.apply_step(self.stage, step, self.highlight, self.shown_language)
        if step.caption is not None:
            self._captioned = step
        if step.train:
            self._train(step)
        else:
            self._trained()

    def _train(self, step: Step) -> None:
        self.phase = TRAINING
        self.changed.emit()
        speed = math.inf if self._replaying else (step.speed or self.lesson.speed)
        self._sequence += 1
        self._waiting_for = set()
        for run in self.stage.runs.all():
            self._waiting_for.add(run.name)
            client = run.client
            client.reached.connect(self._reached)
            self._connections.append((client, run.name))
            run.send(p.SetSpeed(None if math.isinf(speed) else speed))
            run.send(p.Goal(step.train, step.until_loss, self._sequence))
        self.stage.session.set_playing(True, drive=False)  # the goals play the runs
        self._watch.start()

    def _reached(self, reached: p.Reached) -> None:
        if reached.sequence == self._sequence and self.phase == TRAINING:
            for client, name in self._connections:
                if client is self.sender():
                    self._waiting_for.discard(name)
            self._end_training_if_done()

    def _forget_gone_runs(self) -> None:
        for name in list(self._waiting_for):
            run = self.stage.runs.get(name)
            if run is None or run.client.is_finished:
                self._waiting_for.discard(name)
        self._end_training_if_done()

    def _end_training_if_done(self) -> None:
        if not self._waiting_for and self.phase == TRAINING:
            self._watch.stop()
            self._disconnect()
            self._stop_playing()
            self._trained()

    def _trained(self) -> None:
        step = self.lesson.steps[self.index]
        if step.pause and not self._replaying:
            self.phase = PAUSING
            self.changed.emit()
            self._timer.start(round(step.pause * 1000))
        else:
            self._paused()

    def _paused(self) -> None:
        step = self.lesson.steps[self.index]
        self.index += 1
        replaying = self._replaying
        reached_replay = replaying and self.index > self._replay_to
        if reached_replay:
            self._replay_to = None
        if reached_replay or (step.wait and not replaying) or self.index >= len(self.lesson.steps):
            self.phase = WAITING if self.index < len(self.lesson.steps) else DONE
            self.changed.emit()
            return
        self._run()

    @property
    def _replaying(self) -> bool:
        return self._replay_to is not None

    def _stop_everything(self) -> None:
        self._timer.stop()
        self._watch.stop()
        self._disconnect()
        self._sequence += 1
        if self.phase == TRAINING:
            self.stage.runs.broadcast(p.CancelGoal())
            self._stop_playing()

    def _stop_playing(self) -> None:
        """The window shows paused again and every run gets back the run bar's speed."""
        self.stage.session.set_playing(False, drive=False)  # the goals paused the runs
        self.stage.runs.broadcast(p.SetSpeed(self.stage.session.speed))

    def _disconnect(self) -> None:
        for client, _ in self._connections:
            with contextlib.suppress(RuntimeError):  # a closed fork's client is gone
                client.reached.disconnect(self._reached)
        self._connections.clear()

