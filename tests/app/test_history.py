"""The timeline under the canvas: scrub back to a stored frame, hold it, go live; onion skin."""

import numpy as np
import pytest

from playground.training.protocol import Goal
from tests.app.windows import FRAME_TIMEOUT, open_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1300, 850))
    yield win
    win.close()


def train_to(qtbot, window, epochs: int, sequence: int) -> None:
    with qtbot.waitSignal(window.runs.main.client.reached, timeout=FRAME_TIMEOUT):
        window.runs.broadcast(Goal(epochs, None, sequence))
    main = window.runs.main
    qtbot.waitUntil(lambda: main.last_frame.snapshot.epoch == window.history.store.at(-1).epoch
                    and not main.last_frame.playing, timeout=FRAME_TIMEOUT)


def shown_output(window) -> np.ndarray:
    return window.canvas._output[0]


def test_scrubbing_shows_the_stored_frame_and_holds_it_until_live(qtbot, window):
    history = window.history
    train_to(qtbot, window, 300, 1)
    history.refresh()
    store, slider = history.store, history.timeline.slider
    assert len(store) >= 3 and slider.maximum() == len(store) - 1
    chosen = store.at(1)
    slider.setValue(1)
    assert not history.live and history.shown is chosen
    np.testing.assert_array_equal(shown_output(window), chosen.output())
    assert f"epoch {chosen.epoch:,} (history)" in history.timeline.epoch.text()
    train_to(qtbot, window, 100, 2)  # live frames arrive; the canvas keeps the stored one
    np.testing.assert_array_equal(shown_output(window), chosen.output())
    history.timeline.live.click()
    assert history.live
    np.testing.assert_array_equal(shown_output(window), window.runs.main.last_frame.snapshot.output)
    assert "(history)" not in history.timeline.epoch.text()


def test_onion_skin_draws_earlier_contours_and_goes_away(qtbot, window):
    history = window.history
    train_to(qtbot, window, 400, 1)
    history.timeline.onion.setChecked(True)
    onion = history.onion
    assert onion.item.isVisible() and len(onion.shown) == 3
    newest = history.store.at(-1).epoch
    assert all(epoch < newest for epoch, _ in onion.shown)
    assert onion.item.image[..., 3].any()  # some contour pixels are drawn
    history.timeline.onion.setChecked(False)
    assert not onion.item.isVisible() and onion.shown == ()


def test_a_reset_empties_the_history(qtbot, window):
    train_to(qtbot, window, 100, 1)
    assert len(window.history.store) > 1
    window.reset()
    qtbot.waitUntil(lambda: window.history.store.epochs == [0], timeout=FRAME_TIMEOUT)
