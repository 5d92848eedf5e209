"""Runs: the main run (A) and up to three forks, each training in its own process.

Fork pauses training, asks run A's training process for its whole state (config, data, weights,
optimizer state, random generators, history) and starts a new process on that copy, so both go on
from identical weights and the settings changed in the fork are the only difference. Training
commands go to every run, config edits to the run picked in the strip, data edits to every run.
With 'same start', Reset gives every fork with A's layers and features A's new initial weights.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from playground.app.compare.menu import runs_menu
from playground.app.compare.picture import points_layer
from playground.app.compare.strip import PICTURE, CompareStrip, differences
from playground.app.views.colors import RGB
from playground.app.worker import WorkerThread
from playground.engine import TrainConfig, Trainer

MAIN = "A"
MAIN_COLOR: RGB = (120, 124, 130)  # grey, like the main run's dark train curve
FORK_COLORS: tuple[RGB, ...] = ((216, 27, 96), (0, 150, 105), (110, 60, 190))  # none a class's
FORK_NAMES = ("B", "C", "D")
MAX_RUNS = 4
FORK_FRAME_INTERVAL = 1.0 / 25.0  # forks draw a small tile: 25 frames/s is plenty
CURVE_INTERVAL_MS = 200  # fork curves are redrawn about 5 times a second, as the main run's
POINTS_DELAY_MS = 100  # while spraying, the tiles' points follow at most 10 times a second


def _on_gui_thread() -> None:
    app = QApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread(), "not on the GUI thread"


class Run(QObject):
    """A forked run: name, colour, settings, its training worker and its latest drawn frame."""

    def __init__(self, runs: Runs, name: str, color: RGB, config: TrainConfig,
                 worker_thread: WorkerThread):
        super().__init__(runs)
        self.name, self.color, self.config = name, color, config
        self.last_frame = None
        self.closed = False
        self.rows: list[dict] = []  # history rows not yet drawn in the loss plot
        self._runs = runs
        self.attach(worker_thread)

    def attach(self, worker_thread: WorkerThread) -> None:
        """Use this worker (a new one after the old one failed), drawing fewer frames."""
        self.worker_thread = worker_thread
        worker = worker_thread.worker
        worker.frame_interval = FORK_FRAME_INTERVAL
        worker.frame_ready.connect(self._on_frame)
        worker.problem.connect(self._on_problem)
        worker.failed.connect(self._on_failed)

    def send(self, *command) -> None:
        """Queue a command for this run's training process."""
        self.worker_thread.worker.send(*command)

    @Slot(object)
    def _on_frame(self, frame) -> None:
        self._runs.draw_frame(self, frame)

    @Slot(str)
    def _on_problem(self, text: str) -> None:
        if not self.closed:
            self._runs.window.show_problem(f"Run {self.name}: {text}")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if not self.closed:
            self._runs.window.show_problem(f"Run {self.name} stopped: {message}. Press R to "
                                           "start it again.")


