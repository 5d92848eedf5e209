"""Concepts panel: curves equal direct registry calls, highlights follow, descent regimes hold."""

import math
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QComboBox,
    QListWidget,
    QScrollBar,
    QTabBar,
)

from playground.app.concepts import curves, descent
from playground.app.concepts.panel import ConceptsPanel
from playground.engine import activations, losses
from tests.app.windows import shown


@pytest.fixture
def panel(qtbot) -> ConceptsPanel:
    return shown(qtbot, ConceptsPanel(), 900, 600)


@pytest.fixture
def view(panel):
    """The gradient-descent tab, shown (it pauses when hidden)."""
    panel.setCurrentWidget(panel.descent)
    return panel.descent


def width(line) -> float:
    return line.opts["pen"].widthF()


def test_curve_modules_load_no_qt():
    code = ("import sys, playground.app.concepts.curves, playground.app.concepts.descent; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_activation_curves_are_the_registry_functions():
    z = np.array([-4.0, -0.5, 0.0, 0.3, 2.5])
    got = curves.activation_curves(activations.names(), z)
    assert list(got) == activations.names()
    for name, (values, slopes) in got.items():
        np.testing.assert_array_equal(values, activations.get(name).forward(z))
        np.testing.assert_array_equal(slopes, activations.get(name).derivative(z))


def test_activation_view_plots_every_activation_from_the_registry(panel):
    view = panel.activations
    assert list(view.lines) == activations.names()
    for name, (value_line, slope_line) in view.lines.items():
        z = value_line.xData
        assert z[0] == -5.0 and z[-1] == 5.0
        for i in (0, 321, 500, 877):
            point = z[i : i + 1]
            assert value_line.yData[i] == activations.get(name).forward(point)[0]
            assert slope_line.yData[i] == activations.get(name).derivative(point)[0]


def test_set_activation_moves_the_highlight_and_the_formula(panel):
    panel.set_activation("tanh")
    view = panel.activations
    assert view.current() == "tanh"
    assert activations.get("tanh").formula in view.caption.text()
    for name, pair in view.lines.items():
        for line in pair:
            assert (width(line) > 2) == (name == "tanh")
            assert line.zValue() == (10 if name == "tanh" else 0)
    panel.set_activation("relu")
    assert width(view.lines["relu"][0]) > width(view.lines["tanh"][0])
    with pytest.raises(ValueError, match="known"):
        panel.set_activation("nope")


def test_unticked_activations_are_hidden_but_the_current_one_stays(panel):
    view = panel.activations
    panel.set_activation("relu")
    for row in range(view.list.count()):
        view.list.item(row).setCheckState(view.list.item(row).checkState().Unchecked)
    assert view.list.shown() == set()
    assert [n for n, (line, _) in view.lines.items() if line.isVisible()] == ["relu"]


def test_cross_entropy_curve_is_minus_log_p_with_gradient_p_minus_one():
    p, got = curves.loss_curves("classification")
    i = int(np.argmin(np.abs(p - 0.1)))
    assert abs(p[i] - 0.1) < 1e-12
    values, grads = got["cross_entropy"]
    assert values[i] == pytest.approx(-math.log(0.1), abs=1e-9)
    assert grads[i] == pytest.approx(p[i] - 1, abs=1e-9)


def test_mse_gradient_vanishes_on_confident_mistakes_but_cross_entropy_does_not():
    p, got = curves.loss_curves("classification")
    assert p[0] == 0.001
    mse, ce = got["mse"][1][0], got["cross_entropy"][1][0]
    assert ce == pytest.approx(-0.999, abs=1e-9)
    assert abs(mse) < 0.01 * abs(ce)


@pytest.mark.parametrize("task", ["classification", "regression"])
def test_loss_curves_are_direct_registry_calls(task):
    x, got = curves.loss_curves(task)
    assert list(got) == losses.names(task)
    for name, (values, grads) in got.items():
        loss = losses.get(name, task)
        for i in (0, len(x) // 3, len(x) - 1):
            if task == "classification":
                scores, targets = curves.two_class_scores(x[i]), np.array([0])
                assert losses.softmax(scores)[0, 0] == pytest.approx(x[i], abs=1e-12)
            else:
                scores, targets = np.array([[x[i]]]), np.array([0.0])
            assert values[i] == loss.value(scores, targets)
            assert grads[i] == loss.grad(scores, targets)[0, 0]


def test_loss_view_plots_every_loss_and_highlights_the_one_in_use(panel, qtbot):
    view = panel.losses
    assert view.task == "classification"
    assert list(view.lines) == losses.names("classification")
    x, got = curves.loss_curves("classification")
    np.testing.assert_array_equal(view.lines["mse"][1].yData, got["mse"][1])
    panel.set_loss("regression", "huber")
    assert view.task == "regression" and view.task_box.currentText() == "regression"
    assert list(view.lines) == losses.names("regression")
    assert view.current() == "huber"
    assert [n for n, pair in view.lines.items() if width(pair[0]) == 3] == ["huber"]
    view.task_box.setCurrentText("classification")  # the user's switch keeps each task's choice
    assert view.current() == "cross_entropy"
    panel.set_loss("classification", "focal")
    view.set_task("regression")
    assert view.current() == "huber"
    with pytest.raises(ValueError, match="known"):
        panel.set_loss("regression", "focal")


def test_every_control_has_a_tooltip(panel):
    for index in range(panel.count()):  # each page is built when first shown
        panel.setCurrentIndex(index)
    kinds = (QAbstractButton, QComboBox, QAbstractSlider, QListWidget)
    controls = [c for kind in kinds for c in panel.findChildren(kind)
                if not isinstance(c, QScrollBar) and not isinstance(c.parent(), QTabBar)]
    # 2 lists, 2 combos, 3 buttons, 1 slider; the race: 2 combos, 4 buttons, 6 optimizers
    assert len(controls) == 20
    missing = [type(c).__name__ for c in controls if not c.toolTip()]
    assert not missing
    assert all(panel.tabToolTip(i) for i in range(panel.count()))


def test_mse_problem_minimum_and_curvature_come_from_the_data():
    problem = descent.mse_problem()
    x = problem.features[:, 0]
    assert problem.minimum == pytest.approx(2.0, abs=1e-9)
    assert problem.curvature == pytest.approx(2 * np.mean(x**2), rel=1e-6)
    loss, slope = problem.evaluate(0.5)
    assert loss == pytest.approx(np.mean((0.5 * x - 2 * x) ** 2))
    assert slope == pytest.approx(np.mean(2 * (0.5 * x - 2 * x) * x))
    assert problem.lr_range == (0.001, 1.0)


def test_cross_entropy_problem_is_logistic_loss_with_a_finite_minimum():
    problem = descent.cross_entropy_problem()
    x = 2 * problem.features[:, 0]
    y = np.where(problem.targets == 0, 1.0, -1.0)
    for w in (-1.0, 0.4, 2.0):
        margin = y * w * x
        loss, slope = problem.evaluate(w)
        assert loss == pytest.approx(np.mean(np.log1p(np.exp(-margin))), rel=1e-12)
        assert slope == pytest.approx(np.mean(-y * x / (1 + np.exp(margin))), rel=1e-12)
    assert 0 < problem.minimum < 2
    assert problem.evaluate(problem.minimum)[1] == pytest.approx(0.0, abs=1e-12)


def test_regime_thresholds():
    curvature = 10.0
    assert descent.regime(0.005, curvature) == "creeping"
    assert descent.regime(0.05, curvature) == "converging"
    assert descent.regime(0.15, curvature) == "oscillating"
    assert descent.regime(0.25, curvature) == "diverging"


@pytest.mark.parametrize("lr, name", [(0.003, "creeping"), (0.05, "converging"),
                                      (0.15, "oscillating"), (0.3, "diverging")])
def test_regime_text_matches_the_learning_rate(view, lr, name):
    view.set_learning_rate(lr)
    assert view.learning_rate() == pytest.approx(lr)
    assert view.regime() == name
    assert name in view.regime_label.text()
    assert f"lr = {lr:.3g}" in view.regime_label.text()


def test_small_learning_rate_lowers_the_loss_every_step(view):
    view.set_learning_rate(0.02)
    loss = [view.descent.loss]
    for _ in range(10):
        view.step()
        loss.append(view.descent.loss)
    assert np.all(np.diff(loss) < 0)
    assert view.descent.w < 2.0  # approached from one side
    assert view.descent.steps == 10 and len(view.trail.xData) == 11
    assert "step 10" in view.state_label.text()


def test_learning_rate_between_one_and_two_over_curvature_oscillates_yet_converges(view):
    curvature = view.descent.problem.curvature
    view.set_learning_rate(1.5 / curvature)
    assert view.regime() == "oscillating"
    gaps = [view.descent.w - 2.0]
    for _ in range(10):
        view.step()
        gaps.append(view.descent.w - 2.0)
    gaps = np.array(gaps)
    assert np.all(np.sign(gaps[1:]) == -np.sign(gaps[:-1]))
    assert np.all(np.diff(np.abs(gaps)) < 0)
    assert abs(gaps[-1]) < 0.01
    assert not view.descent.diverged


def test_play_steps_until_paused(view, qtbot):
    view.set_learning_rate(0.05)
    view.play_button.click()
    assert view.play_button.isChecked() and view.timer.isActive()
    assert view.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: view.descent.steps >= 3, timeout=3000)
    view.play_button.click()
    assert not view.timer.isActive() and view.play_button.text() == "Play"


def test_diverging_play_stops_and_says_diverged(view, qtbot):
    view.set_learning_rate(0.3)  # above 2 / L'' = 0.214
    assert view.regime() == "diverging"
    with qtbot.waitSignal(view.stepped, timeout=3000):
        view.play_button.click()
    qtbot.waitUntil(lambda: not view.play_button.isChecked(), timeout=3000)
    assert view.descent.diverged and not view.timer.isActive()
    assert "diverged" in view.state_label.text()
    assert not view.step_button.isEnabled() and not view.play_button.isEnabled()
    low, high = view.descent.problem.window
    assert (view.plot.viewRange()[0][0] <= low) and (view.plot.viewRange()[0][1] >= high)
    assert np.all(np.isfinite(view.trail.yData))
    view.step()  # a diverged run takes no more steps
    assert view.descent.steps == 1


def test_reset_restores_w0(view):
    view.set_learning_rate(0.05)
    for _ in range(3):
        view.step()
    view.reset()
    run = view.descent
    assert run.w == run.problem.w0 == -1.0 and run.steps == 0 and not run.diverged
    assert list(view.trail.xData) == [-1.0]
    assert "step 0" in view.state_label.text() and view.step_button.isEnabled()


def test_cross_entropy_problem_offers_its_own_learning_rates(view):
    view.set_problem("cross_entropy")
    assert view.descent.w == -2.0
    assert view.lr_slider.slider.maximum() == pytest.approx(1.0)  # log10(10)
    view.set_learning_rate(1.5 / view.descent.problem.curvature)
    for _ in range(30):
        view.step()
    assert view.descent.w == pytest.approx(view.descent.problem.minimum, abs=1e-3)
    with pytest.raises(ValueError, match="known"):
        view.set_problem("nope")


def test_leaving_the_tab_pauses_play(panel, view):
    view.play_button.click()
    assert view.timer.isActive()
    panel.setCurrentWidget(panel.activations)
    assert not view.timer.isActive() and not view.play_button.isChecked()


def test_pages_are_built_when_first_wanted_and_keep_what_they_were_told(qtbot):
    panel = ConceptsPanel()
    qtbot.addWidget(panel)
    panel.set_activation("relu")
    panel.set_loss("regression", "mse")
    assert panel.widget(0) is not None and not panel._views  # nothing built yet
    built = []
    panel.built.connect(built.append)
    panel.setCurrentIndex(1)
    assert built == [panel.losses] and panel.currentIndex() == 1
    assert panel.widget(1) is panel.losses
    assert panel.activations.current() == "relu"
    assert built[-1] is panel.activations
