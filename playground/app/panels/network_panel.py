"""Network panel: input features, hidden layers and their widths, activation and weight init."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from playground.app.panels.widgets import Section, Stepper
from playground.engine import TrainConfig, activations, features
from playground.engine.config import INITS, MAX_LAYERS, MAX_NEURONS

INIT_TIPS = {"xavier": "Glorot uniform: keeps signal size steady through tanh layers",
             "he": "Kaiming normal: sized for ReLU layers",
             "uniform": "The web playground's U(-0.5, 0.5) weights and 0.1 biases",
             "zeros": "All zeros: every neuron stays identical, to show why starts must differ"}


class NetworkPanel(Section):
    """Edits features, hidden layers, activation and init; emits the changed fields."""

    changed = Signal(dict)

    def __init__(self, config: TrainConfig, parent: QWidget | None = None):
        super().__init__("Network", parent)
        self.feature_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, name in enumerate(features.names()):
            button = QPushButton(features.get(name).label)
            button.setCheckable(True)
            button.setObjectName("toggle")
            button.setToolTip(f"Feed {name} to the network as an input.")
            button.toggled.connect(self._features_toggled)
            grid.addWidget(button, i // 4, i % 4)
            self.feature_buttons[name] = button
        self.body.addWidget(QLabel("Input features"))
        self.body.addLayout(grid)

        layers_row = QHBoxLayout()
        layers_row.addWidget(QLabel("Hidden layers"))
        self.layers = Stepper(0, MAX_LAYERS, len(config.hidden),
                              tooltip="the number of hidden layers")
        self.layers.value_changed.connect(self._layers_changed)
        layers_row.addStretch(1)
        layers_row.addWidget(self.layers)
        self.body.addLayout(layers_row)
        self.widths_box = QVBoxLayout()
        self.widths_box.setSpacing(0)
        self.body.addLayout(self.widths_box)
        self.width_steppers: list[Stepper] = []

        form = QFormLayout()
        self.activation = QComboBox()
        for name in activations.names():
            self.activation.addItem(name, name)
            index = self.activation.count() - 1
            self.activation.setItemData(index, activations.get(name).formula, 3)
        self.activation.setToolTip("The function every hidden neuron applies to its weighted sum.")
        self.activation.currentIndexChanged.connect(
            lambda: self.changed.emit({"activation": self.activation.currentData()}))
        self.init = QComboBox()
        for name in INITS:
            self.init.addItem(name, name)
            self.init.setItemData(self.init.count() - 1, INIT_TIPS[name], 3)
        self.init.setToolTip("How the weights are drawn at the next reset.")
        self.init.currentIndexChanged.connect(
            lambda: self.changed.emit({"init": self.init.currentData()}))
        form.addRow("Activation", self.activation)
        form.addRow("Weight init", self.init)
        self.body.addLayout(form)
        self.hidden = tuple(config.hidden)
        self.set_config(config)

    def set_config(self, config: TrainConfig) -> None:
        """Show `config` without emitting changes."""
        self.blockSignals(True)
        try:
            for name, button in self.feature_buttons.items():
                button.setChecked(name in config.features)
            self.hidden = tuple(config.hidden)
            self.layers.set_value(len(self.hidden))
            self._rebuild_widths()
            self.activation.setCurrentIndex(self.activation.findData(config.activation))
            self.init.setCurrentIndex(self.init.findData(config.init))
        finally:
            self.blockSignals(False)

    def _features_toggled(self) -> None:
        chosen = [name for name, b in self.feature_buttons.items() if b.isChecked()]
        self.changed.emit({"features": tuple(chosen)})

    def _layers_changed(self, count: int) -> None:
        hidden = list(self.hidden[:count])
        while len(hidden) < count:
            hidden.append(hidden[-1] if hidden else 4)
        self._emit_hidden(tuple(hidden))

    def _emit_hidden(self, hidden: tuple[int, ...]) -> None:
        self.hidden = hidden
        self._rebuild_widths()
        self.changed.emit({"hidden": hidden})

    def _width_changed(self, layer: int, width: int) -> None:
        hidden = list(self.hidden)
        hidden[layer] = width
        self.hidden = tuple(hidden)
        self.changed.emit({"hidden": self.hidden})

    def _rebuild_widths(self) -> None:
        if [s.value for s in self.width_steppers] == list(self.hidden):
            return
        while self.widths_box.count():
            item = self.widths_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.width_steppers = []
        for i, width in enumerate(self.hidden):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(12, 0, 0, 0)
            layout.addWidget(QLabel(f"Layer {i + 1}"))
            layout.addStretch(1)
            stepper = Stepper(1, MAX_NEURONS, width,
                              tooltip=f"the number of neurons in hidden layer {i + 1}")
            stepper.value_changed.connect(lambda w, layer=i: self._width_changed(layer, w))
            layout.addWidget(stepper)
            layout.addWidget(QLabel("neurons"))
            self.widths_box.addWidget(row)
            self.width_steppers.append(stepper)
