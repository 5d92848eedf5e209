"""The pacer, without Qt: drawing costs in (on a fake clock), frame intervals out."""

import pytest

from playground.app.runs.client import FRAME_INTERVAL
from playground.app.runs.pacer import (
    BUDGET,
    MOST_STRETCH,
    SLOWEST_INTERVAL,
    WINDOW_SECONDS,
    Pacer,
    stretched,
)
from playground.app.runs.runs import FORK_FRAME_INTERVAL


class FakeClock:
    """A wall clock that moves only when told to."""

    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def draw_frames(pacer: Pacer, clock: FakeClock, seconds: float, interval: float,
                cost: float) -> None:
    """Frames every `interval` seconds (at the base rate stretched by the pacer), each taking
    `cost` seconds of drawing."""
    end = clock.now + seconds
    while clock.now < end:
        with pacer.timing():
            clock.now += cost
        clock.now += max(0.0, stretched(interval, pacer.stretch) - cost)
        pacer.tick()


def test_cheap_drawing_keeps_the_base_rate():
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    draw_frames(pacer, clock, 5.0, FRAME_INTERVAL, cost=0.004)  # 20 % of the thread
    assert pacer.stretch == 1.0
    assert stretched(FRAME_INTERVAL, pacer.stretch) == FRAME_INTERVAL
    assert pacer.share == pytest.approx(0.2, abs=0.02)


def test_costly_drawing_draws_fewer_frames_until_it_fits_the_budget():
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    draw_frames(pacer, clock, 5.0, FRAME_INTERVAL, cost=0.014)  # 70 % at 50 frames/s
    interval = stretched(FRAME_INTERVAL, pacer.stretch)
    assert 0.014 / interval == pytest.approx(BUDGET, rel=0.1)  # drawing back near its share
    assert 1 / interval < 30


def test_a_machine_that_cannot_keep_up_still_draws_ten_frames_a_second():
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    draw_frames(pacer, clock, 10.0, FRAME_INTERVAL, cost=0.08)
    assert pacer.stretch == MOST_STRETCH
    assert stretched(FRAME_INTERVAL, pacer.stretch) == pytest.approx(SLOWEST_INTERVAL)
    assert stretched(FORK_FRAME_INTERVAL, pacer.stretch) == SLOWEST_INTERVAL  # forks too


def test_when_drawing_gets_cheap_again_the_base_rate_returns():
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    draw_frames(pacer, clock, 5.0, FRAME_INTERVAL, cost=0.03)
    assert pacer.stretch > 2
    draw_frames(pacer, clock, 5.0, FRAME_INTERVAL, cost=0.002)
    assert pacer.stretch == 1.0


def test_the_share_is_read_once_a_window_and_reported_costs_count():
    clock = FakeClock()
    pacer = Pacer(clock=clock)
    assert not pacer.tick()  # the first tick starts the window
    pacer.spent(WINDOW_SECONDS * 0.9)  # e.g. the slow views' turns, reported by the renderer
    clock.now += WINDOW_SECONDS / 2
    assert not pacer.tick() and pacer.share is None
    clock.now += WINDOW_SECONDS / 2
    assert pacer.tick()
    assert pacer.share == pytest.approx(0.9)
    assert pacer.stretch == pytest.approx((0.9 / BUDGET) ** 0.5)
    pacer.reset()
    assert pacer.stretch == 1.0 and pacer.share is None


def test_stretched_never_slows_a_base_rate_below_itself():
    assert stretched(0.5, 3.0) == 0.5  # a base slower than the slowest stays as it is
    assert stretched(FRAME_INTERVAL, 1.0) == FRAME_INTERVAL
