"""View > Language: follow the system, English or 简体中文, remembered and switched live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from playground.app import i18n
from playground.app.i18n import CHOICES, Language
from playground.app.window.messages import Messages

# Each language names itself, so a person who cannot read the current one still finds theirs;
# "follow the system" is said in the current language.
NAMES = {"en": "English", "zh_CN": "简体中文"}


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
            action = QAction(NAMES.get(choice, ""), self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        language.refused.connect(messages.problem)
        i18n.retranslate_on_change(self.menu, self.retranslate)
        stored = str(settings.value("language", "system"))
        self.choose(stored if stored in CHOICES else "system", remember=False)

    def retranslate(self) -> None:
        """The submenu's title and 'follow the system' in the current language."""
        self.menu.setTitle(QCoreApplication.translate("LanguageMenu", "Language"))
        self.actions["system"].setText(QCoreApplication.translate("LanguageMenu",
                                                                  "Follow the system"))

    def choose(self, choice: str, remember: bool = True) -> None:
        """Use `choice` now and (unless told otherwise) next time."""
        self.language.set_choice(choice)
        self.actions[choice].setChecked(True)
        if remember:
            self.settings.setValue("language", choice)
