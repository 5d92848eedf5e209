"""MainWindow: composes the panels, the canvas and the plots; owns no training logic.

The window keeps one TrainConfig and one Dataset (in the DataModel); panels edit them, the
training worker receives them, and frames coming back are drawn. Everything here runs on the GUI
thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QMainWindow,
)

from playground.app.appearance import Appearance
from playground.app.autosave import AUTOSAVE_SECONDS, AskRestore, Autosave, ask_to_restore
from playground.app.compare import Runs
from playground.app.data_model import DataModel
from playground.app.export_actions import ExportActions
from playground.app.file_actions import FileActions
from playground.app.frame_renderer import FrameRenderer
from playground.app.gui_thread import assert_gui_thread
from playground.app.history_timeline import HistoryTimeline
from playground.app.inside_views import InsideViews
from playground.app.lessons.menu import LessonActions
from playground.app.panels.data_panel import DataPanel
from playground.app.panels.network_panel import NetworkPanel
from playground.app.panels.training_panel import TrainingPanel
from playground.app.run_bar import RunBar
from playground.app.settings_store import SettingsStore
from playground.app.style import STYLE_SHEET, THEMES
from playground.app.views.canvas import DataCanvas
from playground.app.window_data import DataMixin
from playground.app.window_experiment import ExperimentMixin
from playground.app.window_layout import build_layout, install_menus, install_shortcuts
from playground.app.worker import WorkerThread

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DATA_SEND_DELAY_MS = 30
STRUCTURAL = ("features", "hidden")


class MainWindow(DataMixin, ExperimentMixin, QMainWindow):
    """The playground window."""

    frame_drawn = Signal(object)

    def __init__(self, settings: QSettings | None = None, start_worker: bool = True,
                 choose_file=None, data_dir: Path | None = None,
                 ask_restore: AskRestore = ask_to_restore,
                 autosave_seconds: float = AUTOSAVE_SECONDS):
        super().__init__()
        self.store = SettingsStore(settings)
        self.config, self.data_settings = self.store.load()
        self.playing = False
        self.diverged = False  # as the newest frame said, or cleared by a reset
        self._awaiting_restart = False  # after a reset, older frames may still arrive
        self._task_loss = {self.config.task: self.config.loss}
        self._classes_shown = -1
        self.frames_drawn = 0
        self._experiment_name = ""
        self.last_frame = None
        self.shown_rate: float | None = None  # epochs/s the run bar shows instead of measured
        self.setWindowIcon(QIcon(str(RESOURCES / "icon.svg")))
        self.setStyleSheet(STYLE_SHEET)

        self.model = DataModel(self._generate(self.data_settings))
        self.canvas = DataCanvas(self.model)
        self.inside = InsideViews(self)
        self.loss_plot = self.inside.loss_plot
        self.renderer = FrameRenderer(self.canvas, self.inside.network_view, self.loss_plot,
                                      self.inside.gradient_plot, self.inside.histograms,
                                      self.inside.metrics, lambda: self.inside.palette, self)
        self.history = HistoryTimeline(self)  # the timeline under the canvas, the onion skin
        self.run_bar = RunBar()
        self.data_panel = DataPanel(self.data_settings)
        self.network_panel = NetworkPanel(self.config)
        self.training_panel = TrainingPanel(self.config)
        self.runs = Runs(self)  # forks of this run, trained side by side (Runs menu)
        build_layout(self)
        self._connect()
        install_shortcuts(self)
        self.files = FileActions(self, self.store.settings, choose_file)
        self.exports = ExportActions(self, self.store.settings, self.files.choose_file)
        self.run_bar.add_indicator(self.exports.indicator)
        self.lessons = LessonActions(self, self.files.choose_file)
        install_menus(self)
        self.data_panel.set_class_count(self._class_count())
        self._update_structure()
        self._update_title()
        self._brush_changed()
        self._data_timer = QTimer(self, singleShot=True, interval=DATA_SEND_DELAY_MS)
        self._data_timer.timeout.connect(self._send_data)
        self.store.restore_geometry(self)
        self.appearance = Appearance(self)
        theme = str(self.store.settings.value("theme", "light"))
        if theme in THEMES and theme != "light":
            self.appearance.set_theme(theme)
        self.worker_thread = self._new_worker()
        if start_worker:  # now: the training process starts while the window is being shown
            self.worker_thread.start()
        self.autosave = None
        if data_dir is not None:
            self.autosave = Autosave(self, data_dir, autosave_seconds)
            if self.autosave.start() and ask_restore(self, self.autosave.file):
                self.files.open(self.autosave.file)
                self.files.path = None  # the autosave is not the experiment's own file
                self._experiment_name = ""
                self._update_title()

    # ----- building -----------------------------------------------------------------------

    def _connect(self) -> None:
        bar, data = self.run_bar, self.data_panel
        bar.play_toggled.connect(self.set_playing)
        bar.step_clicked.connect(lambda: self.runs.broadcast("step"))
        bar.reset_clicked.connect(self.reset)
        bar.speed_changed.connect(lambda speed: self.runs.broadcast("speed", speed))
        self.network_panel.changed.connect(self.apply_config)
        self.training_panel.changed.connect(self.apply_config)
        self.training_panel.invalid.connect(self.show_problem)
        data.settings_changed.connect(self.apply_data_settings)
        data.split_changed.connect(self._split)
        data.class_selected.connect(lambda _: self._brush_changed())
        data.brush_changed.connect(self._brush_changed)
        data.eraser_toggled.connect(lambda _: self._brush_changed())
        data.clear_requested.connect(self.model.clear)
        data.show_test_toggled.connect(self._show_test)
        data.discretize_toggled.connect(self._discretize)
        data.inspect_toggled.connect(self._inspect_tool)
        self.model.changed.connect(self._data_edited)
        self.canvas.point_inspected.connect(self._inspect_point)
        view = self.inside.network_view
        view.weight_edited.connect(lambda *edit: self.send_command("set_weight", *edit))
        view.bias_edited.connect(lambda *edit: self.send_command("set_bias", *edit))
        view.neuron_selected.connect(self._select_neuron)
        view.layers_changed.connect(self._set_layer_count)
        view.width_changed.connect(self._set_layer_width)

    # ----- commands -----------------------------------------------------------------------


    def set_playing(self, playing: bool) -> None:
        """Start or pause training."""
        assert_gui_thread()
        if playing and self.diverged:
            self.show_problem("Training diverged; press Reset (R) before playing again.")
            playing = False
        self.playing = playing
        self.run_bar.set_playing(playing)
        self.runs.broadcast("play" if playing else "pause")

    def toggle_presentation(self) -> None:
        """F5: big type and points, colour-blind-safe classes, side panels hidden; and back."""
        self.appearance.set_presenting(not self.appearance.presenting)
        mode = "on: F5 to leave" if self.appearance.presenting else "off"
        self.statusBar().showMessage(f"Presentation mode {mode}.", 4000)

    def toggle_theme(self) -> None:
        """Switch light and dark; the choice is remembered."""
        self.appearance.set_theme("dark" if self.appearance.theme == "light" else "light")
        self.store.settings.setValue("theme", self.appearance.theme)

    def reset(self) -> None:
        """Fresh weights, history cleared, divergence forgotten; restarts a failed worker."""
        self.banner.hide()
        self.diverged = False
        self._awaiting_restart = True
        self.renderer.clear()
        if self.worker_thread.thread.isFinished():
            self.worker_thread = self._new_worker()
            self.worker_thread.start()
        self.runs.reset()  # and every fork, from run A's new weights with 'same start'

    def apply_config(self, changes: dict) -> None:
        """Validate and apply config changes from a panel; a bad value changes nothing."""
        assert_gui_thread()
        if self.runs.edit(changes):  # the panels edit a fork picked in the compare strip
            return
        try:
            new = self.config.replace(**changes)
        except ValueError as err:
            self.show_problem(f"Not applied: {err}")
            self.network_panel.set_config(self.config)
            self.training_panel.set_config(self.config)
            return
        old, self.config = self.config, new
        self._changed()
        self._clear_refusal()
        self._task_loss[new.task] = new.loss
        self.training_panel.set_config(new)
        self.network_panel.set_config(new)
        self.send_command("config", new.to_dict())
        self._update_structure()
        if any(getattr(old, f) != getattr(new, f) for f in STRUCTURAL):
            self.renderer.clear()
            self.statusBar().showMessage("Layers or features changed: the network was rebuilt "
                                         "with fresh weights.", 6000)
        else:
            self.statusBar().showMessage("Training continues from the current weights.", 3000)
        self.store.save_config(new)

    def _clear_refusal(self) -> None:
        """A good edit after a refused one: the refusal's message has done its job."""
        if self.banner.text().startswith(("Not applied", "Not generated")) or \
                " refused: " in self.banner.text():
            self.banner.hide()

    @Slot(str)
    def show_problem(self, text: str) -> None:
        """A clear message above the canvas; nothing else changes."""
        self.banner.show_text(text)

    # ----- frames from the worker ---------------------------------------------------------

    @Slot(object)
    def _on_frame(self, frame) -> None:
        assert_gui_thread()
        snapshot = frame.snapshot
        if snapshot.task != self.config.task:
            self.worker_thread.worker.frame_drawn()
            return
        if self._awaiting_restart:
            if not frame.restart:  # drawn before the reset reached the training process
                self.worker_thread.worker.frame_drawn()
                return
            self._awaiting_restart = False
        self.renderer.draw(frame)
        if len(frame.rows["epoch"]):
            self._changed()
        self.run_bar.show_numbers(snapshot.epoch, snapshot.metrics, frame.epochs_per_second
                                  if self.shown_rate is None else self.shown_rate)
        if snapshot.diverged:
            if not self.diverged:
                self.show_problem(f"Training diverged: {snapshot.reason}. The plots keep the "
                                  "last finite values; press R to reset.")
                self.statusBar().showMessage("Training paused because it diverged.")
            self.diverged = True
            if self.playing and not self.lessons.player.training:  # forks go on to their goal
                self.set_playing(False)
        elif frame.blocked_reason:
            self.show_problem(f"Waiting for data: {frame.blocked_reason}")
        elif self.banner.text().startswith(("Waiting", "Training diverged")):
            self.banner.hide()
        if not snapshot.diverged:
            self.diverged = False
        for notice in frame.notices:
            self.statusBar().showMessage(notice, 6000)
        self.last_frame = frame
        self.frames_drawn += 1
        self.frame_drawn.emit(frame)
        self.worker_thread.worker.frame_drawn()

    @Slot(str, str)
    def _on_saved(self, kind: str, path: str) -> None:
        assert_gui_thread()
        if kind == "save":
            self.files.saved(path)

    @Slot(object)
    def _on_inspected(self, answer: dict) -> None:
        assert_gui_thread()
        self.inside.show_point(answer)

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        assert_gui_thread()
        self.show_problem(f"Training stopped: {message}. Press R to start again.")
        self.set_playing(False)

    def _new_worker(self) -> WorkerThread:
        worker_thread = WorkerThread(self.config.to_dict(), self.model.dataset.to_dict())
        worker_thread.worker.frame_ready.connect(self._on_frame)
        worker_thread.worker.failed.connect(self._on_failure)
        worker_thread.worker.problem.connect(self.show_problem)
        worker_thread.worker.inspected.connect(self._on_inspected)
        worker_thread.worker.saved.connect(self._on_saved)
        return worker_thread

    def send_command(self, *command) -> None:
        """Queue a command for the training process."""
        self.worker_thread.worker.send(*command)

    # ----- closing ------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Save settings and stop training cleanly, even mid-run."""
        self.store.save_geometry(self)
        self.store.save_config(self.config)
        self.store.save_data_settings(self.data_settings)
        self._data_timer.stop()
        self.exports.finish()
        if self.autosave is not None:
            self.autosave.finish()
        self.runs.close_all()
        self.worker_thread.stop()
        super().closeEvent(event)
