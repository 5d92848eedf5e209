"""The colour key beside the canvas, and points readable on their own class's area."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics

from playground.app.data.model import DataModel
from playground.app.views.canvas import (
    PRESENT_OUTLINE,
    TRAIN_OUTLINE,
    VALUE_OUTLINE,
    VALUE_PENS,
    DataCanvas,
)
from playground.app.views.color_scale import BAR_WIDTH, GAP, STEPS, scale_colors, scale_ticks
from playground.app.views.colors import (
    CLASS_COLORS,
    NEUTRAL,
    OKABE_ITO,
    boundary_rgba,
    contrast,
    own_area,
)
from playground.engine import datasets
from tests.app.windows import open_window, shown


def test_the_regression_key_runs_from_minus_1_orange_to_plus_1_blue_as_the_boundary_does():
    colors = scale_colors("regression", 0, CLASS_COLORS, False)
    assert colors.shape[1] == 1
    ends = boundary_rgba(np.array([[-1.0], [1.0]]), "regression")[:, 0]
    np.testing.assert_array_equal(colors[[0, -1], 0], ends)
    assert colors[-1, 0, 2] > colors[-1, 0, 0] and colors[0, 0, 0] > colors[0, 0, 2]
    assert [label for _, label in scale_ticks("regression", 0)] == ["-1", "-0.5", "0", "0.5", "1"]


@pytest.mark.parametrize("k", [2, 3, 6])
def test_the_class_key_has_a_column_per_class_from_chance_to_certain(k):
    colors = scale_colors("classification", k, OKABE_ITO, False)
    assert colors.shape[:2] == (STEPS, k)
    sure = np.eye(k, dtype=np.float32)[:, None, :]  # (k, 1, k): certain of each class
    certain = boundary_rgba(sure, "classification", OKABE_ITO)[:, 0]
    np.testing.assert_array_equal(colors[-1], certain)
    chance = boundary_rgba(np.full((1, 1, k), 1 / k, np.float32), "classification")[0, 0]
    assert (np.abs(colors[0].astype(int) - chance.astype(int)) <= 1).all()
    ticks = scale_ticks("classification", k)
    assert ticks[0] == (0.0, f"{1 / k:.0%}") and ticks[-1] == (1.0, "100%")


def bar_pixel(canvas: DataCanvas, height: float) -> np.ndarray:
    """The colour the key shows `height` (0 bottom, 1 top) up the middle of its bar."""
    scale = canvas.scale
    margin = QFontMetrics(scale.font()).height()  # the bar sits half a line in: stay clear
    rect = scale.rect()
    top, bottom = rect.top() + margin, rect.bottom() - margin
    x = rect.left() + GAP + BAR_WIDTH / 2
    local = QPointF(x, bottom - height * (bottom - top))
    point = canvas.mapFromScene(scale.mapToScene(local))
    color = canvas.grab().toImage().pixelColor(canvas.viewport().mapTo(canvas, point))
    return np.array([color.red(), color.green(), color.blue()])


def test_the_canvas_shows_the_key_of_what_it_draws(qtbot):
    data = datasets.generate("plane", n_points=50)
    canvas = shown(qtbot, DataCanvas(DataModel(data)), 700, 500)
    canvas.set_output(np.zeros((10, 10)), "regression")
    view = canvas.plotItem.vb
    qtbot.waitUntil(lambda: abs(view.width() - view.height()) < 1)  # laid out
    assert canvas.scale.shown == ("regression", 0, tuple(CLASS_COLORS), False, 1.0)
    assert canvas.scale.isVisible() and canvas.scale.size().width() > 20
    top, bottom = bar_pixel(canvas, 0.95), bar_pixel(canvas, 0.05)
    assert top[2] > top[0] + 40 and bottom[0] > bottom[2] + 40  # +1 blue up top, -1 orange below
    assert canvas.scale.sceneBoundingRect().left() >= view.sceneBoundingRect().right() - 1
    assert canvas.scale.sceneBoundingRect().right() <= canvas.viewport().width()  # all shown

    canvas.set_output(np.full((10, 10, 3), 1 / 3, np.float32), "classification")
    canvas.discretize = True
    assert canvas.scale.shown == ("classification", 3, tuple(CLASS_COLORS), True, 1.0)

    canvas.set_output(np.zeros((10, 10)), "regression", span=0.25)  # a neuron's map, peak 0.25
    assert canvas.scale.shown[-1] == 0.25
    assert [label for _, label in scale_ticks("regression", 0, 0.25)] == [
        "-0.25", "-0.12", "0", "0.12", "0.25"]


@pytest.mark.parametrize("palette", [OKABE_ITO, CLASS_COLORS])
def test_presenting_keeps_points_readable_on_their_own_class_area(qtbot, palette):
    """Every class of the palette: dark rims, and test rings darker than the class's area."""
    data = datasets.generate("blobs", n_points=60, classes=6)
    data.add_points(np.array([[0.0, 0.0]] * 3), np.array([6, 7, 8]))  # nine classes drawn
    canvas = shown(qtbot, DataCanvas(DataModel(data)), 500, 500)
    canvas.set_palette(palette)
    canvas.set_presenting(True, canvas.font())
    assert len(canvas._class_items) == 9
    for label, (train, test) in enumerate(canvas._class_items):
        area = boundary_rgba(np.eye(9, dtype=np.float32)[label][None, None], "classification",
                             palette)[0, 0]  # the class's own area, where the net is sure
        rim = train.opts["pen"].color().getRgb()
        fill = train.opts["brush"].color().getRgb()
        ring = test.opts["pen"].color().getRgb()
        assert max(contrast(rim, area), contrast(fill, area)) >= 3  # a dark rim, or a dark dot
        assert contrast(ring, area) >= 2.5  # a test ring darker than its area


