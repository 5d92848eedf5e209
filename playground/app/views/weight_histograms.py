"""WeightHistograms: one small histogram per weight layer, sharing a symmetric x range."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from playground.app import i18n
from playground.app.views.gradient_plot import header, layer_names
from playground.app.views.plot_common import AXIS_LINE, AXIS_TEXT, nice_ceiling

BINS = 20  # an even count, so 0 is a bin edge and a symmetric spread looks symmetric
BAR_PEN = pg.mkPen(66, 133, 244, width=1)
BAR_BRUSH = pg.mkBrush(174, 203, 250)
ZERO_PEN = pg.mkPen(200, 200, 200, width=1)
MAX_COLUMNS = 4
CAPTION = QT_TRANSLATE_NOOP(
    "WeightHistograms",
    "How each layer's weights are spread (biases left out); all share the x range.")


class WeightHistograms(QWidget):
    """A histogram of each weight layer's weights, redrawn in place by set_weights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = pg.GraphicsLayoutWidget()
        self._view.setBackground("w")
        self._view.ci.setSpacing(4)
        self._plots: list[pg.PlotItem] = []
        self._bars: list[pg.PlotDataItem] = []
        self._heights: list[float] = []  # each plot's y top, so its range is set only on a change
        self._limit = math.nan  # the shared x range is [-limit, limit]
        self._text = AXIS_TEXT  # titles and ticks: the theme's (plots are rebuilt per shape)
        self.counts: list[np.ndarray] = []  # the bar heights (BINS,) of each layer, as drawn
        self.edges = np.linspace(-1.0, 1.0, BINS + 1)  # the shared bin edges (BINS + 1,)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._title, self._caption = header()
        layout.addWidget(self._title)
        layout.addWidget(self._caption)
        layout.addWidget(self._view, 1)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the title, the caption and each histogram's layer name in the window's language."""
        self._title.setText(QCoreApplication.translate("WeightHistograms", "Weights per layer"))
        self._caption.setText(QCoreApplication.translate("WeightHistograms", CAPTION))
        for plot, name in zip(self._plots, layer_names(len(self._plots)), strict=True):
            plot.titleLabel.setText(name)  # its size and colour stay

    def set_weights(self, weights: list[np.ndarray]) -> None:
        """Show the weights (fan_in, fan_out) of each layer; non-finite weights are left out."""
        if len(weights) != len(self._plots):
            self._build(len(weights))
        top = max(
            (float(np.max(np.abs(w), initial=0.0, where=np.isfinite(w))) for w in weights),
            default=0.0,
        )
        limit = nice_ceiling(top)
        if limit != self._limit:
            self._limit = limit
            self.edges = np.linspace(-limit, limit, BINS + 1)
            ticks = [[(-limit, f"{-limit:g}"), (0.0, "0"), (limit, f"{limit:g}")]]
            for plot in self._plots:
                plot.setXRange(-limit, limit, padding=0.03)
                plot.getAxis("bottom").setTicks(ticks)
        self.counts = [np.histogram(w, bins=BINS, range=(-limit, limit))[0] for w in weights]
        for i, (plot, bars, counts) in enumerate(
            zip(self._plots, self._bars, self.counts, strict=True)
        ):
            bars.setData(self.edges, counts)
            height = nice_ceiling(float(counts.max(initial=0)))
            if height != self._heights[i]:
                self._heights[i] = height
                plot.setYRange(0.0, height, padding=0.0)
                plot.getAxis("left").setTicks([[(0.0, "0"), (height, f"{height:g}")]])

    def clear(self) -> None:
        """Remove every histogram (no network yet)."""
        self._build(0)

    def plot(self, layer: int) -> pg.PlotItem:
        """The histogram plot of weight layer `layer`, counted from 0 (the last is the output)."""
        return self._plots[layer]

    def bars(self, layer: int) -> pg.PlotDataItem:
        """The step curve (bin edges, counts) of weight layer `layer`."""
        return self._bars[layer]

    def set_text_color(self, color: str) -> None:
        """Titles and tick labels in a theme's text colour, now and for plots built later."""
        self._text = color
        for plot in self._plots:
            self._colour_text(plot)

    def _colour_text(self, plot: pg.PlotItem) -> None:
        plot.titleLabel.setText(plot.titleLabel.text, color=self._text)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setTextPen(self._text)
            axis.picture = None  # drop the cached ticks so they redraw in the new colour
            axis.update()

    @property
    def n_layers(self) -> int:
        """How many layers have a histogram."""
        return len(self._plots)

    def _build(self, n: int) -> None:
        """n empty plots in rows of up to MAX_COLUMNS, titled layer 1 .. output."""
        self._view.clear()
        columns = n if n <= MAX_COLUMNS else math.ceil(n / math.ceil(n / MAX_COLUMNS))
        self._plots, self._bars = [], []
        for i, name in enumerate(layer_names(n)):
            plot = self._view.addPlot(row=i // columns, col=i % columns)
            plot.setTitle(name, size="9pt")
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.disableAutoRange()
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(*AXIS_LINE)
                axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            self._colour_text(plot)
            plot.getAxis("left").setWidth(28)
            plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)  # keep -limit shown
            plot.addItem(pg.InfiniteLine(0.0, angle=90, pen=ZERO_PEN))
            bars = plot.plot(stepMode="center", fillLevel=0, pen=BAR_PEN, brush=BAR_BRUSH)
            self._plots.append(plot)
            self._bars.append(bars)
        self._heights = [math.nan] * n
        self._limit = math.nan
