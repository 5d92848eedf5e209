"""LogSlider: a slider over log10 of a positive value, with the value printed beside it."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from superqt import QDoubleSlider


class LogSlider(QWidget):
    """Picks a value in [low, high] on a log scale, so 0.001 and 0.1 are equally easy to reach."""

    value_changed = Signal(float)

    def __init__(self, low: float, high: float, value: float, tooltip: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QDoubleSlider(Qt.Orientation.Horizontal)
        self.slider.setSingleStep(0.02)
        self.slider.setPageStep(0.25)
        self.label = QLabel()
        self.label.setMinimumWidth(48)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.set_tooltip(tooltip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.slider.valueChanged.connect(self._moved)
        self.set_range(low, high)
        self.set_value(value)

    def set_tooltip(self, tooltip: str) -> None:
        """The tooltip of the slider and its number (the owner says it in its language)."""
        for widget in (self, self.slider, self.label):
            widget.setToolTip(tooltip)

    def value(self) -> float:
        """The value the slider points at."""
        return 10.0 ** self.slider.value()

    def set_value(self, value: float) -> None:
        """Point at value, clamped to the range; value_changed follows if it moved."""
        self.slider.setValue(math.log10(value))
        self._show()

    def set_range(self, low: float, high: float) -> None:
        """Offer [low, high] (both > 0); the value is clamped into it."""
        self.slider.setRange(math.log10(low), math.log10(high))
        self._show()

    def _moved(self) -> None:
        self._show()
        self.value_changed.emit(self.value())

    def _show(self) -> None:
        self.label.setText(f"{self.value():.3g}")
