"""Compared runs move in lockstep when played: a fork that is much slower per epoch (batch size
1, the same network) holds run A back, so the two never drift further apart than the lead."""

import pytest

from playground.app.runs.lockstep import lead
from tests.app.windows import FRAME_TIMEOUT, started_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = started_window(qtbot, tmp_path, (1300, 850))
    yield win
    win.close()


def test_played_runs_stay_within_the_lead_of_the_slowest(qtbot, window):
    window.runs.fork(changes={"batch_size": 1})  # same layers, many more steps per epoch
    fork = window.runs.forks()[0]
    qtbot.waitUntil(lambda: fork.last_frame is not None, timeout=FRAME_TIMEOUT)
    gaps = []

    def drawn(name, frame):
        epochs = [run.last_frame.snapshot.epoch for run in window.runs.all()]
        gaps.append(max(epochs) - min(epochs))

    window.runs.frame_drawn.connect(drawn)
    window.set_playing(True)
    # B past epoch 60 and more than 20 drawn frames to judge by: on a busy machine the window
    # draws fewer frames a second, and B once reached epoch 60 after only 19 of them.
    qtbot.waitUntil(lambda: len(gaps) > 20 and fork.last_frame.snapshot.epoch >= 60,
                    timeout=FRAME_TIMEOUT)
    window.set_playing(False)
    window.runs.frame_drawn.disconnect(drawn)
    assert window.lockstep.line is None  # paused: no line left for Step or a lesson's goals
    assert len(gaps) > 20 and max(gaps) <= lead(None)
