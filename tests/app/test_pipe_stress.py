"""The pipe between the window and a training process never deadlocks.

On the main of 2026-12-01 a big network on 10,000 points froze within 10-20 s of spraying while
training: the window's relay thread was blocked sending a large data command while the child was
blocked sending a large frame, each waiting for the other to read; closing the frozen fork then
aborted the app. Here the same load runs for STRESS_SECONDS with a fork: while points are sprayed,
the whole dataset goes to both runs every few tens of milliseconds as they send frames back.
Both runs must keep drawing, and the fork must close promptly. The default suite sprays for
STRESS_SECONDS; the slow set (pytest -m slow) for SOAK_SECONDS, past the old freeze's 20 s.
"""

import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from playground.engine import datasets
from tests.app.windows import FRAME_TIMEOUT, open_window, wait_frame

STRESS_SECONDS = 8.0
SOAK_SECONDS = 40.0
SPRAY_MS = 15  # as fast as a mouse; the runs get the grown dataset every 30 ms meanwhile
LONGEST_GAP = 5.0  # seconds without a frame that would mean a run froze


@pytest.mark.parametrize("seconds", [
    STRESS_SECONDS, pytest.param(SOAK_SECONDS, marks=pytest.mark.slow)])
def test_spraying_while_a_big_network_trains_never_freezes_and_a_fork_closes(qtbot, tmp_path,
                                                                              seconds):
    window = open_window(qtbot, tmp_path, (1300, 850))
    try:
        window.model.replace(datasets.generate("spiral", n_points=10_000, seed=1), "Big data")
        window.session.edit("A", {"hidden": (32, 32, 32), "batch_size": 10})
        wait_frame(qtbot, window, lambda f: len(f.snapshot.weights) == 4)
        assert window.runs.fork("B") == "B"
        frames: dict[str, list[float]] = {"A": [], "B": []}
        window.runs.frame_drawn.connect(
            lambda name, _frame: frames[name].append(time.perf_counter()))
        qtbot.waitUntil(lambda: len(frames["B"]) > 0, timeout=FRAME_TIMEOUT)
        window.set_playing(True)
        rng = np.random.default_rng(0)
        sent = []
        window.runs.data_sent.connect(lambda: sent.append(1))

        def spray() -> None:
            window.model.begin_stroke()
            window.model.spray(rng.uniform(-5, 5, (20, 2)), rng.integers(0, 2, 20))
            window.model.end_stroke()

        sprayer = QTimer(interval=SPRAY_MS)
        sprayer.timeout.connect(spray)
        start = time.perf_counter()
        sprayer.start()
        qtbot.waitUntil(lambda: time.perf_counter() - start > seconds,
                        timeout=int(seconds * 1000) + 10_000)
        sprayer.stop()
        end = time.perf_counter()
        assert window.model.dataset.n > 10_000 + 500  # the spraying really happened
        assert len(sent) > 2 * seconds  # and reached the runs all along
        for name, times in frames.items():
            during = [t for t in times if t >= start]
            gaps = np.diff([start, *during, end])
            assert len(during) > 10 and gaps.max() < LONGEST_GAP, (name, len(during), gaps.max())
        fork = window.runs.get("B")
        process = fork.client.process
        closing = time.perf_counter()
        window.runs.close("B")
        assert time.perf_counter() - closing < 3.0
        assert not fork.client.is_running and not process.is_alive()
        drawn = len(frames["A"])
        qtbot.waitUntil(lambda: len(frames["A"]) > drawn + 3, timeout=FRAME_TIMEOUT)
    finally:
        window.close()
