"""Pieces of the network diagram: geometry, colours and pens, step buttons, the value editor."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QKeyEvent, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QLineEdit,
    QToolTip,
    QWidget,
)

from playground.app.views.colors import RGB, regression_point_colors

# Scene units: one unit is one pixel when the view shows the scene at scale 1. Text, buttons and
# the margins that hold them are sized in screen pixels instead (scaled by Fit.unit), so a big
# network shrinks its thumbnails but never its text below what a projector shows.
NODE = 40.0  # side of a neuron's thumbnail
PITCH = 52.0  # node centre to node centre within a column
LABEL_PITCH = 18.0  # screen pixels between labelled nodes (inputs, outputs), so labels never touch
HEADER = 72.0  # screen pixels above the columns: layer count, column titles, neuron steppers
LEFT = 64.0  # screen pixels left of the inputs for the feature labels
RIGHT = 60.0  # screen pixels right of the outputs for their labels
BOTTOM = 6.0
MIN_GAP, MAX_GAP = 118.0, 220.0  # column centre to column centre
MAX_SCALE = 1.3  # a small network is not blown up past this
BIAS_RADIUS = 4.5
LINK_ALPHA = 185
MIN_WIDTH, MAX_WIDTH, WIDTH_STEP = 0.5, 6.0, 0.25
LEVELS = int(round((MAX_WIDTH - MIN_WIDTH) / WIDTH_STEP)) + 1
NEGATIVE_LINK, POSITIVE_LINK = QColor(245, 147, 34), QColor(8, 119, 189)  # the web's colours
UNKNOWN_PEN = 2 * LEVELS  # index of the grey pen, for a weight that is NaN or not known yet


@dataclass(frozen=True)
class Colors:
    """The diagram's own colours (its scene is drawn outside the window's style sheet)."""

    background: str
    text: str
    muted: str
    frame: str
    selected: str
    button: str
    button_border: str
    glyph_off: str


THEMES = {
    "light": Colors("#ffffff", "#3c4043", "#5f6368", "#bdc1c6", "#202124", "#ffffff",
                    "#dadce0", "#c4c7c5"),
    "dark": Colors("#26272b", "#e8eaed", "#c4c7cc", "#5f6368", "#ffffff", "#2a2b2f",
                   "#5f6368", "#5f6368"),
}


@dataclass(frozen=True)
class Geometry:
    """Where things go for layer sizes at one column gap, in scene units.

    xs: column centres (c,); ys: node centres per column; segments: (links, 4) rows x0, y0, x1, y1
    of every link in weight order (layer, then source, then target).
    """

    xs: np.ndarray
    ys: list[np.ndarray]
    segments: np.ndarray
    width: float
    height: float


@dataclass(frozen=True)
class Fit:
    """How a network fills a view: column gap (scene units), the view's scale, and `unit`, the
    scene units per screen pixel given to text, buttons and their margins (1 unless shrunk)."""

    gap: float
    scale: float
    unit: float


def fit(sizes: Sequence[int], view_width: float, view_height: float,
        text_scale: float = 1.0) -> Fit:
    """The scale and column gap that fill a view of this size, text kept at its pixel size
    times text_scale (presentation mode's larger type)."""
    body = max(sizes) * PITCH + BOTTOM
    columns = NODE + (len(sizes) - 1) * MIN_GAP
    header, sides = HEADER * text_scale, (LEFT + RIGHT) * text_scale
    scale = min(view_height / (header + body), view_width / (sides + columns), MAX_SCALE)
    if scale < 1:  # the margins stay in screen pixels; the nodes and links take the shrinking
        scale = max(min((view_height - header) / body, (view_width - sides) / columns), 0.05)
    unit = max(1.0, 1.0 / scale) * text_scale
    if len(sizes) < 2:
        return Fit(MIN_GAP, scale, unit)
    gap = ((view_width - (LEFT + RIGHT) * unit * scale) / scale - NODE) / (len(sizes) - 1)
    return Fit(float(np.clip(gap, MIN_GAP, MAX_GAP)), scale, unit)


def geometry(sizes: Sequence[int], gap: float, unit: float = 1.0) -> Geometry:
    """Columns left to right, each centred vertically on the tallest one."""
    tallest = max(sizes)
    header, middle = HEADER * unit, HEADER * unit + tallest * PITCH / 2
    xs = LEFT * unit + NODE / 2 + gap * np.arange(len(sizes))
    ys = []
    for column, n in enumerate(sizes):
        pitch = PITCH
        if column in (0, len(sizes) - 1):  # labelled: spread out when labels would touch
            pitch = max(PITCH, min(LABEL_PITCH * unit, tallest * PITCH / max(n, 1)))
        ys.append(middle + pitch * (np.arange(n) - (n - 1) / 2))
    parts = []
    for i in range(len(sizes) - 1):
        y0, y1 = np.meshgrid(ys[i], ys[i + 1], indexing="ij")
        x0 = np.full(y0.size, xs[i] + NODE / 2)
        x1 = np.full(y0.size, xs[i + 1] - NODE / 2)
        parts.append(np.column_stack([x0, y0.ravel(), x1, y1.ravel()]))
    segments = np.concatenate(parts) if parts else np.empty((0, 4))
    return Geometry(xs, ys, segments, float(xs[-1] + NODE / 2 + RIGHT * unit),
                    header + tallest * PITCH + BOTTOM)


def nearest_segment(segments: np.ndarray, x: float, y: float) -> tuple[int, float]:
    """Index of the segment (rows x0, y0, x1, y1) nearest to (x, y), and its distance."""
    if not len(segments):
        return -1, math.inf
    start, end = segments[:, :2], segments[:, 2:]
    along = end - start
    point = np.array([x, y])
    t = np.einsum("ij,ij->i", point - start, along) / np.maximum(
        np.einsum("ij,ij->i", along, along), 1e-12)
    closest = start + np.clip(t, 0.0, 1.0)[:, None] * along
    distance = np.hypot(*(closest - point).T)
    best = int(np.argmin(distance))
    return best, float(distance[best])


def link_pens() -> list[QPen]:
    """Every link pen: LEVELS widths of orange (negative), then of blue, then a thin grey."""
    pens = []
    for color in (NEGATIVE_LINK, POSITIVE_LINK):
        color = QColor(color)
        color.setAlpha(LINK_ALPHA)
        for level in range(LEVELS):
            pen = QPen(color, MIN_WIDTH + WIDTH_STEP * level)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            pens.append(pen)
    pens.append(QPen(QColor(180, 180, 180, LINK_ALPHA), MIN_WIDTH))
    return pens


def pen_indices(weights: np.ndarray) -> np.ndarray:
    """Index into link_pens() (n,) of each weight (n,): sign picks the colour, |w| the width."""
    finite = np.isfinite(weights)
    magnitude = np.where(finite, np.abs(weights), 0.0)
    top = max(float(magnitude.max(initial=0.0)), 1e-12)
    width = np.clip(MAX_WIDTH * magnitude / top, MIN_WIDTH, MAX_WIDTH)
    level = np.rint((width - MIN_WIDTH) / WIDTH_STEP).astype(np.intp)
    index = np.where(weights >= 0, LEVELS + level, level)
    index[~finite] = UNKNOWN_PEN
    return index


def bias_scale(biases: np.ndarray, weights: np.ndarray) -> float:
    """The |bias| drawn at full colour: the largest |bias|, but at least a quarter of the largest
    |weight|, so that biases that are all tiny next to the weights look faint."""
    def top(values: np.ndarray) -> float:
        return float(np.abs(values[np.isfinite(values)]).max(initial=0.0))
    return max(top(biases), top(weights) / 4, 1e-12)


def diverging_rgba(values: np.ndarray) -> np.ndarray:
    """RGBA (..., 4) uint8 of values (...): white at 0, orange toward -1, blue toward +1."""
    values = np.nan_to_num(np.asarray(values, dtype=np.float32), nan=0.0)
    rgba = np.full(values.shape + (4,), 255, dtype=np.uint8)
    rgba[..., :3] = regression_point_colors(values.reshape(-1)).reshape(values.shape + (3,))
    return rgba


def probability_rgba(p: np.ndarray, color: RGB) -> np.ndarray:
    """RGBA (..., 4) uint8 of probabilities p (...): white at 0, the class colour at 1."""
    p = np.clip(np.nan_to_num(np.asarray(p, dtype=np.float32), nan=0.0), 0.0, 1.0)[..., None]
    rgba = np.full(p.shape[:-1] + (4,), 255, dtype=np.uint8)
    rgba[..., :3] = np.rint(255.0 + p * (np.array(color, np.float32) - 255.0))
    return rgba


def to_image(rgba: np.ndarray) -> QImage:
    """A QImage owning a copy of rgba (h, w, 4) uint8 indexed [y, x], flipped so y points up."""
    data = np.ascontiguousarray(rgba[::-1])
    height, width = data.shape[:2]
    return QImage(data.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def text_item(text: str, size: int, bold: bool = False) -> QGraphicsSimpleTextItem:
    """A label in the house font, size in screen pixels (the diagram scales it by Fit.unit)."""
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    item.setFont(font)
    item.setZValue(4)
    return item


def place_text(item: QGraphicsSimpleTextItem, x: float, y: float, align: str = "center") -> None:
    """Put a label's top at y, its centre (or right edge, or left edge) at x."""
    width = item.boundingRect().width() * item.scale()
    shift = {"center": width / 2, "right": width, "left": 0.0}[align]
    item.setPos(x - shift, y)


class StepButton(QGraphicsPathItem):
    """A small rounded [-] or [+] square; the view runs `action` when it is clicked enabled."""

    SIZE = 16.0

    def __init__(self, step: int, tip: str, action) -> None:
        outline = QPainterPath()
        outline.addRoundedRect(QRectF(0, 0, self.SIZE, self.SIZE), 4, 4)
        super().__init__(outline)
        glyph = QPainterPath()
        middle, arm = self.SIZE / 2, 4.0
        glyph.moveTo(middle - arm, middle)
        glyph.lineTo(middle + arm, middle)
        if step > 0:
            glyph.moveTo(middle, middle - arm)
            glyph.lineTo(middle, middle + arm)
        self.glyph = QGraphicsPathItem(glyph, self)
        self.step = step
        self.action = action
        self.setToolTip(tip)
        self.setZValue(5)
        self.colors = THEMES["light"]
        self.set_enabled(True)

    def set_enabled(self, on: bool) -> None:
        """Enable (clear glyph) or disable (faint glyph) the button."""
        self.setEnabled(on)
        self.restyle(self.colors)

    def restyle(self, colors: Colors) -> None:
        """Draw in these theme colours."""
        self.colors, on = colors, self.isEnabled()
        self.setPen(QPen(QColor(colors.button_border if on else colors.frame), 1))
        self.setBrush(QBrush(QColor(colors.button)))
        self.glyph.setPen(QPen(QColor(colors.text if on else colors.glyph_off), 1.6))

    def contains_scene(self, x: float, y: float) -> bool:
        """Whether scene point (x, y) falls on the button (with a pixel to spare)."""
        return self.sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(x, y)


class ValueEditor(QLineEdit):
    """A one-line editor for a weight or bias: Enter commits a finite number, Escape cancels."""

    committed = Signal(float)
    cancelled = Signal()

    NORMAL = "QLineEdit { border: 1px solid #1a73e8; border-radius: 3px; padding: 1px 3px; }"
    REFUSED = "QLineEdit { border: 1px solid #d93025; border-radius: 3px; padding: 1px 3px; }"

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFixedWidth(92)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = ""  # why the last Enter was refused, "" if it was not
        self._open = False
        self.hide()

    def open(self, value: float, center: QPoint) -> None:
        """Show the editor centred on center (parent pixels), holding value, all selected."""
        self.message = ""
        self.setStyleSheet(self.NORMAL)
        self.setText(f"{value:.6g}")
        self.selectAll()
        self.adjustSize()
        area = self.parentWidget().rect()
        x = min(max(center.x() - self.width() // 2, 0), max(area.width() - self.width(), 0))
        y = min(max(center.y() - self.height() // 2, 0), max(area.height() - self.height(), 0))
        self.move(x, y)
        self._open = True
        self.show()
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def cancel(self) -> None:
        """Close without a value (emits cancelled if it was open)."""
        if self._open:
            self._close()
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter commits, Escape cancels, other keys edit."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        """Leaving the editor cancels the edit."""
        super().focusOutEvent(event)
        self.cancel()

    def _commit(self) -> None:
        try:
            value = float(self.text().strip())
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            text = self.text().strip()
            self.message = (QCoreApplication.translate("ValueEditor", "{text} is not a finite "
                                                       "number").format(text=text) if text
                            else QCoreApplication.translate("ValueEditor",
                                                            "Nothing is not a finite number"))
            self.setStyleSheet(self.REFUSED)
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.message, self)
            return
        self._close()
        self.committed.emit(value)

    def _close(self) -> None:
        self._open = False
        QToolTip.hideText()
        self.hide()

