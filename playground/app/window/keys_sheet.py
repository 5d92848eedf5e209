"""Help > Keyboard shortcuts: every key of the window, read from its actions, so it cannot drift."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from playground.app import i18n

Row = tuple[str, str, str]  # where (menu or "Window"), what, keys


def key_rows(window_actions: list[QAction], menus: list[QMenu]) -> list[Row]:
    """(where, what, keys) for every action with a key: the menus' first, then the window's."""
    rows: list[Row] = []
    seen: set[int] = set()

    def add(action: QAction, where: str) -> None:
        text, _, hint = action.text().partition("\t")
        keys = " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                          for s in action.shortcuts()) or hint
        if keys and id(action) not in seen and not action.isSeparator():
            seen.add(id(action))
            rows.append((where, i18n.without_mnemonic(text), keys))

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), where)
            else:
                add(action, where)

    for menu in menus:
        walk(menu, i18n.without_mnemonic(menu.title()))
    window = QCoreApplication.translate("KeysSheet", "Window")
    for action in window_actions:
        add(action, window)
    return rows


class KeysSheet(QDialog):
    """A table of every key: where it lives, what it does, the keys."""

    def __init__(self, rows: list[Row], parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(len(rows), 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(620, 560)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The title and the column headers (the rows are the actions' texts when it opened)."""
        self.setWindowTitle(QCoreApplication.translate("KeysSheet",
                                                       "Keyboard shortcuts — playground"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("KeysSheet", "Where"),
                                              QCoreApplication.translate("KeysSheet", "What"),
                                              QCoreApplication.translate("KeysSheet", "Keys")])
