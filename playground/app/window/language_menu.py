"""View > Language: follow the system, English or 简体中文, remembered and switched live."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from playground.app.i18n import CHOICES, Language
from playground.app.window.messages import Messages

# Each language names itself, so a person who cannot read the current one still finds theirs.
NAMES = {"system": "跟随系统 / System", "en": "English", "zh_CN": "简体中文"}


class LanguageMenu(QObject):
    """The Language submenu; its choice goes to `language` and to the settings."""

    def __init__(self, menu: QMenu, language: Language, settings: QSettings,
                 messages: Messages, parent: QWidget):
        super().__init__(parent)
        self.language, self.settings = language, settings
        self.menu = menu.addMenu("Language")
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for choice in CHOICES:
            action = QAction(NAMES[choice], self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        language.refused.connect(messages.problem)
        stored = str(settings.value("language", "system"))
        self.choose(stored if stored in CHOICES else "system", remember=False)

    def choose(self, choice: str, remember: bool = True) -> None:
        """Use `choice` now and (unless told otherwise) next time."""
        self.language.set_choice(choice)
        self.actions[choice].setChecked(True)
        if remember:
            self.settings.setValue("language", choice)
