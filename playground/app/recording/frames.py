"""Frames: grab a widget (or part of it) as an RGB array, and fit frames to a fixed size."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def region_rect(widget: QWidget, region: list[QWidget]) -> QRect:
    """The bounding rectangle of `region` in `widget`'s coordinates (all of it when empty)."""
    if not region:
        return widget.rect()
    rect = QRect()
    for part in region:
        rect = rect.united(QRect(part.mapTo(widget, QPoint(0, 0)), part.size()))
    return rect.intersected(widget.rect())


def grab_rgb(widget: QWidget, rect: QRect) -> np.ndarray:
    """`rect` of `widget` as a fresh (height, width, 3) uint8 RGB array, in device pixels."""
    image = widget.grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB888)
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=height * stride).reshape(height, stride)
    return rows[:, : width * 3].reshape(height, width, 3).copy()


def fit(frame: np.ndarray, height: int, width: int) -> np.ndarray:
    """`frame` (h, w, 3) cropped or edge-padded at the bottom and right to (height, width, 3)."""
    frame = frame[:height, :width]
    pad_h, pad_w = height - frame.shape[0], width - frame.shape[1]
    if pad_h or pad_w:
        frame = np.pad(frame, ((0, pad_h), (0, pad_w), (0, 0)), mode="edge")
    return frame
