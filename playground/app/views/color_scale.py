"""ColorScale: the key beside the canvas that reads the boundary's colours as numbers.

Regression: one bar of values from -1 (bottom) to 1 (top). Classification: one column per class,
from chance (1/k, pale) at the bottom to 100 % (its full colour) at the top: how sure the network
is of the class a place is coloured by. Both are made by the boundary's own colour function, so
the key shows exactly the colours the canvas does (palette and discretize included).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsWidget

from playground.app import i18n
from playground.app.views.colors import RGB, boundary_rgba, class_name

STEPS = 64  # colour rows in a bar
BAR_WIDTH = 14  # pixels for the colours: one bar, or the class columns together when they fit
COLUMN = 6  # the narrowest a class's column gets, so that many classes stay readable
LABEL_GAP = 4
GAP = 6  # between the view and the key


def scale_colors(task: str, k: int, palette: Sequence[RGB], discretize: bool) -> np.ndarray:
    """RGBA (STEPS, columns, 4) uint8, row 0 at the bottom: what the boundary draws for values
    -1..1 (regression, one column) or for each class at probability 1/k..1 (the rest sharing the
    remainder equally; k columns)."""
    if task == "regression":
        return boundary_rgba(np.linspace(-1, 1, STEPS)[:, None], task, palette, discretize)
    top = np.linspace(1 / k, 1, STEPS, dtype=np.float32)
    probs = np.repeat(((1 - top) / (k - 1))[:, None, None], k, axis=1).repeat(k, axis=2)
    columns = np.arange(k)
    probs[:, columns, columns] = top[:, None]
    return boundary_rgba(probs, task, palette, discretize)


def scale_ticks(task: str, k: int, span: float = 1.0) -> list[tuple[float, str]]:
    """(height 0..1 up the bar, label) of the marks beside the bar; in regression the bar's
    ends stand for -span and span."""
    if task == "regression":
        return [(level, f"{(2 * level - 1) * span:.2g}") for level in (0.0, 0.25, 0.5, 0.75, 1.0)]
    chance = 1 / k
    return [(0.0, f"{chance:.0%}"), (0.5, f"{(1 + chance) / 2:.0%}"), (1.0, "100%")]


class ColorScale(QGraphicsWidget):
    """The key, laid out in the canvas's plot beside the view; redrawn only when what it shows
    (task, classes, palette, discretize) changes, not on every frame."""

    def __init__(self, axis: pg.AxisItem) -> None:
        super().__init__()
        self._axis = axis  # its text colour follows the theme; the labels take it
        self._key: tuple | None = None
        self._image = QImage()
        self._ticks: list[tuple[float, str]] = []
        self._bar_width = BAR_WIDTH
        self._watching = False  # whether the view showing the key tells it of a new language
        # Painted into a pixmap once: the canvas's repaints of the boundary beside it then blit
        # it (it was painted again with every boundary frame, 0.25 ms each).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_font(self.font())

    @property
    def shown(self) -> tuple | None:
        """(task, k, palette, discretize, span) of the scale shown now."""
        return self._key

    def show_for(self, task: str, k: int, palette: Sequence[RGB], discretize: bool,
                 span: float = 1.0) -> None:
        """Show the key for this boundary (k is ignored in regression, span in classification)."""
        regression = task == "regression"
        key = (task, 0 if regression else k, tuple(palette), bool(discretize),
               float(f"{span:.2g}") if regression else 1.0)
        if key == self._key:
            return
        self._key = key
        rgba = np.ascontiguousarray(scale_colors(task, k, palette, discretize)[::-1])
        height, width = rgba.shape[:2]
        self._image = QImage(rgba.data, width, height, 4 * width,
                             QImage.Format.Format_RGBA8888).copy()
        self._ticks = scale_ticks(task, k, key[-1])
        self._bar_width = max(BAR_WIDTH, COLUMN * width)
        self.set_font(self.font())
        views = self.scene().views() if self.scene() is not None else []
        if not self._watching and views:
            # A graphics item is not told of a new language; the view it is drawn in is.
            self._watching = True
            i18n.retranslate_on_change(views[0], self.retranslate)
        else:
            self.retranslate()
        self.update()

    def retranslate(self) -> None:
        """Say the key's tooltip in the window's language."""
        if self._key is None:
            return
        task, k = self._key[:2]
        if task == "regression":
            self.setToolTip(QCoreApplication.translate(
                "ColorScale", "Colour scale: the value the network predicts at each place."))
        else:
            self.setToolTip(QCoreApplication.translate(
                "ColorScale", "Colour scale: each column is one class ({classes}): pale where "
                "the network is no surer than chance, full colour where it is sure.").format(
                classes=QCoreApplication.translate("ColorScale", ", ").join(
                    class_name(j) for j in range(k))))

    def set_font(self, font: QFont) -> None:
        """Use this font for the labels (presentation mode enlarges it) and make room for them."""
        self.setFont(font)
        labels = max(QFontMetrics(font).horizontalAdvance(text) for text in ("-0.55", "100%"))
        width = GAP + self._bar_width + LABEL_GAP + labels + 4
        self.setMinimumWidth(width)
        self.setMaximumWidth(width)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """The colours, a thin frame, and the labels at their heights (all inside the rect)."""
        if self._image.isNull():
            return
        painter.setClipRect(self.rect())  # nothing outside the rect: it would linger on screen
        painter.setFont(self.font())
        height = painter.fontMetrics().height()
        rect = self.rect()
        bar = QRectF(rect.left() + GAP, rect.top() + height / 2, self._bar_width,
                     max(1.0, rect.height() - height))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)  # sharp columns
        painter.drawImage(bar, self._image)
        painter.setPen(QColor(150, 150, 150))
        painter.drawRect(bar)
        painter.setPen(self._axis.textPen().color())
        last = None
        for level, text in self._ticks:
            y = bar.bottom() - level * bar.height()
            painter.drawLine(int(bar.right()), int(y), int(bar.right()) + 3, int(y))
            if last is not None and last - y < height and level < 1:
                continue  # a short key: the labels would overlap, so the middle ones go
            last = y
            label = QRectF(bar.right() + LABEL_GAP, y - height / 2, rect.width(), height)
            painter.drawText(label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
