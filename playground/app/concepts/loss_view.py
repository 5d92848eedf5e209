"""LossView: every registered loss of a task and its gradient, against p or the error."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.app import i18n
from playground.app.concepts import curves
from playground.app.concepts.curve_list import CurveList
from playground.app.concepts.plots import PALETTE, concept_plot, y_range
from playground.app.panels.training_panel import loss_tip
from playground.engine import losses

TASKS = ("classification", "regression")
AXES = {  # task -> (x label, gradient label, caption), shown translated
    "classification": (
        QT_TRANSLATE_NOOP("LossView", "p, the predicted probability of the true class"),
        QT_TRANSLATE_NOOP("LossView", "d loss / d s_true"),
        QT_TRANSLATE_NOOP(
            "LossView",
            "Two classes, one sample: scores [z/2, −z/2] with z = logit(p), label 0. On a "
            "confident mistake (p → 0) the MSE gradient vanishes, so learning stalls; "
            "cross-entropy's stays near −1 and keeps pushing."),
    ),
    "regression": (
        QT_TRANSLATE_NOOP("LossView", "e = prediction − target"),
        QT_TRANSLATE_NOOP("LossView", "d loss / d prediction"),
        QT_TRANSLATE_NOOP(
            "LossView",
            "One sample, target 0. MSE's gradient grows with the error (outliers pull hard), "
            "MAE's is always ±1, Huber's grows with the error up to δ = 1 and then stays at ±1."),
    ),
}


def _say(text: str) -> str:
    return QCoreApplication.translate("LossView", text)


class LossView(QWidget):
    """Loss value above its gradient for each loss of the chosen task; the one in use thick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value_plot = concept_plot("", "")  # axis labels: retranslate
        self.grad_plot = concept_plot("", "")
        self.grad_plot.setXLink(self.value_plot)
        self.lines: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self._cache: dict[str, tuple[np.ndarray, curves.Curves]] = {}
        self._colors: dict[str, tuple[int, int, int]] = {}
        self._in_use = {task: losses.names(task)[0] for task in TASKS}
        self.task = ""
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.task_box = QComboBox()
        for task in TASKS:
            self.task_box.addItem(task, task)
        self.task_box.currentIndexChanged.connect(
            lambda: self.set_task(self.task_box.currentData()))
        self.list = CurveList()
        self.list.shown_changed.connect(self._restyle)
        self.list.current_changed.connect(self._current_changed)
        side = QVBoxLayout()
        side.addWidget(self.task_box)
        side.addWidget(self.list, 1)
        plots = QVBoxLayout()
        plots.addWidget(self.value_plot, 1)
        plots.addWidget(self.grad_plot, 1)
        plots.addWidget(self.caption)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addLayout(plots, 1)
        self.set_task(TASKS[0])
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the task names, axis labels, caption and tooltips in the window's language."""
        for index in range(self.task_box.count()):
            self.task_box.setItemText(index, i18n.name_label(self.task_box.itemData(index)))
        self.task_box.setToolTip(QCoreApplication.translate(
            "LossView", "Show the losses for classification or for regression."))
        self.caption.setToolTip(QCoreApplication.translate(
            "LossView", "How the curves are made, and what to look for in them."))
        self.value_plot.setLabel("left", QCoreApplication.translate("LossView", "loss"))
        self._say_axes()

    def _say_axes(self) -> None:
        """The current task's axis labels and caption (the label style, set by the theme and
        the type size, stays)."""
        x_label, grad_label, caption = AXES[self.task]
        self.grad_plot.setLabel("bottom", _say(x_label))
        self.grad_plot.setLabel("left", _say(grad_label))
        self.caption.setText(_say(caption))

    def set_task(self, task: str) -> None:
        """Plot the losses of task ("classification" or "regression"), the one in use thick."""
        if task == self.task:
            return
        names = losses.names(task)  # ValueError for an unknown task, before anything changes
        self.task = task
        self.task_box.setCurrentIndex(self.task_box.findData(task))
        x, loss_curves = self._curves(task)
        for pair in self.lines.values():
            self.value_plot.removeItem(pair[0])
            self.grad_plot.removeItem(pair[1])
        self.lines = {name: (self.value_plot.plot(x, values), self.grad_plot.plot(x, grads))
                      for name, (values, grads) in loss_curves.items()}
        self._say_axes()
        self.value_plot.setXRange(x[0], x[-1], padding=0.02)
        self.value_plot.setYRange(*y_range(v for v, _ in loss_curves.values()), padding=0)
        self.grad_plot.setYRange(*y_range(g for _, g in loss_curves.values()), padding=0)
        self._colors = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}
        self.list.set_names(names, self._colors, loss_tip)
        self.list.set_current(self._in_use[task])

    def set_current(self, name: str) -> None:
        """Highlight the loss in use, a registry name of the current task."""
        self.list.set_current(name)

    def current(self) -> str:
        """The highlighted loss's name."""
        return self.list.current()

    def _curves(self, task: str) -> tuple[np.ndarray, curves.Curves]:
        """loss_curves(task), computed once per task (about 0.1 s for the classification set)."""
        if task not in self._cache:
            self._cache[task] = curves.loss_curves(task)
        return self._cache[task]

    def _current_changed(self, name: str) -> None:
        self._in_use[self.task] = name
        self._restyle()

    def _restyle(self) -> None:
        """The current loss thick and on top, the other ticked ones thin, the rest hidden."""
        current, shown = self.list.current(), self.list.shown()
        for name, pair in self.lines.items():
            highlighted = name == current
            pen = pg.mkPen(self._colors[name], width=3 if highlighted else 1.5)
            for line in pair:
                line.setPen(pen)
                line.setZValue(10 if highlighted else 0)
                line.setVisible(highlighted or name in shown)
