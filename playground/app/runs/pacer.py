"""Pacer: how much slower than its base rates the window draws, from what drawing costs here.

Qt-free. The window tells it the seconds its GUI thread spent drawing (the frame slots, the
paints that follow them, the slow views' turns), measured on the wall clock so that a busy
neighbour process, which makes the same drawing take longer, counts too. Every drawn frame
ticks it; about four times a second it compares drawing's share of the time with `budget` and
stretches every frame interval and the slow views' turns so the share comes back to it: a slow
or busy machine draws fewer frames instead of stalling, a fast one keeps the base rates (50
frames/s for run A).
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable, Iterator

WINDOW_SECONDS = 0.25  # how often the share is read: a dozen frames, and a quick answer
BUDGET = 0.35  # the GUI thread's share drawing may take: the rest answers the person at once
MOST_STRETCH = 5.0  # 50 frames/s becomes no fewer than 10
SLOWEST_INTERVAL = 0.1  # no run draws fewer than 10 frames/s


def stretched(base: float, stretch: float) -> float:
    """`base` seconds stretched, never slower than SLOWEST_INTERVAL (unless base is)."""
    return max(base, min(base * stretch, SLOWEST_INTERVAL))


class Pacer:
    """Turns the measured cost of drawing into `stretch`, the factor on every base interval.

    `clock` is the wall clock (tests pass a fake one). Drawing is reported with `spent` or
    timed with `timing()`; `tick()` after each drawn frame says when the stretch changed.
    """

    def __init__(self, budget: float = BUDGET, most: float = MOST_STRETCH,
                 clock: Callable[[], float] = time.perf_counter):
        self.budget, self.most, self.clock = budget, most, clock
        self.stretch = 1.0
        self.share: float | None = None  # drawing's share of the newest window
        self._began: float | None = None  # where the window began
        self._spent = 0.0  # seconds spent drawing in this window

    def spent(self, seconds: float) -> None:
        """`seconds` of the GUI thread went to drawing."""
        self._spent += seconds

    @contextlib.contextmanager
    def timing(self) -> Iterator[None]:
        """Count the block's wall time as drawing."""
        start = self.clock()
        try:
            yield
        finally:
            self._spent += self.clock() - start

    def tick(self) -> bool:
        """A frame was drawn; True when the stretch changed (intervals need setting again)."""
        now = self.clock()
        if self._began is None:
            self._began, self._spent = now, 0.0
            return False
        if now - self._began < WINDOW_SECONDS:
            return False
        self.share = self._spent / (now - self._began)
        self._began, self._spent = now, 0.0
        # Drawing's cost follows the frame rate, so the stretch that meets the budget is the
        # present one times share / budget; half that step (in ratio), as the window just read
        # was partly drawn at the previous stretch and a full step overshoots.
        wanted = self.stretch * math.sqrt(self.share / self.budget)
        wanted = min(self.most, max(1.0, wanted))
        if abs(wanted - self.stretch) < 0.03 * self.stretch and wanted not in (1.0, self.most):
            return False  # not worth waking the relay threads
        changed = wanted != self.stretch
        self.stretch = wanted
        return changed

    def reset(self) -> None:
        """Back to the base rates, measuring afresh (pacing turned off, or on again)."""
        self.stretch, self.share, self._began, self._spent = 1.0, None, None, 0.0
