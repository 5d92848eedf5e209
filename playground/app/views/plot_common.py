"""What the live plots share: growing buffers, a fast light plot, round ranges, decade ticks.

Measured the hard way: one-pixel solid pens (dashed or wide ones were 10x slower), no
autoranging (ranges step through round numbers so cached axes rarely redraw), decimation.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

AXIS_TEXT = "#464646"
AXIS_LINE = (170, 170, 170)
# pyqtgraph's "peak" decimation keeps each bucket's lowest and highest value; one bucket per
# pixel column (its default is five) draws the same envelope from a fifth of the points: the
# Gradient flow plot's paint at 42,000 epochs went from 4.7 to 1.9 ms. The newest epochs that do
# not fill a bucket yet (less than a pixel column) wait for the next ones.
LINE_OPTIONS = {"autoDownsampleFactor": 1.0}


class Series:
    """x and y values in buffers that double when full, so appending is amortised O(rows)."""

    def __init__(self, capacity: int = 1024) -> None:
        self._xy = np.empty((2, capacity))
        self.n = 0
        self.low, self.high = math.inf, -math.inf  # running y bounds, for the plot's range

    @property
    def x(self) -> np.ndarray:
        """The x values so far (n,), a view."""
        return self._xy[0, : self.n]

    @property
    def y(self) -> np.ndarray:
        """The y values so far (n,), a view."""
        return self._xy[1, : self.n]

    def extend(self, x: np.ndarray, y: np.ndarray) -> None:
        """Append rows (m,) whose y is finite; NaN (no test set, or diverged) leaves no point."""
        keep = np.isfinite(y)
        end = self.n + int(keep.sum())
        if end > self._xy.shape[1]:
            grown = np.empty((2, max(end, 2 * self._xy.shape[1])))
            grown[:, : self.n] = self._xy[:, : self.n]
            self._xy = grown  # the old buffer lives on while a curve still shows a view of it
        self._xy[0, self.n : end] = x[keep]
        self._xy[1, self.n : end] = y[keep]
        if end > self.n:
            self.low = min(self.low, float(self._xy[1, self.n : end].min()))
            self.high = max(self.high, float(self._xy[1, self.n : end].max()))
        self.n = end

    def clear(self) -> None:
        """Forget every row (the buffer is kept for reuse)."""
        self.n = 0
        self.low, self.high = math.inf, -math.inf


def line(plot: pg.PlotItem | pg.PlotWidget, pen, **options) -> pg.PlotDataItem:
    """A curve on a live plot, decimated to one min/max pair per pixel column."""
    return plot.plot(pen=pen, **LINE_OPTIONS, **options)


def light_plot(y_label: str) -> pg.PlotWidget:
    """A light plot over epochs with readable axes, decimated so long histories stay cheap."""
    plot = pg.PlotWidget(background="w")
    plot.setMenuEnabled(False)
    plot.showGrid(x=False, y=True, alpha=0.15)
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    plot.disableAutoRange()
    plot.hideButtons()
    for name, label in (("left", y_label), ("bottom", "epoch")):
        axis = plot.getAxis(name)
        axis.setPen(*AXIS_LINE)
        axis.setTextPen(AXIS_TEXT)
        axis.setLabel(label, color=AXIS_TEXT)  # after setPen, which recolours the label
        axis.enableAutoSIPrefix(False)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return plot


def say_label(axis: pg.AxisItem, text: str) -> None:
    """Give an axis a new label text (another language), keeping its style and whether it is
    shown (setLabel alone would show a label the owner hid)."""
    shown = axis.label.isVisible()
    axis.setLabel(text)
    axis.showLabel(shown)


def nice_ceiling(value: float, steps: tuple[float, ...] = (1, 2, 5, 10)) -> float:
    """The smallest of `steps` times a power of ten that is >= value (> 0)."""
    if not value > 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(m * power for m in steps if m * power >= value * (1 - 1e-12))


FINE_STEPS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)  # for a loss axis that should fit snugly


def decade_ticks(low: int, high: int) -> list[list[tuple[float, str]]]:
    """Labelled ticks at each power of ten from 10^low to 10^high (every other one past eight
    decades) and unlabelled 2x, 5x ones between when the range is short; values are log10."""
    every = 1 if high - low <= 8 else 2
    major = [(float(p), decade_label(p)) for p in range(low, high + 1, every)]
    minor = [(p + math.log10(m), "") for p in range(low, high) for m in (2, 5)]
    return [major, minor if high - low <= 4 else []]


def decade_label(power: int) -> str:
    """10^power as plain digits near 1 ("0.001", "100") and as 1e-6 style further out."""
    return f"{10.0**power:g}" if -3 <= power <= 3 else f"1e{power}"
