"""Experiment files in the window: save, open and continue exactly; bad files change nothing."""

import numpy as np
import pytest

from playground.engine import TrainConfig, Trainer, datasets
from playground.io import Experiment, load, save
from tests.app.windows import FRAME_TIMEOUT, answering_window, first_frame, wait_frame


def open_file(qtbot, window, path, frame_condition=None):
    """Open an experiment file in the window and wait until it is used (read off the GUI
    thread, used on it); with frame_condition, also for run A's first frame that meets it,
    which may be drawn before the wait for the file ends."""
    if frame_condition is None:
        with qtbot.waitSignal(window.files.opener.opened, timeout=FRAME_TIMEOUT):
            window.files.open(path)
        return None
    with qtbot.waitSignal(window.runs.frame_drawn, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda name, frame: name == "A"
                          and frame_condition(frame)) as drawn:
        open_file(qtbot, window, path)
    return drawn.args[1]


def refuse_file(qtbot, window, path):
    """Open a file the window must refuse, and wait for the refusal."""
    with qtbot.waitSignal(window.files.opener.refused, timeout=FRAME_TIMEOUT):
        window.files.open(path)


@pytest.fixture
def window(qtbot, tmp_path):
    win = answering_window(qtbot, tmp_path)
    yield win
    win.close()




def test_save_then_open_continues_the_run_exactly(qtbot, window, tmp_path):
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 5)
    window.set_playing(False)
    paused = wait_frame(qtbot, window, lambda f: not f.playing).snapshot
    path = tmp_path / "run.json"
    window.answers["save"] = str(path)
    with qtbot.waitSignal(window.runs.main.client.saved, timeout=FRAME_TIMEOUT):
        window.files.save()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("run.json"))  # a queued slot
    saved = load(path)
    assert saved.state["epoch"] == paused.epoch
    # Continue the saved run headless and in the window: the same numbers.
    headless = saved.trainer()
    headless.run(3)
    # change the window so that opening must undo it
    window.session.edit(window.session.selected, {"hidden": (3,)})
    # (the rebuild from the change above also restarts; wait for the opened run's frame)
    opened = open_file(qtbot, window, path, lambda f: f.restart and f.snapshot.epoch > 0)
    assert opened.snapshot.epoch == paused.epoch
    np.testing.assert_array_equal(opened.snapshot.weights[0], paused.weights[0])
    assert window.session.config() == saved.config and window.model.dataset.n == saved.dataset.n
    window.run_bar.step_clicked.emit()
    window.run_bar.step_clicked.emit()
    window.run_bar.step_clicked.emit()
    after = wait_frame(qtbot, window, lambda f: f.snapshot.epoch == paused.epoch + 3)
    assert after.snapshot.metrics["train_loss"] == pytest.approx(
        headless.history["train_loss"][-1], rel=1e-6)


def test_a_bad_file_is_refused_and_changes_nothing(qtbot, window, tmp_path):
    first_frame(qtbot, window)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "playground-experiment", "version": 1, "config": {"lr": -1}}')
    config, n = window.session.config(), window.model.dataset.n
    refuse_file(qtbot, window, bad)
    assert window.session.config() == config and window.model.dataset.n == n
    assert window.banner.isVisible() and "bad.json" in window.banner.text()


def test_opening_data_without_state_starts_fresh(qtbot, window, tmp_path):
    path = tmp_path / "data.json"
    save(path, Experiment(TrainConfig(hidden=(5,)), datasets.generate("xor", n_points=120)))
    frame = open_file(qtbot, window, path, lambda f: f.restart)
    assert frame.snapshot.epoch == 0 and window.session.config().hidden == (5,)
    assert window.session.data_settings.generator == "xor"
    assert frame.notices == ()  # other layers came with the file: nothing was "rebuilt"


def test_opening_a_good_file_takes_a_bad_files_message_away(qtbot, window, tmp_path):
    first_frame(qtbot, window)
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    refuse_file(qtbot, window, bad)
    assert window.banner.isVisible()
    good = tmp_path / "good.json"
    save(good, Experiment(TrainConfig(hidden=(3,)), datasets.generate("xor", n_points=100)))
    open_file(qtbot, window, good)
    assert not window.banner.isVisible()


def test_csv_import_and_export(qtbot, window, tmp_path):
    out = tmp_path / "points.csv"
    assert window.files.export_csv(out)
    window.model.clear()
    assert window.model.dataset.n == 0
    with qtbot.waitSignal(window.files.imported, timeout=FRAME_TIMEOUT) as blocker:
        window.files.import_csv(out)
    assert blocker.args == [True] and window.model.dataset.n == 200


def test_open_recent_lists_saved_files(qtbot, window, tmp_path):
    path = tmp_path / "r.json"
    trainer = Trainer(TrainConfig(), datasets.generate("circle", n_points=60))
    save(path, Experiment.from_trainer(trainer))
    open_file(qtbot, window, path)
    assert [a.text() for a in window.files.recent_menu.actions()] == ["r.json"]


def test_the_window_keeps_working_while_a_large_file_is_read(qtbot, window, tmp_path,
                                                             monkeypatch):
    """The GUI thread processes events (a timer keeps firing) while a file is being read and
    checked; the result is used on the GUI thread."""
    import threading

    from PySide6.QtCore import QTimer

    from playground.app.window import opener

    path = tmp_path / "large.json"
    trainer = Trainer(TrainConfig(hidden=(3,)), datasets.generate("xor", n_points=100_000))
    save(path, Experiment(trainer.config, trainer.dataset))
    gate = threading.Event()

    def slow_load(file):  # the read cannot finish until the GUI thread's timer has fired thrice
        gate.wait(timeout=10)
        return load(file)

    monkeypatch.setattr(opener, "load", slow_load)
    ticks, used_on = [], []
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.append(1) if len(ticks) < 3 else gate.set())
    window.files.opener.opened.connect(
        lambda *_: used_on.append(threading.current_thread() is threading.main_thread()))
    timer.start()
    try:
        open_file(qtbot, window, path)
    finally:
        timer.stop()
    assert len(ticks) == 3 and gate.is_set() and used_on == [True]
    assert window.model.dataset.n == 100_000


def test_the_last_file_asked_for_is_the_one_that_opens(qtbot, window, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    save(first, Experiment(TrainConfig(hidden=(3,)), datasets.generate("xor", n_points=300)))
    save(second, Experiment(TrainConfig(hidden=(2,)), datasets.generate("xor", n_points=120)))
    window.files.open(first)
    open_file(qtbot, window, second)
    qtbot.waitUntil(lambda: not window.files.opener.busy)
    assert window.model.dataset.n == 120 and window.windowTitle().startswith("second.json")


@pytest.mark.parametrize(("contents", "says"), [
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"format": "playground-experiment", "format": "x"}', "appears twice"),
])
def test_files_that_broke_python_json_are_one_message_and_change_nothing(
        qtbot, window, tmp_path, contents, says):
    first_frame(qtbot, window)
    bad = tmp_path / "bad.json"
    bad.write_bytes(contents)
    config, n = window.session.config(), window.model.dataset.n
    refuse_file(qtbot, window, bad)
    assert window.session.config() == config and window.model.dataset.n == n
    assert says in window.banner.text() and "\n" not in window.banner.text()
