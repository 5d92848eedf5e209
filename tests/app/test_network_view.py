"""NetworkView: nodes and links per structure, pens from weights, tooltips, inline edits,
neuron selection, the - / + buttons, stale snapshots, and zero hidden layers."""

import dataclasses
from itertools import pairwise

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from playground.app.views import network_items as ni
from playground.app.views.colors import CLASS_COLORS, OKABE_ITO
from playground.app.views.network_view import NetworkView, neuron_formula
from playground.engine import Snapshot, TrainConfig, Trainer, datasets
from tests.app.windows import shown

FEATURES = ("x1", "x2")
HIDDEN = (3, 2)
SIZES = [2, 3, 2, 2]
LEFT = Qt.MouseButton.LeftButton


def make_snapshot(sizes=SIZES, task="classification", seed=0, res=20, thumb=10) -> Snapshot:
    """A hand-made snapshot of a network with these column sizes."""
    rng = np.random.default_rng(seed)
    if task == "classification":
        output = rng.random((res, res, sizes[-1]))
        output /= output.sum(axis=-1, keepdims=True)
    else:
        output = rng.uniform(-1, 1, (res, res))
    return Snapshot(
        epoch=1, step=10, task=task, extent=(-6.0, 6.0), output=output,
        neurons=[np.tanh(rng.normal(size=(h, thumb, thumb))) for h in sizes[1:-1]],
        weights=[rng.uniform(-1, 1, pair) for pair in pairwise(sizes)],
        biases=[rng.uniform(-0.5, 0.5, b) for b in sizes[1:]],
        grad_norms=np.zeros(len(sizes) - 1), metrics={}, diverged=False, reason="")


def with_weight(snapshot: Snapshot, layer: int, source: int, target: int, value: float):
    weights = [w.copy() for w in snapshot.weights]
    weights[layer][source, target] = value
    return dataclasses.replace(snapshot, weights=weights)


def with_bias(snapshot: Snapshot, layer: int, target: int, value: float):
    biases = [b.copy() for b in snapshot.biases]
    biases[layer][target] = value
    return dataclasses.replace(snapshot, biases=biases)


@pytest.fixture
def view(qtbot) -> NetworkView:
    widget = shown(qtbot, NetworkView(), 560, 420)
    widget.set_structure(FEATURES, HIDDEN, 2, "classification", "tanh(z)")
    assert widget.set_snapshot(make_snapshot())
    return widget


def link_point(view: NetworkView, layer: int, source: int, target: int, at=0.5) -> QPointF:
    """The scene point a fraction `at` of the way along a link."""
    d = view.diagram
    x0, y0, x1, y1 = d.geometry.segments[d.link_index(layer, source, target)]
    return QPointF(x0 + at * (x1 - x0), y0 + at * (y1 - y0))


def node_centre(view: NetworkView, column: int, index: int) -> QPointF:
    return view.diagram.frames[column][index].sceneBoundingRect().center()


def bias_centre(view: NetworkView, column: int, index: int) -> QPointF:
    return view.diagram.frames[column][index].sceneBoundingRect().bottomLeft()


def click(qtbot, view: NetworkView, scene_pos: QPointF) -> None:
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.mapFromScene(scene_pos))


def click_button(qtbot, view: NetworkView, button: ni.StepButton) -> None:
    click(qtbot, view, button.sceneBoundingRect().center())


def test_one_node_per_feature_neuron_and_class_and_a_link_per_weight(view):
    d = view.diagram
    assert [len(column) for column in d.frames] == SIZES
    assert [len(column) for column in d.dots] == SIZES[1:]
    assert len(d.links) == 2 * 3 + 3 * 2 + 2 * 2
    xs = [{round(f.scenePos().x(), 3) for f in column} for column in d.frames]
    assert all(len(x) == 1 for x in xs)  # each column is aligned
    assert sorted(xs, key=min) == xs  # left to right
    labels = [label.text() for label in d.labels]
    assert labels == ["x₁", "x₂", "class 1", "class 2"]  # counted from 1, as keys 1-9 pick them
    assert [t.text() for t in d.titles] == ["Input", "Layer 1", "Layer 2", "Output"]
    assert [c.text() for c in d.counts] == ["3 neurons", "2 neurons"]
    assert d.layers_text.text() == "2 hidden layers"
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.viewport().rect().contains(view.mapFromScene(view.sceneRect()).boundingRect())


