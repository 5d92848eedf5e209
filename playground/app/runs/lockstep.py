"""Lockstep: compared runs advance together, so their tiles and curves are read at one epoch.

Each run trains in its own process, and left free they drift apart: run A builds larger frames
twice as often as a fork (a 100x100 boundary, neuron maps, details at 50 frames/s against a
fork's tile at 25), so at full speed A fell ~60 epochs behind B within a thousand. While the
Play button plays compared runs, every run is told not to train past the slowest run's epoch
plus a small lead (`Hold`); each frame that moves the slowest moves the line. A run that
cannot move (diverged, waiting for data, stopped) is left out of the slowest. Paused, goals
(lessons) or a single run: no line.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Slot

from playground.app.runs.runs import Runs
from playground.app.session import Session
from playground.training import protocol as p

LEAD_AT_MAX_SPEED = 20  # epochs one run may be ahead of the slowest at full speed
LEAD_SECONDS = 0.05  # at a set speed: the epochs of a twentieth of a second (at least 2)


def lead(speed: float | None) -> int:
    """How many epochs a run may train ahead of the slowest at this speed (epochs/s or None)."""
    return LEAD_AT_MAX_SPEED if speed is None else max(2, math.ceil(speed * LEAD_SECONDS))


class Lockstep(QObject):
    """Moves every compared run's hold line as the slowest run's frames arrive."""

    def __init__(self, runs: Runs, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.runs, self.session = runs, session
        self.line: int | None = None  # the hold every run was told last
        self._epochs: dict[str, int] = {}  # each run's newest drawn epoch since its restart
        self._played = False  # by the Play button (a lesson's goals play runs their own way)
        runs.frame_arrived.connect(self._frame)
        runs.restarting.connect(self._restarting)
        runs.added.connect(lambda _: self._update())
        runs.removed.connect(self._removed)
        session.playing_changed.connect(self._playing)
        session.speed_changed.connect(lambda *_: self._update())

    @property
    def active(self) -> bool:
        """Whether the runs are held together: the Play button plays compared runs."""
        return bool(self.runs.forks()) and self._played

    def _playing(self, playing: bool, drive: bool) -> None:
        self._played = playing and drive
        self._update()

    @Slot(str, object)
    def _frame(self, name: str, frame: p.Frame) -> None:
        self._epochs[name] = frame.snapshot.epoch
        self._update()

    def _restarting(self, name: str) -> None:
        self._epochs[name] = 0
        self.line = -1  # a restarted process may be a new one that was never told the line
        self._update()

    def _removed(self, name: str) -> None:
        self._epochs.pop(name, None)
        self._update()

    def _update(self) -> None:
        line = self._line() if self.active else None
        if line != self.line:
            self.line = line
            self.runs.broadcast(p.Hold(line))

    def _line(self) -> int | None:
        moving = [self._epochs.get(run.name, 0) for run in self.runs.all() if _can_move(run)]
        return min(moving) + lead(self.session.speed) if moving else None


def _can_move(run) -> bool:
    """Whether a run trains when played: not diverged, not waiting for data, not stopped."""
    frame = run.last_frame
    stuck = frame is not None and (frame.snapshot.diverged or bool(frame.blocked_reason))
    return not stuck and not run.client.is_finished
