"""LossPlot: train and test loss per epoch, and accuracy for classification, growing live."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from playground.app import i18n
from playground.app.views.plot_common import (
    AXIS_TEXT,
    FINE_STEPS,
    Series,
    decade_ticks,
    light_plot,
    line,
    nice_ceiling,
    say_label,
)

# One-pixel solid pens: wider or dashed ones made each redraw of a long curve ~10x slower.
TRAIN_PEN = pg.mkPen(32, 33, 36, width=1)
TEST_PEN = pg.mkPen(26, 115, 232, width=1)
DIVERGED_COLOR = (200, 30, 30)


class LossPlot(QWidget):
    """Loss per epoch (train dark, test blue) above accuracy per epoch (classification only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loss = light_plot("loss")
        self._loss.addLegend(offset=(-10, 10), brush=(255, 255, 255, 210), labelTextColor=AXIS_TEXT)
        self._accuracy = light_plot("accuracy")
        self._accuracy.setXLink(self._loss)
        self._accuracy.setYRange(-0.18, 1.18, padding=0)  # room for the 0 and 1 labels
        self._accuracy.getAxis("left").setTicks([[(0.0, "0"), (1.0, "1")], [(0.5, "")]])
        self._accuracy.getAxis("left").setStyle(hideOverlappingLabels=False)
        self._accuracy.setMouseEnabled(y=False)
        self._accuracy.enableAutoRange(y=False)
        self._curves: dict[str, tuple[Series, pg.PlotDataItem]] = {}
        self._runs: dict[str, dict[str, tuple[Series, pg.PlotDataItem]]] = {}  # compared runs
        self._width = 1.0
        self._main_color: tuple[int, int, int] | None = None  # the main run's, while compared
        self._main_name = ""
        self._train_pen = TRAIN_PEN  # the theme's: dark on a light plot, light on a dark one
        self._ranges: tuple = ()
        self.diverged_at: int | None = None  # the epoch during which the run blew up
        self.divergence = self._divergence_line()
        for plot, metric in ((self._loss, "loss"), (self._accuracy, "accuracy")):
            for split, pen in (("train", TRAIN_PEN), ("test", TEST_PEN)):
                curve = line(plot, pen, name=split)
                self._curves[f"{split}_{metric}"] = (Series(), curve)
        self._log_box = QCheckBox("log scale")
        self._log_box.toggled.connect(self.set_log_scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._log_box, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._loss, 3)
        layout.addWidget(self._accuracy, 2)
        self.set_task("classification")
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the checkbox, the axes, the legend and the divergence mark in the window's
        language (pyqtgraph's items are not widgets: Qt tells only this one)."""
        self._log_box.setText(QCoreApplication.translate("LossPlot", "log scale"))
        self._log_box.setToolTip(QCoreApplication.translate(
            "LossPlot", "Show the loss on a logarithmic axis, so late small improvements stay "
            "visible"))
        epoch = QCoreApplication.translate("LossPlot", "epoch")
        for plot, label in ((self._loss, QCoreApplication.translate("LossPlot", "loss")),
                            (self._accuracy, QCoreApplication.translate("LossPlot", "accuracy"))):
            say_label(plot.getAxis("left"), label)
            say_label(plot.getAxis("bottom"), epoch)
        self._divergence_label.setFormat(QCoreApplication.translate("LossPlot", "▲ diverged"))
        legend = self._loss.plotItem.legend
        for sample, label in legend.items:
            for split in ("train", "test"):
                if sample.item is self.curve(f"{split}_loss") and self._main_color is None:
                    label.setText(split_name(split))
        legend.updateSize()

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

    def _divergence_line(self) -> pg.InfiniteLine:
        """The explosion, drawn: a red line at the epoch that blew up, its label clipped to the
        top of the plot (no axis can show inf or nan; a log axis would change how the finite
        curve reads, so the plot keeps its scale and says where the values left it)."""
        line = pg.InfiniteLine(angle=90, movable=False,
                               pen=pg.mkPen(*DIVERGED_COLOR, width=2))
        self._divergence_label = pg.InfLineLabel(
            line, "▲ diverged", position=0.93, anchors=[(1, 0.5), (1, 0.5)], color=DIVERGED_COLOR)
        line.setVisible(False)
        self._loss.addItem(line, ignoreBounds=True)
        return line

    def mark_divergence(self, epoch: int | None) -> None:
        """Draw where the loss left every scale (during `epoch`), or take the mark away (None);
        the finite history before it stays drawn."""
        self.diverged_at = epoch
        self.divergence.setVisible(epoch is not None)
        if epoch is not None:
            self.divergence.setValue(epoch)
        self._fit_ranges()

    def _fit_ranges(self) -> None:
        """Set the axes' ranges to round numbers that change only now and then.

        Autoranging moved the axes on every update, and redrawing their ticks cost more than the
        curves; with stepped ranges the cached axes are redrawn only when a range steps.
        """
        every = [self._curves, *self._runs.values()]
        epochs = max(series.x[-1] if series.n else 0.0
                     for curves in every for series, _ in curves.values())
        if self.diverged_at is not None:
            epochs = max(epochs, float(self.diverged_at))
        x_range = (0.0, nice_ceiling(max(10.0, epochs * 1.02)))
        losses = [curves[name][0] for curves in every for name in ("train_loss", "test_loss")]
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
            y_range = (0.0, nice_ceiling(high, FINE_STEPS))
        if (x_range, y_range) != self._ranges:
            self._ranges = (x_range, y_range)
            self._loss.setXRange(*x_range, padding=0)
            self._loss.setYRange(*y_range, padding=0.04)
            log = self._log_box.isChecked() and math.isfinite(high)
            # pyqtgraph's own log ticks crowd (0.6 0.7 0.8 0.9); label whole decades instead.
            self._loss.getAxis("left").setTicks(
                decade_ticks(int(y_range[0]), int(y_range[1])) if log else None)

    def clear(self) -> None:
        """Drop the whole history and the divergence mark (a reset)."""
        for series, curve in self._curves.values():
            series.clear()
            curve.setData([], [])
        self.mark_divergence(None)

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

    def set_line_width(self, width: float) -> None:
        """Draw the curves `width` pixels wide (thicker for a projector; 1 is the fastest)."""
        self._width = width
        self._style_main()
        for curves in self._runs.values():
            for _, curve in curves.values():
                curve.setPen(pg.mkPen(curve.opts["pen"].color(), width=width))

    def compare_main(self, name: str, color: tuple[int, int, int] | None) -> None:
        """While runs are compared, draw the main run as every run is drawn: in its colour
        (train solid, test pale) and named in the legend; None: train dark, test blue again."""
        self._main_name, self._main_color = name, color
        self._style_main()
        self._label_runs()

    def _style_main(self) -> None:
        if self._main_color is None:
            colors = {"train": self._train_pen.color(), "test": TEST_PEN.color()}
        else:
            colors = {"train": QColor(*self._main_color), "test": QColor(*pale(self._main_color))}
        for name, (_, curve) in self._curves.items():
            curve.setPen(pg.mkPen(colors[name.split("_")[0]], width=self._width))

    def _label_runs(self) -> None:
        """The legend: train and test alone, or one entry per run (its train curve) when
        compared, the main run first."""
        legend = self._loss.plotItem.legend
        legend.clear()
        if self._main_color is None:
            for split in ("train", "test"):
                legend.addItem(self.curve(f"{split}_loss"), split_name(split))
        else:
            legend.addItem(self.curve("train_loss"), self._main_name)
        for name in self._runs:
            legend.addItem(self.run_curve(name, "train_loss"), name)
        legend.setColumnCount(2 if len(self._runs) > 1 else 1)  # three rows fit the short plot

    def set_theme_colors(self, train: str, legend: str, legend_text: str) -> None:
        """The run's train curves, the legend's box and its text in a theme's colours."""
        self._train_pen = pg.mkPen(train, width=1)
        self.set_line_width(self._width)
        legend_box, box = self._loss.plotItem.legend, pg.mkColor(legend)
        box.setAlpha(210)  # the curves stay faintly visible under it
        legend_box.setBrush(box)
        legend_box.setLabelTextColor(legend_text)
        for _, label in legend_box.items:
            label.setText(label.text)  # a label's colour applies when its text is set

    def add_run(self, name: str, color: tuple[int, int, int]) -> None:
        """Overlay another run's curves in its colour (train solid, test paler), named in the
        legend."""
        self.remove_run(name)
        curves = self._runs[name] = {}
        for plot, metric in ((self._loss, "loss"), (self._accuracy, "accuracy")):
            for split, rgb in (("train", color), ("test", pale(color))):
                pen = pg.mkPen(*rgb, width=self._width)
                curves[f"{split}_{metric}"] = (Series(), line(plot, pen))
        self._label_runs()

    def append_run(self, name: str, rows: dict[str, np.ndarray]) -> None:
        """Add history rows of an overlaid run (as append does for the main run)."""
        epochs = np.asarray(rows["epoch"], dtype=np.float64)
        if name not in self._runs or not len(epochs):
            return
        for column, (series, curve) in self._runs[name].items():
            if column in rows:
                series.extend(epochs, np.asarray(rows[column], dtype=np.float64))
                curve.setData(series.x, series.y)
        self._fit_ranges()

    def clear_run(self, name: str) -> None:
        """Drop an overlaid run's history (it was reset or rebuilt)."""
        for series, curve in self._runs.get(name, {}).values():
            series.clear()
            curve.setData([], [])
        self._fit_ranges()

    def remove_run(self, name: str) -> None:
        """Take an overlaid run's curves and legend entries away."""
        for column, (_, curve) in self._runs.pop(name, {}).items():
            (self._loss if column.endswith("loss") else self._accuracy).removeItem(curve)
        self._label_runs()
        self._fit_ranges()

    def run_curve(self, name: str, column: str) -> pg.PlotDataItem:
        """The line of one history column of an overlaid run."""
        return self._runs[name][column][1]

    def curve(self, name: str) -> pg.PlotDataItem:
        """The line of one history column, e.g. "test_loss" or "train_accuracy"."""
        return self._curves[name][1]




def split_name(split: str) -> str:
    """How the legend names the "train" or "test" curves, in the window's language."""
    if split == "train":
        return QCoreApplication.translate("LossPlot", "train")
    return QCoreApplication.translate("LossPlot", "test")


def pale(color: tuple[int, int, int]) -> tuple[int, int, int]:
    """A run's colour halfway to white: its test curves."""
    return tuple(round(c + 0.5 * (255 - c)) for c in color)
