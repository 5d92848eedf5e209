"""CurveList: a checkable list of curve names that doubles as the legend and picks the highlight."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from playground.app import i18n

NAME = Qt.ItemDataRole.UserRole  # each row's registry name; its text is i18n.name_label(name)
WIDTH = 150  # enough for every English name; longer names (Chinese ones) widen the list
ROW_EXTRAS = 52  # check box, colour swatch, spacing and frame beside a row's text


class CurveList(QListWidget):
    """One row per curve: its box shows or hides the curve, the selected row is highlighted.

    Rows are known by their registry name (item data), never by the text shown, which follows
    the window's language."""

    shown_changed = Signal()
    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip: Callable[[str], str] | None = None
        self.setFixedWidth(WIDTH)
        self.itemChanged.connect(lambda _item: self.shown_changed.emit())
        self.currentItemChanged.connect(self._emit_current)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the tooltip and every row's name in the window's language."""
        self.setToolTip(QCoreApplication.translate(
            "CurveList", "Tick a name to draw its curve; click a name to highlight it."))
        self.blockSignals(True)  # a row's new text is no change of what is shown
        for item in self._items():
            item.setText(i18n.name_label(item.data(NAME)))
            if self._tip:
                item.setToolTip(self._tip(item.data(NAME)))
        self.blockSignals(False)
        self._fit()

    def set_names(self, names: Sequence[str], colors: Mapping[str, tuple] | None = None,
                  tip: Callable[[str], str] | None = None) -> None:
        """Replace the rows by names, all ticked, with colour swatches and tooltips if given
        (`tip(name)` is asked again when the language changes)."""
        self._tip = tip
        self.blockSignals(True)
        self.clear()
        for name in names:
            item = QListWidgetItem(i18n.name_label(name))
            item.setData(NAME, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            if colors:
                swatch = QPixmap(14, 4)
                swatch.fill(QColor(*colors[name]))
                item.setIcon(QIcon(swatch))
            if tip:
                item.setToolTip(tip(name))
            self.addItem(item)
        self.blockSignals(False)
        self._fit()
        self.shown_changed.emit()

    def names(self) -> list[str]:
        """Every row's name, in order."""
        return [item.data(NAME) for item in self._items()]

    def shown(self) -> set[str]:
        """Names whose box is ticked."""
        return {item.data(NAME) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked}

    def current(self) -> str:
        """The highlighted name ('' when none is)."""
        item = self.currentItem()
        return item.data(NAME) if item else ""

    def set_current(self, name: str) -> None:
        """Highlight name (a row in the list); current_changed follows."""
        matches = [item for item in self._items() if item.data(NAME) == name]
        if not matches:
            raise ValueError(f"no curve {name!r}; known: {', '.join(self.names())}")
        self.setCurrentItem(matches[0])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:  # presentation mode's larger type
            self._fit()
        super().changeEvent(event)

    def _fit(self) -> None:
        """As wide as the longest name shown, and never narrower than WIDTH."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(item.text()) for item in self._items()),
                     default=0)
        self.setFixedWidth(max(WIDTH, widest + ROW_EXTRAS))

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def _emit_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.current_changed.emit(current.data(NAME))
