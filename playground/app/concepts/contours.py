"""Filled contours for pyqtgraph: a value grid cut into log-spaced bands, with their edges."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

BANDS = 14
LIGHT = ((255, 255, 255), (222, 235, 247), (176, 207, 232), (130, 178, 216))  # white to blue,
# light all the way, so every path colour (black included) reads on every band
STRONG = ((255, 255, 255), (198, 219, 239), (107, 174, 214), (33, 113, 181), (8, 48, 107))
# white to deep blue, for bands without edge lines (the landscape): low loss is light


def log_levels(values: np.ndarray, count: int = BANDS) -> np.ndarray:
    """count + 1 band edges over the finite values, spaced evenly in log(value - min + small),
    so the flat floor of a valley gets as many bands as its steep walls."""
    finite = values[np.isfinite(values)]
    low, high = float(finite.min()), float(finite.max())
    small = max((high - low) * 1e-4, 1e-12)
    return low - small + np.geomspace(small, high - low + small, count + 1)


def banded(values: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """The band index of each value (same shape), for an image with a discrete colour map."""
    return np.clip(np.digitize(np.nan_to_num(values, nan=levels[-1]), levels) - 1, 0,
                   len(levels) - 2).astype(float)


class FilledContours:
    """An image of bands plus thin lines at the band edges, drawn into a plot."""

    def __init__(self, plot: pg.PlotItem, palette: tuple = LIGHT) -> None:
        self.plot = plot
        colours = pg.ColorMap(np.linspace(0, 1, len(palette)), palette)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colours.getLookupTable(nPts=BANDS))
        self.image.setZValue(-20)
        plot.addItem(self.image)
        self._lines: list[pg.IsocurveItem] = []

    def show(self, values: np.ndarray, extent: tuple[float, float, float, float],
             lines: bool = True) -> None:
        """values[j, i] over x from extent[0] to extent[1] (i) and y from extent[2] to [3] (j);
        lines False leaves out the band edges (pyqtgraph traces them in Python: ~2 ms each)."""
        levels = log_levels(values)
        x0, x1, y0, y1 = extent
        self.image.setImage(banded(values, levels), levels=(0, BANDS - 1))
        self.image.setRect(x0, y0, x1 - x0, y1 - y0)
        for line in self._lines:  # children of the image, not of the plot
            line.setParentItem(None)
            if line.scene() is not None:
                line.scene().removeItem(line)
        self._lines = []
        clean = np.nan_to_num(values, nan=levels[-1], posinf=levels[-1])
        for level in levels[1:-1] if lines else ():
            line = pg.IsocurveItem(data=clean.T, level=level, pen=pg.mkPen(80, 110, 150, 90))
            line.setParentItem(self.image)  # the image's pixel coordinates, scaled with it
            self._lines.append(line)


def upsampled(values: np.ndarray, factor: int = 4) -> np.ndarray:
    """values (r, c) interpolated linearly onto a grid factor times finer, so a coarse grid's
    bands get smooth edges instead of blocks."""
    rows, cols = values.shape
    fine_rows = np.linspace(0, rows - 1, (rows - 1) * factor + 1)
    fine_cols = np.linspace(0, cols - 1, (cols - 1) * factor + 1)
    across = np.array([np.interp(fine_cols, np.arange(cols), row) for row in values])
    return np.array([np.interp(fine_rows, np.arange(rows), column) for column in across.T]).T
