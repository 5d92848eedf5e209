"""Training panel: loss, optimizer, learning rate, batch size, regularization and dropout."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from playground.app.panels.widgets import Section
from playground.engine import TrainConfig, losses, optimizers
from playground.engine.config import MAX_BATCH, MAX_LR, REGULARIZATIONS

LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
LOSS_TIPS = {
    "cross_entropy": "Softmax cross-entropy: the usual choice; strong gradients when wrong",
    "mse": "Mean squared error (on softmax probabilities for classes)",
    "bce": "Binary cross-entropy with one sigmoid per class",
    "hinge": "Multi-class hinge (margin) loss, as in support vector machines",
    "focal": "Focal loss: cross-entropy that down-weights easy, confident points",
    "mae": "Mean absolute error: robust to outliers, constant gradient",
    "huber": "Huber: squared near zero, absolute for large errors",
}


class TrainingPanel(Section):
    """Edits how the network learns; emits the changed fields as a dict."""

    changed = Signal(dict)

    def __init__(self, config: TrainConfig, parent: QWidget | None = None):
        super().__init__("Training", parent)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.loss = QComboBox()
        self.loss.setToolTip("What the network minimises; the list follows the problem type.")
        self.loss.currentIndexChanged.connect(self._loss_changed)
        self.optimizer = QComboBox()
        for name in optimizers.names():
            self.optimizer.addItem(name, name)
        self.optimizer.setToolTip("How each gradient step moves the weights.")
        self.optimizer.currentIndexChanged.connect(
            lambda: self.changed.emit({"optimizer": self.optimizer.currentData()}))
        self.lr = QComboBox()
        self.lr.setEditable(True)
        self.lr.addItems([f"{rate:g}" for rate in LEARNING_RATES])
        self.lr.setToolTip("Step size of gradient descent: pick one or type any value up to "
                           f"{MAX_LR:g}.")
        self.lr.activated.connect(self._lr_entered)
        self.lr.lineEdit().editingFinished.connect(self._lr_entered)
        self.batch = QSpinBox()
        self.batch.setRange(1, MAX_BATCH)
        self.batch.setToolTip("Points per gradient step; the training set's size = full batch.")
        self.batch.valueChanged.connect(lambda value: self.changed.emit({"batch_size": value}))
        self.regularization = QComboBox()
        for name in REGULARIZATIONS:
            self.regularization.addItem(name, name)
        self.regularization.setToolTip("Penalty on large weights: L1 makes them sparse, L2 small.")
        self.regularization.currentIndexChanged.connect(
            lambda: self.changed.emit({"regularization": self.regularization.currentData()}))
        self.reg_rate = QDoubleSpinBox()
        self.reg_rate.setRange(0.0, 10.0)
        self.reg_rate.setDecimals(4)
        self.reg_rate.setSingleStep(0.001)
        self.reg_rate.setToolTip("How strongly the penalty pulls weights toward zero.")
        self.reg_rate.valueChanged.connect(
            lambda value: self.changed.emit({"reg_rate": value}))
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.05)
        self.dropout.setToolTip("Share of hidden neurons switched off at random in each step.")
        self.dropout.valueChanged.connect(lambda value: self.changed.emit({"dropout": value}))
        for label, widget in (("Loss", self.loss), ("Optimizer", self.optimizer),
                              ("Learning rate", self.lr), ("Batch size", self.batch),
                              ("Regularization", self.regularization),
                              ("Reg. rate", self.reg_rate), ("Dropout", self.dropout)):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.set_config(config)

    def set_config(self, config: TrainConfig) -> None:
        """Show `config` without emitting changes."""
        for widget in (self, self.loss, self.optimizer, self.lr, self.batch, self.regularization,
                       self.reg_rate, self.dropout):
            widget.blockSignals(True)
        try:
            self.loss.clear()
            for name in losses.names(config.task):
                self.loss.addItem(name, name)
                self.loss.setItemData(self.loss.count() - 1, LOSS_TIPS.get(name, name), 3)
            self.loss.setCurrentIndex(self.loss.findData(config.loss))
            self.optimizer.setCurrentIndex(self.optimizer.findData(config.optimizer))
            self.lr.setCurrentText(f"{config.lr:g}")
            self.batch.setValue(config.batch_size)
            self.regularization.setCurrentIndex(self.regularization.findData(config.regularization))
            self.reg_rate.setValue(config.reg_rate)
            self.reg_rate.setEnabled(config.regularization != "none")
            self.dropout.setValue(config.dropout)
            self._shown_lr = config.lr
        finally:
            for widget in (self, self.loss, self.optimizer, self.lr, self.batch,
                           self.regularization, self.reg_rate, self.dropout):
                widget.blockSignals(False)

    def _loss_changed(self) -> None:
        if self.loss.currentData():
            self.changed.emit({"loss": self.loss.currentData()})

    def _lr_entered(self, *_args) -> None:
        """Pass the typed rate on as it is: TrainConfig alone decides what is allowed, and a
        refused value is replaced by the one in use (the Session's binding shows it again)."""
        text = self.lr.currentText().strip()
        try:
            value: float | str = float(text)
        except ValueError:
            value = text
        if value != self._shown_lr:
            self.changed.emit({"lr": value})
