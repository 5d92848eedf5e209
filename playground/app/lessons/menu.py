"""LessonActions: the Lessons menu, the keys that move through a lesson, and its status line."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from playground.app.lessons.actions import LessonStage
from playground.app.lessons.player import DONE, PAUSING, TRAINING, WAITING, LessonPlayer
from playground.app.window.messages import Messages
from playground.engine import files
from playground.lessons import LessonError, load_lesson
from playground.lessons.loader import MAX_FILE_BYTES

KEPT_NAME = "before-lesson.json"
LESSONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "lessons"


def shipped_lessons(folder: Path = LESSONS_DIR) -> list[tuple[Path, str]]:
    """(file, title) of the lessons that come with the playground, in file-name order."""
    found = []
    for path in sorted(folder.glob("*.toml")):
        try:
            title = tomllib.loads(files.read_text(path, MAX_FILE_BYTES)).get("title", path.stem)
        except (OSError, ValueError):
            title = path.stem
        found.append((path, str(title)))
    return found


class LessonActions(QObject):
    """Owns the player; opens lessons from the menu or a file and shows where a lesson is.

    `keep_current(name)` saves what the window holds as `name` beside the autosave and says
    where (None when there is no autosave folder).
    """

    def __init__(self, host: QWidget, stage: LessonStage, messages: Messages, choose_file,
                 keep_current: Callable[[str], Path | None]):
        super().__init__(host)
        self.messages, self.choose_file, self.keep_current = messages, choose_file, keep_current
        self.player = LessonPlayer(stage, self)
        self.player.changed.connect(self._show_progress)
        self.status = QLabel()
        self.status.setToolTip("The lesson: its step, and what Next (→ or PageDown) does.")
        self.status.hide()
        messages.status_bar.addPermanentWidget(self.status)
        self.menu = QMenu("&Lessons", host)
        for path, title in shipped_lessons():
            action = self.menu.addAction(title)
            action.setToolTip(f"Start the lesson in {path.name}.")
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        self.menu.addSeparator()
        self.step_actions = []
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
            elif keys:  # the keys themselves are shared with training: see window_layout
                action.setText(f"{text}\t{keys.replace(', ', ' / ')}")
            action.triggered.connect(slot)
            self.menu.addAction(action)
            if slot != self.open_file:  # bound methods are made anew: compare, not "is"
                self.step_actions.append(action)
        self._show_progress()

    def open(self, path: str | Path) -> bool:
        """Check the lesson file and start it; a bad one is refused and nothing changes."""
        try:
            lesson = load_lesson(path)
        except LessonError as err:
            self.messages.problem(f"Lesson not opened: {err}")
            return False
        # A lesson's own state is not worth keeping; the person's is, before the first step.
        kept = None if self.player.active else self.keep_current(KEPT_NAME)
        self.player.open(lesson)
        where = f" Your experiment was kept in {kept} (File > Open brings it back)." if kept else ""
        self.messages.status(f"Lesson opened: {lesson.title}.{where}", 10000)
        return True

    def open_file(self) -> None:
        """Ctrl+L: choose a lesson file."""
        chosen = self.choose_file("open", "Open lesson", "Lessons (*.toml);;All files (*)")
        if chosen:
            self.open(chosen)

    def _show_progress(self) -> None:
        player = self.player
        for action in self.step_actions:
            action.setEnabled(player.active)
        if not player.active:
            self.status.hide()
            return
        total = len(player.lesson.steps)
        doing = {TRAINING: "training…", PAUSING: "showing…",
                 WAITING: "→ or PageDown for the next step", DONE: "done: Ctrl+Shift+L "
                 "restarts"}.get(player.phase, "")
        self.status.setText(f"Lesson: {player.lesson.title}  ·  step {player.step_number} of "
                            f"{total}  ·  {doing}")
        self.status.show()