def test_test_rings_of_every_class_read_on_the_pale_area():
    canvas = DataCanvas(DataModel(datasets.generate("blobs", n_points=60, classes=6)))
    for _, test in canvas._class_items:  # six classes, the light teal among them
        assert contrast(test.opts["pen"].color().getRgb(), NEUTRAL) >= 2.5


def test_value_points_near_zero_stay_readable_on_the_pale_area():
    pale = NEUTRAL  # where the network predicts about 0
    middle = len(VALUE_PENS) // 2  # the value-0 test ring, and the rim of a white train dot
    assert contrast(VALUE_PENS[middle].color().getRgb(), pale) >= 2.5
    assert contrast(VALUE_OUTLINE.color().getRgb(), pale) >= 3


def test_presenting_gives_points_their_rims_and_the_key_the_larger_type(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    canvas = window.canvas
    train, test = canvas._class_items[0]
    size = canvas.scale.font().pointSizeF()
    window.toggle_presentation()  # F5
    assert train.opts["pen"].color().getRgb() == PRESENT_OUTLINE.color().getRgb()
    ring = test.opts["pen"].color().getRgb()
    assert 2.5 <= contrast(ring, own_area(OKABE_ITO[0])) < 3  # as dark as needed, no darker
    assert canvas.scale.font().pointSizeF() == pytest.approx(size * 1.6)
    window.toggle_presentation()  # F5
    assert train.opts["pen"].color().getRgb() == TRAIN_OUTLINE.color().getRgb()
    ring = test.opts["pen"].color().getRgb()
    assert 2.5 <= contrast(ring, NEUTRAL) < 3  # orange, a little darker to read on pale
    assert canvas.scale.font().pointSizeF() == pytest.approx(size)
    window.close()


def test_the_key_is_painted_once_and_again_for_a_new_font(qtbot):
    """The key is cached as a picture (the boundary beside it repaints every frame); a new
    font, as presentation mode sets, paints it again with the larger labels."""
    data = datasets.generate("plane", n_points=50)
    canvas = shown(qtbot, DataCanvas(DataModel(data)), 700, 500)
    canvas.set_output(np.zeros((10, 10)), "regression")
    qtbot.waitUntil(lambda: canvas.scale.size().width() > 20)
    painted = []
    real_paint = type(canvas.scale).paint
    canvas.scale.paint = lambda *args: painted.append(1) or real_paint(canvas.scale, *args)

    def label_ink() -> int:
        rect = canvas.mapFromScene(canvas.scale.sceneBoundingRect()).boundingRect()
        pixels = canvas.grab(rect).toImage()
        return sum(pixels.pixelColor(x, y).value() < 128
                   for x in range(pixels.width() - 30, pixels.width())
                   for y in range(pixels.height()))

    small = label_ink()
    painted.clear()
    canvas.set_output(np.full((10, 10), 0.5), "regression")  # a boundary frame
    label_ink()
    assert not painted  # the frame blitted the cached key
    font = canvas.scale.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    canvas.scale.set_font(font)
    assert label_ink() > small * 1.3 and painted
