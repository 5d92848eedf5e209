"""LossPlot: train and test loss per epoch, and accuracy for classification, growing live."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QVBoxLayout, QWidget

# One-pixel solid pens: wider or dashed ones made each redraw of a long curve ~10x slower.
TRAIN_PEN = pg.mkPen(32, 33, 36, width=1)
TEST_PEN = pg.mkPen(26, 115, 232, width=1)
AXIS_TEXT = "#464646"
AXIS_LINE = (170, 170, 170)


class _Series:
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


class LossPlot(QWidget):
    """Loss per epoch (train dark, test blue) above accuracy per epoch (classification only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loss = _plot("loss")
        self._loss.addLegend(offset=(-10, 10), brush=(255, 255, 255, 210), labelTextColor=AXIS_TEXT)
        self._accuracy = _plot("accuracy")
        self._accuracy.setXLink(self._loss)
        self._accuracy.setYRange(-0.05, 1.05, padding=0)
        self._accuracy.getAxis("left").setTicks([[(0.0, "0"), (0.5, "0.5"), (1.0, "1")]])
        self._accuracy.getAxis("left").setStyle(hideOverlappingLabels=False)
        self._accuracy.setMouseEnabled(y=False)
        self._accuracy.enableAutoRange(y=False)
        self._curves: dict[str, tuple[_Series, pg.PlotDataItem]] = {}
        self._ranges: tuple = ()
        for plot, metric in ((self._loss, "loss"), (self._accuracy, "accuracy")):
            for split, pen in (("train", TRAIN_PEN), ("test", TEST_PEN)):
                curve = plot.plot(pen=pen, name=split)
                self._curves[f"{split}_{metric}"] = (_Series(), curve)
        self._log_box = QCheckBox("log scale")
        self._log_box.setToolTip(
            "Show the loss on a logarithmic axis, so late small improvements stay visible"
        )
        self._log_box.toggled.connect(self.set_log_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._log_box, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._loss, 3)
        layout.addWidget(self._accuracy, 2)
        self.set_task("classification")

    def append(self, rows: dict[str, np.ndarray]) -> None:
        """Add new history rows (History.arrays() columns, each (m,)); NaN values are skipped."""
        epochs = np.asarray(rows["epoch"], dtype=np.float64)
        if not len(epochs):
            return
        for name, (series, curve) in self._curves.items():
            if name in rows:
                series.extend(epochs, np.asarray(rows[name], dtype=np.float64))
                curve.setData(series.x, series.y)
        self._fit_ranges()

    def _fit_ranges(self) -> None:
        """Set the axes' ranges to round numbers that change only now and then.

        Autoranging moved the axes on every update, and redrawing their ticks cost more than the
        curves; with stepped ranges the cached axes are redrawn only when a range steps.
        """
        epochs = max(series.x[-1] if series.n else 0.0 for series, _ in self._curves.values())
        x_range = (0.0, _nice_ceiling(max(10.0, epochs * 1.02)))
        losses = [self._curves[name][0] for name in ("train_loss", "test_loss")]
        low = min(series.low for series in losses)
        high = max(series.high for series in losses)
        if not math.isfinite(high):
            y_range = (0.0, 1.0)
        elif self._log_box.isChecked():
            positive = low if low > 0 else 1e-6
            y_range = (math.floor(math.log10(positive)), math.ceil(math.log10(max(high, 1e-6))))
            if y_range[0] == y_range[1]:
                y_range = (y_range[0] - 1, y_range[1])
        else:
            y_range = (0.0, _nice_ceiling(high))
        if (x_range, y_range) != self._ranges:
            self._ranges = (x_range, y_range)
            self._loss.setXRange(*x_range, padding=0)
            self._loss.setYRange(*y_range, padding=0.02)

    def clear(self) -> None:
        """Drop the whole history (a reset)."""
        for series, curve in self._curves.values():
            series.clear()
            curve.setData([], [])
        self._fit_ranges()

    def set_log_scale(self, on: bool) -> None:
        """Put the loss on a log axis (or back on a linear one); the checkbox follows."""
        self._loss.setLogMode(y=on)
        self._log_box.setChecked(on)
        self._fit_ranges()

    def set_task(self, task: str) -> None:
        """Show the accuracy plot for classification only (regression has no accuracy)."""
        classification = task == "classification"
        self._accuracy.setVisible(classification)
        self._loss.getAxis("bottom").showLabel(not classification)  # one "epoch" label is enough

    def curve(self, name: str) -> pg.PlotDataItem:
        """The line of one history column, e.g. "test_loss" or "train_accuracy"."""
        return self._curves[name][1]


def _plot(y_label: str) -> pg.PlotWidget:
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


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 5 times a power of ten that is >= value (> 0)."""
    if not value > 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= value * (1 - 1e-12))
