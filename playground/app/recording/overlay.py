"""FrameOverlay: what a grabbed widget lacks, drawn into each frame: the pointer, a ring that
pulses at each click, a dashed trail for a right-drag, and (optionally) the shortcuts pressed
with their actions' names, like screenkey. It also paints over the recorder's own widgets
(clean.py). It is read at grab time on the GUI thread (scene()) and painted on the writer
thread (scene.py)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QFont, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from playground.app import i18n
from playground.app.recording.clean import cover_areas
from playground.app.recording.scene import OverlayScene, Ring

RING_SECONDS = 0.4  # a click's ring grows and fades over this time
RING_RADII = (5.0, 26.0)  # logical pixels, at the click and at the end
CLICK_COLOUR = QColor("#f9ab00")  # amber: seen on the light window and the dark canvas
DRAG_COLOUR = QColor("#1a73e8")  # blue, dashed: a right-drag
KEY_SECONDS = 1.5  # how long a shortcut stays on screen
KEYS_SHOWN = 3  # at most this many, the newest at the bottom
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

    # ----- drawing ----------------------------------------------------------------------------

    def scene(self, rect: QRect, now: float | None = None) -> OverlayScene:
        """What to draw into the grab of `rect` of the widget at `now` (GUI thread: it reads
        the widgets and the pointer); the writer thread paints it (OverlayScene.paint)."""
        now = time.perf_counter() if now is None else now
        hidden = tuple(cover_areas(self.widget, self.hidden, rect))
        if not self.pointer and not self.keys:
            return OverlayScene(rect, hidden)
        rings = self._rings(now) if self.pointer else ()
        pointer = self._pointer(rect) if self.pointer else None
        keys = self._key_texts(now) if self.keys else ()
        font = None
        if keys:
            font = QFont(self.widget.font())
            font.setPointSizeF(max(12.0, rect.height() / 40))
        return OverlayScene(rect, hidden, rings, pointer, keys, font)

    def paint(self, image: QImage, rect: QRect, now: float | None = None) -> None:
        """Draw onto `image`, the grab of `rect`, here and now (GUI thread)."""
        self.scene(rect, now).paint(image)

    def _rings(self, now: float) -> tuple[Ring, ...]:
        self._marks = [m for m in self._marks if (m.drag and m.ended is None)
                       or now - (m.ended or m.at) < RING_SECONDS]
        rings = []
        for mark in self._marks:
            age = min(1.0, (now - mark.at) / RING_SECONDS)
            fade = 1.0 if mark.ended is None else 1 - (now - mark.ended) / RING_SECONDS
            if not mark.drag:
                fade = 1 - age
            colour = QColor(DRAG_COLOUR if mark.drag else CLICK_COLOUR)
            colour.setAlphaF(max(0.0, min(1.0, fade)))
            radius = RING_RADII[0] + (RING_RADII[1] - RING_RADII[0]) * age
            trail = tuple(QPointF(point) for point in mark.points) if mark.drag else ()
            rings.append(Ring(QPointF(mark.points[0]), radius, colour, mark.drag, trail))
        return tuple(rings)

    def _pointer(self, rect: QRect) -> QPointF | None:
        tip = self.widget.mapFromGlobal(QCursor.pos())
        return QPointF(tip) if rect.adjusted(-20, -20, 0, 0).contains(tip) else None

    def _key_texts(self, now: float) -> tuple[str, ...]:
        self._keys = [k for k in self._keys if now - k.at < KEY_SECONDS]
        return tuple(key.text for key in self._keys)
