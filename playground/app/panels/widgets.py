"""Small widgets the panels share: a titled section and a [-] value [+] stepper."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class Section(QFrame):
    """A titled group of controls with consistent spacing."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("section")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 10)
        self.body.setSpacing(6)
        self.heading = QLabel(title.upper())
        self.heading.setObjectName("sectionTitle")
        self.body.addWidget(self.heading)


class Stepper(QWidget):
    """A whole number between bounds, changed with - and + buttons; emits value_changed."""

    value_changed = Signal(int)

    def __init__(self, low: int, high: int, value: int, suffix: str = "",
                 tooltip: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.low, self.high, self.suffix = low, high, suffix
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.minus = QToolButton(text="−")
        self.plus = QToolButton(text="+")
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(24)
        for button, step, verb in ((self.minus, -1, "Decrease"), (self.plus, 1, "Increase")):
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, s=step: self.set_value(self.value + s, True))
            button.setToolTip(f"{verb} {tooltip}" if tooltip else verb)
        self.label.setToolTip(tooltip)
        layout.addWidget(self.minus)
        layout.addWidget(self.label)
        layout.addWidget(self.plus)
        self.value = value
        self.set_value(value)

    def set_value(self, value: int, notify: bool = False) -> None:
        """Show `value` clamped to the bounds; with notify, emit value_changed if it changed."""
        value = max(self.low, min(self.high, value))
        changed = value != self.value
        self.value = value
        self.label.setText(f"{value}{self.suffix}")
        self.minus.setEnabled(value > self.low)
        self.plus.setEnabled(value < self.high)
        if notify and changed:
            self.value_changed.emit(value)


class VerticalScroll(QScrollArea):
    """Scrolls its widget up and down, never sideways: as wide as the widget's controls need in
    the style and type size of the moment (presentation mode's larger type included)."""

    def __init__(self, min_width: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self._min_width = min_width
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        inner = self.widget().minimumSizeHint() if self.widget() is not None else QSize()
        width = inner.width() + self.verticalScrollBar().sizeHint().width() + 2
        return QSize(max(self._min_width, width), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Tabbed docks take their width from this hint (QMainWindow.resizeDocks ignores them).
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())
