"""DataEditor: the data panel's and the canvas's edits to the data, and what follows from them.

New data from the panel's settings (a new task swaps run A's loss and starts every run over;
Ctrl+Z brings the other task's points back), a new train share, the brush, the inspect tool;
and after every edit, the panel and the session follow what the data now is (an undo can bring
back another preset, or the other task).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QObject

from playground.app import i18n
from playground.app.data.model import DataModel
from playground.app.data.settings import DataSettings, describing, generate
from playground.app.panels.data_panel import DataPanel
from playground.app.runs.runs import Runs
from playground.app.session import MAIN, Session
from playground.app.views.canvas import DataCanvas
from playground.app.window.messages import REFUSAL, Messages, Sentence
from playground.training import protocol as p

translate = QCoreApplication.translate


class DataEditor(QObject):
    """Connects the data panel and the canvas to the DataModel, the Session and the runs."""

    def __init__(self, session: Session, model: DataModel, runs: Runs, panel: DataPanel,
                 canvas: DataCanvas, messages: Messages, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.model, self.runs = session, model, runs
        self.panel, self.canvas, self.messages = panel, canvas, messages
        self._classes_shown = -1
        self._task_settings = {session.data_settings.task: session.data_settings}  # last per task
        panel.settings_changed.connect(self.apply_settings)
        panel.split_changed.connect(self.split)
        panel.class_selected.connect(lambda _: self.brush_changed())
        panel.brush_changed.connect(self.brush_changed)
        panel.eraser_toggled.connect(lambda _: self.brush_changed())
        panel.clear_requested.connect(model.clear)
        panel.show_test_toggled.connect(lambda on: setattr(canvas, "show_test", on))
        panel.discretize_toggled.connect(lambda on: setattr(canvas, "discretize", on))
        panel.inspect_toggled.connect(lambda on: setattr(canvas, "inspecting", on))
        canvas.point_inspected.connect(self.inspect_point)
        model.changed.connect(self._edited)
        model.restored.connect(self._follow_task)
        session.data_settings_changed.connect(self._settings_changed)
        self._edited()
        self.brush_changed()

    def class_count(self) -> int:
        """Classes in the current data (0 for regression)."""
        return self.model.dataset.n_classes or 0

    def apply_settings(self, settings: DataSettings) -> None:
        """Generate new data from the panel's settings (undoable); a new task swaps the loss.
        Settings that make no data are refused (a REFUSAL: the next good edit takes it away);
        new data is such a good edit."""
        try:
            dataset = generate(settings)
        except ValueError as err:  # the engine's detail stays in English
            self.messages.problem(Sentence(lambda reason=str(err): translate(
                "DataEditor", "Not generated: {reason}").format(reason=reason), REFUSAL))
            self.panel.set_settings(self.session.data_settings, self.class_count())
            return
        self.messages.clear_refusal()
        task = settings.task
        self.session.set_data_settings(settings)  # first: the edit below describes it again
        if task != self.session.config().task:
            self._set_task(task)
            self.model.replace(dataset, translate(
                "DataEditor", "Switch to {task}: generate {generator}").format(
                    task=i18n.name_label(task), generator=i18n.name_label(settings.generator)))
            self.runs.setup(task)
            self.messages.status(Sentence(lambda task=task: translate(
                "DataEditor", "Switched to {task}; Ctrl+Z brings the {other} points back.").format(
                    task=i18n.name_label(task), other=i18n.name_label(_other(task)))))
        else:
            self.model.replace(dataset, translate("DataEditor", "Generate {generator}").format(
                generator=i18n.name_label(settings.generator)))
        self.panel.set_settings(settings, self.class_count())

    def split(self, fraction: float) -> None:
        """A new train share for the current points (undoable)."""
        dataset = self.model.dataset.copy()
        dataset.split(fraction, self.session.data_settings.seed)
        self.session.set_data_settings(dataclasses.replace(self.session.data_settings,
                                                           train_fraction=fraction))
        self.model.replace(dataset, translate("DataEditor", "Change train share"))

    def brush_changed(self) -> None:
        """The canvas draws with the panel's class, radius, density, eraser and value."""
        panel, canvas = self.panel, self.canvas
        canvas.current_class = max(0, panel.swatch_group.checkedId())
        canvas.brush_radius = panel.radius.value()
        canvas.density = panel.density.value()
        canvas.eraser = panel.eraser.isChecked()
        canvas.paint_value = panel.paint_value.value()

    def inspect_point(self, index: int) -> None:
        """Ask the shown run what it says about one data point (answered in the Metrics tab)."""
        data = self.model.dataset
        self.runs.shown.send(p.Inspect(tuple(data.points[index].tolist()),
                                       float(data.labels[index]), bool(data.is_train[index])))

    def _set_task(self, task: str) -> None:
        """Run A takes the task, with the loss it last used for it."""
        self.session.set_config(MAIN, self.session.config().replace(
            task=task, loss=self.session.loss_for(task)))

    def _follow_task(self) -> None:
        """An undo or redo brought back the other task's points: the data settings, run A's
        task and loss, and every run follow them."""
        task = self.model.dataset.task
        if task == self.session.config().task:
            return
        remembered = self._task_settings.get(task, DataSettings(task=task, generator=(
            "spiral" if task == "classification" else "plane")))
        self.session.set_data_settings(describing(remembered, self.model.dataset.generator))
        self._set_task(task)
        self.runs.setup(task)
        self.messages.status(Sentence(lambda task=task: translate(
            "DataEditor", "Back to {task}.").format(task=i18n.name_label(task))))

    def _settings_changed(self, settings: DataSettings) -> None:
        """Remember each task's last settings (for an undo back to it); the panel shows them."""
        self._task_settings[settings.task] = settings
        self.panel.set_settings(settings, self.class_count())

    def _edited(self) -> None:
        """Every data change, many a second while spraying: only cheap work unless the preset
        or the number of classes changed."""
        if self.model.dataset.task == self.session.data_settings.task:  # else _follow_task
            settings = describing(self.session.data_settings, self.model.dataset.generator)
            self.session.set_data_settings(settings)  # an undo or redo brought another preset
        if self.class_count() != self._classes_shown:
            self._classes_shown = self.class_count()
            self.panel.set_class_count(self._classes_shown)  # restyles nine swatches


def _other(task: str) -> str:
    """The task that is not `task`."""
    return "regression" if task == "classification" else "classification"
