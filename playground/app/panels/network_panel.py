"""Network panel: input features, hidden layers and their widths, activation and weight init."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

from playground.app import i18n
from playground.app.panels.widgets import Section, Stepper, name_items
from playground.engine import TrainConfig, activations, features
from playground.engine.config import INITS, MAX_LAYERS, MAX_NEURONS

INIT_TIPS = {  # English; shown translated in the NetworkPanel context
    "xavier": QT_TRANSLATE_NOOP(
        "NetworkPanel", "Glorot uniform: keeps signal size steady through tanh layers"),
    "he": QT_TRANSLATE_NOOP("NetworkPanel", "Kaiming normal: sized for ReLU layers"),
    "uniform": QT_TRANSLATE_NOOP(
        "NetworkPanel", "The web playground's U(-0.5, 0.5) weights and 0.1 biases"),
    "zeros": QT_TRANSLATE_NOOP(
        "NetworkPanel", "All zeros: every neuron stays identical, to show why starts must differ"),
}


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
            button.toggled.connect(self._features_toggled)
            grid.addWidget(button, i // 4, i % 4)
            self.feature_buttons[name] = button
        self.features_label = QLabel()
        self.body.addWidget(self.features_label)
        self.body.addLayout(grid)

        layers_row = QHBoxLayout()
        self.layers_label = QLabel()
        layers_row.addWidget(self.layers_label)
        self.layers = Stepper(0, MAX_LAYERS, len(config.hidden))
        self.layers.value_changed.connect(self._layers_changed)
        layers_row.addStretch(1)
        layers_row.addWidget(self.layers)
        self.body.addLayout(layers_row)
        self.widths_box = QVBoxLayout()
        self.widths_box.setSpacing(0)
        self.body.addLayout(self.widths_box)
        self.width_steppers: list[Stepper] = []
        self.width_labels: list[tuple[QLabel, QLabel]] = []  # "Layer n", "neurons" per row

        form = QFormLayout()
        self.activation = QComboBox()
        for name in activations.names():
            self.activation.addItem(i18n.name_label(name), name)
            index = self.activation.count() - 1
            self.activation.setItemData(index, activations.get(name).formula,
                                        Qt.ItemDataRole.ToolTipRole)
        self.activation.currentIndexChanged.connect(
            lambda: self.changed.emit({"activation": self.activation.currentData()}))
        self.init = QComboBox()
        for name in INITS:
            self.init.addItem(i18n.name_label(name), name)
        self.init.currentIndexChanged.connect(
            lambda: self.changed.emit({"init": self.init.currentData()}))
        self.activation_label, self.init_label = QLabel(), QLabel()
        form.addRow(self.activation_label, self.activation)
        form.addRow(self.init_label, self.init)
        self.body.addLayout(form)
        self.hidden = tuple(config.hidden)
        self.set_config(config)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say every text again in the window's language (Qt's LanguageChange)."""
        translate = QCoreApplication.translate
        for name, button in self.feature_buttons.items():
            button.setToolTip(translate(
                "NetworkPanel", "Feed {feature} to the network as an input.").format(feature=name))
        self.features_label.setText(translate("NetworkPanel", "Input features"))
        self.layers_label.setText(translate("NetworkPanel", "Hidden layers"))
        self.layers.set_tooltips(translate("NetworkPanel", "the number of hidden layers"),
                                 translate("NetworkPanel", "Decrease the number of hidden layers"),
                                 translate("NetworkPanel", "Increase the number of hidden layers"))
        self.activation_label.setText(translate("NetworkPanel", "Activation"))
        self.activation.setToolTip(translate(
            "NetworkPanel", "The function every hidden neuron applies to its weighted sum."))
        self.init_label.setText(translate("NetworkPanel", "Weight init"))
        self.init.setToolTip(translate(
            "NetworkPanel", "How the weights are drawn at the next reset."))
        name_items(self.activation)
        name_items(self.init)
        for index in range(self.init.count()):
            tip = translate("NetworkPanel", INIT_TIPS[self.init.itemData(index)])
            self.init.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self._retranslate_widths()

    def _retranslate_widths(self) -> None:
        translate = QCoreApplication.translate
        for i, (stepper, (layer, neurons)) in enumerate(
                zip(self.width_steppers, self.width_labels, strict=True)):
            n = i + 1
            layer.setText(translate("NetworkPanel", "Layer {n}").format(n=n))
            neurons.setText(translate("NetworkPanel", "neurons"))
            stepper.set_tooltips(
                translate("NetworkPanel", "the number of neurons in hidden layer {n}").format(n=n),
                translate("NetworkPanel", "Decrease the number of neurons in hidden layer {n}")
                .format(n=n),
                translate("NetworkPanel", "Increase the number of neurons in hidden layer {n}")
                .format(n=n))

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
        self.width_steppers, self.width_labels = [], []
        for i, width in enumerate(self.hidden):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(12, 0, 0, 0)
            layer, neurons = QLabel(), QLabel()
            layout.addWidget(layer)
            layout.addStretch(1)
            stepper = Stepper(1, MAX_NEURONS, width)
            stepper.value_changed.connect(lambda w, layer=i: self._width_changed(layer, w))
            layout.addWidget(stepper)
            layout.addWidget(neurons)
            self.widths_box.addWidget(row)
            self.width_steppers.append(stepper)
            self.width_labels.append((layer, neurons))
        self._retranslate_widths()
