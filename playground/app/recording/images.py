"""PNG export and clipboard copy of a widget, at the screen's resolution or any scale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint
from PySide6.QtGui import QGuiApplication, QImage, QRegion
from PySide6.QtWidgets import QWidget

from playground.engine import files


class ExportError(ValueError):
    """An image could not be exported; the message says why in one line."""


def screen_scale(widget: QWidget) -> float:
    """Device pixels per logical pixel on the widget's screen (1.0, or 2.0 on a HiDPI screen)."""
    return widget.devicePixelRatioF()


def render_image(widget: QWidget, scale: float | None = None) -> QImage:
    """`widget` and its children drawn into an RGB image of its size times `scale`.

    `scale` None is the screen's resolution; 2.0 renders twice the logical size, sharp, since
    the widgets redraw at that resolution rather than being enlarged afterwards.
    """
    scale = screen_scale(widget) if scale is None else float(scale)
    if scale <= 0:
        raise ExportError(f"scale must be positive, not {scale}")
    size = widget.size()
    width, height = round(size.width() * scale), round(size.height() * scale)
    if width <= 0 or height <= 0:
        raise ExportError("nothing to export: the widget has no size")
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)  # a painter on it draws in logical pixels, scaled
    image.fill(widget.palette().window().color())
    # QWidget.render by name: QGraphicsView (pyqtgraph's plots) overrides render() for its scene.
    QWidget.render(widget, image, QPoint(), QRegion(),
                   QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren)
    return image


def png_bytes(image: QImage) -> bytes:
    """`image` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("the image could not be encoded as PNG")
    buffer.close()
    return data.data()


def grab_png(widget: QWidget, path: Path | str, scale: float | None = None) -> Path:
    """Save `widget` as a PNG at `path` (atomically: a temporary file, then a rename)."""
    path = Path(path)
    data = png_bytes(render_image(widget, scale))
    try:
        files.write_atomic(path, data)
    except files.FileRefused as err:
        raise ExportError(f"cannot write {err}") from None
    return path


def copy_to_clipboard(widget: QWidget, scale: float | None = None) -> QImage:
    """Put an image of `widget` on the clipboard; returns the image."""
    image = render_image(widget, scale)
    QGuiApplication.clipboard().setImage(image)
    return image
