"""LandscapeWatch: when the training loop computes the loss landscape a view is watching.

Only while watched, only when the weights moved since the last one, and at most a tenth of the
time however long one takes (a paused run's catches up once); a video's landscapes come with
each of its frames instead, never on the clock.
"""

from __future__ import annotations

import time

import numpy as np

from playground.engine import Trainer, landscape
from playground.engine.landscape import Landscape, Slice
from playground.training.protocol import WatchLandscape

LANDSCAPE_SECONDS = 0.5  # 31x31 costs ~25 ms: twice a second is ~5 % of training time


class LandscapeWatch:
    """The WatchLandscape in force, and whether and when the next landscape is due."""

    def __init__(self) -> None:
        self.command: WatchLandscape | None = None
        self.stale = True  # the weights moved since the last landscape
        self._due = 0.0

    def watch(self, command: WatchLandscape) -> None:
        """Start (or stop, command.on False) sending landscapes; ValueError for bad directions."""
        if command.directions not in landscape.DIRECTIONS:
            raise ValueError(f"unknown directions {command.directions!r}; known: "
                             f"{', '.join(landscape.DIRECTIONS)}")
        self.command = command if command.on else None
        self._due = 0.0

    def wait(self) -> float | None:
        """Seconds until an out-of-date landscape is due (None: nothing to catch up)."""
        if self.command is None or not self.stale:
            return None
        return max(0.0, self._due - time.perf_counter())

    def due_now(self) -> bool:
        """Whether an out-of-date landscape may be computed now, off a video's frame clock."""
        command = self.command
        return (command is not None and not command.every_frame and self.stale
                and time.perf_counter() >= self._due)

    def take(self, trainer: Trainer, now: float) -> tuple[Landscape | None, Slice | None]:
        """The landscape and the slice when watched, due and out of date; else Nones."""
        command = self.command
        due = command is not None and (command.every_frame or now >= self._due)
        if not due or not self.stale or trainer.blocked_reason:
            return None, None
        self.stale = False
        try:
            return (landscape.loss_landscape(trainer, directions=command.directions),
                    landscape.linear_slice(trainer))
        except (ValueError, np.linalg.LinAlgError):  # no training points, a degenerate plane
            return None, None
        finally:  # at most a tenth of the time on landscapes, however long one takes
            spent = time.perf_counter() - now
            self._due = now + spent + max(LANDSCAPE_SECONDS, 9 * spent)
