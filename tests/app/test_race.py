"""Concepts > Optimizers: the race draws the engine's own paths, steps, plays, resets, refuses."""


import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from playground.app.concepts.panel import ConceptsPanel
from playground.app.concepts.race import Race
from playground.engine import optimizers, surfaces
from tests.app.windows import refused_off_the_gui_thread, shown


@pytest.fixture
def race(qtbot):
    panel = shown(qtbot, ConceptsPanel(), 1100, 650)
    panel.setCurrentWidget(panel.race)
    yield panel.race  # the panel stays referenced, so its children live
    del panel


def drawn(view, name: str) -> np.ndarray:
    x, y = view.trails[name].getData()
    return np.column_stack([x, y])


def test_the_textbook_race_draws_the_engines_paths(race):
    race.use_preset("textbook")
    for _ in range(30):
        race.step()
    for name, lr in {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3}.items():
        expected = surfaces.descend("ravine", name, (-7.0, 2.0), 30, lr)
        np.testing.assert_allclose(drawn(race, name), expected)
        assert race.rows.by_name[name].loss.text() != ""
    assert race.trails["rmsprop"].scene() is None  # not in the textbook race
    assert "zig-zags" in race.caption.text()
    legend = [label.text for _, label in race.legend.items]
    assert len(legend) == 4 and any(text.startswith("sgd") for text in legend)


def test_reset_starts_again_and_a_click_moves_the_start(race, qtbot):
    race.use_preset("textbook")
    race.step()
    race.reset()
    assert len(drawn(race, "sgd")) == 1
    view_box = race.plot.getPlotItem().vb
    target = view_box.mapViewToScene(QPointF(3.0, -2.0))
    QTest.mouseClick(race.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=race.plot.mapFromScene(target))
    qtbot.waitUntil(lambda: abs(race.race.start[0] - 3.0) < 0.3)
    assert abs(race.race.start[1] + 2.0) < 0.3
    assert np.allclose(drawn(race, "adam")[0], race.race.start)


def test_play_steps_on_its_own_and_a_learning_rate_changes_mid_run(race, qtbot):
    race.use_preset("textbook")
    race.speed.setCurrentIndex(2)
    race.play_button.setChecked(True)
    qtbot.waitUntil(lambda: race.race.steps >= 5, timeout=5000)
    race.play_button.setChecked(False)
    steps = race.race.steps
    row = race.rows.by_name["sgd"]
    row.lr.setValue(0.5)
    row.lr.editingFinished.emit()
    assert race.race.racers["sgd"].walk.optimizer.lr == 0.5
    race.step()
    assert race.race.steps == steps + 1


def test_a_diverging_optimizer_keeps_its_last_point_and_says_so(race):
    race.set_surface("rosenbrock")
    row = race.rows.by_name["sgd"]
    row.lr.setValue(0.05)
    row.lr.editingFinished.emit()
    for _ in range(40):
        race.step()
    walk = race.race.racers["sgd"].walk
    assert walk.diverged_at is not None
    assert "diverged at step" in row.loss.text()
    assert np.isfinite(drawn(race, "sgd")).all()


def test_every_registry_optimizer_can_race_and_bad_options_are_refused(race):
    for name in optimizers.names():
        race.rows.by_name[name].check.setChecked(True)
    race.step()
    assert set(race.race.chosen) == set(optimizers.names())
    row = race.rows.by_name["adam"]
    before = race.race.racers["adam"].walk.optimizer.betas
    race.race.racers["adam"].options = {"beta1": 0.9, "beta2": 0.999}
    with pytest.raises(ValueError):
        race.race.racers["adam"].set(0.1, {"beta1": 1.5, "beta2": 0.999})
    assert race.race.racers["adam"].walk.optimizer.betas == before
    assert row.options["beta1"].maximum() < 1.0  # the box cannot even ask for it


def test_the_race_model_needs_no_qt():
    race = Race("saddle")
    race.step()
    assert race.steps == 1


def test_the_race_steps_only_on_the_gui_thread(race):
    assert refused_off_the_gui_thread(race.step)


def test_redrawing_a_surface_replaces_its_contour_lines(race):
    lines = len(race.contours._lines)
    items = len(race.plot.scene().items())
    for name in ("beale", "ravine", "beale"):
        race.set_surface(name)
    assert len(race.contours._lines) == lines
    assert len(race.plot.scene().items()) == items


def test_the_landscape_view_draws_a_landscape_only_on_the_gui_thread(qtbot):
    from playground.app.views.landscape_view import LandscapeView
    from playground.engine import TrainConfig, Trainer, datasets, inspection

    trainer = Trainer(TrainConfig(hidden=(4,)), datasets.generate("xor", n_points=100, seed=1))
    trainer.run(20)
    land, line = inspection.loss_landscape(trainer, resolution=11), inspection.linear_slice(trainer)
    view = shown(qtbot, LandscapeView(), 700, 300)
    view.set_landscape(land, line)
    assert view.landscape is land and "centre" in view.about.text().lower()
    x, y = view.path.getData()
    np.testing.assert_allclose([x[-1], y[-1]], 0.0, atol=1e-9)
    assert refused_off_the_gui_thread(view.set_landscape, land, line)


def test_a_hidden_race_stops_playing(race, qtbot):
    race.use_preset("textbook")
    race.play_button.setChecked(True)
    assert race.timer.isActive() and race.play_button.text() == "Pause"
    race.parent().setCurrentIndex(0)  # another Concepts tab
    qtbot.waitUntil(lambda: not race.timer.isActive())
    assert not race.play_button.isChecked() and race.play_button.text() == "Play"


def test_the_landscape_fills_its_plot(qtbot):
    from playground.app.views.landscape_view import LandscapeView
    from playground.engine import TrainConfig, Trainer, datasets, inspection

    trainer = Trainer(TrainConfig(hidden=(4,), lr=0.1),
                      datasets.generate("xor", n_points=100, seed=1))
    view = shown(qtbot, LandscapeView(), 700, 300)
    for _ in range(3):
        trainer.run(30)
        land = inspection.loss_landscape(trainer, resolution=11)
        view.set_landscape(land, inspection.linear_slice(trainer))
        (x0, x1), _ = view.plane.getPlotItem().vb.viewRange()
        assert (x1 - x0) / 1.5 / 1.2 <= land.alphas[-1] - land.alphas[0] <= x1 - x0


def test_the_arrows_of_a_rate_box_change_the_walk_at_once(race):
    race.use_preset("textbook")
    row = race.rows.by_name["sgd"]
    row.lr.stepBy(1)
    assert race.race.racers["sgd"].walk.optimizer.lr == pytest.approx(row.lr.value())
    assert row.lr.value() == pytest.approx(0.96)


def test_a_landscape_with_no_finite_loss_is_said_not_drawn(qtbot):
    from playground.app.views.landscape_view import LandscapeView
    from playground.engine.landscape import Landscape

    view = shown(qtbot, LandscapeView(), 600, 300)
    empty = Landscape(np.linspace(-1, 1, 3), np.linspace(-1, 1, 3), np.full((3, 3), np.nan),
                      np.zeros((1, 2)), np.zeros((2, 4)), "random")
    view.set_landscape(empty)
    assert view.landscape is None and "not finite" in view.about.text()
