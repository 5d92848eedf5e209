"""A scatter item that works out its bounding rect once per change of its points or view."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF


class Scatter(pg.ScatterPlotItem):
    """pyqtgraph's scatter item, with its bounding rect remembered: Qt asks for it about four
    times a paint of the canvas, and pyqtgraph works it out in Python each time (0.5 ms of a
    2.4 ms canvas paint for its four scatter items)."""

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        """The rect pyqtgraph works out, again only when the data bounds were reset (new
        points, sizes or a new view transform replace `self.bounds`) or the padding changed."""
        memo = self.__dict__.get("_bounds_memo")
        if memo is not None and memo[0] is self.bounds and memo[1] == self._maxSpotPxWidth:
            return QRectF(memo[2])
        rect = super().boundingRect()
        self._bounds_memo = (self.bounds, self._maxSpotPxWidth, QRectF(rect))
        return rect
