"""LessonActions: the Lessons menu, the keys that move through a lesson, and its status line."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from playground.app import i18n
from playground.app.lessons.actions import LessonStage
from playground.app.lessons.player import DONE, PAUSING, TRAINING, WAITING, LessonPlayer
from playground.app.window.messages import Messages, Sentence
from playground.engine import files
from playground.lessons import BASE_LANGUAGE, LANGUAGES, Lesson, LessonError, load_lesson
from playground.lessons.loader import MAX_FILE_BYTES

KEPT_NAME = "before-lesson.json"
# The kind of the banner about a lesson file that was not opened: not a REFUSAL (a good edit in
# the panels does not fix the file), so it stays until dismissed or a lesson opens.
NOT_OPENED = "lesson not opened"
LESSONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "lessons"


def shipped_lessons(folder: Path = LESSONS_DIR) -> list[tuple[Path, dict[str, str]]]:
    """(file, {language: title}) of the lessons that come with the playground, in file-name
    order; the English title is always there (the file's name when it has none)."""
    found = []
    for path in sorted(folder.glob("*.toml")):
        try:
            document = tomllib.loads(files.read_text(path, MAX_FILE_BYTES))
        except (OSError, ValueError):
            document = {}
        titles = {BASE_LANGUAGE: str(document.get("title", path.stem))}
        for language in LANGUAGES:
            title = document.get(f"title_{language}")
            if language != BASE_LANGUAGE and isinstance(title, str) and title.strip():
                titles[language] = title.strip()
        found.append((path, titles))
    return found


class LessonActions(QObject):
    """Owns the player; opens lessons from the menu or a file and shows where a lesson is.

    `keep_current(name)` saves what the window holds as `name` beside the autosave and says
    where (None when there is no autosave folder). A lesson is shown in the window's language
    (`host.language`, an i18n.Language) when it has text in it, else in English, said so.
    """

    def __init__(self, host: QWidget, stage: LessonStage, messages: Messages, choose_file,
                 keep_current: Callable[[str], Path | None]):
        super().__init__(host)
        self.messages, self.choose_file, self.keep_current = messages, choose_file, keep_current
        self._language = getattr(host, "language", None)  # the window's i18n.Language
        self.player = LessonPlayer(stage, self)
        self.player.changed.connect(self._show_progress)
        self.status = QLabel()
        self.status.hide()
        messages.status_bar.addPermanentWidget(self.status)
        self.menu = QMenu(host)
        self._shipped: list[tuple[QAction, Path, dict[str, str]]] = []
        for path, titles in shipped_lessons():
            action = self.menu.addAction(titles[BASE_LANGUAGE])
            action.triggered.connect(lambda _=False, p=path: self.open(p))
            self._shipped.append((action, path, titles))
        self.menu.addSeparator()
        self.step_actions = []
        self._texts: list[tuple[QAction, str, str | None]] = []  # action, its text, its keys
        for text, keys, slot in (
                ("Open lesson &file…", "Ctrl+L", self.open_file),
                ("&Next step", "Right, PgDown", self.player.next),
                ("&Previous step", "Left, PgUp", self.player.previous),
                ("&Restart lesson", "Ctrl+Shift+L", self.player.restart),
                ("&Close lesson", None, self.player.close)):
            action = QAction(text, host)
            if keys and "," not in keys:
                action.setShortcut(QKeySequence(keys))
                host.addAction(action)
                keys = None
            # else: the keys themselves are shared with training (see window_layout); the
            # menu only names them, after a tab
            self._texts.append((action, text, keys))
            action.triggered.connect(slot)
            self.menu.addAction(action)
            if slot != self.open_file:  # bound methods are made anew: compare, not "is"
                self.step_actions.append(action)
        i18n.retranslate_on_change(self.menu, self.retranslate)

    @property
    def window_language(self) -> str:
        """The window's language now ("en" or "zh_CN")."""
        return self._language.language if self._language is not None else BASE_LANGUAGE

    def retranslate(self) -> None:
        """The menu, the lesson titles and the status line in the window's language; a lesson
        under way shows its current caption again in it."""
        language = self.window_language
        self.menu.setTitle(QCoreApplication.translate("LessonActions", "&Lessons"))
        for action, path, titles in self._shipped:
            action.setText(titles.get(language, titles[BASE_LANGUAGE]))
            action.setToolTip(QCoreApplication.translate(
                "LessonActions", "Start the lesson in {file}.").format(file=path.name))
        texts = {
            "Open lesson &file…": QCoreApplication.translate("LessonActions",
                                                             "Open lesson &file…"),
            "&Next step": QCoreApplication.translate("LessonActions", "&Next step"),
            "&Previous step": QCoreApplication.translate("LessonActions", "&Previous step"),
            "&Restart lesson": QCoreApplication.translate("LessonActions", "&Restart lesson"),
            "&Close lesson": QCoreApplication.translate("LessonActions", "&Close lesson")}
        for action, text, keys in self._texts:
            shown = texts[text]
            action.setText(f"{shown}\t{keys.replace(', ', ' / ')}" if keys else shown)
        self.status.setToolTip(QCoreApplication.translate(
            "LessonActions", "The lesson: its step, and what Next (→ or PageDown) does."))
        was = self.player.shown_language
        self.player.set_language(language)  # says the caption again; the status line follows
        if self.player.active and self.player.shown_language != language != was:
            self.messages.status(Sentence(self._fallback_notice), 10000)

    def _fallback_notice(self) -> str:
        return QCoreApplication.translate(
            "LessonActions", "This lesson has no text in the window's language: its title and "
                             "captions are in English.")

    def open(self, path: str | Path) -> bool:
        """Check the lesson file and start it; a bad one is refused and nothing changes."""
        try:
            lesson = load_lesson(path)
        except LessonError as err:
            self.messages.problem(Sentence(lambda reason=str(err): QCoreApplication.translate(
                "LessonActions", "Lesson not opened: {err}").format(err=reason), NOT_OPENED))
            return False
        self.messages.hide_problem(NOT_OPENED)
        # A lesson's own state is not worth keeping; the person's is, before the first step.
        kept = None if self.player.active else self.keep_current(KEPT_NAME)
        self.player.set_language(self.window_language)
        self.player.open(lesson)
        self.messages.status(Sentence(
            lambda lesson=lesson, kept=kept: self._opened_notice(lesson, kept)), 10000)
        return True

    def _opened_notice(self, lesson: Lesson, kept: Path | None) -> str:
        """The news that `lesson` opened (and where the person's experiment was kept), in the
        window's language now, and the title in the language the lesson is shown in for it."""
        shown = lesson.shown_language(self.window_language)
        text = QCoreApplication.translate("LessonActions", "Lesson opened: {title}.").format(
            title=lesson.title_in(shown))
        if kept:
            text += " " + QCoreApplication.translate(
                "LessonActions", "Your experiment was kept in {path} (File > Open brings it "
                                 "back).").format(path=kept)
        if shown != self.window_language:
            text += " " + self._fallback_notice()
        return text

    def open_file(self) -> None:
        """Ctrl+L: choose a lesson file."""
        chosen = self.choose_file(
            "open", QCoreApplication.translate("LessonActions", "Open lesson"),
            QCoreApplication.translate("LessonActions", "Lessons (*.toml);;All files (*)"))
        if chosen:
            self.open(chosen)

    def _show_progress(self) -> None:
        player = self.player
        for action in self.step_actions:
            action.setEnabled(player.active)
        if not player.active:
            self.status.hide()
            return
        doing = {
            TRAINING: QCoreApplication.translate("LessonActions", "training…"),
            PAUSING: QCoreApplication.translate("LessonActions", "showing…"),
            WAITING: QCoreApplication.translate("LessonActions",
                                                "→ or PageDown for the next step"),
            DONE: QCoreApplication.translate("LessonActions", "done: Ctrl+Shift+L restarts"),
        }.get(player.phase, "")
        text = QCoreApplication.translate(
            "LessonActions", "Lesson: {title}  ·  step {step} of {total}  ·  {doing}").format(
            title=player.lesson.title_in(player.shown_language), step=player.step_number,
            total=len(player.lesson.steps), doing=doing)
        if player.shown_language != self.window_language:
            text += "  ·  " + QCoreApplication.translate(
                "LessonActions", "in English: the lesson has no text in this language")
        self.status.setText(text)
        self.status.show()
