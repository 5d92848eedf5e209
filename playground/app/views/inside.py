"""InsideViews: what the window shows of the network's inside, and the signals that edit it.

The network diagram, the tabbed plots (loss, gradient flow, weights, metrics) and the Concepts
page. They follow run A's settings and the data's number of classes; MainWindow places them and
connects their edits.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from playground.app import i18n
from playground.app.concepts.panel import ConceptsPanel
from playground.app.data.model import DataModel
from playground.app.gui_thread import assert_gui_thread
from playground.app.session import MAIN, Session
from playground.app.views.colors import CLASS_COLORS, class_name
from playground.app.views.gradient_plot import GradientPlot
from playground.app.views.landscape_view import LandscapeView
from playground.app.views.loss_plot import LossPlot
from playground.app.views.metrics_panel import MetricsPanel
from playground.app.views.network_view import NetworkView
from playground.app.views.weight_histograms import WeightHistograms
from playground.engine import TrainConfig, activations
from playground.training.protocol import Inspected

# The plot tabs in order, by their English names: a tab is found by its key (screenshot.py's
# --tab), never by the text it shows, which follows the language.
TABS = ("Loss", "Gradient flow", "Landscape", "Weights", "Metrics")
TAB_TEXTS = {  # each tab's (title, tooltip), marked for translation
    "Loss": (QT_TRANSLATE_NOOP("InsideViews", "Loss"),
             QT_TRANSLATE_NOOP("InsideViews", "Train and test loss per epoch, and accuracy.")),
    "Gradient flow": (
        QT_TRANSLATE_NOOP("InsideViews", "Gradient flow"),
        QT_TRANSLATE_NOOP("InsideViews", "Each layer's gradient size per epoch: see gradients "
                                         "vanish or explode.")),
    "Landscape": (
        QT_TRANSLATE_NOOP("InsideViews", "Landscape"),
        QT_TRANSLATE_NOOP("InsideViews",
                          "The loss around the current weights, and the path the run took there.")),
    "Weights": (QT_TRANSLATE_NOOP("InsideViews", "Weights"),
                QT_TRANSLATE_NOOP("InsideViews", "How each layer's weights are spread, live.")),
    "Metrics": (
        QT_TRANSLATE_NOOP("InsideViews", "Metrics"),
        QT_TRANSLATE_NOOP("InsideViews",
                          "Confusion matrices or RMSE and R², and the point you Ctrl+clicked.")),
}


class InsideViews:
    """Owns the views that explain training; knows nothing about the worker."""

    def __init__(self, parent: QWidget):
        self.network_view = NetworkView()
        self.network_view.setMinimumWidth(200)
        self.loss_plot = LossPlot()
        self.gradient_plot = GradientPlot()
        self.histograms = WeightHistograms()
        self.metrics = MetricsPanel()
        self.landscape = LandscapeView()
        self.plots = QTabWidget(parent)
        self.plots.setDocumentMode(True)
        for widget, key in zip((self.loss_plot, self.gradient_plot, self.landscape,
                                self.histograms, self.metrics), TABS, strict=True):
            self.plots.addTab(widget, key)
            self.plots.tabBar().setTabData(self.plots.count() - 1, key)
        self.concepts = ConceptsPanel()
        self.palette = CLASS_COLORS
        self._structure: tuple[TrainConfig, int] | None = None  # what the views show now
        i18n.retranslate_on_change(self.plots, self.retranslate)

    def retranslate(self) -> None:
        """Say the tabs' names and tips in the window's language (the diagram says its own)."""
        for index, key in enumerate(TABS):
            title, tip = TAB_TEXTS[key]
            self.plots.setTabText(index, QCoreApplication.translate("InsideViews", title))
            self.plots.setTabToolTip(index, QCoreApplication.translate("InsideViews", tip))

    def tab_index(self, key: str) -> int:
        """The index of the plot tab named `key` in English (one of TABS), in any language."""
        return TABS.index(key)

    def landscape_showing(self) -> bool:
        """Whether the Landscape tab is the one shown (its frames are computed only then)."""
        return self.plots.currentWidget() is self.landscape

    def follow(self, session: Session, model: DataModel) -> None:
        """Keep the structure in step with run A's config and the data's classes (the data
        changes many times a second while spraying: only a new structure redraws)."""
        def update(*_args) -> None:
            config = session.config()
            n_outputs = (model.dataset.n_classes or 0) if config.task == "classification" else 1
            if (config, n_outputs) != self._structure:
                self._structure = (config, n_outputs)
                self.set_structure(config, n_outputs)

        session.config_changed.connect(lambda name, *_: update() if name == MAIN else None)
        model.changed.connect(update)
        update()

    def set_structure(self, config: TrainConfig, n_outputs: int) -> None:
        """Follow the config: diagram columns, highlighted activation and loss, plot kind."""
        self.network_view.set_structure(config.features, config.hidden, n_outputs, config.task,
                                        activations.get(config.activation).formula)
        self.concepts.set_activation(config.activation)
        self.concepts.set_loss(config.task, config.loss)
        self.loss_plot.set_task(config.task)

    def show_point(self, answer: Inspected) -> None:
        """Show what the network says about one Ctrl+clicked point, in the Metrics tab (said
        again in the new language when it changes)."""
        assert_gui_thread()
        self.metrics.show_point(lambda: point_text(answer))
        self.plots.setCurrentWidget(self.metrics)


def point_text(answer: Inspected) -> str:
    """What the network says about one clicked point, in lines, in the window's language."""
    x, y = answer.point
    point = f"({x:.2f}, {y:.2f})"
    prediction = np.asarray(answer.prediction)
    if answer.task == "classification":
        label = class_name(int(answer.label))
        first = (QCoreApplication.translate(
                     "MetricsPanel", "Point {point}, a training point of {label}")
                 if answer.train else
                 QCoreApplication.translate(
                     "MetricsPanel", "Point {point}, a test point of {label}"))
        ranked = np.argsort(prediction)[::-1]
        lines = [first.format(point=point, label=label),
                 QCoreApplication.translate("MetricsPanel", "Predicted: {classes}").format(
                     classes=", ".join(f"{class_name(k)} {100 * prediction[k]:.1f}%"
                                       for k in ranked[:4]))]
    else:
        first = (QCoreApplication.translate(
                     "MetricsPanel", "Point {point}, a training point with value {value}")
                 if answer.train else
                 QCoreApplication.translate(
                     "MetricsPanel", "Point {point}, a test point with value {value}"))
        lines = [first.format(point=point, value=f"{answer.label:.3f}"),
                 QCoreApplication.translate("MetricsPanel", "Predicted value: {value}").format(
                     value=f"{float(prediction):.3f}")]
    loss = answer.loss
    value = (f"{loss:.4f}" if math.isfinite(loss)
             else QCoreApplication.translate("MetricsPanel", "not finite"))
    lines.append(QCoreApplication.translate("MetricsPanel", "Its loss ({loss}): {value}").format(
        loss=i18n.name_label(answer.loss_name), value=value))
    return "\n".join(lines)
