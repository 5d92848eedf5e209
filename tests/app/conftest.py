"""Fixtures the window tests share."""

import pytest

from tests.app.windows import closed_in_english, open_window


@pytest.fixture
def quiet_window(qtbot, tmp_path):
    """A 1280x720 window without a training process (no frame's news replaces the news under
    test, and it opens faster); file dialogs are cancelled; English again afterwards."""
    win = open_window(qtbot, tmp_path, (1280, 720), start_worker=False,
                      choose_file=lambda *_: "")
    yield from closed_in_english(win)
