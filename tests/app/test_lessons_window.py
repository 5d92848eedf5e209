"""Playing a lesson in the window: steps run in order, stop where they wait, and the numbers
are the same every time (and the same as the engine alone)."""

import pytest
from PySide6.QtCore import Qt

from playground.app.lessons.player import DONE, WAITING
from playground.engine import TrainConfig, Trainer, datasets
from tests.app.windows import FRAME_TIMEOUT, open_window

LESSON = """
title = "Two steps"
speed = "max"

[[steps]]
dataset = { generator = "xor", seed = 4, points = 160, noise = 0.1 }
config = { hidden = [4], lr = 0.1 }
caption = "First, 30 epochs."
highlight = "canvas"
train = 30
wait = true

[[steps]]
config = { lr = 0.01 }
caption = "Then 20 more at a smaller rate."
plot = "gradient"
train = 20
"""


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1300, 850), choose_file=lambda *a: "")
    yield win
    win.close()


def wait_phase(qtbot, player, phase):
    qtbot.waitUntil(lambda: player.phase == phase, timeout=FRAME_TIMEOUT)


def drawn_at(qtbot, window, epoch):
    """The drawn frame of `epoch`, once the window has drawn it."""
    qtbot.waitUntil(lambda: window.runs.main.last_frame is not None
                    and window.runs.main.last_frame.snapshot.epoch == epoch, timeout=FRAME_TIMEOUT)
    return window.runs.main.last_frame


def reference_history(epochs_a: int, epochs_b: int) -> dict:
    data = datasets.generate("xor", n_points=160, noise=0.1, seed=4)
    trainer = Trainer(TrainConfig(hidden=(4,), lr=0.1), data)
    trainer.run(epochs_a)
    trainer.set_config(trainer.config.replace(lr=0.01))
    trainer.run(epochs_b)
    return trainer.history.to_dict()


def test_a_lesson_stops_at_its_waits_and_shows_the_engines_numbers(qtbot, window, tmp_path):
    path = tmp_path / "two.toml"
    path.write_text(LESSON)
    player = window.lessons.player
    assert window.lessons.open(path)
    wait_phase(qtbot, player, WAITING)
    assert player.step_number == 1
    assert window.exports.caption.text() == "First, 30 epochs."
    assert player.highlight.target is window.canvas and player.highlight.isVisible()
    drawn_at(qtbot, window, 30)
    assert "step 1 of 2" in window.lessons.status.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_phase(qtbot, player, DONE)
    frame = drawn_at(qtbot, window, 50)
    assert window.inside.plots.currentIndex() == 1
    assert window.session.config().lr == 0.01
    expected = reference_history(30, 20)
    assert frame.snapshot.metrics["train_loss"] == pytest.approx(expected["train_loss"][-1],
                                                                 rel=1e-12)
    first = frame.snapshot.metrics["train_loss"]
    qtbot.keyClick(window, Qt.Key.Key_Left)  # back to step 1
    wait_phase(qtbot, player, WAITING)
    assert player.step_number == 1
    drawn_at(qtbot, window, 30)
    player.next()
    wait_phase(qtbot, player, DONE)
    again = drawn_at(qtbot, window, 50)
    assert again.snapshot.metrics["train_loss"] == first  # the same numbers every time


def test_a_broken_lesson_is_refused_in_the_window_and_changes_nothing(window, tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text(LESSON.replace("config = { lr = 0.01 }", "config = { lr = -1 }"))
    config, points = window.session.config(), window.model.dataset.points.copy()
    assert not window.lessons.open(path)
    assert window.banner.isVisible()
    assert "Lesson not opened" in window.banner.text() and "step 2" in window.banner.text()
    assert window.session.config() == config and (window.model.dataset.points == points).all()
    assert not window.lessons.player.active


def test_the_lessons_menu_offers_the_shipped_lessons(window):
    lessons = [action.text() for action in window.lessons.menu.actions()
               if action.toolTip().startswith("Start the lesson")]
    assert len(lessons) >= 6 and any("Learning rate" in title for title in lessons)
    enabled = {a.text().split("\t")[0].replace("&", ""): a.isEnabled()
               for a in window.lessons.menu.actions() if not a.isSeparator()}
    assert enabled["Open lesson file…"] and not enabled["Next step"]  # no lesson open yet


def play_text(qtbot, window, tmp_path, text: str):
    path = tmp_path / "lesson.toml"
    path.write_text('title = "t"\nspeed = 200\n[[steps]]\n' + text)
    assert window.lessons.open(path)
    return window.lessons.player


def test_a_config_step_goes_to_run_a_whichever_run_the_panels_show(qtbot, window, tmp_path):
    player = play_text(qtbot, window, tmp_path, 'dataset = { generator = "xor" }\n'
                       'fork = { name = "B" }\nwait = true\n[[steps]]\nconfig = { lr = 0.01 }\n')
    wait_phase(qtbot, player, WAITING)
    window.session.select("B")
    player.next()
    wait_phase(qtbot, player, DONE)
    assert window.session.config().lr == 0.01 and window.runs.forks()[0].config.lr == 0.03


def test_a_step_ends_when_run_a_diverges_beside_a_fork_or_a_fork_closes(qtbot, window, tmp_path):
    player = play_text(qtbot, window, tmp_path, 'dataset = { generator = "plane", seed = 1 }\n'
                       'config = { lr = 5.0, hidden = [8, 8], activation = "relu" }\n'
                       'fork = { name = "B", config = { lr = 0.01 } }\ntrain = 100\nwait = true\n'
                       '[[steps]]\nfork = { name = "C" }\ntrain = 100000\n')
    wait_phase(qtbot, player, WAITING)  # A diverged; B trained its 100 epochs all the same
    assert window.runs.main.diverged
    qtbot.waitUntil(lambda: window.runs.forks()[0].last_frame.snapshot.epoch == 100,
                    timeout=FRAME_TIMEOUT)
    player.next()
    qtbot.waitUntil(lambda: len(window.runs.forks()) == 2, timeout=FRAME_TIMEOUT)
    assert player.training
    window.runs.close("C")
    window.runs.close("B")  # nobody is left to reach 100,000 epochs: the step ends
    wait_phase(qtbot, player, DONE)


MET_GOAL = """
title = "A goal already met"
speed = "max"

[[steps]]
dataset = { generator = "xor", seed = 4, points = 160, noise = 0.1 }
config = { hidden = [4], lr = 0.1 }
train = 5

[[steps]]
fork = { name = "B", config = { hidden = [3] } }
train = 60
until_loss = 50.0
"""


def test_a_goal_met_at_once_leaves_its_run_where_it_is(qtbot, window, tmp_path):
    """A run whose loss is already below until_loss stays put while the others play theirs."""
    path = tmp_path / "met.toml"
    path.write_text(MET_GOAL, "utf-8")
    assert window.lessons.open(path)
    wait_phase(qtbot, window.lessons.player, DONE)
    qtbot.waitUntil(lambda: not window.runs.main.last_frame.playing, timeout=FRAME_TIMEOUT)
    assert window.runs.main.last_frame.snapshot.epoch == 5
