"""Training panel: loss, optimizer, learning rate, batch size, regularization and dropout."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QWidget

from playground.app import i18n
from playground.app.panels.widgets import Section, name_items
from playground.engine import TrainConfig, losses, optimizers
from playground.engine.config import MAX_BATCH, MAX_LR, REGULARIZATIONS

LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
LOSS_TIPS = {  # English; shown translated in the TrainingPanel context
    "cross_entropy": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Softmax cross-entropy: the usual choice; strong gradients when wrong"),
    "mse": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Mean squared error (on softmax probabilities for classes)"),
    "bce": QT_TRANSLATE_NOOP("TrainingPanel", "Binary cross-entropy with one sigmoid per class"),
    "hinge": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Multi-class hinge (margin) loss, as in support vector machines"),
    "focal": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Focal loss: cross-entropy that down-weights easy, confident points"),
    "mae": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Mean absolute error: robust to outliers, constant gradient"),
    "huber": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Huber: squared near zero, absolute for large errors"),
}


def loss_tip(name: str) -> str:
    """The tooltip of a loss in the list, in the window's language (the name if it has none)."""
    return QCoreApplication.translate("TrainingPanel", LOSS_TIPS[name]) if name in LOSS_TIPS \
        else name


class TrainingPanel(Section):
    """Edits how the network learns; emits the changed fields as a dict."""

    changed = Signal(dict)

    def __init__(self, config: TrainConfig, parent: QWidget | None = None):
        super().__init__("Training", parent)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.loss = QComboBox()
        self.loss.currentIndexChanged.connect(self._loss_changed)
        self.optimizer = QComboBox()
        for name in optimizers.names():
            self.optimizer.addItem(i18n.name_label(name), name)
        self.optimizer.currentIndexChanged.connect(
            lambda: self.changed.emit({"optimizer": self.optimizer.currentData()}))
        self.lr = QComboBox()
        self.lr.setEditable(True)
        self.lr.addItems([f"{rate:g}" for rate in LEARNING_RATES])
        self.lr.activated.connect(self._lr_entered)
        self.lr.lineEdit().editingFinished.connect(self._lr_entered)
        self.batch = QSpinBox()
        self.batch.setRange(1, MAX_BATCH)
        self.batch.valueChanged.connect(lambda value: self.changed.emit({"batch_size": value}))
        self.regularization = QComboBox()
        for name in REGULARIZATIONS:
            self.regularization.addItem(i18n.name_label(name), name)
        self.regularization.currentIndexChanged.connect(
            lambda: self.changed.emit({"regularization": self.regularization.currentData()}))
        self.reg_rate = QDoubleSpinBox()
        self.reg_rate.setRange(0.0, 10.0)
        self.reg_rate.setDecimals(4)
        self.reg_rate.setSingleStep(0.001)
        self.reg_rate.valueChanged.connect(
            lambda value: self.changed.emit({"reg_rate": value}))
        self.dropout = QDoubleSpinBox()
        self.dropout.setRange(0.0, 0.9)
        self.dropout.setSingleStep(0.05)
        self.dropout.valueChanged.connect(lambda value: self.changed.emit({"dropout": value}))
        self.labels: dict[str, QLabel] = {}  # the form's row labels, by field
        for field, widget in (("loss", self.loss), ("optimizer", self.optimizer),
                              ("lr", self.lr), ("batch_size", self.batch),
                              ("regularization", self.regularization),
                              ("reg_rate", self.reg_rate), ("dropout", self.dropout)):
            self.labels[field] = QLabel()
            form.addRow(self.labels[field], widget)
        self.body.addLayout(form)
        self.set_config(config)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say every text again in the window's language (Qt's LanguageChange)."""
        translate = QCoreApplication.translate
        for field, text in (("loss", translate("TrainingPanel", "Loss")),
                            ("optimizer", translate("TrainingPanel", "Optimizer")),
                            ("lr", translate("TrainingPanel", "Learning rate")),
                            ("batch_size", translate("TrainingPanel", "Batch size")),
                            ("regularization", translate("TrainingPanel", "Regularization")),
                            ("reg_rate", translate("TrainingPanel", "Reg. rate")),
                            ("dropout", translate("TrainingPanel", "Dropout"))):
            self.labels[field].setText(text)
        self.loss.setToolTip(translate(
            "TrainingPanel", "What the network minimises; the list follows the problem type."))
        self.optimizer.setToolTip(translate(
            "TrainingPanel", "How each gradient step moves the weights."))
        self.lr.setToolTip(translate(
            "TrainingPanel", "Step size of gradient descent: pick one or type any value up to "
            "{max}.").format(max=f"{MAX_LR:g}"))
        self.batch.setToolTip(translate(
            "TrainingPanel", "Points per gradient step; the training set's size = full batch."))
        self.regularization.setToolTip(translate(
            "TrainingPanel", "Penalty on large weights: L1 makes them sparse, L2 small."))
        self.reg_rate.setToolTip(translate(
            "TrainingPanel", "How strongly the penalty pulls weights toward zero."))
        self.dropout.setToolTip(translate(
            "TrainingPanel", "Share of hidden neurons switched off at random in each step."))
        for combo in (self.loss, self.optimizer, self.regularization):
            name_items(combo)
        for index in range(self.loss.count()):
            self.loss.setItemData(index, loss_tip(self.loss.itemData(index)),
                                  Qt.ItemDataRole.ToolTipRole)

    def set_config(self, config: TrainConfig) -> None:
        """Show `config` without emitting changes."""
        for widget in (self, self.loss, self.optimizer, self.lr, self.batch, self.regularization,
                       self.reg_rate, self.dropout):
            widget.blockSignals(True)
        try:
            self.loss.clear()
            for name in losses.names(config.task):
                self.loss.addItem(i18n.name_label(name), name)
                self.loss.setItemData(self.loss.count() - 1, loss_tip(name),
                                      Qt.ItemDataRole.ToolTipRole)
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
