"""CurveList: a checkable list of curve names that doubles as the legend and picks the highlight."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CurveList(QListWidget):
    """One row per curve: its box shows or hides the curve, the selected row is highlighted."""

    shown_changed = Signal()
    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip("Tick a name to draw its curve; click a name to highlight it.")
        self.setFixedWidth(150)
        self.itemChanged.connect(lambda _item: self.shown_changed.emit())
        self.currentTextChanged.connect(self._emit_current)

    def set_names(self, names: Sequence[str], colors: Mapping[str, tuple] | None = None,
                  tips: Mapping[str, str] | None = None) -> None:
        """Replace the rows by names, all ticked, with colour swatches and tooltips if given."""
        self.blockSignals(True)
        self.clear()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            if colors:
                swatch = QPixmap(14, 4)
                swatch.fill(QColor(*colors[name]))
                item.setIcon(QIcon(swatch))
            if tips and name in tips:
                item.setToolTip(tips[name])
            self.addItem(item)
        self.blockSignals(False)
        self.shown_changed.emit()

    def shown(self) -> set[str]:
        """Names whose box is ticked."""
        return {item.text() for item in self._items() if item.checkState() == Qt.CheckState.Checked}

    def current(self) -> str:
        """The highlighted name ('' when none is)."""
        item = self.currentItem()
        return item.text() if item else ""

    def set_current(self, name: str) -> None:
        """Highlight name (a row in the list); current_changed follows."""
        matches = self.findItems(name, Qt.MatchFlag.MatchExactly)
        if not matches:
            known = ", ".join(item.text() for item in self._items())
            raise ValueError(f"no curve {name!r}; known: {known}")
        self.setCurrentItem(matches[0])

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def _emit_current(self, text: str) -> None:
        if text:
            self.current_changed.emit(text)
