"""Frames: grab a widget (or part of it) as an array, and fit frames to a fixed size.

A visible widget is read from its window's backing store, the pixels Qt last painted for the
screen: 0.7 ms for 900x600 plots, where QWidget.grab() paints everything again (3.6 ms) on the
GUI thread. Frames from both are identical. Hidden widgets, and windows holding OpenGL widgets
(drawn outside the backing store), are painted with grab().

A frame array is RGB, (h, w, 3), or the QImage's own 32-bit pixels, (h, w, 4) in the byte order
ffmpeg calls XRGB32 (B, G, R, 255 on a little-endian machine): the MP4 encoder takes the
latter, which spares the recording a conversion per frame (RGB32 -> RGB888 cost 4 ms of CPU
per 1920x1080 frame on Qt's thread pool, and ffmpeg converts either to YUV at a similar cost).
"""

from __future__ import annotations

import sys

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtOpenGLWidgets import QOpenGLWidget
from PySide6.QtWidgets import QWidget


def region_rect(widget: QWidget, region: list[QWidget]) -> QRect:
    """The bounding rectangle of `region` in `widget`'s coordinates (all of it when empty)."""
    if not region:
        return widget.rect()
    rect = QRect()
    for part in region:
        rect = rect.united(QRect(part.mapTo(widget, QPoint(0, 0)), part.size()))
    return rect.intersected(widget.rect())


def store_holds_all(widget: QWidget) -> bool:
    """Whether `widget`'s window keeps all its pixels in a raster backing store."""
    return not widget.window().findChildren(QOpenGLWidget)


def grab_rgb(widget: QWidget, rect: QRect, from_store: bool = True) -> np.ndarray:
    """`rect` of `widget` as a fresh (height, width, 3) uint8 RGB array, in device pixels."""
    return to_rgb(grab_image(widget, rect, from_store))


def grab_image(widget: QWidget, rect: QRect, from_store: bool = True) -> QImage:
    """`rect` of `widget` as a QImage of its own (GUI thread); to_rgb converts it anywhere.

    Recording converts on the writer thread: for the 1600x960 window the conversion cost the
    GUI thread ~3 ms a frame.
    """
    image = _from_store(widget, rect) if from_store else None
    return image if image is not None else widget.grab(rect).toImage()


XRGB32 = "bgra" if sys.byteorder == "little" else "argb"  # ffmpeg's name for QImage RGB32 bytes


def to_xrgb32(image: QImage, copy: bool = True) -> np.ndarray:
    """A QImage as a (height, width, 4) uint8 array of its RGB32 bytes (off the GUI thread too);
    no conversion when it already is RGB32, as grabbed windows are. With `copy` False and no
    conversion, the array is a view of `image`'s pixels, valid only while `image` lives and
    is not painted on (painting an image that shares its pixels moves them): the writer spares
    the copy of each frame it hands to ffmpeg (0.6 ms a 1920x1080 frame)."""
    if image.format() != QImage.Format.Format_RGB32:
        image, copy = image.convertToFormat(QImage.Format.Format_RGB32), True
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=height * stride).reshape(height, stride)
    pixels = rows[:, : width * 4].reshape(height, width, 4)
    return pixels.copy() if copy else pixels


def with_channels(frame: np.ndarray, channels: int) -> np.ndarray:
    """`frame` as RGB (3) or XRGB32 bytes (4), converted only when it is the other one."""
    if frame.shape[2] == channels:
        return frame
    rgb_at = slice(2, None, -1) if XRGB32 == "bgra" else slice(1, 4)
    if channels == 3:
        return np.ascontiguousarray(frame[..., rgb_at])
    out = np.full((*frame.shape[:2], 4), 255, np.uint8)
    out[..., rgb_at] = frame
    return out


def to_rgb(image: QImage) -> np.ndarray:
    """A QImage as a fresh (height, width, 3) uint8 RGB array (safe off the GUI thread)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    height, width, stride = image.height(), image.width(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=height * stride).reshape(height, stride)
    return rows[:, : width * 3].reshape(height, width, 3).copy()


def _from_store(widget: QWidget, rect: QRect) -> QImage | None:
    """A copy of `rect` of `widget` as last painted, or None when that is not available."""
    if not widget.isVisible():
        return None
    window = widget.window()
    store = window.backingStore()
    device = store.paintDevice() if store is not None else None
    if not isinstance(device, QImage):
        return None
    ratio = device.devicePixelRatio()
    corner = widget.mapTo(window, rect.topLeft())
    area = QRect(round(corner.x() * ratio), round(corner.y() * ratio),
                 round(rect.width() * ratio), round(rect.height() * ratio))
    if not device.rect().contains(area):
        return None
    return device.copy(area)


def fit(frame: np.ndarray, height: int, width: int) -> np.ndarray:
    """`frame` (h, w, c) cropped or edge-padded at the bottom and right to (height, width, c)."""
    frame = frame[:height, :width]
    pad_h, pad_w = height - frame.shape[0], width - frame.shape[1]
    if pad_h or pad_w:
        frame = np.pad(frame, ((0, pad_h), (0, pad_w), (0, 0)), mode="edge")
    return frame


def to_output(image: QImage | np.ndarray, size: tuple[int, int] | None,
              channels: int = 3, copy: bool = True) -> np.ndarray:
    """A frame as a (height, width, `channels`) uint8 array of `size` (width, height): scaled
    smoothly to fit, centred on black bars where the aspect differs; as it is when `size` is
    None. `channels` 3 is RGB, 4 the XRGB32 bytes (no conversion from a grabbed window; with
    `copy` False a view of `image`, see to_xrgb32).

    Runs on the writer thread: a 1280x720 frame scaled to 1920x1080 costs it 12.5 ms (median of
    15), 1920x1080 to 1280x720 3.4 ms, an unscaled 1920x1080 frame 1.9 ms as RGB (the
    conversion) and 1.0 ms as XRGB32 (the copy; nothing as a view).
    """
    if not isinstance(image, QImage):
        if size is None or image.shape[1::-1] == tuple(size):
            return with_channels(image, channels)
        rgb = np.ascontiguousarray(with_channels(image, 3))
        image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.shape[1] * 3,
                       QImage.Format.Format_RGB888)
    if size is None:
        return to_xrgb32(image, copy) if channels == 4 else to_rgb(image)
    pixels = to_xrgb32 if channels == 4 else to_rgb  # of the scaled image: its own, so a copy
    width, height = size
    if (image.width(), image.height()) != (width, height):
        image = image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    scaled = pixels(image)
    if scaled.shape[:2] == (height, width):
        return scaled
    frame = np.zeros((height, width, channels), np.uint8)
    if channels == 4:
        frame[..., 3 if XRGB32 == "bgra" else 0] = 255
    top, left = (height - scaled.shape[0]) // 2, (width - scaled.shape[1]) // 2
    frame[top:top + scaled.shape[0], left:left + scaled.shape[1]] = scaled[:height, :width]
    return frame
