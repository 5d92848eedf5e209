"""Compare runs in the real window: fork, equal starts, one changed setting, close, same start."""

import numpy as np
import pytest
from PySide6.QtWidgets import QAbstractButton

from playground.app.data.settings import DataSettings
from playground.engine import TrainConfig, Trainer, checkpoint
from playground.training.protocol import Capture, Goal
from tests.app.windows import FRAME_TIMEOUT, started_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = started_window(qtbot, tmp_path, (1300, 850))
    yield win
    win.close()


def capture(qtbot, client, sequence: int) -> dict:
    """A run's config, data, full state and initial weights, from its training process."""
    with qtbot.waitSignal(client.captured, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda reply: reply.sequence == sequence) as blocker:
        client.send(Capture(sequence))
    captured = blocker.args[0]
    return {"config": captured.config.to_dict(), "dataset": captured.dataset.to_dict(),
            "state": captured.state, "initial": captured.initial_weights.tolist()}


def train_all(qtbot, window, epochs: int, sequence: int) -> None:
    """Every run trains exactly `epochs` more epochs (the lessons' goal command)."""
    clients = [run.client for run in window.runs.all()]
    with qtbot.waitSignals([c.reached for c in clients], timeout=FRAME_TIMEOUT,
                           check_params_cbs=[lambda r: r.sequence == sequence] * len(clients)):
        window.runs.broadcast(Goal(epochs, None, sequence))


def fork_frame(qtbot, window, name: str, condition=lambda frame: True):
    """Fork `name`'s drawn frame that meets condition: the latest, or the next to come."""
    run = next(run for run in window.runs.forks() if run.name == name)
    if run.last_frame is not None and condition(run.last_frame):
        return run.last_frame
    with qtbot.waitSignal(window.runs.frame_drawn, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda n, f: n == name and condition(f)) as blocker:
        pass
    return blocker.args[1]


def test_a_fork_starts_from_equal_weights_and_differs_only_by_the_changed_setting(qtbot, window):
    train_all(qtbot, window, 4, sequence=1)
    at_fork = capture(qtbot, window.runs.main.client, 1001)
    assert window.runs.fork(changes={"lr": 0.1}) == "B"
    (fork,) = window.runs.forks()
    assert fork.config == window.session.config().replace(lr=0.1)
    forked = capture(qtbot, fork.client, 1002)
    for field in ("params", "optimizer", "history", "epoch", "order", "shuffle_rng"):
        assert forked["state"][field] == at_fork["state"][field], field  # equal starts
    assert forked["config"]["lr"] == 0.1 and at_fork["config"]["lr"] == window.session.config().lr

    train_all(qtbot, window, 6, sequence=2)
    a_state = capture(qtbot, window.runs.main.client, 1003)["state"]
    b_state = capture(qtbot, fork.client, 1004)["state"]
    config = TrainConfig.from_dict(at_fork["config"])
    unbroken = Trainer(config, window.model.dataset)
    unbroken.run(10)
    assert a_state["history"] == unbroken.history.to_dict()
    headless = Trainer(config, window.model.dataset)
    checkpoint.restore(headless, at_fork["state"])
    headless.set_config(config.replace(lr=0.1))
    headless.run(6)
    assert b_state["history"] == headless.history.to_dict()
    assert b_state["params"] != a_state["params"]


def test_runs_share_controls_and_closing_a_fork_stops_it_and_removes_it(qtbot, window):
    name = window.runs.fork("B")
    fork = window.runs.forks()[0]
    first = fork_frame(qtbot, window, name)
    assert set(window.strip.tiles) == {"A", "B"} and window.strip.isVisible()
    assert window.loss_plot.run_curve("B", "train_loss") is not None
    for button in window.strip.findChildren(QAbstractButton):
        assert button.toolTip()
    window.run_bar.step.click()  # Step reaches every run
    stepped = fork_frame(qtbot, window, name, lambda f: f.snapshot.epoch == first.snapshot.epoch
                         + 1)
    qtbot.waitUntil(lambda: window.runs.main.last_frame.snapshot.epoch == stepped.snapshot.epoch)
    window.compare.flush()
    assert len(window.loss_plot.run_curve("B", "train_loss").yData) == stepped.snapshot.epoch
    window.data.apply_settings(DataSettings(generator="xor", n_points=120))  # reaches B too
    qtbot.waitUntil(lambda: not window.runs.data_pending)
    data = capture(qtbot, fork.client, 3001)["dataset"]
    assert data == window.model.dataset.to_dict()
    process = fork.client.process
    window.runs.close(name)
    assert not fork.client.is_running and not process.is_alive()
    assert window.runs.forks() == [] and not window.strip.tiles
    assert not window.strip.isVisible()
    with pytest.raises(KeyError):
        window.loss_plot.run_curve("B", "train_loss")


def test_a_fifth_run_is_refused_with_a_message(qtbot, window):
    assert [window.runs.fork() for _ in range(3)] == ["B", "C", "D"]
    assert len({run.color for run in window.runs.forks()}) == 3
    assert window.runs.fork() is None
    assert window.banner.isVisible() and "4 runs" in window.banner.text()
    assert len(window.runs.forks()) == 3
    window.runs.close_all()
    assert window.runs.forks() == []


def test_a_bad_change_is_refused_and_changes_nothing(qtbot, window):
    config = window.session.config()
    assert window.runs.fork(changes={"lr": -1.0}) is None
    assert window.banner.isVisible() and "lr" in window.banner.text()
    assert window.runs.forks() == [] and not window.strip.isVisible()
    window.runs.fork()
    window.session.select("B")
    window.session.edit(window.session.selected, {"lr": -1.0})
    assert window.runs.forks()[0].config == config and "lr" in window.banner.text()
    # the panels edit the selected fork, not run A
    window.session.edit(window.session.selected, {"lr": 0.5})
    assert window.runs.forks()[0].config.lr == 0.5 and window.session.config() == config
    assert window.training_panel.lr.currentText() == "0.5"
    window.session.select("A")
    assert window.training_panel.lr.currentText() == f"{config.lr:g}"


def test_same_start_resets_every_fork_to_run_As_initial_weights(qtbot, window):
    window.runs.fork("B", {"seed": 7, "init": "he"})  # init and seed count from the next reset
    window.runs.fork("C", {"hidden": (3,)})
    b, c = window.runs.forks()
    fork_frame(qtbot, window, "B")
    fork_frame(qtbot, window, "C")
    window.reset()
    a_run = capture(qtbot, window.runs.main.client, 2001)
    b_run = capture(qtbot, b.client, 2002)
    assert b_run["initial"] == a_run["initial"]
    assert b_run["state"]["params"] == a_run["state"]["params"] and b_run["state"]["epoch"] == 0
    c_run = capture(qtbot, c.client, 2003)
    assert len(c_run["initial"]) != len(a_run["initial"])
    assert "Run C has other layers" in window.statusBar().currentMessage()
    window.same_start_action.setChecked(False)
    window.reset()
    b_own = capture(qtbot, b.client, 2004)
    assert b_own["initial"] != a_run["initial"]
    np.testing.assert_array_equal(
        b_own["initial"], Trainer(b.config, window.model.dataset).initial_params)
