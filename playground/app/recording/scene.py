"""OverlayScene: what the overlay draws into one frame, read on the GUI thread when the frame
is grabbed and painted onto the grab on the writer thread, so drawing it (0.8 ms a 1920x1080
frame) and finding the covers' colours do not hold up the window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF, QRegion

from playground.app.recording.clean import colour_covers, paint_over

# The arrow, tip at (0, 0), in logical pixels: the shape of the usual desktop pointer.
ARROW = ((0, 0), (0, 17), (4, 13), (7, 20), (10, 19), (7, 12), (12, 12))


@dataclass(frozen=True)
class Ring:
    """A click's ring (solid) or a right-drag's (dashed, with its trail), in widget pixels."""

    centre: QPointF
    radius: float
    colour: QColor
    dashed: bool = False
    trail: tuple[QPointF, ...] = ()


@dataclass(frozen=True)
class OverlayScene:
    """One frame's overlay for the grab of `rect` (widget coordinates): the areas to paint over
    (`hidden`), rings, the pointer's tip (None: not over the widget) and the keys' texts."""

    rect: QRect
    hidden: tuple[tuple[QRect, QRegion], ...] = ()
    rings: tuple[Ring, ...] = ()
    pointer: QPointF | None = None
    keys: tuple[str, ...] = ()
    font: QFont | None = None

    def paint(self, image: QImage) -> None:
        """Draw onto `image`, the grab of `rect` (device pixels; its device pixel ratio maps
        widget coordinates onto them). Any thread: it reads nothing but the image."""
        found = colour_covers(image, self.hidden, self.rect)  # read before painting
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-QPointF(self.rect.topLeft()))
        paint_over(painter, found)
        for ring in self.rings:
            _paint_ring(painter, ring)
        if self.pointer is not None:
            arrow = QPolygonF([self.pointer + QPointF(x, y) for x, y in ARROW])
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QColor("black"))
            painter.drawPolygon(arrow)
        if self.keys and self.font is not None:
            _paint_keys(painter, self.rect, self.keys, self.font)
        painter.end()


def _paint_ring(painter: QPainter, ring: Ring) -> None:
    pen = QPen(ring.colour, 3.0)
    if ring.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring.centre, ring.radius, ring.radius)
    if len(ring.trail) > 1:
        path = QPainterPath(ring.trail[0])
        for point in ring.trail[1:]:
            path.lineTo(point)
        painter.drawPath(path)


def _paint_keys(painter: QPainter, rect: QRect, keys: tuple[str, ...], font: QFont) -> None:
    """The newest key at the bottom centre, older ones above it, white on dark rounded boxes."""
    painter.setFont(font)
    metrics = painter.fontMetrics()
    line = metrics.height() * 1.6
    bottom = rect.bottom() - line * 0.8
    for text in reversed(keys):
        width = metrics.horizontalAdvance(text) + metrics.height() * 1.2
        box = QRectF(rect.center().x() - width / 2, bottom - line, width, line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(32, 33, 36, 215))
        painter.drawRoundedRect(box, line / 4, line / 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        bottom -= line * 1.15
