"""The run bar above the canvas: play/pause, step, reset, speed, and the live numbers."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

PLAY, PAUSE = "▶  Play", "❚❚  Pause"
DEFAULT_SPEED = 30.0  # epochs per second when the window opens
SPEEDS = (("max speed", None), ("120 epochs/s", 120.0), ("30 epochs/s", 30.0),
          ("10 epochs/s", 10.0), ("3 epochs/s", 3.0), ("1 epoch/s", 1.0))


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
        self.play = QPushButton(PLAY)
        self.play.setObjectName("play")
        self.play.setCheckable(True)
        self.play.setToolTip("Start or pause training (Space).")
        self.play.toggled.connect(self._play_toggled)
        self._fit_play()
        self.step = QPushButton("Step")
        self.step.setToolTip("Train one epoch while paused (Right arrow; Shift+Right: one batch).")
        self.step.clicked.connect(self.step_clicked)
        self.reset = QPushButton("Reset")
        self.reset.setToolTip("Start again from fresh weights (R).")
        self.reset.clicked.connect(self.reset_clicked)
        self.speed = QComboBox()
        for label, value in SPEEDS:
            self.speed.addItem(label, value)
        # A pace a teacher can talk over; "max speed" is one pick away.
        self.speed.setCurrentIndex(self.speed.findData(DEFAULT_SPEED))
        self.speed.setToolTip("Slow training down to explain it, or let it run at full speed.")
        self.speed.currentIndexChanged.connect(
            lambda: self.speed_changed.emit(self.speed.currentData()))
        self.run = QLabel()  # which run the numbers are of, while runs are compared
        self.run.setObjectName("shownRun")
        self.run.setToolTip("The run the canvas, diagram, plots and these numbers show: click "
                            "a run's tile to show another.")
        self.run.setVisible(False)
        self.epoch = QLabel()
        self.epoch.setObjectName("epoch")
        self.epoch.setToolTip("Epochs trained: one epoch is one pass over the training points.")
        self.numbers = QLabel()
        self.numbers.setObjectName("numbers")
        self.numbers.setToolTip("The latest train and test loss and accuracy, and training speed.")
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Fixed sizes: a label whose size hint changes with every frame's text makes the whole
        # window lay itself out again (measured: p99 GUI stalls doubled).
        self.epoch.setFixedWidth(170)
        self.numbers.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for widget in (self.play, self.step, self.reset, self.speed):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(self.run)
        layout.addWidget(self.epoch)
        layout.addStretch(1)
        rows.addWidget(self.numbers)
        self._last_rate = 0.0
        self.show_numbers(0, {}, 0.0)

    def add_indicator(self, indicator: QWidget) -> None:
        """Show a status widget (the recording indicator) at the right end of the buttons."""
        self._buttons.addWidget(indicator)

    def set_scale(self, scale: float) -> None:
        """Make room for the larger epoch readout of presentation mode; the Play button is as
        wide as its widest text, so Play and Pause never move the buttons beside it."""
        self.epoch.setFixedWidth(round(170 * scale * (1.5 if scale > 1 else 1)))
        self._fit_play()

    def _fit_play(self) -> None:
        metrics = self.play.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in (PLAY, PAUSE))
        self.play.setMinimumWidth(widest + 2 * metrics.horizontalAdvance("M") + 16)

    def show_run(self, name: str | None, color: tuple[int, int, int] | None) -> None:
        """Name the run the numbers are of, in its colour (None: a single run, no name)."""
        self.run.setVisible(name is not None)
        if name is not None:
            self.run.setText(f"<span style='color: rgb{color}'>●</span> <b>Run {name}</b>")

    def set_playing(self, playing: bool) -> None:
        """Show the play state without emitting play_toggled."""
        self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.setText(PAUSE if playing else PLAY)
        self.play.blockSignals(False)
        self.step.setEnabled(not playing)

    def show_numbers(self, epoch: int, metrics: dict, epochs_per_second: float,
                     diverged_in: int | None = None) -> None:
        """Update the epoch counter and the loss/accuracy line (first, the epoch a diverged run
        blew up in: the numbers are the last finite epoch's)."""
        self.epoch.setText(f"Epoch {epoch:,}")
        parts = [] if diverged_in is None else [f"diverged in epoch {diverged_in:,}"]
        for key, label in (("train_loss", "train loss"), ("test_loss", "test loss")):
            if key in metrics and math.isfinite(metrics[key]):
                parts.append(f"{label} {short_number(metrics[key])}")
        for key, label in (("train_accuracy", "train acc"), ("test_accuracy", "test acc")):
            if key in metrics and math.isfinite(metrics[key]):
                parts.append(f"{label} {100 * metrics[key]:.1f}%")
        for key, label in (("train_rmse", "train RMSE"), ("test_rmse", "test RMSE")):
            if key in metrics and math.isfinite(metrics[key]):
                parts.append(f"{label} {short_number(metrics[key])}")
        if epochs_per_second and diverged_in is None:
            self._last_rate = epochs_per_second
            parts.append(f"{epochs_per_second:,.0f} epochs/s")
        elif self._last_rate and epoch and diverged_in is None:
            parts.append(f"paused (was {self._last_rate:,.0f} epochs/s)")
        self.numbers.setText("   ".join(parts) if parts else "Press Space to train.")

    def _play_toggled(self, playing: bool) -> None:
        self.set_playing(playing)
        self.play_toggled.emit(playing)


def short_number(value: float) -> str:
    """A loss for the run bar: 4 decimals, or 3 significant digits once it has blown up."""
    return f"{value:.4f}" if abs(value) < 1e4 else f"{value:.3g}"
