"""The window's language: Qt's translators for the playground and for Qt's own dialogs, the
choice (follow the system, English, 简体中文) remembered, and switched live.

Widgets translate their texts with `QCoreApplication.translate(context, text)` and say them
again when Qt sends them `QEvent.LanguageChange`, which installing a translator does. Sources
are `resources/i18n/playground_<lang>.ts` (pyside6-lupdate), compiled to the `.qm` beside them
(pyside6-lrelease); terms follow `resources/i18n/glossary.md`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QFontDatabase

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
QT_TRANSLATIONS = Path(PySide6.__file__).parent / "Qt" / "translations"
CHOICES = ("system", "en", "zh_CN")  # what View > Language offers
TRANSLATED = ("zh_CN",)  # the languages the playground has a catalogue of


def resolve(choice: str, system: str | None = None) -> str:
    """The language a choice means here: 'system' follows the locale (zh_* -> zh_CN)."""
    if choice != "system":
        return choice
    name = system if system is not None else QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def name_label(name: str) -> str:
    """How a list shows a registry name: '交叉熵 (cross_entropy)' when translated, else the name,
    so a learner can still match the window to PyTorch code (names live in app/names.py)."""
    word = QCoreApplication.translate("Names", name)
    return name if word == name else f"{word} ({name})"


def without_mnemonic(text: str) -> str:
    """A menu text as read aloud: 'E&xport' -> 'Export', '导出(&E)' -> '导出', 'A && B' -> 'A & B'
    (Chinese translations put the mnemonic in brackets after the words, as Qt's own do)."""
    text = re.sub(r"\(&[^&\s]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _LanguageWatch(QObject):
    """Calls back when its widget is told the language changed."""

    def __init__(self, watched: QObject, callback: Callable[[], None]):
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._callback()
        return False


def retranslate_on_change(widget: QObject, retranslate: Callable[[], None]) -> None:
    """Say `widget`'s texts now and again on every language switch (Qt sends LanguageChange
    to each top-level widget and its children when a translator is installed or removed)."""
    _LanguageWatch(widget, retranslate)
    retranslate()


def has_cjk_font() -> bool:
    """Whether a font that can draw Simplified Chinese is installed (bare Debian has none)."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class Language(QObject):
    """Installs the translators of one language at a time; `changed(language)` follows."""

    changed = Signal(str)
    refused = Signal(str)  # why a language could not be used (English stays)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.choice = "en"
        self.language = "en"
        self._translators: list[QTranslator] = []

    def set_choice(self, choice: str) -> str:
        """Use `choice` (one of CHOICES) now; the language in use afterwards."""
        if choice not in CHOICES:
            raise ValueError(f"unknown language {choice!r}; known: {', '.join(CHOICES)}")
        self.choice = choice
        language = resolve(choice)
        if language in TRANSLATED and not has_cjk_font():
            self.refused.emit("No Chinese font is installed, so the window stays in English "
                              "(install fonts-wqy-microhei or fonts-noto-cjk).")
            language = "en"
        if language != self.language:
            self._install(language)
        return self.language

    def _install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if language in TRANSLATED:
            for folder, name in ((I18N, f"playground_{language}"),
                                 (QT_TRANSLATIONS, f"qtbase_{language}")):
                translator = QTranslator(self)
                if translator.load(name, str(folder)):
                    app.installTranslator(translator)
                    self._translators.append(translator)
        self.language = language
        self.changed.emit(language)
