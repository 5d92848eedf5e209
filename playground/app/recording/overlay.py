"""FrameOverlay: what a grabbed widget lacks, drawn into each frame on the GUI thread at grab
time: the pointer, a ring that pulses at each click, a dashed trail for a right-drag, and
(optionally) the shortcuts pressed with their actions' names, like screenkey. It also paints
over the recorder's own widgets (clean.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QFont,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QWidget

from playground.app import i18n
from playground.app.recording.clean import covers, paint_over

RING_SECONDS = 0.4  # a click's ring grows and fades over this time
RING_RADII = (5.0, 26.0)  # logical pixels, at the click and at the end
CLICK_COLOUR = QColor("#f9ab00")  # amber: seen on the light window and the dark canvas
DRAG_COLOUR = QColor("#1a73e8")  # blue, dashed: a right-drag
KEY_SECONDS = 1.5  # how long a shortcut stays on screen
KEYS_SHOWN = 3  # at most this many, the newest at the bottom
# The arrow, tip at (0, 0), in logical pixels: the shape of the usual desktop pointer.
ARROW = ((0, 0), (0, 17), (4, 13), (7, 20), (10, 19), (7, 12), (12, 12))
MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.MouseButtonRelease)


@dataclass
class _Mark:
    """One click (solid ring) or right-drag (dashed ring and trail) in widget coordinates."""

    at: float
    points: list[QPointF]
    drag: bool = False
    ended: float | None = None  # a drag: when the button was released


@dataclass
class _Key:
    at: float
    text: str


class FrameOverlay(QObject):
    """Watches the recorded window's mouse and shortcut events and draws them into frames.

    `widget` is the recorded widget; `hidden` the widgets painted over (never in the video).
    attach() starts watching (an application-wide event filter), detach() stops.
    """

    def __init__(self, widget: QWidget, pointer: bool = True, keys: bool = False,
                 hidden: list[QWidget] | None = None):
        super().__init__()
        self.widget, self.pointer, self.keys = widget, pointer, keys
        self.hidden = list(hidden or [])
        self._marks: list[_Mark] = []
        self._keys: list[_Key] = []
        self._seen: tuple | None = None  # the last event handled: parents see it again

    def attach(self) -> None:
        """Start watching clicks and shortcuts."""
        QApplication.instance().installEventFilter(self)

    def detach(self) -> None:
        """Stop watching."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # ----- events (GUI thread) ----------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Note clicks, drags and shortcuts in the recorded window; never consume an event."""
        kind = event.type()
        if kind in MOUSE_EVENTS and self.pointer and isinstance(obj, QWidget):
            self._mouse(obj, event)
        elif kind == QEvent.Type.Shortcut and self.keys and isinstance(obj, QAction):
            self._shortcut(obj, event)
        return False

    def _mouse(self, obj: QWidget, event) -> None:
        if obj.window() is not self.widget.window():
            return
        spot = event.globalPosition()
        key = (event.type(), event.timestamp(), spot.x(), spot.y(), event.button())
        if key == self._seen:  # the same event, offered to a parent widget
            return
        self._seen = key
        at = QPointF(self.widget.mapFromGlobal(spot))
        now = time.perf_counter()
        kind = event.type()
        drag = self._marks[-1] if self._marks and self._marks[-1].drag else None
        if kind == QEvent.Type.MouseButtonPress:
            right = event.button() == Qt.MouseButton.RightButton
            self._marks.append(_Mark(now, [at], drag=right))
        elif drag is not None and drag.ended is None:
            drag.points.append(at)
            if kind == QEvent.Type.MouseButtonRelease:
                drag.ended = now

    def _shortcut(self, action: QAction, event) -> None:
        keys = event.key().toString(QKeySequence.SequenceFormat.NativeText)
        name = i18n.without_mnemonic(action.text())
        name = name.rstrip("…").rstrip(".").strip()
        self._keys.append(_Key(time.perf_counter(), f"{keys}  {name}" if name else keys))
        del self._keys[:-KEYS_SHOWN]

    # ----- drawing (GUI thread, on the grabbed copy) ------------------------------------------

    def paint(self, image: QImage, rect: QRect, now: float | None = None) -> None:
        """Draw onto `image`, the grab of `rect` of the widget (device pixels; its device pixel
        ratio maps logical widget coordinates onto them)."""
        now = time.perf_counter() if now is None else now
        found = covers(image, self.widget, self.hidden, rect)  # read before painting
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-QPointF(rect.topLeft()))
        paint_over(painter, found)
        if self.pointer:
            self._paint_marks(painter, now)
            self._paint_pointer(painter, rect)
        if self.keys:
            self._paint_keys(painter, rect, now)
        painter.end()

    def _paint_marks(self, painter: QPainter, now: float) -> None:
        self._marks = [m for m in self._marks if (m.drag and m.ended is None)
                       or now - (m.ended or m.at) < RING_SECONDS]
        for mark in self._marks:
            age = min(1.0, (now - mark.at) / RING_SECONDS)
            fade = 1.0 if mark.ended is None else 1 - (now - mark.ended) / RING_SECONDS
            if not mark.drag:
                fade = 1 - age
            colour = QColor(DRAG_COLOUR if mark.drag else CLICK_COLOUR)
            colour.setAlphaF(max(0.0, min(1.0, fade)))
            pen = QPen(colour, 3.0)
            if mark.drag:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = RING_RADII[0] + (RING_RADII[1] - RING_RADII[0]) * age
            painter.drawEllipse(mark.points[0], radius, radius)
            if mark.drag and len(mark.points) > 1:
                path = QPainterPath(mark.points[0])
                for point in mark.points[1:]:
                    path.lineTo(point)
                painter.drawPath(path)

    def _paint_pointer(self, painter: QPainter, rect: QRect) -> None:
        tip = self.widget.mapFromGlobal(QCursor.pos())
        if not rect.adjusted(-20, -20, 0, 0).contains(tip):
            return
        arrow = QPolygonF([QPointF(tip) + QPointF(x, y) for x, y in ARROW])
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor("black"))
        painter.drawPolygon(arrow)

    def _paint_keys(self, painter: QPainter, rect: QRect, now: float) -> None:
        self._keys = [k for k in self._keys if now - k.at < KEY_SECONDS]
        if not self._keys:
            return
        font = QFont(self.widget.font())
        font.setPointSizeF(max(12.0, rect.height() / 40))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height() * 1.6
        bottom = rect.bottom() - line * 0.8
        for key in reversed(self._keys):
            width = metrics.horizontalAdvance(key.text) + metrics.height() * 1.2
            box = QRectF(rect.center().x() - width / 2, bottom - line, width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(32, 33, 36, 215))
            painter.drawRoundedRect(box, line / 4, line / 4)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, key.text)
            bottom -= line * 1.15

