"""The window paces itself: a costly draw means fewer frames and slow views further apart, while
a recording keeps its own rate."""

import time

import pytest

from playground.app.runs.client import FRAME_INTERVAL
from playground.app.views.frame_renderer import SLOW_INTERVAL_MS
from tests.app.windows import FRAME_TIMEOUT, first_frame, open_window


def test_a_slow_draw_lowers_the_frame_rate_and_a_recording_keeps_its_own(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, (780, 560), choose_file=lambda *a: "")
    first_frame(qtbot, window)
    client = window.runs.main.client
    assert client.interval_in_use == FRAME_INTERVAL
    assert window.renderer.turn_ms == SLOW_INTERVAL_MS
    # A view that takes 30 ms per frame: 50 frames/s would leave the GUI thread no time at all.
    window.runs.frame_arrived.connect(lambda name, frame: time.sleep(0.03))
    window.set_playing(True)
    with qtbot.waitSignal(window.runs.paced, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda stretch: stretch > 1.5):
        pass
    assert client.interval_in_use > 1.5 * FRAME_INTERVAL  # fewer frames asked for
    # The slow views spread further: by the same stretch, rounded to whole milliseconds (a
    # stretch of 1.501 gives 90 ms, which failed a strict '>' now and then).
    assert window.renderer.turn_ms >= round(1.5 * SLOW_INTERVAL_MS)

    assert window.exports.start_recording(tmp_path / "paced.mp4", 30)
    assert client.interval_in_use == pytest.approx(0.9 / 30)  # the video's rate, unpaced
    with qtbot.waitSignal(window.exports.recorder.finished, timeout=30_000):
        window.exports.stop_recording()
        assert client.interval_in_use > 1.5 * FRAME_INTERVAL  # paced again
        window.set_playing(False)  # the idle-priority encoder then finishes without waiting
    window.close()