def test_a_trainer_snapshot_draws_every_thumbnail(view):
    trainer = Trainer(TrainConfig(hidden=HIDDEN), datasets.generate("circle", n_points=60))
    trainer.run(2)
    assert view.set_snapshot(trainer.snapshot(resolution=20, thumbnail=10))
    for column in view.diagram.thumbnails:
        for thumbnail in column:
            assert not thumbnail.pixmap().isNull()
            assert thumbnail.sceneBoundingRect().width() == pytest.approx(ni.NODE)


def test_input_thumbnails_put_positive_y_at_the_top(view):
    image = view.diagram.thumbnails[0][1].pixmap().toImage()  # x2
    top, bottom = image.pixelColor(5, 0), image.pixelColor(5, image.height() - 1)
    assert top.blue() > top.red() and bottom.red() > bottom.blue()  # blue up, orange down


def test_link_pen_follows_the_weight_sign_and_size(view):
    link = view.diagram.links[view.diagram.link_index(1, 2, 0)]
    base = make_snapshot()
    view.set_snapshot(with_weight(base, 1, 2, 0, 5.0))  # the largest weight
    assert link.pen().widthF() == pytest.approx(ni.MAX_WIDTH)
    assert link.pen().color().rgb() == QColor("#0877bd").rgb()  # the web's blue for positive
    assert 0 < link.pen().color().alpha() < 255
    view.set_snapshot(with_weight(base, 1, 2, 0, -0.01))
    assert link.pen().widthF() == pytest.approx(ni.MIN_WIDTH)
    assert link.pen().color().rgb() == QColor("#f59322").rgb()
    view.set_snapshot(with_weight(base, 1, 2, 0, -2.5))
    biggest = max(np.abs(w).max() for w in base.weights)
    assert link.pen().widthF() == pytest.approx(ni.MAX_WIDTH * 2.5 / max(2.5, biggest), abs=0.13)
    assert all(link.zValue() < frame.zValue() for frame in view.diagram.frames[1])


def test_tooltips_show_current_weights_and_biases(view):
    view.set_snapshot(with_weight(make_snapshot(), 0, 0, 2, 0.42127))
    text = view.tooltip_at(link_point(view, 0, 0, 2))
    assert text == "w = 0.4213 (from x₁ to layer 1, neuron 3)"
    view.set_snapshot(with_weight(make_snapshot(), 0, 0, 2, -1.5))
    assert view.tooltip_at(link_point(view, 0, 0, 2)).startswith("w = -1.5000")
    view.set_snapshot(with_bias(make_snapshot(), 0, 2, -0.12))
    node = view.tooltip_at(node_centre(view, 1, 2))
    assert node.startswith("Layer 1, neuron 3: tanh(sum of w x + b); b = -0.12")
    assert "b = -0.1200" in view.tooltip_at(bias_centre(view, 1, 2))
    assert "Output, class 2:" in view.tooltip_at(node_centre(view, 3, 1))  # the second output
    assert view.tooltip_at(QPointF(-50, -50)) == ""


def test_a_hover_shows_the_tooltip(view):
    pos = view.mapFromScene(link_point(view, 1, 0, 1, at=0.3))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    expected = view.diagram.weights[1][0, 1]
    assert QToolTip.text() == f"w = {expected:.4f} (from layer 1, neuron 1 to layer 2, neuron 2)"
    QToolTip.hideText()


def test_neuron_formula_writes_z_out():
    assert neuron_formula("tanh(z)") == "tanh(sum of w x + b)"
    assert neuron_formula("z") == "sum of w x + b"
    assert neuron_formula("max(0, z)") == "max(0, sum of w x + b)"
    assert neuron_formula("1 / (1 + exp(-z))") == "1 / (1 + exp(-z)) with z = sum of w x + b"


def test_clicking_a_link_edits_its_weight(view, qtbot):
    click(qtbot, view, link_point(view, 0, 1, 2))
    editor = view.editor
    assert editor.isVisible()
    assert float(editor.text()) == pytest.approx(view.diagram.weights[0][1, 2], rel=1e-5)
    assert editor.selectedText() == editor.text()
    qtbot.keyClicks(editor, "-0.75")
    with qtbot.waitSignal(view.weight_edited) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args == [0, 1, 2, -0.75]
    assert not editor.isVisible()


def test_the_editor_opens_over_the_link(view, qtbot):
    middle = view.mapFromScene(link_point(view, 2, 0, 1))
    click(qtbot, view, link_point(view, 2, 0, 1))
    assert view.editor.geometry().adjusted(-2, -2, 2, 2).contains(middle)


