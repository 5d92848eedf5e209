"""The View menu (screen modes, the docks, Reset layout, Language) and the Help menu (F1)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenuBar, QWidget

from playground.app import i18n
from playground.app.i18n import Language
from playground.app.window.language_menu import LanguageMenu
from playground.app.window.messages import Messages


class ViewAndHelpMenus(QObject):
    """Adds the View and Help menus to `bar` and says their words in the window's language."""

    def __init__(self, bar: QMenuBar, screen_modes: Sequence[QAction],
                 docks: Sequence[QDockWidget], reset_layout: Callable[[], None],
                 show_keys: Callable[[], object], language: Language, settings: QSettings,
                 messages: Messages, parent: QWidget):
        super().__init__(parent)
        self.view = bar.addMenu("")
        for action in screen_modes:  # presentation, focus canvas, dark theme: the window's keys
            self.view.addAction(action)
        self.view.addSeparator()
        for dock in docks:
            self.view.addAction(dock.toggleViewAction())
        self.reset_layout = QAction(parent)
        self.reset_layout.triggered.connect(reset_layout)
        self.view.addAction(self.reset_layout)
        self.view.addSeparator()
        self.language_menu = LanguageMenu(self.view, language, settings, messages, parent)
        self.help = bar.addMenu("")
        self.sheet = QAction(parent)
        self.sheet.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+?")])
        self.sheet.triggered.connect(show_keys)
        self.help.addAction(self.sheet)
        i18n.retranslate_on_change(self.view, self.retranslate)

    def retranslate(self) -> None:
        """The menus' titles and their own items in the current language."""
        self.view.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.reset_layout.setText(QCoreApplication.translate("MainWindow", "Reset layout"))
        self.help.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.sheet.setText(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
