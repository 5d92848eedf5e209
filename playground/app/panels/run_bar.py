"""The run bar above the canvas: play/pause, step, reset, speed, and the live numbers."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from playground.app.panels.steady_box import SteadyBox

DEFAULT_SPEED = 30.0  # epochs per second when the window opens
SPEEDS = (None, 120.0, 30.0, 10.0, 3.0, 1.0)  # epochs per second; None: as fast as it can


def speed_label(speed: float | None) -> str:
    """How the speed list names a speed."""
    if speed is None:
        return QCoreApplication.translate("RunBar", "max speed")
    if speed == 1.0:
        return QCoreApplication.translate("RunBar", "1 epoch/s")
    return QCoreApplication.translate("RunBar", "{n} epochs/s").format(n=f"{speed:g}")


class RunBar(QWidget):
    """Buttons that drive training, and the epoch, losses, accuracy and speed as text."""

    play_toggled = Signal(bool)
    step_clicked = Signal()
    reset_clicked = Signal()
    speed_changed = Signal(object)  # epochs per second, or None for max

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runBar")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 6, 8, 6)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(8)
        rows.addLayout(layout)
        self._buttons = layout
        self.play = QPushButton()
        self.play.setObjectName("play")
        self.play.setCheckable(True)
        self.play.toggled.connect(self._play_toggled)
        self.step = QPushButton()
        self.step.clicked.connect(self.step_clicked)
        self.reset = QPushButton()
        self.reset.clicked.connect(self.reset_clicked)
        self.speed = QComboBox()
        for value in SPEEDS:
            self.speed.addItem("", value)
        # A pace a teacher can talk over; "max speed" is one pick away.
        self.speed.setCurrentIndex(self.speed.findData(DEFAULT_SPEED))
        self.speed.currentIndexChanged.connect(
            lambda: self.speed_changed.emit(self.speed.currentData()))
        self.run = QLabel()  # which run the numbers are of, while runs are compared
        self.run.setObjectName("shownRun")
        self.run.setVisible(False)
        self.epoch = QLabel()
        self.epoch.setObjectName("epoch")
        self.numbers = QLabel()
        self.numbers.setObjectName("numbers")
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The epoch and the numbers change with every frame: in boxes that keep the window's
        # layout out of it, the epoch's of a fixed width so the buttons never move.
        self._epoch_box = SteadyBox(self.epoch)
        self._epoch_box.setFixedWidth(170)
        for widget in (self.play, self.step, self.reset, self.speed):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.run)
        layout.addWidget(self._epoch_box)
        layout.addStretch(1)
        rows.addWidget(SteadyBox(self.numbers))
        self._last_rate = 0.0
        self._shown: tuple = (0, {}, 0.0, None)  # what show_numbers last said, to say it again
        self._run: tuple = (None, None)
        self.retranslate()

    def retranslate(self) -> None:
        """Say every text again in the window's language (Qt's LanguageChange)."""
        self.play.setToolTip(self.tr("Start or pause training (Space)."))
        self.step.setText(self.tr("Step"))
        self.step.setToolTip(self.tr("Train one epoch while paused (Right arrow; Shift+Right: one "
                                "batch)."))
        self.reset.setText(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Start again from fresh weights (R)."))
        for index in range(self.speed.count()):
            self.speed.setItemText(index, speed_label(self.speed.itemData(index)))
        self.speed.setToolTip(self.tr("Slow training down to explain it, or let it run at full "
                                 "speed."))
        self.run.setToolTip(self.tr("The run the canvas, diagram, plots and these numbers show: "
                               "click a run's tile to show another."))
        self.epoch.setToolTip(self.tr("Epochs trained: one epoch is one pass over the training "
                                 "points."))
        self.numbers.setToolTip(self.tr("The latest train and test loss and accuracy, and training "
                                   "speed."))
        self.set_playing(self.play.isChecked())
        self._fit_play()
        self.show_run(*self._run)
        self.show_numbers(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_indicator(self, indicator: QWidget) -> None:
        """Show a status widget (the recording indicator) at the right end of the buttons."""
        self._buttons.addWidget(indicator)

    def set_scale(self, scale: float) -> None:
        """Make room for the larger epoch readout of presentation mode; the Play button is as
        wide as its widest text, so Play and Pause never move the buttons beside it."""
        self._epoch_box.setFixedWidth(round(170 * scale * (1.5 if scale > 1 else 1)))
        self._fit_play()

    def _fit_play(self) -> None:
        metrics = self.play.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in (self.tr("▶  Play"),
                                                                    self.tr("❚❚  Pause")))
        self.play.setMinimumWidth(widest + 2 * metrics.horizontalAdvance("M") + 16)

    def show_run(self, name: str | None, color: tuple[int, int, int] | None) -> None:
        """Name the run the numbers are of, in its colour (None: a single run, no name)."""
        self._run = (name, color)
        self.run.setVisible(name is not None)
        if name is not None:
            run = self.tr("Run {name}").format(name=name)
            self.run.setText(f"<span style='color: rgb{color}'>●</span> <b>{run}</b>")

    def set_playing(self, playing: bool) -> None:
        """Show the play state without emitting play_toggled."""
        self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.setText(self.tr("❚❚  Pause") if playing else self.tr("▶  Play"))
        self.play.blockSignals(False)
        self.step.setEnabled(not playing)

    def show_numbers(self, epoch: int, metrics: dict, epochs_per_second: float,
                     diverged_in: int | None = None) -> None:
        """Update the epoch counter and the loss/accuracy line (first, the epoch a diverged run
        blew up in: the numbers are the last finite epoch's)."""
        self._shown = (epoch, metrics, epochs_per_second, diverged_in)
        self.epoch.setText(self.tr("Epoch {n}").format(n=f"{epoch:,}"))
        parts = [] if diverged_in is None else [
            self.tr("diverged in epoch {n}").format(n=f"{diverged_in:,}")]
        labels = {"train_loss": self.tr("train loss"), "test_loss": self.tr("test loss"),
                  "train_accuracy": self.tr("train acc"), "test_accuracy": self.tr("test acc"),
                  "train_rmse": self.tr("train RMSE"), "test_rmse": self.tr("test RMSE")}
        for key, label in labels.items():
            if key in metrics and math.isfinite(metrics[key]):
                value = (f"{100 * metrics[key]:.1f}%" if key.endswith("accuracy")
                         else short_number(metrics[key]))
                parts.append(f"{label} {value}")
        if epochs_per_second and diverged_in is None:
            self._last_rate = epochs_per_second
            parts.append(self.tr("{n} epochs/s").format(n=f"{epochs_per_second:,.0f}"))
        elif self._last_rate and epoch and diverged_in is None:
            parts.append(self.tr("paused (was {n} epochs/s)").format(n=f"{self._last_rate:,.0f}"))
        self.numbers.setText("   ".join(parts) if parts else self.tr("Press Space to train."))

    def _play_toggled(self, playing: bool) -> None:
        self.set_playing(playing)
        self.play_toggled.emit(playing)


def short_number(value: float) -> str:
    """A loss for the run bar: 4 decimals, or 3 significant digits once it has blown up."""
    return f"{value:.4f}" if abs(value) < 1e4 else f"{value:.3g}"
