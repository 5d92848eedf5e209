"""Clean frames: the recorder's own widgets (the REC readout, the status bar's messages) are
painted over in each grabbed frame with the background they sit on, so they never reach the
video while the person still sees them on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter, QRegion
from PySide6.QtWidgets import QStatusBar, QWidget


def hidden_rect(widget: QWidget, part: QWidget, rect: QRect) -> QRect:
    """`part`'s rectangle in `widget`'s coordinates, cut to the recorded `rect` (may be empty)."""
    if not part.isVisible() or not (part is widget or widget.isAncestorOf(part)):
        return QRect()
    return QRect(part.mapTo(widget, QPoint(0, 0)), part.size()).intersected(rect)


def paint_over(painter: QPainter, widget: QWidget, hidden: list[QWidget], rect: QRect) -> None:
    """Fill each of `hidden` with its background: a widget with its parent's colour, a status
    bar with its own, around its visible child widgets (only the messages it paints go).

    `painter` paints in `widget`'s coordinates. The colours come from the palettes, which the
    style sheet sets (the run bar's panel colour, the window's colour under the status bar).
    """
    for part in hidden:
        area = hidden_rect(widget, part, rect)
        if area.isEmpty():
            continue
        if isinstance(part, QStatusBar):
            region = QRegion(area)
            for child in part.findChildren(QWidget):
                if child.isVisible() and child.parentWidget() is part and child not in hidden:
                    region -= QRegion(QRect(child.mapTo(widget, QPoint(0, 0)), child.size()))
            colour = part.palette().color(part.backgroundRole())
        else:
            region = QRegion(area)
            parent = part.parentWidget() or part
            colour = parent.palette().color(parent.backgroundRole())
        painter.save()
        painter.setClipRegion(region)
        painter.fillRect(area, colour)
        painter.restore()
