"""Experiment files in the window: save, open and continue exactly; bad files change nothing."""

import numpy as np
import pytest

from playground.app.data.settings import DataSettings
from playground.engine import TrainConfig, Trainer, datasets
from playground.io import Experiment, load, save
from tests.app.windows import FRAME_TIMEOUT, first_frame, open_window, wait_frame


@pytest.fixture
def window(qtbot, tmp_path):
    answers = {}
    win = open_window(qtbot, tmp_path, choose_file=lambda kind, title, flt: answers.get(kind, ""))
    win.answers = answers
    win.data.apply_settings(DataSettings(generator="circle", n_points=200))
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
    assert window.files.open(path)
    # (the rebuild from the change above also restarts; wait for the opened run's frame)
    opened = wait_frame(qtbot, window, lambda f: f.restart and f.snapshot.epoch > 0)
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
    assert not window.files.open(bad)
    assert window.session.config() == config and window.model.dataset.n == n
    assert window.banner.isVisible() and "bad.json" in window.banner.text()


def test_opening_data_without_state_starts_fresh(qtbot, window, tmp_path):
    path = tmp_path / "data.json"
    save(path, Experiment(TrainConfig(hidden=(5,)), datasets.generate("xor", n_points=120)))
    assert window.files.open(path)
    frame = wait_frame(qtbot, window, lambda f: f.restart)
    assert frame.snapshot.epoch == 0 and window.session.config().hidden == (5,)
    assert window.session.data_settings.generator == "xor"
    assert frame.notices == ()  # other layers came with the file: nothing was "rebuilt"


def test_opening_a_good_file_takes_a_bad_files_message_away(qtbot, window, tmp_path):
    first_frame(qtbot, window)
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert not window.files.open(bad)
    assert window.banner.isVisible()
    good = tmp_path / "good.json"
    save(good, Experiment(TrainConfig(hidden=(3,)), datasets.generate("xor", n_points=100)))
    assert window.files.open(good)
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
    window.files.open(path)
    assert [a.text() for a in window.files.recent_menu.actions()] == ["r.json"]
