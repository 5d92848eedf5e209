"""FileActions: the File menu: open, save, recent files, CSV in and out, dropping files.

Saving goes through the training process, which holds the weights and writes the file without
stalling the window; opening reads and validates the whole file on a worker thread first and
changes nothing if it is bad.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from playground.app import i18n
from playground.app.background import BackgroundCall
from playground.app.data.model import DataModel
from playground.app.runs.client import TrainingClient
from playground.app.window.experiments import Experiments
from playground.app.window.messages import Messages, Sentence
from playground.app.window.opener import ExperimentOpener
from playground.engine import Dataset
from playground.io import Experiment
from playground.training.protocol import Saved

# File dialogs' filters (translated where a dialog opens; the patterns stay as they are).
EXPERIMENT_FILTER = QT_TRANSLATE_NOOP("FileActions", "Playground experiments (*.json)")
CSV_FILTER = QT_TRANSLATE_NOOP("FileActions", "Points (*.csv)")
translate = QCoreApplication.translate
MAX_RECENT = 8
# Kinds of message (see messages.py). A file's problem is not a REFUSAL: a good edit in the
# panels says nothing about the file, so it stays until dismissed or until the same action
# works (a good open takes every problem away: the experiment is new).
OPENING = "opening"  # the status bar's news while an experiment file is read
NOT_OPENED, NOT_SAVED = "not opened", "not saved"
NOT_IMPORTED, NOT_EXPORTED = "not imported", "not exported"


class FileActions(QObject):
    """Owns the File menu's actions, the recent-files list and the files dropped on `host`.

    `client` is run A's: its process writes saves and says when one is written.
    """

    imported = Signal(bool)  # a CSV import ended: its points are in (True) or it was refused

    def __init__(self, host: QWidget, settings: QSettings, experiments: Experiments,
                 model: DataModel, client: TrainingClient, messages: Messages,
                 choose_file: Callable[..., str] | None = None):
        super().__init__(host)
        self.host, self.experiments, self.model, self.messages = host, experiments, model, messages
        self.settings = settings
        # A stand-in for the file dialogs, so tests can answer them.
        self.choose_file = choose_file or _dialog
        self._reader = BackgroundCall(self)
        self._edits = 0  # the points' changes so far: an import read meanwhile is out of date
        model.changed.connect(self._edited)
        self.path: Path | None = None
        self._remember_opened = True  # whether the file being opened becomes the current one
        self.menu = QMenu(host)
        self.recent_menu = QMenu(host)
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.open_dialog)
        self.save_action = self._action(QKeySequence.StandardKey.Save, self.save)
        self.save_as_action = self._action(QKeySequence("Ctrl+Shift+S"), self.save_as)
        for action in (self.open_action, self.save_action, self.save_as_action):
            self.menu.addAction(action)
        self.menu.addMenu(self.recent_menu)
        self.menu.addSeparator()
        self.import_action = self._action(None, self.import_csv)
        self.export_action = self._action(None, self.export_csv)
        self.menu.addAction(self.import_action)
        self.menu.addAction(self.export_action)
        self._fill_recent()
        i18n.retranslate_on_change(self.menu, self.retranslate)
        client.saved.connect(self._saved)
        self.opener = ExperimentOpener(self)
        self.opener.opened.connect(self._opened)
        self.opener.refused.connect(self._refused)
        host.setAcceptDrops(True)
        host.installEventFilter(self)

    def retranslate(self) -> None:
        """Say the menu's texts again in the window's language (Qt's LanguageChange)."""
        self.menu.setTitle(translate("FileActions", "&File"))
        self.recent_menu.setTitle(translate("FileActions", "Open &recent"))
        self.open_action.setText(translate("FileActions", "&Open experiment…"))
        self.save_action.setText(translate("FileActions", "&Save"))
        self.save_as_action.setText(translate("FileActions", "Save &as…"))
        self.import_action.setText(translate("FileActions", "&Import points (CSV)…"))
        self.export_action.setText(translate("FileActions", "&Export points (CSV)…"))

    # ----- experiments --------------------------------------------------------------------

    def open_dialog(self) -> None:
        """Ask for an experiment file and open it."""
        path = self.choose_file("open", translate("FileActions", "Open experiment"),
                                translate("FileActions", EXPERIMENT_FILTER))
        if path:
            self.open(path)

    def open(self, path: str | Path, remember: bool = True) -> None:
        """Open an experiment file: it is read and checked off the GUI thread, then shown
        (`opener.opened`); a bad one is refused with one message and changes nothing.
        `remember`: it becomes the experiment's file and joins the recent list (not for the
        autosave)."""
        path = Path(path)
        self._remember_opened = remember
        self.messages.status(Sentence(lambda path=path: translate(
            "FileActions", "Opening {path}…").format(path=path), OPENING))
        self.opener.open(path)

    @Slot(object, object)
    def _opened(self, path: Path, experiment: Experiment) -> None:
        self.messages.clear_status(OPENING)
        self.experiments.use(experiment)
        if self._remember_opened:
            self._remember(path)
        else:
            self.path = None
            self.experiments.name("")

    @Slot(object, str)
    def _refused(self, path: Path, reason: str) -> None:
        self.messages.clear_status(OPENING)
        self.messages.problem(Sentence(lambda reason=reason: translate(
            "FileActions", "Not opened: {reason}").format(reason=reason), NOT_OPENED))

    def save(self) -> None:
        """Save to the current file, or ask for one."""
        if self.path is None:
            self.save_as()
        else:
            self.experiments.save(self.path, "save")

    def save_as(self) -> None:
        """Ask for a file name and save there."""
        path = self.choose_file("save", translate("FileActions", "Save experiment"),
                                translate("FileActions", EXPERIMENT_FILTER))
        if path:
            path = Path(path) if Path(path).suffix else Path(path).with_suffix(".json")
            self.experiments.save(path, "save")

    @Slot(object)
    def _saved(self, saved: Saved) -> None:
        """The training process wrote a save (it is now the experiment's file), or says why not."""
        if saved.kind != "save":
            return
        if saved.error:
            self.messages.problem(saved.error, NOT_SAVED)  # the process's words
            return
        self.messages.hide_problem(NOT_SAVED)
        self._remember(Path(saved.path))
        self.experiments.saved()
        self.messages.status(Sentence(lambda path=saved.path: translate(
            "FileActions", "Saved {path}").format(path=path)), 6000)

    # ----- points -------------------------------------------------------------------------

    def import_csv(self, path: str | Path | None = None) -> None:
        """Replace the points by a CSV file's (undoable); a bad file changes nothing.

        The file is read and parsed on a worker thread (a million points take seconds), and
        `imported` says how it ended once the points are in, or the refusal is shown.
        """
        path = path or self.choose_file("open", translate("FileActions", "Import points"),
                                        translate("FileActions", CSV_FILTER))
        if not path:
            return
        task, edits = self.model.dataset.task, self._edits
        self.messages.status(Sentence(lambda path=path: translate(
            "FileActions", "Importing {path}…").format(path=path)))
        self._reader.start(lambda: Dataset.from_csv(path, task=task),
                           lambda dataset, error: self._csv_read(path, edits, dataset, error))

    def _edited(self) -> None:
        self._edits += 1

    def _csv_read(self, path: str | Path, edits: int, dataset: Dataset | None,
                  error: Exception | None) -> None:
        """The worker read the CSV (on the GUI thread now): apply its points or say why not.
        Points changed while it read (a preset, a stroke) are newer: they stay."""
        if self._edits != edits and error is None:
            self.messages.status(Sentence(lambda name=Path(path).name: translate(
                "FileActions", "Import of {name} dropped: the points changed while it was "
                "read").format(name=name)), 6000)
            self.imported.emit(False)
            return
        if isinstance(error, ValueError):
            self.messages.problem(Sentence(lambda reason=str(error): translate(
                "FileActions", "Not imported: {reason}").format(reason=reason), NOT_IMPORTED))
            self.imported.emit(False)
            return
        if error is not None:
            raise error
        self.model.replace(dataset, translate("FileActions", "Import {name}").format(
            name=Path(path).name))
        self.messages.hide_problem(NOT_IMPORTED)
        self.messages.status(Sentence(lambda n=dataset.n, path=path: translate(
            "FileActions", "Imported {n} points from {path}").format(n=n, path=path)), 6000)
        self.imported.emit(True)

    def finish(self) -> None:
        """Wait for a file still being read (the window is closing); what it holds is dropped."""
        self._reader.finish()
        self.opener.wait()

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Write the points (x, y, label, split) to a CSV file, atomically."""
        path = path or self.choose_file("save", translate("FileActions", "Export points"),
                                        translate("FileActions", CSV_FILTER))
        if not path:
            return False
        try:
            self.model.dataset.to_csv(path)
        except ValueError as err:  # files.FileRefused: the old file, if any, is intact
            self.messages.problem(Sentence(lambda reason=str(err): translate(
                "FileActions", "Not exported: cannot write {reason}").format(reason=reason),
                NOT_EXPORTED))
            return False
        self.messages.hide_problem(NOT_EXPORTED)
        self.messages.status(Sentence(lambda path=path: translate(
            "FileActions", "Exported the points to {path}").format(path=path)), 6000)
        return True

    # ----- drops and the recent list ------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Accept a dropped .csv (points) or .json (experiment) file on the window."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_file(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            path = _dropped_file(event)
            if path:
                event.acceptProposedAction()
                self.open(path) if path.suffix.lower() == ".json" else self.import_csv(path)
                return True
        return False

    def _remember(self, path: Path) -> None:
        self.path = path
        recent = [p for p in self.recent() if p != str(path)]
        self.settings.setValue("recent", [str(path), *recent][:MAX_RECENT])
        self._fill_recent()
        self.experiments.name(path)

    def recent(self) -> list[str]:
        """The recently opened or saved experiment files, newest first."""
        value = self.settings.value("recent", [])
        return [str(v) for v in ([value] if isinstance(value, str) else value or [])]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        self.recent_menu.setEnabled(bool(self.recent()))

    def _action(self, keys, slot) -> QAction:
        action = QAction(self.host)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
        return action


def _dropped_file(event) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        path = Path(urls[0].toLocalFile())
        if path.suffix.lower() in (".csv", ".json"):
            return path
    return None


def _dialog(kind: str, title: str, file_filter: str) -> str:
    """A real file dialog: 'open' for an existing file, 'save' for a new one."""
    if kind == "open":
        return QFileDialog.getOpenFileName(None, title, "", file_filter)[0]
    return QFileDialog.getSaveFileName(None, title, "", file_filter)[0]
