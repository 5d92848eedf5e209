"""FileActions: the File menu: open, save, recent files, CSV in and out, dropping files.

Saving goes through the training process, which holds the weights and writes the file without
stalling the window; opening validates the whole file first and changes nothing if it is bad.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from playground.engine import Dataset
from playground.io import ExperimentError, load

EXPERIMENT_FILTER = "Playground experiments (*.json)"
CSV_FILTER = "Points (*.csv)"
MAX_RECENT = 8


class FileActions(QObject):
    """Owns the File menu's actions and the recent-files list; the window does the rest."""

    def __init__(self, window, settings: QSettings,
                 choose_file: Callable[..., str] | None = None):
        super().__init__(window)
        self.window = window
        self.settings = settings
        # A stand-in for the file dialogs, so tests can answer them.
        self.choose_file = choose_file or _dialog
        self.path: Path | None = None
        self.menu = QMenu("&File", window)
        self.recent_menu = QMenu("Open &recent", window)
        for text, keys, slot in (
                ("&Open experiment…", QKeySequence.StandardKey.Open, self.open_dialog),
                ("&Save", QKeySequence.StandardKey.Save, self.save),
                ("Save &as…", QKeySequence("Ctrl+Shift+S"), self.save_as)):
            self.menu.addAction(self._action(text, keys, slot))
        self.menu.addMenu(self.recent_menu)
        self.menu.addSeparator()
        self.menu.addAction(self._action("&Import points (CSV)…", None, self.import_csv))
        self.menu.addAction(self._action("&Export points (CSV)…", None, self.export_csv))
        self._fill_recent()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # ----- experiments --------------------------------------------------------------------

    def open_dialog(self) -> None:
        """Ask for an experiment file and open it."""
        path = self.choose_file("open", "Open experiment", EXPERIMENT_FILTER)
        if path:
            self.open(path)

    def open(self, path: str | Path) -> bool:
        """Open an experiment file; a bad one is refused with one message and changes nothing."""
        try:
            experiment = load(path)
        except ExperimentError as err:
            self.window.show_problem(f"Not opened: {err}")
            return False
        self.window.use_experiment(experiment)
        self._remember(Path(path))
        return True

    def save(self) -> None:
        """Save to the current file, or ask for one."""
        if self.path is None:
            self.save_as()
        else:
            self.window.save_experiment(self.path, "save")

    def save_as(self) -> None:
        """Ask for a file name and save there."""
        path = self.choose_file("save", "Save experiment", EXPERIMENT_FILTER)
        if path:
            path = Path(path) if Path(path).suffix else Path(path).with_suffix(".json")
            self.window.save_experiment(path, "save")

    def saved(self, path: str) -> None:
        """The training process wrote `path`: it is now the experiment's file."""
        self._remember(Path(path))
        self.window.statusBar().showMessage(f"Saved {path}", 6000)

    # ----- points -------------------------------------------------------------------------

    def import_csv(self, path: str | Path | None = None) -> bool:
        """Replace the points by a CSV file's (undoable); a bad file changes nothing."""
        path = path or self.choose_file("open", "Import points", CSV_FILTER)
        if not path:
            return False
        data = self.window.model.dataset
        try:
            dataset = Dataset.from_csv(path, task=data.task)
        except ValueError as err:
            self.window.show_problem(f"Not imported: {err}")
            return False
        self.window.model.replace(dataset, f"Import {Path(path).name}")
        self.window.statusBar().showMessage(f"Imported {dataset.n} points from {path}", 6000)
        return True

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Write the points (x, y, label, split) to a CSV file."""
        path = path or self.choose_file("save", "Export points", CSV_FILTER)
        if not path:
            return False
        try:
            self.window.model.dataset.to_csv(path)
        except OSError as err:
            self.window.show_problem(f"Not exported: cannot write {path}: {err.strerror}")
            return False
        self.window.statusBar().showMessage(f"Exported the points to {path}", 6000)
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
        recent = [p for p in self._recent() if p != str(path)]
        self.settings.setValue("recent", [str(path), *recent][:MAX_RECENT])
        self._fill_recent()
        self.window.name_experiment(path)

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [str(v) for v in ([value] if isinstance(value, str) else value or [])]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self._recent():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open(p))
        self.recent_menu.setEnabled(bool(self._recent()))

    def _action(self, text: str, keys, slot) -> QAction:
        action = QAction(text, self.window)
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
