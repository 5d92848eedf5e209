"""A small picture of one run: its decision boundary with the shared data points on top.

The canvas's colours (views.colors) at tile size. The boundary image changes with every frame
and the points only when the data does, so the points are drawn once into a transparent layer
and each frame costs one colour mapping and two image blits.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from playground.app.views.canvas import drawn_sample
from playground.app.views.colors import (
    RGB,
    boundary_rgba,
    class_color,
    regression_point_colors,
)
from playground.engine.datasets import DOMAIN, Dataset

POINT_RADIUS = 1.7
MAX_TILE_POINTS = 5_000  # drawn one by one; more could not be told apart in a tile


def rgba_image(rgba: np.ndarray) -> QImage:
    """A QImage owning a copy of an RGBA array (h, w, 4) uint8 whose row 0 is the bottom."""
    flipped = np.ascontiguousarray(rgba[::-1])
    height, width = flipped.shape[:2]
    return QImage(flipped.data, width, height, 4 * width, QImage.Format.Format_RGBA8888).copy()


def points_layer(dataset: Dataset, palette: Sequence[RGB], size: int, show_test: bool) -> QImage:
    """A transparent size x size image of the data points: train filled, test as rings."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if not dataset.n:
        return image
    dataset = drawn_sample(dataset, MAX_TILE_POINTS)
    if dataset.task == "classification":
        colors = np.array([class_color(palette, int(k)) for k in range(max(dataset.n_classes, 1))])
        rgb = colors[dataset.labels.astype(int) % len(colors)]
    else:
        rgb = regression_point_colors(dataset.labels)
    xy = (np.asarray(dataset.points, dtype=float) + DOMAIN) / (2 * DOMAIN) * size
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    white = QPen(QColor(255, 255, 255, 200), 0.8)
    for (x, y), (r, g, b), train in zip(xy, rgb.tolist(), dataset.is_train, strict=True):
        if not (train or show_test):
            continue
        color = QColor(r, g, b)
        painter.setPen(white if train else QPen(color, 1.2))
        painter.setBrush(color if train else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x, size - y), POINT_RADIUS, POINT_RADIUS)
    painter.end()
    return image


class BoundaryPicture(QWidget):
    """A square widget that paints a boundary image and a points layer scaled to its size."""

    def __init__(self, size: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(size, size)
        self._boundary: QImage | None = None
        self._points: QImage | None = None

    def set_boundary(self, output: np.ndarray, task: str, palette: Sequence[RGB],
                     discretize: bool) -> None:
        """Show a snapshot's output grid [y, x] ((res, res, k) or (res, res)) as the canvas does."""
        self._boundary = rgba_image(boundary_rgba(output, task, palette, discretize))
        self.update()

    def set_points(self, layer: QImage | None) -> None:
        """Draw this points layer over the boundary (shared by every tile)."""
        self._points = layer
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The boundary, smoothly scaled, then the points and a thin frame."""
        painter = QPainter(self)
        rect = QRectF(self.rect())
        if self._boundary is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self._boundary)
        else:
            painter.fillRect(rect, QColor(245, 245, 245))
        if self._points is not None:
            painter.drawImage(rect, self._points)
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
