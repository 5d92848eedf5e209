"""InsideViews: what the window shows of the network's inside, and the signals that edit it.

The network diagram, the tabbed plots (loss, gradient flow, weights, metrics) and the Concepts
page. They follow run A's settings and the data's number of classes; MainWindow places them and
connects their edits.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtWidgets import QTabWidget, QWidget

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


class InsideViews:
    """Owns the views that explain training; knows nothing about the worker."""

    def __init__(self, parent: QWidget):
        self.network_view = NetworkView()
        self.network_view.setMinimumWidth(200)
        self.network_view.setToolTip("The network: click a link or bias to edit it, a neuron to "
                                     "show its map on the canvas.")
        self.loss_plot = LossPlot()
        self.gradient_plot = GradientPlot()
        self.histograms = WeightHistograms()
        self.metrics = MetricsPanel()
        self.landscape = LandscapeView()
        self.plots = QTabWidget(parent)
        self.plots.setDocumentMode(True)
        for widget, title, tip in (
                (self.loss_plot, "Loss", "Train and test loss per epoch, and accuracy."),
                (self.gradient_plot, "Gradient flow",
                 "Each layer's gradient size per epoch: see gradients vanish or explode."),
                (self.landscape, "Landscape",
                 "The loss around the current weights, and the path the run took there."),
                (self.histograms, "Weights", "How each layer's weights are spread, live."),
                (self.metrics, "Metrics",
                 "Confusion matrices or RMSE and R², and the point you Ctrl+clicked.")):
            self.plots.addTab(widget, title)
            self.plots.setTabToolTip(self.plots.count() - 1, tip)
        self.concepts = ConceptsPanel()
        self.palette = CLASS_COLORS
        self._structure: tuple[TrainConfig, int] | None = None  # what the views show now

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
        """Show what the network says about one Ctrl+clicked point, in the Metrics tab."""
        assert_gui_thread()
        x, y = answer.point
        split = "training" if answer.train else "test"
        lines = [f"Point ({x:.2f}, {y:.2f}), a {split} point"]
        prediction = np.asarray(answer.prediction)
        if answer.task == "classification":
            label = int(answer.label)
            lines[0] += f" of {class_name(label)}"
            ranked = np.argsort(prediction)[::-1]
            lines.append("Predicted: " + ", ".join(
                f"{class_name(k)} {100 * prediction[k]:.1f}%" for k in ranked[:4]))
        else:
            lines[0] += f" with value {answer.label:.3f}"
            lines.append(f"Predicted value: {float(prediction):.3f}")
        loss = answer.loss
        lines.append(f"Its loss ({answer.loss_name}): "
                     + (f"{loss:.4f}" if math.isfinite(loss) else "not finite"))
        self.metrics.show_point("\n".join(lines))
        self.plots.setCurrentWidget(self.metrics)
