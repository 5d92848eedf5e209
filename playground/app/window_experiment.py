"""The window's side of experiment files: show an opened one, save the current one, its title."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from playground.app.panels.data_panel import describing


class ExperimentMixin:
    """MainWindow methods that move whole experiments in and out of the window."""

    def use_experiment(self, experiment) -> None:
        """Show an opened experiment and continue its run exactly where it was saved."""
        self.runs.close_all()  # forks compare on the old data; the opened run stands alone
        self.set_playing(False)
        self.config = experiment.config
        self._task_loss[self.config.task] = self.config.loss
        self.data_settings = describing(
            dataclasses.replace(self.data_settings, task=self.config.task),
            experiment.dataset.generator)
        self.model.undo_stack.clear()
        self.model.replace(experiment.dataset, "Open experiment")
        self.model.undo_stack.clear()
        self._data_timer.stop()  # the restore below carries the data; a data edit would reset
        self.training_panel.set_config(self.config)
        self.network_panel.set_config(self.config)
        self.data_panel.set_settings(self.data_settings, self._class_count())
        self._update_structure()
        self.banner.hide()
        self.diverged = False
        self._awaiting_restart = True
        self.renderer.clear()
        self.send_command("restore", self.config.to_dict(), experiment.dataset.to_dict(),
                   experiment.state)
        self.store.save_config(self.config)
        self.store.save_data_settings(self.data_settings)

    def save_experiment(self, path, kind: str = "save") -> None:
        """Have the training process write the experiment (with its weights) to path."""
        if self._data_timer.isActive():
            self._data_timer.stop()
            self._send_data()
        extras = {"data_settings": dataclasses.asdict(self.data_settings)}
        title = Path(path).stem if kind == "save" else "autosave"
        self.send_command("save", str(path), title, extras, kind)

    def name_experiment(self, path) -> None:
        """The window title names the experiment's file."""
        self._experiment_name = Path(path).name
        self._update_title()

    def _update_title(self) -> None:
        if self._experiment_name:
            self.setWindowTitle(f"{self._experiment_name} — playground")
            return
        spec = self.model.dataset.generator
        data = f"{spec.name} data" if spec is not None else "drawn data"
        self.setWindowTitle(f"Untitled experiment ({data}) — playground")
