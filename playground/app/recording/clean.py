"""Clean frames: the recorder's own widgets (the REC readout, the status bar's messages) are
painted over in each grabbed frame with the background they sit on, so they never reach the
video while the person still sees them on screen."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
from PySide6.QtWidgets import QStatusBar, QWidget

from playground.app.recording.frames import to_rgb

Area = tuple[QRect, QRegion]  # a hidden widget's rectangle, the part of it to fill
Cover = tuple[QRect, QRegion, QColor]  # the area, the part of it to fill, the colour


def hidden_rect(widget: QWidget, part: QWidget, rect: QRect) -> QRect:
    """`part`'s rectangle in `widget`'s coordinates, cut to the recorded `rect` (may be empty)."""
    if not part.isVisible() or not (part is widget or widget.isAncestorOf(part)):
        return QRect()
    return QRect(part.mapTo(widget, QPoint(0, 0)), part.size()).intersected(rect)


def cover_areas(widget: QWidget, hidden: list[QWidget], rect: QRect) -> list[Area]:
    """Where each of `hidden` is in the grab of `rect` of `widget` (GUI thread: it reads the
    widgets). A status bar keeps its visible child widgets: only its messages go."""
    found = []
    for part in hidden:
        area = hidden_rect(widget, part, rect)
        if area.isEmpty():
            continue
        region = QRegion(area)
        if isinstance(part, QStatusBar):
            for child in part.findChildren(QWidget):
                if child.isVisible() and child.parentWidget() is part and child not in hidden:
                    region -= QRegion(QRect(child.mapTo(widget, QPoint(0, 0)), child.size()))
        found.append((area, region))
    return found


def colour_covers(image: QImage, areas: Iterable[Area], rect: QRect) -> list[Cover]:
    """Each area in the colour of its own edge in `image` (the grab of `rect`), the background
    it sits on: a readout's text and a status bar's message never reach its edge, and the
    palette's colour is not always what the style sheet painted. Any thread."""
    return [(area, region, edge_colour(image, area.translated(-rect.topLeft())))
            for area, region in areas]


def edge_colour(image: QImage, area: QRect) -> QColor:
    """The commonest colour on the 1-pixel-inset edge of `area` (logical pixels) of `image`."""
    ratio = image.devicePixelRatio()
    device = QRect(round(area.x() * ratio), round(area.y() * ratio),
                   round(area.width() * ratio), round(area.height() * ratio))
    pixels = to_rgb(image.copy(device.intersected(image.rect())))
    if pixels.shape[0] < 3 or pixels.shape[1] < 3:
        return QColor(*pixels.reshape(-1, 3)[0]) if pixels.size else QColor("black")
    inner = pixels[1:-1, 1:-1]
    edge = np.concatenate([inner[0], inner[-1], inner[:, 0], inner[:, -1]]).astype(np.uint32)
    packed = edge[:, 0] << 16 | edge[:, 1] << 8 | edge[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    common = int(values[counts.argmax()])
    return QColor(common >> 16, common >> 8 & 255, common & 255)


def paint_over(painter: QPainter, found: list[Cover]) -> None:
    """Fill the covers; `painter` paints in the recorded widget's coordinates."""
    for area, region, colour in found:
        painter.save()
        painter.setClipRegion(region)
        painter.fillRect(area, colour)
        painter.restore()