@pytest.mark.parametrize("text", ["abc", "", "nan", "inf", "-1e999", "1,5"])
def test_text_that_is_not_a_finite_number_is_refused(view, qtbot, text):
    click(qtbot, view, link_point(view, 0, 1, 2))
    view.editor.clear()
    qtbot.keyClicks(view.editor, text)
    with qtbot.assertNotEmitted(view.weight_edited):
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert "not a finite number" in view.editor.message
    assert view.editor.isVisible()
    with qtbot.assertNotEmitted(view.weight_edited):
        qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.editor.isVisible()


def test_escape_and_focus_out_cancel(view, qtbot):
    click(qtbot, view, link_point(view, 0, 0, 0))
    qtbot.keyClicks(view.editor, "3")
    with qtbot.assertNotEmitted(view.weight_edited):
        qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
        assert not view.editor.isVisible()
        click(qtbot, view, link_point(view, 0, 0, 0))
        qtbot.waitUntil(view.editor.hasFocus)
        view.setFocus()
        assert not view.editor.isVisible()
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)


def test_clicking_a_bias_dot_edits_the_bias(view, qtbot):
    click(qtbot, view, bias_centre(view, 3, 1))  # an output bias: biases[2][1]
    assert float(view.editor.text()) == pytest.approx(view.diagram.biases[2][1], rel=1e-5)
    qtbot.keyClicks(view.editor, "0.25")
    with qtbot.waitSignal(view.bias_edited) as blocker:
        qtbot.keyClick(view.editor, Qt.Key.Key_Enter)
    assert blocker.args == [2, 1, 0.25]
    click(qtbot, view, bias_centre(view, 1, 0))
    qtbot.keyClicks(view.editor, "-2")
    with qtbot.waitSignal(view.bias_edited) as blocker:
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert blocker.args == [0, 0, -2.0]


def test_clicking_a_neuron_selects_it_and_again_goes_back(view, qtbot):
    frame = view.diagram.frames[2][1]
    with qtbot.waitSignal(view.neuron_selected) as blocker:
        click(qtbot, view, node_centre(view, 2, 1))
    assert blocker.args == [1, 1]
    assert view.selection == (1, 1)
    assert frame.pen().widthF() > 2
    with qtbot.waitSignal(view.neuron_selected) as blocker:
        click(qtbot, view, node_centre(view, 2, 1))
    assert blocker.args == [-1, -1]
    assert view.selection is None and frame.pen().widthF() == 1
    with qtbot.waitSignal(view.neuron_selected) as blocker:
        click(qtbot, view, node_centre(view, 3, 0))  # an output neuron
    assert blocker.args == [2, 0]
    with qtbot.assertNotEmitted(view.neuron_selected):
        view.clear_selection()
        click(qtbot, view, node_centre(view, 0, 0))  # inputs are not selectable
    assert view.selection is None
    assert view.diagram.frames[3][0].pen().widthF() == 1


def test_a_selection_the_new_structure_lacks_is_dropped(view, qtbot):
    click(qtbot, view, node_centre(view, 1, 2))
    view.set_structure(FEATURES, (4, 2), 2, "classification", "tanh(z)")
    assert view.selection == (0, 2)
    with qtbot.waitSignal(view.neuron_selected) as blocker:
        view.set_structure(FEATURES, (2, 2), 2, "classification", "tanh(z)")
    assert blocker.args == [-1, -1] and view.selection is None


def test_the_buttons_ask_for_layers_and_neurons(view, qtbot):
    minus, plus = view.diagram.layer_buttons
    with qtbot.waitSignal(view.layers_changed) as blocker:
        click_button(qtbot, view, plus)
    assert blocker.args == [3]
    with qtbot.waitSignal(view.layers_changed) as blocker:
        click_button(qtbot, view, minus)
    assert blocker.args == [1]
    minus, plus = view.diagram.width_buttons[1]
    with qtbot.waitSignal(view.width_changed) as blocker:
        click_button(qtbot, view, minus)
    assert blocker.args == [1, 1]
    with qtbot.waitSignal(view.width_changed) as blocker:
        click_button(qtbot, view, view.diagram.width_buttons[0][1])
    assert blocker.args == [0, 4]
    assert "Add a neuron in layer 1" in view.tooltip_at(
        view.diagram.width_buttons[0][1].sceneBoundingRect().center())


