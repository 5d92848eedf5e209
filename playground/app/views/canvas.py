"""DataCanvas: the data domain with the decision boundary under the points, drawn on by mouse."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QWidget

from playground.app.data.model import DataModel
from playground.app.views.color_scale import ColorScale
from playground.app.views.colors import (
    CLASS_COLORS,
    NEUTRAL,
    RGB,
    boundary_rgba,
    class_color,
    own_area,
    readable_shade,
    regression_point_colors,
)
from playground.app.views.opaque_image import OpaqueImage
from playground.app.views.scatter import Scatter
from playground.engine.datasets import DOMAIN, Dataset

MARGINS = (2, 12, 10, 2)  # left, top, right, bottom: room for the end tick labels
TRAIN_OUTLINE = pg.mkPen(255, 255, 255, 220, width=1)  # keeps a class dot apart from its area
# Presenting: the Okabe-Ito colours are light, as pale as their own areas: a dark rim instead.
PRESENT_OUTLINE = pg.mkPen(40, 40, 40, 230, width=1.5)
VALUE_OUTLINE = pg.mkPen(90, 90, 90, 210, width=1)  # a white (value 0) dot needs a dark rim
TEST_PEN_WIDTH = 2
# Value colours come in a few steps: each distinct brush costs pyqtgraph a rendered symbol.
VALUE_LEVELS = 33  # values -1, -15/16, ..., 1
_VALUE_COLORS = regression_point_colors(np.linspace(-1, 1, VALUE_LEVELS))
VALUE_BRUSHES = [pg.mkBrush(*c) for c in _VALUE_COLORS.tolist()]
VALUE_PENS = [  # darkened, as a white rim would vanish on the light background
    pg.mkPen(*c, width=TEST_PEN_WIDTH) for c in (0.55 * _VALUE_COLORS + 10).astype(int).tolist()
]
RING_CONTRAST = 2.5  # a test ring against the pale area (presenting: against its own area)
# Above this many points the canvas draws an even sample (every k-th point): pyqtgraph's setData
# costs ~1.4 s per million points, and 20,000 dots already cover a 600 px canvas several times.
# Such a set is also redrawn once per event-loop turn, not once per edit of a stroke.
MAX_DRAWN = 20_000


class DataCanvas(pg.PlotWidget):
    """The square domain [-DOMAIN, DOMAIN]^2: boundary image, train/test points, brush drawing.

    Left button draws points of current_class (or paint_value for regression), right button or
    the eraser tool removes them; each press-drag-release is one undo step in the DataModel.
    """

    point_inspected = Signal(int)  # index into the dataset of a Ctrl+clicked point

    def __init__(self, model: DataModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.model = model
        self.current_class = 0
        self.brush_radius = 0.5  # data units
        self.density = 5  # points sprayed per step of half a brush radius
        self.eraser = False
        self.inspecting = False  # the inspect tool: clicks name points instead of drawing
        self.paint_value = 1.0  # regression label drawn, in [-1, 1]
        self._rng = np.random.default_rng(0)  # where sprayed points land in the brush
        self._palette: tuple[RGB, ...] = CLASS_COLORS
        self._point_size = 7
        self._presenting = False
        self._discretize = False
        self._show_test = True
        self._output: tuple[np.ndarray, str, tuple[float, float]] | None = None
        self._span = 1.0
        self._stroke_button: Qt.MouseButton | None = None
        self._erasing = False
        self._last = np.zeros(2)  # data position of the last spray or erase in the stroke
        self._class_items: list[tuple[pg.ScatterPlotItem, pg.ScatterPlotItem]] = []  # train, test
        self._padding = (0.0, 0.0)  # added around the view, across and down, to keep it square
        self._setup_view()
        # Scale the boundary grid smoothly instead of in visible blocks.
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self._image = OpaqueImage(axisOrder="row-major")  # output is indexed [y, x]
        self._image.setZValue(-100)
        self.plotItem.addItem(self._image)
        self._value_items = (self._add_scatter(2), self._add_scatter(1))  # regression train, test
        self._cursor = QGraphicsEllipseItem()
        self._cursor.setPen(pg.mkPen(60, 60, 60, 150, width=1, style=Qt.PenStyle.DashLine))
        self._cursor.setZValue(3)
        self._cursor.hide()
        self.plotItem.addItem(self._cursor, ignoreBounds=True)
        self._redraw = QTimer(self, singleShot=True, interval=0)
        self._redraw.timeout.connect(self._draw_points)
        model.changed.connect(self._points_changed)
        self._draw_points()

    @property
    def discretize(self) -> bool:
        """Colour each boundary cell by its most likely class only."""
        return self._discretize

    @discretize.setter
    def discretize(self, on: bool) -> None:
        self._discretize = bool(on)
        self._draw_boundary()

    @property
    def show_test(self) -> bool:
        """Whether test points are drawn (as outlined dots)."""
        return self._show_test

    @show_test.setter
    def show_test(self, on: bool) -> None:
        self._show_test = bool(on)
        for _, test in (*self._class_items, self._value_items):
            test.setVisible(self._show_test)

    def set_output(self, output: np.ndarray, task: str,
                   extent: tuple[float, float] = (-DOMAIN, DOMAIN), span: float = 1.0) -> None:
        """Show a snapshot's output [y, x]: (res, res, k) probabilities or (res, res) values;
        span is what a value of 1 stands for (a neuron's map comes scaled by its peak)."""
        self._output = (output, task, extent)
        self._span = float(span)
        self._draw_boundary()

    @property
    def class_colors(self) -> tuple[RGB, ...]:
        """The class colours in use."""
        return self._palette

    def set_palette(self, colors: Sequence[RGB]) -> None:
        """Use other class colours (e.g. OKABE_ITO for presenting) for points and boundary."""
        self._palette = tuple(colors)
        self._style_class_items()
        self._draw_boundary()

    def set_presenting(self, on: bool, font: QFont) -> None:
        """Presentation mode: dark rims and darker test rings, so that points stay readable on
        their own class's area in the light Okabe-Ito colours; the key's labels take `font`."""
        self._presenting = bool(on)
        self.scale.set_font(QFont(font))
        self._style_class_items()

    def set_point_size(self, px: float) -> None:
        """Draw points px pixels wide (7 by default; larger reads better on a projector)."""
        self._point_size = px
        for item in (*self._value_items, *(i for pair in self._class_items for i in pair)):
            item.setSize(px)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a stroke: left draws one point at the cursor, right (or eraser) erases there.

        Ctrl+click (or a click with the inspect tool) draws nothing: it names the nearest point.
        """
        button = event.button()
        if button == Qt.MouseButton.LeftButton and (
                self.inspecting or event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._inspect(self._data_pos(event))
            event.accept()
            return
        if self._stroke_button is not None or button not in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            return
        self._stroke_button = button
        self._erasing = self.eraser or button == Qt.MouseButton.RightButton
        self._last = self._data_pos(event)
        self._show_cursor(self._last)
        self.model.begin_stroke()
        if self._erasing:
            self.model.erase(self._last, self.brush_radius)
        else:
            self._add(self._last[None])
        event.accept()

    mouseDoubleClickEvent = mousePressEvent  # a quick second click is a click too

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Move the brush outline; during a stroke spray or erase along the way moved."""
        pos = self._data_pos(event)
        self._show_cursor(pos)
        if self._stroke_button is None:
            return
        steps = self._steps_to(pos)
        if self._erasing:
            for center in (*steps, pos):
                self.model.erase(center, self.brush_radius)
            self._last = pos
        elif len(steps):
            self._last = steps[-1]
            self._add(self._spray_around(steps))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End the stroke begun by this button: it becomes one undo step."""
        if event.button() == self._stroke_button:
            self._stroke_button = None
            self.model.end_stroke()
            event.accept()

    def _inspect(self, pos: np.ndarray) -> None:
        """Emit point_inspected with the index of the nearest point within the brush radius."""
        points = self.model.dataset.points
        if not len(points):
            return
        distances = np.hypot(*(points - pos).T)
        nearest = int(np.argmin(distances))
        if distances[nearest] <= max(self.brush_radius, 0.3):
            self.point_inspected.emit(nearest)

    def leaveEvent(self, event: QEvent) -> None:
        """Hide the brush outline when the mouse leaves the canvas."""
        self._cursor.hide()
        super().leaveEvent(event)

    def _setup_view(self) -> None:
        """Fixed, square, non-interactive view of the domain with light axes."""
        item = self.plotItem
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.vb.setAspectLocked(True)
        item.vb.setRange(xRange=(-DOMAIN, DOMAIN), yRange=(-DOMAIN, DOMAIN), padding=0)
        item.vb.disableAutoRange()
        item.layout.setContentsMargins(*MARGINS)
        self.scale = ColorScale(item.getAxis("left"))
        item.layout.addItem(self.scale, 2, 3)
        item.vb.sigResized.connect(self._keep_square)
        ticks = [[(v, f"{v:g}") for v in np.arange(-DOMAIN, DOMAIN + 1, 2)]]
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTicks(ticks)
            axis.setStyle(hideOverlappingLabels=False)  # keep the -6 and 6 at the ends
            axis.setTextPen(90, 90, 90)
            axis.setPen(170, 170, 170)
            # The axes never change, so cache them as pixmaps: repainting them for every
            # boundary frame cost ~2 ms each offscreen.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _keep_square(self) -> None:
        """Pad the plot so that its view is square: the domain then fills the view exactly, the
        axes hug it and points outside it are clipped, instead of an aspect-locked view that
        widens past the boundary image and shows strips of stray points beside it."""
        left, top, right, bottom = MARGINS
        size = self.viewport().size()
        across = (size.width() - self.plotItem.getAxis("left").width() - self.scale.maximumWidth()
                  - left - right)
        down = size.height() - self.plotItem.getAxis("bottom").height() - top - bottom
        side = max(0.0, min(across, down))
        padding = (max(0.0, across - side), max(0.0, down - side))
        if max(abs(a - b) for a, b in zip(padding, self._padding, strict=True)) < 0.5:
            return
        self._padding = padding
        self.plotItem.layout.setContentsMargins(left + padding[0] / 2, top + padding[1] / 2,
                                                right + padding[0] / 2, bottom + padding[1] / 2)
        self.plotItem.setGeometry(self.range)  # the view's rect: larger old padding had grown it

    def _add_scatter(self, z: float) -> Scatter:
        """An empty scatter item at depth z on the plot."""
        item = Scatter(size=self._point_size, pen=VALUE_OUTLINE)
        item.setZValue(z)
        # Painted once into a pixmap until the points change: a boundary frame then costs a
        # blit, not a repaint of every point (0.4 s a frame at a million points).
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plotItem.addItem(item)
        return item

    def _style_class_items(self) -> None:
        """Give each class's scatter items its palette colour: train filled, test outlined."""
        for label, (train, test) in enumerate(self._class_items):
            color = class_color(self._palette, label)
            train.setBrush(pg.mkBrush(color))
            train.setPen(PRESENT_OUTLINE if self._presenting else TRAIN_OUTLINE)
            test.setBrush(pg.mkBrush(None))
            area = own_area(color) if self._presenting else NEUTRAL
            color = readable_shade(color, area, RING_CONTRAST)
            test.setPen(pg.mkPen(color, width=TEST_PEN_WIDTH))

    def _points_changed(self) -> None:
        """Redraw the points now, or for a large set once the edits of this turn are done."""
        if self.model.dataset.n <= MAX_DRAWN:
            self._redraw.stop()
            self._draw_points()
        elif not self._redraw.isActive():
            self._redraw.start()

    def _draw_points(self) -> None:
        """Redraw the points of the model's dataset (after any change)."""
        ds = drawn_sample(self.model.dataset)
        if self._output is None:  # no boundary yet: the key shows the data's colours
            self.scale.show_for(ds.task, ds.n_classes or 0, self._palette, self._discretize)
        if ds.n_classes is None:
            self._draw_values(ds)
        else:
            self._draw_classes(ds)

    def _draw_classes(self, ds: Dataset) -> None:
        """One filled scatter item per class for train points, one outlined for test points."""
        if len(self._class_items) < ds.n_classes:
            for _ in range(ds.n_classes - len(self._class_items)):
                pair = self._add_scatter(2), self._add_scatter(1)
                pair[1].setVisible(self._show_test)
                self._class_items.append(pair)
            self._style_class_items()
        for label, (train, test) in enumerate(self._class_items):
            mine = ds.labels == label
            train.setData(pos=ds.points[mine & ds.is_train])
            test.setData(pos=ds.points[mine & ~ds.is_train])
        for item in self._value_items:
            item.clear()

    def _draw_values(self, ds: Dataset) -> None:
        """Regression points coloured by value: train filled, test outlined."""
        level = np.rint((np.clip(ds.labels, -1, 1) + 1) * (VALUE_LEVELS // 2)).astype(int)
        train, test = self._value_items
        train.setData(pos=ds.train_points, brush=[VALUE_BRUSHES[i] for i in level[ds.is_train]])
        test.setData(
            pos=ds.test_points,
            brush=pg.mkBrush(None),
            pen=[VALUE_PENS[i] for i in level[~ds.is_train]],
        )
        for pair in self._class_items:
            for item in pair:
                item.clear()

    def _draw_boundary(self) -> None:
        """Paint the stored output grid into the image, exactly covering its extent."""
        if self._output is None:
            return
        output, task, (low, high) = self._output
        self.scale.show_for(task, output.shape[-1] if task == "classification" else 0,
                            self._palette, self._discretize, self._span)
        self._image.setImage(
            boundary_rgba(output, task, self._palette, self._discretize), autoLevels=False
        )
        self._image.setRect(QRectF(low, low, high - low, high - low))

    def _data_pos(self, event: QMouseEvent) -> np.ndarray:
        """The event's position in data coordinates (2,)."""
        scene = self.mapToScene(event.position().toPoint())
        point = self.plotItem.vb.mapSceneToView(scene)
        return np.array([point.x(), point.y()])

    def _steps_to(self, pos: np.ndarray) -> np.ndarray:
        """Points (s, 2) every half brush radius from the last spot toward pos, not past it."""
        offset = pos - self._last
        distance = float(np.hypot(*offset))
        spacing = self.brush_radius / 2
        if spacing <= 0 or distance < spacing:
            return np.empty((0, 2))
        along = spacing * np.arange(1, int(distance // spacing) + 1)
        return self._last + along[:, None] * (offset / distance)

    def _spray_around(self, centers: np.ndarray) -> np.ndarray:
        """density points (s * density, 2) uniform in the brush disc around each centre (s, 2)."""
        m = len(centers) * self.density
        radius = self.brush_radius * np.sqrt(self._rng.random(m))
        angle = 2 * np.pi * self._rng.random(m)
        offsets = radius[:, None] * np.column_stack([np.cos(angle), np.sin(angle)])
        return np.repeat(centers, self.density, axis=0) + offsets

    def _add(self, points: np.ndarray) -> None:
        """Add the points (m, 2) inside the domain, labelled with the brush's class or value."""
        points = points[(np.abs(points) <= DOMAIN).all(axis=1)]
        if not len(points):
            return
        if self.model.dataset.task == "regression":
            labels = np.full(len(points), float(self.paint_value))
        else:
            labels = np.full(len(points), int(self.current_class))
        self.model.spray(points, labels)

    def _show_cursor(self, pos: np.ndarray) -> None:
        """Draw the brush outline around pos (2,)."""
        r = self.brush_radius
        self._cursor.setRect(QRectF(pos[0] - r, pos[1] - r, 2 * r, 2 * r))
        self._cursor.show()


def drawn_sample(ds: Dataset, limit: int = MAX_DRAWN) -> Dataset:
    """The dataset itself, or above `limit` points every k-th of them (same task and classes)."""
    if ds.n <= limit:
        return ds
    step = -(-ds.n // limit)
    return Dataset(ds.points[::step], ds.labels[::step], ds.task, ds.n_classes,
                   ds.is_train[::step])
