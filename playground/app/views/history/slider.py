"""Timeline: the strip under the canvas that scrubs back through the run's stored frames."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from playground.app import i18n
from playground.app.panels.steady_box import SteadyBox


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
        self.slider.setMinimumWidth(90)  # the strip never collapses to a readout alone
        self.slider.valueChanged.connect(self._moved)
        self.epoch = QLabel()
        self.epoch.setTextFormat(Qt.TextFormat.RichText)
        self.epoch.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._epoch_box = SteadyBox(self.epoch)  # named anew with stored frames: no relayout
        self.live = QPushButton("Live")
        self.live.setEnabled(False)
        self.live.clicked.connect(self.live_requested)
        self.onion = QCheckBox("Onion skin")
        self.onion.toggled.connect(self.onion_toggled)
        layout.addWidget(self.onion)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self._epoch_box)
        layout.addWidget(self.live)
        self._shown = (0, True)  # the epoch named and whether it is live
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the buttons, tooltips and the shown epoch in the window's language."""
        self.slider.setToolTip(QCoreApplication.translate(
            "Timeline", "Drag back through earlier boundaries of this run; training goes on "
            "meanwhile. The right end is live."))
        self.epoch.setToolTip(QCoreApplication.translate(
            "Timeline", "The epoch of the boundary shown in the canvas."))
        self._fit_readout()
        self.live.setText(QCoreApplication.translate("Timeline", "Live"))
        self.live.setToolTip(QCoreApplication.translate(
            "Timeline", "Show the live boundary again (the slider's right end does too)."))
        self.onion.setText(QCoreApplication.translate("Timeline", "Onion skin"))
        self.onion.setToolTip(QCoreApplication.translate(
            "Timeline", "Draw three earlier decision boundaries faintly over the shown one, older "
            "ones fainter."))
        self.show_epoch(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new font (presentation mode) needs a wider readout."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_readout()

    def _fit_readout(self) -> None:
        """The epoch readout as wide as its widest text, bold as history shows it, in English
        too: the strip keeps its width whatever the epoch and the language."""
        font = QFont(self.epoch.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        self._epoch_box.setFixedWidth(max(
            metrics.horizontalAdvance(text)
            for text in ("epoch 1,000,000 (history)", epoch_text(1_000_000, live=False))) + 2)

    def set_frames(self, count: int, index: int) -> None:
        """Cover count stored frames with the handle at index, without signalling a scrub."""
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(count - 1, 0))
        self.slider.setValue(index)
        self.slider.blockSignals(False)

    def show_epoch(self, epoch: int, live: bool) -> None:
        """Name the shown frame's epoch, and say when it is from the history."""
        self._shown = (epoch, live)
        text = epoch_text(epoch, live)
        self.epoch.setText(text if live else f"<b>{text}</b>")
        self.live.setEnabled(not live)

    def _moved(self, value: int) -> None:
        if value == self.slider.maximum():
            self.live_requested.emit()
        else:
            self.scrubbed.emit(value)


def epoch_text(epoch: int, live: bool) -> str:
    """ "epoch 12" (live) or "epoch 12 (history)", in the window's language."""
    if live:
        return QCoreApplication.translate("Timeline", "epoch {n}").format(n=f"{epoch:,}")
    return QCoreApplication.translate("Timeline", "epoch {n} (history)").format(n=f"{epoch:,}")

