"""GradientPlot: each weight layer's gradient norm per epoch, log scale, to spot vanishing ones."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from playground.app import i18n
from playground.app.views.plot_common import (
    Series,
    decade_ticks,
    light_plot,
    line,
    nice_ceiling,
    say_label,
)

CAPTION = QT_TRANSLATE_NOOP(
    "GradientPlot", "Vanishing: early layers fall far below later ones. Exploding: norms shoot up.")
# Object names, not colours: the window's theme (style.py) colours titles and captions.
TITLE_STYLE = "viewTitle"
CAPTION_STYLE = "viewCaption"
EMPTY_DECADES = (-4, 0)  # the y range, as powers of ten, before any norm arrives


class GradientPlot(QWidget):
    """One curve per weight layer (layer 1 .. output) of its gradient L2 norm, on a log y axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plot = light_plot("gradient norm")
        self._plot.setLogMode(y=True)
        self._plot.setMouseEnabled(x=False, y=False)  # the ranges follow the data, in steps
        self._legend = QLabel()
        self._legend.setWordWrap(True)
        self._legend.setObjectName(CAPTION_STYLE)
        self._curves: list[tuple[Series, pg.PlotDataItem]] = []
        self._colors: list[tuple[int, int, int]] = []
        self._ranges: tuple = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._title, self._caption = header()
        layout.addWidget(self._title)
        layout.addWidget(self._caption)
        layout.addWidget(self._legend)
        layout.addWidget(self._plot, 1)
        self._fit_ranges()
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the title, caption, axes and the layers' names in the window's language."""
        self._title.setText(QCoreApplication.translate("GradientPlot", "Gradient norm per layer"))
        self._caption.setText(QCoreApplication.translate("GradientPlot", CAPTION))
        say_label(self._plot.getAxis("left"),
                  QCoreApplication.translate("GradientPlot", "gradient norm"))
        say_label(self._plot.getAxis("bottom"), QCoreApplication.translate("GradientPlot", "epoch"))
        self._say_legend()

    def set_layers(self, n: int) -> None:
        """Start over with n weight layers (n - 1 hidden and the output): new curves, no data."""
        for _, curve in self._curves:
            self._plot.removeItem(curve)
        self._colors = colors = layer_colors(n)
        self._curves = [
            (Series(), line(self._plot, pg.mkPen(*color, width=1))) for color in colors
        ]
        self._say_legend()
        self._fit_ranges()

    def _say_legend(self) -> None:
        """Each layer's colour swatch and name."""
        swatches = (
            f'<span style="color: rgb{color}">&#9632;</span>&nbsp;{name}'
            for color, name in zip(self._colors, layer_names(len(self._colors)), strict=True)
        )
        self._legend.setText("&nbsp;&nbsp; ".join(swatches))

    def append(self, rows: dict[str, np.ndarray]) -> None:
        """Add history rows: "epoch" (m,) and "grad_norms" (m, layers); zero or NaN norms skipped.

        Rows with a different number of layers than the curves start the plot over with theirs.
        """
        epochs = np.asarray(rows["epoch"], dtype=np.float64)
        if not len(epochs):
            return
        norms = np.asarray(rows["grad_norms"], dtype=np.float64).reshape(len(epochs), -1)
        if norms.shape[1] != len(self._curves):
            self.set_layers(norms.shape[1])
        for j, (series, curve) in enumerate(self._curves):
            column = norms[:, j]
            series.extend(epochs, np.where(column > 0, column, math.nan))  # log: positive only
            curve.setData(series.x, series.y)
        self._fit_ranges()

    def clear(self) -> None:
        """Drop every point but keep the layers (a reset)."""
        for series, curve in self._curves:
            series.clear()
            curve.setData([], [])
        self._fit_ranges()

    def curve(self, layer: int) -> pg.PlotDataItem:
        """The line of weight layer `layer`, counted from 0 (the last is the output)."""
        return self._curves[layer][1]

    @property
    def n_layers(self) -> int:
        """How many weight layers the plot has curves for."""
        return len(self._curves)

    def _fit_ranges(self) -> None:
        """Epochs in 1-2-5 steps and norms in whole decades, so the cached axes rarely redraw."""
        filled = [series for series, _ in self._curves if series.n]
        epochs = max((series.x[-1] for series in filled), default=0.0)
        x_range = (0.0, nice_ceiling(max(10.0, epochs * 1.02)))
        if filled:
            low = math.floor(math.log10(min(series.low for series in filled)))
            high = math.ceil(math.log10(max(series.high for series in filled)))
            y_range = (low, high if high > low else low + 1)
        else:
            y_range = EMPTY_DECADES
        if (x_range, y_range) != self._ranges:
            self._ranges = (x_range, y_range)
            self._plot.setXRange(*x_range, padding=0)
            self._plot.setYRange(*y_range, padding=0.05)  # room for the end labels; log10 units
            self._plot.getAxis("left").setTicks(decade_ticks(*y_range))


def layer_names(n: int) -> list[str]:
    """ "layer 1", ..., "layer n-1", "output": names of n weight layers (in the window's
    language)."""
    if not n:
        return []
    return [QCoreApplication.translate("GradientPlot", "layer {number}").format(number=i + 1)
            for i in range(n - 1)] + [QCoreApplication.translate("GradientPlot", "output")]


def layer_colors(n: int) -> list[tuple[int, int, int]]:
    """n colours along viridis, dark purple (layer 1) to green (output), all readable on white."""
    if not n:
        return []
    stops = np.linspace(0.0, 0.78, n) if n > 1 else np.array([0.0])
    rgba = pg.colormap.get("viridis").map(stops, mode="byte")
    return [tuple(int(v) for v in row[:3]) for row in rgba]


def header() -> tuple[QLabel, QLabel]:
    """A view's bold title and the grey one-line caption under it (wrapped when narrow); the
    view says their texts in its retranslate."""
    title_label = QLabel()
    title_label.setObjectName(TITLE_STYLE)
    caption_label = QLabel()
    caption_label.setObjectName(CAPTION_STYLE)
    caption_label.setWordWrap(True)
    return title_label, caption_label
