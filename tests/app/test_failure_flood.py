"""A training process that fails at every frame request says so once, not thousands of times."""

from playground.app.data.settings import DataSettings
from playground.training import protocol as p
from tests.app.windows import first_frame, open_window, wait_frame


def test_a_failure_repeated_by_the_process_is_said_once(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    try:
        window.data.apply_settings(DataSettings(generator="circle", n_points=100))
        first_frame(qtbot, window)
        said, shown = [], []
        window.runs.problem.connect(said.append)
        window.banner.show_text = lambda text, show=window.banner.show_text: (
            shown.append(text), show(text))
        failure = p.Failed("ValueError: setting an array element with a sequence", "")
        for _ in range(300):  # what a frame that cannot be built sends at every request
            window.runs.main.client.failed.emit(failure)
        assert said == ["Training stopped: ValueError: setting an array element with a "
                        "sequence. Press R to start again."]
        assert shown == said and window.banner.isVisible()
        window.reset()  # a new start: the same failure would be news again
        wait_frame(qtbot, window, lambda frame: frame.restart)
        window.runs.main.client.failed.emit(failure)
        assert len(said) == 2
    finally:
        window.close()


def test_a_failed_frame_is_asked_for_again_only_after_a_pause():
    from playground.app.runs.client import FAILED_PAUSE, next_request_at

    assert next_request_at(10.0, 0.02, failed_at=-1.0) == 10.02  # no failure: the interval
    assert next_request_at(10.0, 0.02, failed_at=10.0) == 10.0 + FAILED_PAUSE
    assert FAILED_PAUSE >= 0.5