def test_the_buttons_stay_within_bounds(view, qtbot):
    view.set_structure(FEATURES, (1,) * 7 + (32,), 2, "classification", "tanh(z)")
    d = view.diagram
    with qtbot.assertNotEmitted(view.layers_changed), qtbot.assertNotEmitted(view.width_changed):
        for button in (d.layer_buttons[1], d.width_buttons[0][0], d.width_buttons[7][1]):
            assert not button.isEnabled()
            click_button(qtbot, view, button)
    view.set_structure(FEATURES, (), 2, "classification", "tanh(z)")
    with qtbot.assertNotEmitted(view.layers_changed):
        click_button(qtbot, view, view.diagram.layer_buttons[0])
    with qtbot.waitSignal(view.layers_changed) as blocker:
        click_button(qtbot, view, view.diagram.layer_buttons[1])
    assert blocker.args == [1]


def test_a_snapshot_of_another_structure_is_ignored(view):
    pens = [link.pen().widthF() for link in view.diagram.links]
    for stale in (make_snapshot([2, 4, 2, 2], seed=3), make_snapshot([2, 3, 2], seed=3),
                  make_snapshot([2, 3, 2, 3], seed=3), make_snapshot([2, 3, 2, 1], "regression"),
                  dataclasses.replace(make_snapshot(seed=3), neurons=make_snapshot([2, 3, 3, 2])
                                      .neurons)):
        assert not view.set_snapshot(stale)
    assert [link.pen().widthF() for link in view.diagram.links] == pens


def test_the_same_structure_keeps_its_items(view):
    links = view.diagram.links
    view.set_structure(list(FEATURES), [3, 2], 2, "classification", "max(0, z)")
    assert view.diagram.links is links
    assert "max(0, sum of w x + b)" in view.tooltip_at(node_centre(view, 1, 0))


def test_zero_hidden_layers_and_regression(view, qtbot):
    view.set_structure(("x1", "x2", "sin(x1)"), (), 1, "regression", "tanh(z)")
    d = view.diagram
    assert [len(column) for column in d.frames] == [3, 1]
    assert len(d.links) == 3 and d.counts == [] and d.width_buttons == []
    assert d.layers_text.text() == "0 hidden layers"
    snapshot = make_snapshot([3, 1], "regression")
    assert view.set_snapshot(snapshot)
    assert view.tooltip_at(node_centre(view, 1, 0)).startswith("Output: value = sum of w x + b")
    click(qtbot, view, link_point(view, 0, 2, 0))
    qtbot.keyClicks(view.editor, "1.5")
    with qtbot.waitSignal(view.weight_edited) as blocker:
        qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert blocker.args == [0, 2, 0, 1.5]
    with qtbot.waitSignal(view.neuron_selected) as blocker:
        click(qtbot, view, node_centre(view, 1, 0))
    assert blocker.args == [0, 0]


def test_the_view_keeps_no_reference_to_the_snapshot(view):
    snapshot = make_snapshot(seed=5)
    view.set_snapshot(snapshot)
    before = view.tooltip_at(link_point(view, 0, 0, 0))
    for array in (*snapshot.weights, *snapshot.biases, snapshot.output, *snapshot.neurons):
        array[...] = 7.0
    assert view.tooltip_at(link_point(view, 0, 0, 0)) == before


def test_output_thumbnails_use_the_palette(view):
    snapshot = make_snapshot()
    output = np.zeros_like(snapshot.output)
    output[..., 1] = 1.0
    view.set_snapshot(dataclasses.replace(snapshot, output=output))
    thumbnail = view.diagram.thumbnails[3][1]
    assert thumbnail.pixmap().toImage().pixelColor(4, 4) == QColor(*CLASS_COLORS[1])
    assert view.diagram.thumbnails[3][0].pixmap().toImage().pixelColor(4, 4) == QColor("white")
    view.set_palette(OKABE_ITO)
    assert thumbnail.pixmap().toImage().pixelColor(4, 4) == QColor(*OKABE_ITO[1])


def test_a_diverged_snapshot_draws_without_error(view):
    snapshot = make_snapshot()
    nan = [np.full_like(w, np.nan) for w in snapshot.weights]
    assert view.set_snapshot(dataclasses.replace(
        snapshot, weights=nan, output=np.full_like(snapshot.output, np.nan), diverged=True))
    assert view.diagram.links[0].pen().color().rgb() == QColor(180, 180, 180).rgb()
    assert "nan" in view.tooltip_at(link_point(view, 0, 0, 0))
