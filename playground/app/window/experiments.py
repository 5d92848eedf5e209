"""Experiments: whole experiments in and out of the window, and the title that names them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from playground.app import i18n
from playground.app.data.model import DataModel
from playground.app.data.settings import describing
from playground.app.runs.runs import Runs
from playground.app.session import MAIN, Session
from playground.app.window.messages import Messages
from playground.io import Experiment
from playground.training import protocol as p

translate = QCoreApplication.translate


class Experiments(QObject):
    """Opens an experiment into the session and run A, saves run A, keeps the title true: its
    name, and a * (Qt's [*]) while something changed since it was opened or saved."""

    def __init__(self, session: Session, model: DataModel, runs: Runs, messages: Messages,
                 set_title: Callable[[str], None], set_modified: Callable[[bool], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.model, self.runs, self.set_title = session, model, runs, set_title
        self.messages, self.set_modified = messages, set_modified
        self._name = ""
        self._modified: bool | None = None  # what the window was last told
        model.changed.connect(self.update_title)
        model.changed.connect(self.changed)
        session.config_changed.connect(self.changed)
        runs.frame_drawn.connect(
            lambda name, frame: self.changed() if len(frame.rows["epoch"]) and not frame.restart
            else None)
        if isinstance(parent, QWidget):  # the window whose title this is: said again on a switch
            i18n.retranslate_on_change(parent, self.update_title)
        else:
            self.update_title()

    def changed(self, *_args) -> None:
        """Something worth saving changed: the title says so."""
        self._mark(True)

    def saved(self) -> None:
        """The experiment is in its file as it is now."""
        self._mark(False)

    def _mark(self, modified: bool) -> None:
        """Tell the window only when it changes: every drawn frame is a change, and each call
        sends the window (and Python's event filters) a ModifiedChange event."""
        if modified != self._modified:
            self._modified = modified
            self.set_modified(modified)

    def use(self, experiment: Experiment) -> None:
        """Show an opened experiment and continue its run exactly where it was saved."""
        self.runs.close_all()  # forks compare on the old data; the opened run stands alone
        self.session.set_playing(False)
        self.session.select(MAIN)
        self.messages.hide_problem()
        self.session.set_data_settings(describing(
            dataclasses.replace(self.session.data_settings, task=experiment.config.task),
            experiment.dataset.generator))
        self.model.undo_stack.clear()
        self.model.replace(experiment.dataset, translate("Experiments", "Open experiment"))
        self.model.undo_stack.clear()
        self.runs.restore(experiment.config, experiment.state)
        self.saved()

    def save(self, path: str | Path, kind: str = "save") -> None:
        """Have run A's training process write the experiment (with its weights) to path."""
        self.runs.flush_data()
        extras = {"data_settings": dataclasses.asdict(self.session.data_settings)}
        title = Path(path).stem if kind == "save" else "autosave"
        self.runs.main.send(p.Save(str(path), title, extras, kind))

    def name(self, path: str | Path) -> None:
        """The window title names the experiment's file ("" for none)."""
        self._name = Path(path).name if str(path) else ""
        self.update_title()

    def update_title(self) -> None:
        """The file's name, or what the data is when the experiment has no file yet."""
        if self._name:
            self.set_title(translate("Experiments", "{name}[*] — playground").format(
                name=self._name))
            return
        spec = self.model.dataset.generator
        if spec is not None:
            data = translate("Experiments", "{generator} data").format(
                generator=i18n.name_label(spec.name))
        else:
            data = translate("Experiments", "drawn data")
        self.set_title(translate("Experiments", "Untitled experiment ({data})[*] — playground")
                       .format(data=data))