class Runs(QObject):
    """window.runs: fork run A, feed every run the same commands and data, draw and close forks."""

    fork_frame_drawn = Signal(str, object)  # a fork's name and its frame, after drawing it

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.selected = MAIN
        self._runs: dict[str, Run] = {}
        self._waiting: dict[int, Run] = {}  # capture sequence number -> fork awaiting A's state
        self._sequence = 0
        self._listening = None  # run A's worker whose captured signal is connected
        self._settings_base: TrainConfig | None = None  # run A's config the tiles compare to
        self._points_key: tuple | None = None  # (palette, test points shown) of the tiles' dots
        self.strip = CompareStrip()
        self.strip.selected.connect(self.select)
        self.strip.close_requested.connect(self.close)
        self._curve_timer = QTimer(self, singleShot=True, interval=CURVE_INTERVAL_MS)
        self._curve_timer.timeout.connect(self.flush)
        self._points_timer = QTimer(self, singleShot=True, interval=POINTS_DELAY_MS)
        self._points_timer.timeout.connect(self._draw_points)
        self.menu, self.same_start_action = runs_menu(window, self)
        window.frame_drawn.connect(self._main_frame)
        window.model.changed.connect(self._data_changed)

    @property
    def same_start(self) -> bool:
        """Whether Reset gives the forks run A's new initial weights (Runs menu; on by default)."""
        return self.same_start_action.isChecked()

    # ----- public API ------------------------------------------------------------------------

    def fork(self, name: str | None = None, changes: dict | None = None) -> str | None:
        """Copy run A (weights, optimizer state, data, history) into a new run with `changes` to
        its settings; the new run's name, or None (with a message) when it cannot be made."""
        _on_gui_thread()
        window = self.window
        if len(self._runs) + 1 >= MAX_RUNS:
            window.show_problem(f"Not forked: {MAX_RUNS} runs is the most. Close one first "
                                "(its × or Runs > Close forks).")
            return None
        name = name or next(n for n in FORK_NAMES if n not in self._runs)
        if name == MAIN or name in self._runs:
            window.show_problem(f"Not forked: there is a run {name} already.")
            return None
        try:
            config = window.config.replace(**dict(changes or {}))
        except (ValueError, TypeError) as err:
            window.show_problem(f"Not forked: {err}")
            return None
        if config.task != window.config.task:
            window.show_problem("Not forked: a fork trains on the same data, so on the same task.")
            return None
        if window.worker_thread.thread.isFinished():
            window.show_problem("Not forked: run A's training stopped; press R first.")
            return None
        window.set_playing(False)  # A and the fork go on from the same paused state
        used = {run.color for run in self._runs.values()}
        color = next(c for c in FORK_COLORS if c not in used)
        worker_thread = WorkerThread(window.config.to_dict(), window.model.dataset.to_dict())
        run = Run(self, name, color, config, worker_thread)
        if config != window.config:  # queued now, applied right after the copied state
            run.send("config", config.to_dict())
        run.send("speed", window.run_bar.speed.currentData())
        self._runs[name] = run
        self._capture(run)
        self._show(run)
        window.statusBar().showMessage(f"Run {name} is a copy of run A; training is paused. "
                                       "Change a setting in either, then press Space.", 8000)
        return name

    def close(self, name: str) -> None:
        """Stop a fork's training and take its tile and curves away."""
        run = self._runs.pop(name, None)
        if run is None:
            return
        run.closed = True
        self._waiting = {seq: each for seq, each in self._waiting.items() if each is not run}
        run.worker_thread.stop()
        run.deleteLater()
        self.window.loss_plot.remove_run(name)
        self.strip.remove(name)
        if self.selected == name:
            self.select(MAIN)
        if not self._runs:
            self.strip.remove(MAIN)
            self.strip.hide()

    def close_all(self) -> None:
        """Close every fork (the processes are told to quit together, then awaited)."""
        for run in self._runs.values():
            run.worker_thread.worker.stop()
        for name in list(self._runs):
            self.close(name)

    def forks(self) -> list[Run]:
        """The forked runs, oldest first (run A is the window's own)."""
        return list(self._runs.values())

    def broadcast(self, *command) -> None:
        """Send a command to run A and every fork."""
        self.window.send_command(*command)
        for run in self._runs.values():
            run.send(*command)

    def flush(self) -> None:
        """Draw the forks' pending loss-curve rows now (a video frame is about to be grabbed)."""
        for run in self._runs.values():
            if run.rows:
                pending, run.rows = run.rows, []
                rows = {key: np.concatenate([r[key] for r in pending]) for key in pending[0]}
                self.window.loss_plot.append_run(run.name, rows)

    # ----- what the window routes here --------------------------------------------------------

    def reset(self) -> None:
        """Reset run A and every fork; with same start, forks of A's shape take its weights."""
        window = self.window
        window.send_command("reset")
        initial = self._initial_weights() if self._runs and self.same_start else None
        fresh = []
        for run in self._runs.values():
            if run.worker_thread.thread.isFinished():
                self._restart(run)
            if initial is not None and _shape(run.config) == _shape(window.config):
                run.send("reset", initial)
            else:
                run.send("reset")
                fresh.append(run.name)
        if initial is not None and fresh:
            window.statusBar().showMessage(
                f"Run {', '.join(fresh)} has other layers or features than run A, so it starts "
                "from fresh weights of its own.", 8000)

    def setup(self, config: TrainConfig, dataset) -> None:
        """A new task: run A takes config and every fork its own settings for that task."""
        self.window.send_command("setup", config.to_dict(), dataset.to_dict())
        for run in self._runs.values():
            run.config = run.config.replace(task=config.task, loss=config.loss)
            run.send("setup", run.config.to_dict(), dataset.to_dict())
        self._show_settings()
        if self.selected != MAIN:  # the window just showed run A's settings for the new task
            self.select(self.selected)

    def edit(self, changes: dict) -> bool:
        """Apply a panel's changes to the selected fork; False when run A is selected."""
        run = self._runs.get(self.selected)
        if run is None:
            return False
        window = self.window
        try:
            new = run.config.replace(**changes)
        except (ValueError, TypeError) as err:
            window.show_problem(f"Not applied to run {run.name}: {err}")
            new = run.config
        rebuilt = _shape(new) != _shape(run.config)
        if new != run.config:
            run.config = new
            run.send("config", new.to_dict())
            window.statusBar().showMessage(
                f"Run {run.name}: " + ("layers or features changed, fresh weights." if rebuilt
                                       else "training continues from its current weights."), 5000)
        window.network_panel.set_config(new)
        window.training_panel.set_config(new)
        self._show_settings()
        return True

    def select(self, name: str) -> None:
        """Make the side panels show and edit run `name` (A or a fork)."""
        if name != MAIN and name not in self._runs:
            return
        self.selected = name
        config = self.window.config if name == MAIN else self._runs[name].config
        self.window.network_panel.set_config(config)
        self.window.training_panel.set_config(config)
        self.strip.set_selected(name)
        if self._runs:
            self.window.statusBar().showMessage(f"The side panels edit run {name}.", 4000)

    # ----- drawing ------------------------------------------------------------------------

    def draw_frame(self, run: Run, frame) -> None:
        """A fork's frame: its tile now, its curve rows soon; then ask for the next frame."""
        _on_gui_thread()
        worker = run.worker_thread.worker
        if run.closed or frame.snapshot.task != run.config.task:
            worker.frame_drawn()
            return
        if frame.restart:
            run.rows.clear()
            self.window.loss_plot.clear_run(run.name)
        if len(frame.rows["epoch"]):
            run.rows.append(frame.rows)
            if not self._curve_timer.isActive():
                self._curve_timer.start()
        run.last_frame = frame
        self._draw_tile(run.name, frame)
        self.fork_frame_drawn.emit(run.name, frame)
        worker.frame_drawn()

    @Slot(object)
    def _main_frame(self, frame) -> None:
        if self._runs:
            if self._settings_base != self.window.config:
                self._show_settings()
            self._draw_tile(MAIN, frame)

    def _draw_tile(self, name: str, frame) -> None:
        tile = self.strip.tiles.get(name)
        if tile is None:
            return
        window, snapshot = self.window, frame.snapshot
        if (window.appearance.palette, window.canvas.show_test) != self._points_key:
            self._draw_points()
        tile.picture.set_boundary(snapshot.output, snapshot.task, window.appearance.palette,
                                  window.canvas.discretize)
        tile.show_numbers(snapshot)

    def _data_changed(self) -> None:
        if self._runs and not self._points_timer.isActive():
            self._points_timer.start()

    def _draw_points(self) -> None:
        window = self.window
        palette, show_test = self._points_key = (window.appearance.palette,
                                                 window.canvas.show_test)
        self.strip.set_points(points_layer(window.model.dataset, palette, PICTURE, show_test))

    def _show_settings(self) -> None:
        base = self._settings_base = self.window.config
        for name, tile in self.strip.tiles.items():
            if name == MAIN:
                tile.set_settings("the window's run", "Run A: the main canvas, diagram and "
                                  "plots show it; forks are copies of it.")
                continue
            changed = differences(base, self._runs[name].config)
            text = ", ".join(changed) if changed else "same settings as A"
            tile.set_settings(text, f"Run {name}: {text}" + ("" if changed else
                              " (so far: change one in the side panels)"))

    # ----- internals ----------------------------------------------------------------------

    def _show(self, run: Run) -> None:
        """Add the fork's tile and curves, and run A's tile if it is the first fork."""
        if MAIN not in self.strip.tiles:
            self.strip.add(MAIN, MAIN_COLOR, closable=False)
            self._draw_points()
            if self.window.last_frame is not None:
                self._draw_tile(MAIN, self.window.last_frame)
        self.strip.add(run.name, run.color, closable=True)
        self.strip.set_selected(self.selected)
        self.window.loss_plot.add_run(run.name, run.color)
        self._show_settings()
        self.strip.show()

    def _capture(self, run: Run) -> None:
        """Ask run A's process for its state; the fork's process starts on it when it comes."""
        worker = self.window.worker_thread.worker
        if worker is not self._listening:
            worker.captured.connect(self._on_captured)
            self._listening = worker
        self._sequence += 1
        self._waiting[self._sequence] = run
        worker.send("capture", self._sequence)

    @Slot(int, object)
    def _on_captured(self, sequence: int, captured: dict) -> None:
        run = self._waiting.pop(sequence, None)
        if run is None or run.closed:
            return
        run.worker_thread.worker.start_from(captured["config"], captured["dataset"],
                                            captured["state"])
        run.worker_thread.start()

    def _restart(self, run: Run) -> None:
        """A fork whose process stopped: a fresh one on its settings and the current data."""
        worker_thread = WorkerThread(run.config.to_dict(), self.window.model.dataset.to_dict())
        run.attach(worker_thread)
        worker_thread.start()

    def _initial_weights(self) -> list[float] | None:
        """The weights run A starts from after a reset (the engine's own construction)."""
        try:
            return Trainer(self.window.config, self.window.model.dataset).initial_params.tolist()
        except ValueError:
            return None

def _shape(config: TrainConfig) -> tuple:
    """What decides a network's parameter shapes, given the data."""
    return config.features, config.hidden
