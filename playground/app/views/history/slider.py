"""Timeline: the strip under the canvas that scrubs back through the run's stored frames."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget


class Timeline(QWidget):
    """A slider over stored frames (right end = live), the shown epoch, Live and Onion skin."""

    scrubbed = Signal(int)  # index of the stored frame the person moved to
    live_requested = Signal()
    onion_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(8)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip("Drag back through earlier boundaries of this run; training goes "
                               "on meanwhile. The right end is live.")
        self.slider.setMinimumWidth(90)  # the strip never collapses to a readout alone
        self.slider.valueChanged.connect(self._moved)
        self.epoch = QLabel()
        self.epoch.setTextFormat(Qt.TextFormat.RichText)
        self.epoch.setToolTip("The epoch of the boundary shown in the canvas.")
        self.epoch.setMinimumWidth(self.epoch.fontMetrics().horizontalAdvance(
            "epoch 1,000,000 (history)"))
        self.epoch.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.live = QPushButton("Live")
        self.live.setToolTip("Show the live boundary again (the slider's right end does too).")
        self.live.setEnabled(False)
        self.live.clicked.connect(self.live_requested)
        self.onion = QCheckBox("Onion skin")
        self.onion.setToolTip("Draw three earlier decision boundaries faintly over the shown one, "
                              "older ones fainter.")
        self.onion.toggled.connect(self.onion_toggled)
        layout.addWidget(self.onion)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.epoch)
        layout.addWidget(self.live)
        self.show_epoch(0, live=True)

    def set_frames(self, count: int, index: int) -> None:
        """Cover count stored frames with the handle at index, without signalling a scrub."""
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(count - 1, 0))
        self.slider.setValue(index)
        self.slider.blockSignals(False)

    def show_epoch(self, epoch: int, live: bool) -> None:
        """Name the shown frame's epoch, and say when it is from the history."""
        text = f"epoch {epoch:,}"
        self.epoch.setText(text if live else f"<b>{text} (history)</b>")
        self.live.setEnabled(not live)

    def _moved(self, value: int) -> None:
        if value == self.slider.maximum():
            self.live_requested.emit()
        else:
            self.scrubbed.emit(value)
