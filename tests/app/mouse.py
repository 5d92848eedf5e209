"""Plain mouse events for the canvas, as a person's hand would send them (no pyqtgraph drags)."""

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from playground.app.views.canvas import DataCanvas

LEFT, RIGHT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.NoButton


def viewport_pos(canvas: DataCanvas, x: float, y: float) -> QPoint:
    """Where data point (x, y) is in the canvas viewport, in pixels."""
    return canvas.mapFromScene(canvas.plotItem.vb.mapViewToScene(QPointF(x, y)))


def send(canvas, kind, x, y, button=NONE, buttons=NONE,
         modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """One mouse event of `kind` at data point (x, y), sent to the canvas viewport."""
    pos = QPointF(viewport_pos(canvas, x, y))
    global_pos = QPointF(canvas.viewport().mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, global_pos, button, buttons, modifiers)
    QApplication.sendEvent(canvas.viewport(), event)


def stroke(canvas, path, button=LEFT) -> None:
    """Press at the first (x, y) of path, move through the rest holding the button, release."""
    (x, y), *rest = path
    send(canvas, QEvent.Type.MouseButtonPress, x, y, button, button)
    for x, y in rest:
        send(canvas, QEvent.Type.MouseMove, x, y, NONE, button)
    send(canvas, QEvent.Type.MouseButtonRelease, x, y, button, NONE)


def line(start, end, steps=20) -> list[tuple[float, float]]:
    """steps + 1 evenly spaced data points from start to end."""
    return [tuple(p) for p in np.linspace(start, end, steps + 1)]
