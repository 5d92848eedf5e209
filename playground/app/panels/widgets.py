"""Small widgets the panels share: a titled section and a [-] value [+] stepper."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.app import i18n

# The panels' titles, marked here so that every Section finds them in its own context.
TITLES = (QT_TRANSLATE_NOOP("Section", "Data"), QT_TRANSLATE_NOOP("Section", "Network"),
          QT_TRANSLATE_NOOP("Section", "Training"))


def name_items(combo: QComboBox) -> None:
    """Say each item of a list of registry names (kept as item data) in the window's language."""
    for index in range(combo.count()):
        combo.setItemText(index, i18n.name_label(combo.itemData(index)))


class Section(QFrame):
    """A titled group of controls with consistent spacing.

    `title` is the untranslated English title; the heading says it in the window's language
    (translated in `context`), upper-cased when it is Latin script (DATA, but 数据).
    """

    def __init__(self, title: str, parent: QWidget | None = None, context: str = "Section"):
        super().__init__(parent)
        self.setObjectName("section")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 10)
        self.body.setSpacing(6)
        self.title, self.title_context = title, context
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.body.addWidget(self.heading)
        i18n.retranslate_on_change(self.heading, self._retranslate_title)

    def _retranslate_title(self) -> None:
        text = QCoreApplication.translate(self.title_context, self.title)
        self.heading.setText(text.upper() if text.isascii() else text)


class Stepper(QWidget):
    """A whole number between bounds, changed with - and + buttons; emits value_changed."""

    value_changed = Signal(int)

    def __init__(self, low: int, high: int, value: int, suffix: str = "",
                 parent: QWidget | None = None):
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
        for button, step in ((self.minus, -1), (self.plus, 1)):
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, s=step: self.set_value(self.value + s, True))
        layout.addWidget(self.minus)
        layout.addWidget(self.label)
        layout.addWidget(self.plus)
        self.value = value
        self.set_value(value)

    def set_tooltips(self, value: str, decrease: str, increase: str) -> None:
        """Say what the number is and what - and + do (whole sentences, translated by the owner,
        which calls this again when the language changes)."""
        self.label.setToolTip(value)
        self.minus.setToolTip(decrease)
        self.plus.setToolTip(increase)

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
