"""DataModel strokes and undo; DataCanvas drawing, erasing and painting by plain mouse events."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor, QImage

from playground.app.data.model import UNDO_LIMIT, DataModel
from playground.app.views.canvas import DataCanvas
from playground.app.views.colors import CLASS_COLORS, OKABE_ITO, boundary_rgba
from playground.engine.datasets import Dataset
from tests.app.mouse import LEFT, NONE, RIGHT, line, send, stroke, viewport_pos
from tests.app.windows import shown

# Four train points and two test points, far from the places the tests draw or sample.
POINTS = np.array([[-4.0, -4.0], [-4.5, 4.5], [4.0, -4.0], [0.0, -1.0], [0.3, -1.0], [-3, 1.0]])
LABELS = np.array([0, 1, 0, 1, 0, 1])
TRAIN = np.array([True, True, True, True, False, False])


def small_dataset() -> Dataset:
    return Dataset(POINTS, LABELS, "classification", 2, TRAIN)


@pytest.fixture
def model() -> DataModel:
    return DataModel(small_dataset())


@pytest.fixture
def canvas(qtbot, model) -> DataCanvas:
    return shown(qtbot, DataCanvas(model), 600, 600)


def pixel(canvas: DataCanvas, x: float, y: float) -> QColor:
    """The colour the canvas shows at data point (x, y)."""
    image = canvas.grab().toImage()
    return image.pixelColor(canvas.viewport().mapTo(canvas, viewport_pos(canvas, x, y)))


def rgb(color: QColor) -> np.ndarray:
    return np.array([color.red(), color.green(), color.blue()])


# DataModel


def test_spray_outside_a_stroke_is_one_undo_step(qtbot, model):
    with qtbot.waitSignal(model.changed):
        model.spray(np.array([[1.0, 1.0], [2.0, 2.0]]), np.array([1, 1]))
    assert model.dataset.n == 8 and model.undo_stack.count() == 1
    model.undo_stack.undo()
    assert model.dataset.n == 6
    model.undo_stack.redo()
    assert model.dataset.n == 8


def test_a_stroke_that_changes_nothing_pushes_nothing(model):
    model.begin_stroke()
    model.erase(np.array([5.0, 5.0]), 0.2)
    model.spray(np.empty((0, 2)), np.empty(0, int))
    model.end_stroke()
    assert model.undo_stack.count() == 0


def test_undo_during_a_stroke_restarts_the_stroke_from_the_undone_state(model):
    model.spray(np.array([[1.0, 1.0]]), np.array([0]))
    model.begin_stroke()
    model.spray(np.array([[2.0, 2.0]]), np.array([0]))
    model.undo_stack.undo()
    np.testing.assert_array_equal(model.dataset.points, POINTS)
    model.spray(np.array([[3.0, 3.0]]), np.array([0]))
    model.spray(np.array([[3.5, 3.0]]), np.array([0]))
    model.end_stroke()
    assert model.undo_stack.count() == 1
    model.undo_stack.undo()
    np.testing.assert_array_equal(model.dataset.points, POINTS)


def test_drawn_points_are_split_with_the_current_train_share():
    model = DataModel(Dataset(np.zeros((10, 2)), np.zeros(10, int), is_train=np.arange(10) < 3))
    assert model.train_fraction == pytest.approx(0.3)
    model.spray(np.ones((2000, 2)), np.ones(2000, int))
    assert model.dataset.is_train[10:].mean() == pytest.approx(0.3, abs=0.04)


def test_replace_and_clear_are_undoable(model):
    model.clear()
    assert model.dataset.n == 0 and model.dataset.n_classes == 2
    model.replace(Dataset(np.ones((3, 2)), np.array([0, 1, 2])), "three")
    assert model.dataset.n == 3 and model.undo_stack.undoText() == "three"
    model.undo_stack.undo()
    model.undo_stack.undo()
    np.testing.assert_array_equal(model.dataset.points, POINTS)
    np.testing.assert_array_equal(model.dataset.is_train, TRAIN)


def test_undo_keeps_at_most_the_limit(model):
    for i in range(UNDO_LIMIT + 5):
        model.spray(np.array([[0.01 * i, 0.0]]), np.array([0]))
    assert model.undo_stack.count() == UNDO_LIMIT


# DataCanvas drawing


def test_a_click_adds_exactly_one_point_of_the_current_class(canvas, model):
    canvas.current_class = 1
    stroke(canvas, [(2.0, 3.0)])
    assert model.dataset.n == 7
    assert model.dataset.labels[-1] == 1
    np.testing.assert_allclose(model.dataset.points[-1], [2.0, 3.0], atol=0.05)
    assert model.undo_stack.count() == 1


def test_a_quick_second_click_adds_a_point_too(canvas, model):
    stroke(canvas, [(2.0, 3.0)])
    send(canvas, QEvent.Type.MouseButtonDblClick, 2.0, 3.0, LEFT, LEFT)
    send(canvas, QEvent.Type.MouseButtonRelease, 2.0, 3.0, LEFT, NONE)
    assert model.dataset.n == 8


def test_a_drag_sprays_points_and_undoes_as_one_step(canvas, model):
    canvas.current_class = 1
    stroke(canvas, line((-2.0, 2.0), (2.0, 2.0)))
    ds = model.dataset
    added = ds.points[6:]
    assert len(added) > 30
    assert (ds.labels[6:] == 1).all()
    assert (np.abs(added[:, 1] - 2.0) <= canvas.brush_radius + 0.05).all()
    assert (added[:, 0] > -2.6).all() and (added[:, 0] < 2.6).all()
    assert ds.is_train[6:].any() and not ds.is_train[6:].all()  # drawn data has test points too
    after = ds.copy()
    assert model.undo_stack.count() == 1
    model.undo_stack.undo()
    np.testing.assert_array_equal(model.dataset.points, POINTS)
    model.undo_stack.redo()
    np.testing.assert_array_equal(model.dataset.points, after.points)
    np.testing.assert_array_equal(model.dataset.is_train, after.is_train)


def test_a_slow_drag_does_not_pile_up_points(canvas, model):
    stroke(canvas, line((1.0, 1.0), (1.2, 1.0), steps=10))  # less than half a brush radius
    assert model.dataset.n == 7


def test_points_are_never_added_outside_the_domain(canvas, model):
    canvas.brush_radius = 1.0
    stroke(canvas, line((5.8, -3.0), (5.8, 3.0)))
    assert model.dataset.n > 20
    assert (np.abs(model.dataset.points) <= 6).all()


def test_a_right_drag_erases_along_its_path(canvas, model):
    stroke(canvas, line((-1.0, -1.0), (1.0, -1.0)), button=RIGHT)
    np.testing.assert_array_equal(model.dataset.points, POINTS[[0, 1, 2, 5]])
    assert model.undo_stack.count() == 1
    model.undo_stack.undo()
    assert model.dataset.n == 6


def test_a_second_button_during_a_stroke_is_ignored(canvas, model):
    send(canvas, QEvent.Type.MouseButtonPress, 2.0, 2.0, LEFT, LEFT)
    send(canvas, QEvent.Type.MouseButtonPress, 0.0, -1.0, RIGHT, LEFT | RIGHT)
    send(canvas, QEvent.Type.MouseButtonRelease, 0.0, -1.0, RIGHT, LEFT)
    send(canvas, QEvent.Type.MouseButtonRelease, 0.0, -1.0, LEFT, NONE)
    assert model.dataset.n == 7  # the click's point, and nothing erased
    assert model.undo_stack.count() == 1


def test_the_eraser_tool_erases_with_the_left_button(canvas, model):
    canvas.eraser = True
    stroke(canvas, [(-4.0, -4.0)])
    np.testing.assert_array_equal(model.dataset.points, POINTS[1:])


def test_drawing_a_new_class_adds_it(canvas, model):
    canvas.current_class = 3
    stroke(canvas, [(2.0, 3.0)])
    assert model.dataset.n_classes == 4


def test_regression_paints_the_chosen_value(qtbot):
    model = DataModel(Dataset(np.zeros((2, 2)), np.array([0.5, -0.5]), "regression"))
    canvas = DataCanvas(model)
    qtbot.addWidget(canvas)
    canvas.resize(400, 400)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.paint_value = -0.75
    stroke(canvas, [(1.0, 1.0)])
    assert model.dataset.labels[-1] == -0.75
    canvas.set_output(np.linspace(-1, 1, 100 * 100).reshape(100, 100), "regression")
    assert canvas.grab().width() == 400


# DataCanvas drawing the boundary and the points


def top_half_class_1(res: int = 100) -> np.ndarray:
    """Probabilities (res, res, 2) [y, x]: class 1 where y > 0, class 0 below."""
    output = np.zeros((res, res, 2), np.float32)
    output[res // 2 :, :, 1] = 1
    output[: res // 2, :, 0] = 1
    return output


def test_set_output_draws_the_boundary_the_right_way_up(canvas):
    canvas.set_output(top_half_class_1(), "classification")
    expected = boundary_rgba(top_half_class_1(4), "classification")[:, 0, :3].astype(int)
    top, bottom = rgb(pixel(canvas, 3.0, 4.0)), rgb(pixel(canvas, 3.0, -4.0))
    assert np.abs(top - expected[3]).max() <= 2  # class 1, blue, at y > 0
    assert np.abs(bottom - expected[0]).max() <= 2  # class 0, orange, at y < 0
    assert top[2] > top[0] and bottom[0] > bottom[2]


def test_the_boundary_is_drawn_opaque_with_its_own_colours(canvas):
    output = np.random.default_rng(5).dirichlet([1, 1, 1], (20, 20)).astype(np.float32)
    canvas.set_output(output, "classification")
    canvas.grab()  # paints, which renders the image
    image = canvas._image.qimage
    assert image.format() == QImage.Format.Format_RGB32  # drawn without per-pixel blending
    expected = boundary_rgba(output, "classification")
    for row, column in ((0, 0), (7, 13), (19, 2)):
        shown = image.pixelColor(column, row)
        assert [shown.red(), shown.green(), shown.blue(), shown.alpha()] == [
            *expected[row, column, :3].tolist(), 255]


def test_the_boundary_covers_exactly_the_domain(canvas):
    canvas.set_output(top_half_class_1(), "classification")
    (image,) = [item for item in canvas.plotItem.items if isinstance(item, pg.ImageItem)]
    assert image.mapRectToView(image.boundingRect()) == QRectF(-6, -6, 12, 12)
    corner = rgb(pixel(canvas, 5.9, 5.9))
    assert corner[2] > corner[0] + 30  # the top-right cell is drawn, and blue


def test_discretize_redraws_the_stored_output(canvas):
    unsure = np.full((10, 10, 2), 0.45, np.float32)
    unsure[..., 1] = 0.55
    canvas.set_output(unsure, "classification")
    before = rgb(pixel(canvas, 3.0, 4.0))
    canvas.discretize = True
    after = rgb(pixel(canvas, 3.0, 4.0))
    assert after[2] - after[0] > before[2] - before[0] + 30


def ink_near(canvas: DataCanvas, x: float, y: float, half: int = 6) -> int:
    """How many pixels around data point (x, y) are not the white background."""
    image = canvas.grab().toImage()
    center = canvas.viewport().mapTo(canvas, viewport_pos(canvas, x, y))
    return sum(
        image.pixelColor(center.x() + dx, center.y() + dy).lightness() < 240
        for dx in range(-half, half + 1)
        for dy in range(-half, half + 1)
    )


def test_show_test_toggles_the_test_points(canvas):
    assert canvas.show_test
    assert ink_near(canvas, -3.0, 1.0) > 0  # a test point
    canvas.show_test = False
    assert ink_near(canvas, -3.0, 1.0) == 0
    assert ink_near(canvas, -4.0, -4.0) > 0  # train points stay
    canvas.show_test = True
    assert ink_near(canvas, -3.0, 1.0) > 0


def test_points_follow_undo(canvas, model):
    stroke(canvas, [(2.0, 3.0)])
    assert ink_near(canvas, 2.0, 3.0) > 0
    model.undo_stack.undo()
    assert ink_near(canvas, 2.0, 3.0) == 0


def test_palette_and_point_size_restyle_the_points(canvas):
    assert np.abs(rgb(pixel(canvas, -4.0, -4.0)) - CLASS_COLORS[0]).max() <= 3  # class-0 train
    canvas.set_palette(OKABE_ITO)
    assert np.abs(rgb(pixel(canvas, -4.0, -4.0)) - OKABE_ITO[0]).max() <= 3
    small = ink_near(canvas, -4.0, -4.0, half=9)
    canvas.set_point_size(14)
    assert ink_near(canvas, -4.0, -4.0, half=9) > 2 * small


@pytest.mark.parametrize("size", [(700, 380), (380, 700), (600, 600)])
def test_the_view_is_the_square_domain_at_any_size_and_strays_are_clipped(qtbot, size):
    stray = Dataset(np.array([[8.5, 0.0], [0.0, 8.5], [-8.5, 0.0], [0.0, -8.5]]),
                    np.array([1, 1, 1, 1]), "classification", 2)  # a noisy preset's far points
    canvas = shown(qtbot, DataCanvas(DataModel(stray)), 600, 600)
    canvas.set_output(top_half_class_1(), "classification")
    canvas.resize(*size)
    qtbot.waitUntil(lambda: canvas.plotItem.vb.viewRect() == QRectF(-6, -6, 12, 12))
    view = canvas.plotItem.vb.sceneBoundingRect()
    assert view.width() == pytest.approx(view.height(), abs=1)
    image = canvas.grab().toImage()
    for x, y in ((8.5, 0), (0, 8.5)):  # beside the domain (away from the axes): no stray dot
        spot = viewport_pos(canvas, x, y)
        if canvas.viewport().rect().contains(spot):
            assert rgb(image.pixelColor(canvas.viewport().mapTo(canvas, spot))).min() > 240
