"""The Concepts panel's plot look: white pyqtgraph plots with the loss plot's grey axes."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from playground.app.views.colors import OKABE_ITO
from playground.app.views.plot_common import AXIS_LINE, AXIS_TEXT

HIGHLIGHT = (26, 115, 232)  # the loss plot's test blue: the curve in use
FAINT = (200, 202, 206)  # every other curve, present but quiet
ZERO_LINE = (222, 224, 228)
# Okabe-Ito without its yellow (unreadable on white), blue and vermillion first: the first two
# losses of each task (cross-entropy and MSE, MSE and MAE) are the ones people compare.
PALETTE = tuple(OKABE_ITO[i] for i in (4, 5, 2, 6, 0, 1, 7))
LEFT_AXIS_WIDTH = 56  # the same for every plot, so stacked plots line their x axes up


def concept_plot(x_label: str, y_label: str) -> pg.PlotWidget:
    """A white plot with fixed ranges (set by the caller), grey axes ("" = no label), zero lines."""
    plot = pg.PlotWidget(background="w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.disableAutoRange()
    plot.hideButtons()
    plot.showGrid(x=True, y=True, alpha=0.12)
    for name, label in (("left", y_label), ("bottom", x_label)):
        axis = plot.getAxis(name)
        axis.setPen(*AXIS_LINE)
        axis.setTextPen(AXIS_TEXT)
        if label:
            axis.setLabel(label, color=AXIS_TEXT)  # after setPen, which recolours the label
        axis.enableAutoSIPrefix(False)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
    for angle in (0, 90):
        plot.addItem(pg.InfiniteLine(0.0, angle=angle, pen=pg.mkPen(ZERO_LINE, width=1)))
    return plot


def y_range(curves: Iterable[np.ndarray], margin: float = 0.06) -> tuple[float, float]:
    """The lowest and highest finite value over the arrays, widened by margin of the span."""
    values = np.concatenate([np.ravel(c) for c in curves])
    values = values[np.isfinite(values)]
    low, high = float(values.min()), float(values.max())
    pad = margin * max(high - low, 1e-9)
    return low - pad, high + pad
