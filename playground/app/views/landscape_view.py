"""LandscapeView: the loss around the network's current weights, with the path it took there.

A plane through the current weights (at the centre): filled contours of the training loss, the
run's trajectory projected on the plane ending at the centre, and below, the loss on the
straight line from the initial weights to the current ones. Computed in the training process
only while this tab shows; each frame that carries one is drawn here.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from playground.app import i18n
from playground.app.concepts.contours import STRONG, FilledContours, upsampled
from playground.app.concepts.plots import concept_plot
from playground.app.gui_thread import assert_gui_thread
from playground.app.views.plot_common import say_label
from playground.engine.landscape import Landscape, Slice

PATH_COLOUR = (213, 94, 0)  # Okabe-Ito vermillion, apart from the blue bands
DIRECTION_TEXT = {  # marked for translation; said by LandscapeView
    "pca": QT_TRANSLATE_NOOP(
        "LandscapeView",
        "the plane of the two directions the run moved most in (PCA of its path)"),
    "random": QT_TRANSLATE_NOOP(
        "LandscapeView", "a plane of two random directions, each neuron's scaled to its weights "
        "(filter-normalised, Li et al. 2018)"),
}
DIRECTION_ITEMS = (  # the Plane list: (shown text, marked for translation; data)
    (QT_TRANSLATE_NOOP("LandscapeView", "PCA of the path"), "pca"),
    (QT_TRANSLATE_NOOP("LandscapeView", "random, filter-normalised"), "random"),
)
SMALL = 90  # the least height of each plot: the tab must never take the canvas's room


class LandscapeView(QWidget):
    """Draws a Landscape and a Slice; emits the directions a person picks."""

    directions_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directions = QComboBox()
        for text, data in DIRECTION_ITEMS:
            self.directions.addItem(text, data)
        self.directions.currentIndexChanged.connect(
            lambda: self.directions_changed.emit(self.directions.currentData()))
        self.about = _TwoLines("")
        # What `about` says: None waiting for the training process, "not finite", or the
        # landscape drawn, its centre's loss and whether it fell back to the random plane.
        self._about: tuple[Landscape, float, bool] | str | None = None
        # A label that changes its size re-lays out the whole window: this one never does.
        self.about.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.plane = concept_plot("α (first direction)", "β (second direction)")
        self.plane.setMinimumHeight(SMALL)
        self.contours = FilledContours(self.plane.getPlotItem(), STRONG)
        self.path = self.plane.plot(pen=pg.mkPen(*PATH_COLOUR, width=2), symbol="o",
                                    symbolSize=4, symbolPen=None, symbolBrush=PATH_COLOUR)
        self.path.setZValue(10)
        self.ends = pg.ScatterPlotItem(size=11, pen=pg.mkPen(40, 40, 40))
        self.ends.setZValue(20)
        self.plane.addItem(self.ends)
        self.line = concept_plot("t (0 start, 1 now)", "loss")
        self.line.setMinimumHeight(SMALL)
        self.line_curve = self.line.plot(pen=pg.mkPen(26, 115, 232, width=2))
        self.landscape: Landscape | None = None
        self._ranges: dict[str, tuple[float, float]] = {}  # what each axis shows now
        top = QHBoxLayout()
        self._plane_label = QLabel("Plane:")
        top.addWidget(self._plane_label)
        top.addWidget(self.directions)
        top.addStretch(1)
        plots = QHBoxLayout()
        plots.addWidget(self.plane, 3)
        plots.addWidget(self.line, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.about)
        layout.addLayout(plots, 1)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the list, the axes, the tooltips and what the plane shows in the window's
        language."""
        self._plane_label.setText(QCoreApplication.translate("LandscapeView", "Plane:"))
        for index, (text, _) in enumerate(DIRECTION_ITEMS):
            self.directions.setItemText(index, QCoreApplication.translate("LandscapeView", text))
        self.directions.setToolTip(QCoreApplication.translate(
            "LandscapeView", "Which plane through the current weights to draw."))
        for axis, text in (
                (self.plane.getAxis("bottom"),
                 QCoreApplication.translate("LandscapeView", "α (first direction)")),
                (self.plane.getAxis("left"),
                 QCoreApplication.translate("LandscapeView", "β (second direction)")),
                (self.line.getAxis("bottom"),
                 QCoreApplication.translate("LandscapeView", "t (0 start, 1 now)")),
                (self.line.getAxis("left"), QCoreApplication.translate("LandscapeView", "loss"))):
            say_label(axis, text)
        self.line.setToolTip(QCoreApplication.translate(
            "LandscapeView", "The loss on the straight line from the initial weights (t = 0) to "
            "the current ones (t = 1), Goodfellow et al. 2015."))
        self._say_about()

    def _say_about(self) -> None:
        """What the plane shows, from what was drawn last."""
        if self._about is None:
            self.about.setText(QCoreApplication.translate(
                "LandscapeView", "Waiting for the training process…"))
            self.about.setToolTip(QCoreApplication.translate(
                "LandscapeView", "The loss around the current weights, at the centre."))
            return
        if isinstance(self._about, str):
            self.about.setText(QCoreApplication.translate(
                "LandscapeView", "the loss is not finite anywhere on this plane"))
            return
        landscape, centre, fell_back = self._about
        notes = ""
        if fell_back:
            notes = QCoreApplication.translate(
                "LandscapeView", "; random plane: the path has not yet moved two ways")
        if landscape.points < landscape.training_points:
            notes += QCoreApplication.translate(
                "LandscapeView", "; grid on {points} of the {total} training points").format(
                points=f"{landscape.points:,}", total=f"{landscape.training_points:,}")
        self.about.setText(QCoreApplication.translate(
            "LandscapeView", "Centre: now, loss {loss}. Lighter is lower; the path runs from the "
            "square{notes}.").format(loss=f"{centre:.4g}", notes=notes))
        self.about.setToolTip(QCoreApplication.translate(
            "LandscapeView", "The training loss on {plane}, through the current weights (the "
            "centre).").format(plane=QCoreApplication.translate(
                "LandscapeView", DIRECTION_TEXT[landscape.kind])))

    def set_landscape(self, landscape: Landscape, line: Slice | None = None) -> None:
        """Draw the contours, the path (ending at the centre, the current weights) and the
        straight-line slice."""
        assert_gui_thread()
        if not np.isfinite(landscape.loss).any():
            self._about = "not finite"
            self._say_about()
            return
        self.landscape = landscape
        a, b = landscape.alphas, landscape.betas
        extent = (a[0], a[-1], b[0], b[-1])  # the grid's points, at the pixels' edges
        self.contours.show(upsampled(landscape.loss), extent, lines=False)
        self.path.setData(landscape.path[:, 0], landscape.path[:, 1])
        start, now = landscape.path[0], landscape.path[-1]
        self.ends.setData([{"pos": start, "brush": pg.mkBrush(255, 255, 255), "symbol": "s"},
                           {"pos": now, "brush": pg.mkBrush(*PATH_COLOUR), "symbol": "o"}])
        self._fit_plane(max(abs(value) for value in extent))
        self._about = (landscape, float(landscape.loss[len(b) // 2, len(a) // 2]),
                       landscape.kind != self.directions.currentData())
        self._say_about()
        if line is not None:
            finite = line.loss[np.isfinite(line.loss)]
            self.line_curve.setData(line.t, line.loss)
            self._keep_range(self.line, "t", (float(line.t[0]), float(line.t[-1])))
            if finite.size:
                step = nice((float(finite.max()) - float(finite.min())) / 4 or 0.1)
                low = math.floor(float(finite.min()) / step) * step
                high = math.ceil(float(finite.max()) / step) * step
                self._keep_range(self.line, "loss", (low, max(high, low + step)), vertical=True)

    def _fit_plane(self, reach: float) -> None:
        """Show ±reach, changing the range only when the grid outgrows it or fills under two
        thirds of it, so the axes redraw rarely and the picture fills most of the plot."""
        current = self._ranges.get("plane")
        if current is None or not current[1] / 1.5 <= reach <= current[1]:
            self._keep_range(self.plane, "plane", (-reach * 1.2, reach * 1.2), both=True)

    def _keep_range(self, plot: pg.PlotWidget, key: str, bounds: tuple[float, float],
                    both: bool = False, vertical: bool = False) -> None:
        """Set an axis range only when it changes: new ticks are the costly part of a redraw
        (a range that moved every update took ~15 ms of the GUI thread each time)."""
        if self._ranges.get(key) == bounds:
            return
        self._ranges[key] = bounds
        if both or not vertical:
            plot.setXRange(*bounds, padding=0)
        if both or vertical:
            plot.setYRange(*bounds, padding=0)


def nice(value: float) -> float:
    """The smallest of 1, 2 or 5 times a power of ten that is >= value (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value * (1 - 1e-12))


class _TwoLines(QLabel):
    """A label two lines high whatever its text, wrapped: the tab is narrow on a 1280 screen,
    and a fixed height never re-lays out the window when the text changes."""

    def __init__(self, text: str):
        super().__init__(text)
        self.setWordWrap(True)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _fit(self) -> None:
        self.setFixedHeight(2 * self.fontMetrics().lineSpacing() + 2)
