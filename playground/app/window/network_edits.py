"""NetworkEdits: the diagram's edits (weights, biases, neuron maps, layers) reach the shown run
or the Session, and the status bar says what each edit did to the run."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from playground.app.runs.runs import Runs, shape_of
from playground.app.session import MAIN, Session
from playground.app.views.network_view import NetworkView
from playground.app.window.messages import Messages, Sentence
from playground.engine import TrainConfig
from playground.training import protocol as p

translate = QCoreApplication.translate


class NetworkEdits(QObject):
    """Connects the network diagram and the Session's edits to the runs and the messages."""

    def __init__(self, session: Session, runs: Runs, view: NetworkView, messages: Messages,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.runs, self.messages = session, runs, messages
        session.edited.connect(self._edited)
        session.selected_changed.connect(self._selected)
        view.weight_edited.connect(lambda *edit: runs.shown.send(p.EditWeight(*edit)))
        view.bias_edited.connect(lambda *edit: runs.shown.send(p.EditBias(*edit)))
        view.neuron_selected.connect(self._select_neuron)
        view.layers_changed.connect(self._set_layer_count)
        view.width_changed.connect(self._set_layer_width)

    def _edited(self, name: str, new: TrainConfig, old: TrainConfig) -> None:
        """Say what an edit did to the run (said again if the language switches meanwhile)."""
        self.messages.clear_refusal()
        rebuilt = shape_of(old) != shape_of(new)
        if name != MAIN and rebuilt:
            self.messages.status(Sentence(lambda name=name: translate(
                "NetworkEdits", "Run {name}: layers or features changed, fresh weights.").format(
                    name=name)), 5000)
        elif name != MAIN:
            self.messages.status(Sentence(lambda name=name: translate(
                "NetworkEdits", "Run {name}: training continues from its current weights.")
                .format(name=name)), 5000)
        elif rebuilt:
            self.messages.status(Sentence(lambda: translate(
                "NetworkEdits", "Layers or features changed: the network was rebuilt with fresh "
                "weights.")), 6000)
        else:
            self.messages.status(Sentence(lambda: translate(
                "NetworkEdits", "Training continues from the current weights.")), 3000)

    def _selected(self, name: str) -> None:
        if self.runs.forks():
            self.messages.status(Sentence(lambda name=name: translate(
                "NetworkEdits", "The canvas, plots and side panels show run {name}.").format(
                    name=name)), 4000)

    def _select_neuron(self, layer: int, index: int) -> None:
        self.runs.shown.send(p.Focus(layer, index))
        if layer < 0:
            self.messages.status(Sentence(lambda: translate(
                "NetworkEdits", "The canvas shows the network's output again.")), 4000)
            return
        if layer == len(self.session.config().hidden):
            text = Sentence(lambda neuron=index + 1: translate(
                "NetworkEdits", "The canvas shows the output, neuron {neuron}; click it again "
                "for the output.").format(neuron=neuron))
        else:
            text = Sentence(lambda layer=layer + 1, neuron=index + 1: translate(
                "NetworkEdits", "The canvas shows layer {layer}, neuron {neuron}; click it again "
                "for the output.").format(layer=layer, neuron=neuron))
        self.messages.status(text, 8000)

    def _set_layer_count(self, count: int) -> None:
        hidden = list(self.session.config(self.session.selected).hidden[:count])
        while len(hidden) < count:
            hidden.append(hidden[-1] if hidden else 4)
        self.session.edit(self.session.selected, {"hidden": tuple(hidden)})

    def _set_layer_width(self, layer: int, width: int) -> None:
        hidden = list(self.session.config(self.session.selected).hidden)
        if 0 <= layer < len(hidden):
            hidden[layer] = width
            self.session.edit(self.session.selected, {"hidden": tuple(hidden)})
