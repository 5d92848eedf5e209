"""Waiting on the window's frames (signals, never sleeps)."""

FRAME_TIMEOUT = 30_000


def wait_frame(qtbot, window, condition=lambda frame: True):
    """The first drawn frame that meets `condition` (waits on the frame_drawn signal)."""
    with qtbot.waitSignal(window.frame_drawn, timeout=FRAME_TIMEOUT,
                          check_params_cb=condition) as blocker:
        pass
    return blocker.args[0]
