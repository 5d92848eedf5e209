"""The window's side of the data: presets, edits from the canvas, the split and the brush."""

from __future__ import annotations

import dataclasses

from playground.app.gui_thread import assert_gui_thread
from playground.app.panels.data_panel import DataSettings, describing
from playground.engine import datasets
from playground.engine.config import DEFAULT_LOSS


class DataMixin:
    """MainWindow methods that change the data or react to its changes (GUI thread)."""

    def apply_data_settings(self, settings: DataSettings) -> None:
        """Generate new data from the panel's settings (undoable); a new task swaps the loss."""
        assert_gui_thread()
        try:
            dataset = self._generate(settings)
        except ValueError as err:
            self.show_problem(f"Not generated: {err}")
            self.data_panel.set_settings(self.data_settings, self._class_count())
            return
        task_changed = settings.task != self.config.task
        self.data_settings = settings
        if task_changed:
            loss = self._task_loss.get(settings.task, DEFAULT_LOSS[settings.task])
            self.config = self.config.replace(task=settings.task, loss=loss)
            self.training_panel.set_config(self.config)
            self.renderer.clear()
            self.model.undo_stack.clear()
            self.model.replace(dataset, f"Generate {settings.generator}")
            self.runs.setup(self.config, dataset)
            self._data_timer.stop()
        else:
            self.model.replace(dataset, f"Generate {settings.generator}")
        self.data_panel.set_settings(settings, self._class_count())
        self._update_structure()
        self.store.save_data_settings(settings)
        self.store.save_config(self.config)

    def _generate(self, settings: DataSettings):
        return datasets.generate(settings.generator, n_points=settings.n_points,
                                 noise=settings.noise, seed=settings.seed,
                                 classes=settings.classes if settings.task == "classification"
                                 else 2, train_fraction=settings.train_fraction)

    def _class_count(self) -> int:
        return self.model.dataset.n_classes or 0

    def _changed(self) -> None:
        if self.autosave is not None:
            self.autosave.changed()

    def _data_edited(self) -> None:
        """Every data change, many a second while spraying: only cheap work unless the preset
        or the number of classes changed."""
        self._changed()
        settings = describing(self.data_settings, self.model.dataset.generator)
        if settings != self.data_settings:  # an undo or redo brought back another preset
            self.data_settings = settings
            self.data_panel.set_settings(settings, self._class_count())
            self.store.save_data_settings(settings)
        self._update_title()
        if self._class_count() != self._classes_shown:
            self._classes_shown = self._class_count()
            self.data_panel.set_class_count(self._classes_shown)  # restyles nine swatches
            self._update_structure()
        self._data_timer.start()

    def _update_structure(self) -> None:
        n_outputs = self._class_count() if self.config.task == "classification" else 1
        self.inside.set_structure(self.config, n_outputs)

    def _select_neuron(self, layer: int, index: int) -> None:
        self.send_command("focus", layer, index)
        if layer < 0:
            self.statusBar().showMessage("The canvas shows the network's output again.", 4000)
        else:
            name = "the output" if layer == len(self.config.hidden) else f"layer {layer + 1}"
            self.statusBar().showMessage(f"The canvas shows {name}, neuron {index + 1}; click it "
                                         "again for the output.", 8000)

    def _set_layer_count(self, count: int) -> None:
        hidden = list(self.config.hidden[:count])
        while len(hidden) < count:
            hidden.append(hidden[-1] if hidden else 4)
        self.apply_config({"hidden": tuple(hidden)})

    def _set_layer_width(self, layer: int, width: int) -> None:
        hidden = list(self.config.hidden)
        if 0 <= layer < len(hidden):
            hidden[layer] = width
            self.apply_config({"hidden": tuple(hidden)})

    def _inspect_tool(self, on: bool) -> None:
        self.canvas.inspecting = on

    def _inspect_point(self, index: int) -> None:
        data = self.model.dataset
        self.send_command("inspect", data.points[index].tolist(), float(data.labels[index]),
                   bool(data.is_train[index]))

    def _send_data(self) -> None:
        if self.model.dataset.task == self.config.task:
            self.runs.broadcast("data", self.model.dataset.to_dict())

    def _split(self, fraction: float) -> None:
        dataset = self.model.dataset.copy()
        dataset.split(fraction, self.data_settings.seed)
        self.data_settings = dataclasses.replace(self.data_settings, train_fraction=fraction)
        self.model.replace(dataset, "Change train share")
        self.store.save_data_settings(self.data_settings)

    def _brush_changed(self) -> None:
        panel, canvas = self.data_panel, self.canvas
        canvas.current_class = max(0, panel.swatch_group.checkedId())
        canvas.brush_radius = panel.radius.value()
        canvas.density = panel.density.value()
        canvas.eraser = panel.eraser.isChecked()
        canvas.paint_value = panel.paint_value.value()

    def _show_test(self, shown: bool) -> None:
        self.canvas.show_test = shown

    def _discretize(self, on: bool) -> None:
        self.canvas.discretize = on
