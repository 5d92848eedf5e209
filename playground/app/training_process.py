"""The training loop of the window, run in a child process: commands in, frames out, one pipe.

A NumPy loop on a thread of the GUI process holds the GIL and stalls the window by 30-80 ms
(reference.md); in its own process it trains at full speed while the GUI stays smooth. This module
imports no Qt, so the spawned child starts quickly. Frames are built only when the window asks for
one, so the boundary grid costs nothing between frames.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
import traceback
from multiprocessing.connection import Connection
from typing import Any

import numpy as np

from playground.engine import Dataset, Snapshot, TrainConfig, Trainer, inspection

SLICE_SECONDS = 0.004
TRAINING_NICE = 5
DETAILS_SECONDS = 0.25
RATE_WINDOW = 0.5


@dataclasses.dataclass(frozen=True)
class Frame:
    """One answer to a frame request: a snapshot plus what changed since the previous frame.

    rows: history rows not sent before (arrays per column); restart: the history started over
    (reset or rebuild), so the window clears its plots before appending rows. details: confusion
    matrices or RMSE/R^2 (inspection.detailed_metrics), sent a few times a second, else None.
    focus_map: the selected neuron's activation over the grid, when one is selected.
    """

    snapshot: Snapshot
    rows: dict[str, np.ndarray]
    restart: bool
    playing: bool
    epochs_per_second: float
    blocked_reason: str | None
    notices: tuple[str, ...]
    details: dict[str, Any] | None = None
    focus: tuple[int, int] | None = None
    focus_map: np.ndarray | None = None


class TrainingLoop:
    """Owns a Trainer; trains in short slices while playing and answers commands between them."""

    def __init__(self, conn: Connection, config: dict[str, Any], dataset: dict[str, Any]):
        self.conn = conn
        self.trainer = Trainer(TrainConfig.from_dict(config), Dataset.from_dict(dataset))
        self.playing = False
        self.speed: float | None = None
        self.resolution = 100
        self.frame_wanted = False
        self.dirty = True
        self.restart = True
        self.sent_rows = 0
        self.notices: list[str] = []
        self.quit = False
        self._steps_per_call = 8
        self.focus: tuple[int, int] | None = None
        self._details_due = 0.0
        self._next_epoch_due = 0.0
        self._epoch_times: list[float] = []
        self.goal: tuple[int, float | None, int] | None = None  # (epoch, loss, sequence number)

    def serve(self) -> None:
        """Run until a quit command or a closed pipe."""
        while not self.quit:
            wait = self._idle_wait()
            if self.conn.poll(wait):
                self._drain()
                continue
            if self._can_train():
                self._train_slice()
            if self.frame_wanted and self.dirty:
                self._send_frame()

    def handle(self, command: tuple) -> None:
        """Apply one command from the window."""
        name, *args = command
        handler = getattr(self, f"_on_{name}", None)
        if handler is None:
            raise ValueError(f"unknown command {name!r}")
        handler(*args)
        if name not in ("frame", "quit", "capture"):
            self.dirty = True

    # ----- commands -----------------------------------------------------------------------

    def _on_quit(self) -> None:
        self.quit = True

    def _on_frame(self, resolution: int = 100) -> None:
        self.frame_wanted = True
        self.resolution = resolution

    def _on_play(self) -> None:
        self.playing = True
        self._next_epoch_due = 0.0

    def _on_pause(self) -> None:
        self.playing = False  # a goal is kept: playing again goes on towards it

    def _on_cancel_goal(self) -> None:
        self.goal = None
        self.playing = False

    def _on_goal(self, epochs: int, until_loss: float | None, sequence: int) -> None:
        """Play for `epochs` more epochs, or until the training loss is <= until_loss, then
        pause and answer ("reached", sequence, epoch). Lessons use it: stopping at an exact
        epoch makes a lesson show the same numbers every time, at whatever speed it plays."""
        self.goal = (self.trainer.epoch + max(0, int(epochs)), until_loss, sequence)
        self.playing = True
        self._next_epoch_due = 0.0
        self._check_goal()

    def _on_speed(self, epochs_per_second: float | None) -> None:
        self.speed = epochs_per_second
        self._next_epoch_due = 0.0

    def _on_focus(self, layer: int, index: int) -> None:
        """Show one neuron's map instead of the output (layer < 0: back to the output)."""
        self.focus = None if layer < 0 else (layer, index)

    def _on_set_weight(self, layer: int, source: int, target: int, value: float) -> None:
        self.trainer.set_weight(layer, source, target, value)

    def _on_set_bias(self, layer: int, target: int, value: float) -> None:
        self.trainer.set_bias(layer, target, value)

    def _on_inspect(self, point: list[float], label: float, train: bool) -> None:
        """Answer with the network's prediction and loss for one data point."""
        labels = np.array([label], dtype=np.int64 if self.trainer.config.task ==
                          "classification" else float)
        result = inspection.inspect_points(self.trainer, np.array([point]), labels)
        self.conn.send(("inspected", {"point": point, "label": label, "train": train,
                                      "prediction": result["prediction"][0],
                                      "loss": float(result["loss"][0]),
                                      "loss_name": self.trainer.config.loss,
                                      "task": self.trainer.config.task}))

    def _on_save(self, path: str, title: str, extras: dict[str, Any], kind: str) -> None:
        """Write the experiment (data, settings, weights, optimizer state, history) to path.

        The training side writes it, so a large file never stalls the window. kind says why
        ("save" or "autosave") and comes back with the answer.
        """
        from playground.io import Experiment, ExperimentError, save

        try:
            save(path, Experiment.from_trainer(self.trainer, title, extras))
        except ExperimentError as err:
            self.conn.send(("problem", str(err)) if kind == "save" else ("saved", kind, ""))
            return
        self.conn.send(("saved", kind, path))

    def _on_restore(self, config: dict[str, Any], dataset: dict[str, Any],
                    state: dict[str, Any] | None) -> None:
        """Continue an opened experiment: its config, data and saved state, exactly."""
        from playground.engine import checkpoint

        trainer = Trainer(TrainConfig.from_dict(config), Dataset.from_dict(dataset))
        if state is not None:
            checkpoint.restore(trainer, state)
        self.trainer = trainer
        self.playing = False
        self._abandon_goal()
        self._restart_history()

    def _on_step(self) -> None:
        """One whole epoch (the web playground's step), when the data can be trained on."""
        if not self.trainer.blocked_reason:
            self.trainer.run_epoch()

    def _on_step_batch(self) -> None:
        if not self.trainer.blocked_reason:
            self.trainer.step()

    def _on_reset(self, initial: list[float] | None = None) -> None:
        """Fresh weights; or, given another run's initial weights, start equal with it."""
        from playground.engine import checkpoint

        if initial is None:
            self.trainer.reset()
        else:
            checkpoint.reset_from(self.trainer, initial)
        self._restart_history()

    def _on_capture(self, sequence: int) -> None:
        """Answer ("captured", sequence, run) with this run's config, data, full state and
        initial weights, so the window can fork it."""
        from playground.engine import checkpoint

        trainer = self.trainer
        self.conn.send(("captured", sequence, {
            "config": trainer.config.to_dict(), "dataset": trainer.dataset.to_dict(),
            "state": checkpoint.capture(trainer), "initial": trainer.initial_params.tolist()}))

    def _on_config(self, config: dict[str, Any]) -> None:
        new = TrainConfig.from_dict(config)
        if new.task != self.trainer.config.task:
            return  # a task switch arrives as "setup" with data of the new task
        if self.trainer.set_config(new):
            self._restart_history()
            self.notices.append("The network was rebuilt: layers or features changed.")

    def _on_data(self, dataset: dict[str, Any]) -> None:
        if self.trainer.set_dataset(Dataset.from_dict(dataset)):
            self._restart_history()
            self.notices.append("The network was rebuilt: the number of classes changed.")

    def _on_setup(self, config: dict[str, Any], dataset: dict[str, Any]) -> None:
        """A new task or a fresh start: a new trainer on new config and data."""
        self.trainer = Trainer(TrainConfig.from_dict(config), Dataset.from_dict(dataset))
        self._abandon_goal()
        self._restart_history()

    # ----- internals ----------------------------------------------------------------------

    def _restart_history(self) -> None:
        self.sent_rows = 0
        self.restart = True
        self._epoch_times.clear()

    def _can_train(self) -> bool:
        return (self.playing and not self.trainer.diverged and not self.trainer.blocked_reason
                and time.perf_counter() >= self._next_epoch_due)

    def _idle_wait(self) -> float | None:
        """How long to wait for a command before doing something else."""
        if self.frame_wanted and self.dirty:
            return 0.0
        if self.playing and not self.trainer.diverged and not self.trainer.blocked_reason:
            return max(0.0, self._next_epoch_due - time.perf_counter())
        return None

    def _drain(self) -> None:
        while not self.quit and self.conn.poll():
            command = self.conn.recv()
            try:
                self.handle(command)
            except ValueError as err:  # a refused edit: say why, change nothing, keep going
                self.conn.send(("problem", f"{command[0]} refused: {err}"))

    def _train_slice(self) -> None:
        """Train for about SLICE_SECONDS (one epoch at most when the speed is limited)."""
        deadline = time.perf_counter() + SLICE_SECONDS
        while True:
            start = time.perf_counter()
            finished = self.trainer.run_steps(self._steps_per_call)
            now = time.perf_counter()
            self._tune_calls(now - start, finished)
            self.dirty = True
            if finished:
                self._epoch_times.append(now)
                if self._check_goal():
                    return
                if self.speed:
                    self._next_epoch_due = now + 1.0 / self.speed
                    return
            if self.trainer.diverged:
                self.playing = False
                self._check_goal()
                return
            if now >= deadline or self.conn.poll():
                return

    def _abandon_goal(self) -> None:
        """Another run replaced this one: answer its goal now so nobody waits for it."""
        if self.goal is not None:
            self.conn.send(("reached", self.goal[2], self.trainer.epoch))
            self.goal = None

    def _check_goal(self) -> bool:
        """Pause and report when the goal is met (or can no longer be: diverged, no data)."""
        if self.goal is None:
            return False
        epoch, until_loss, sequence = self.goal
        trainer = self.trainer
        loss = trainer.history.last().get("train_loss") if len(trainer.history) else None
        met = (trainer.epoch >= epoch or trainer.diverged or bool(trainer.blocked_reason)
               or (until_loss is not None and loss is not None and loss <= until_loss))
        if met:
            self.goal = None
            self.playing = False
            self.dirty = True
            self.conn.send(("reached", sequence, trainer.epoch))
        return met

    def _tune_calls(self, elapsed: float, finished: bool) -> None:
        """Aim for calls of about a millisecond: fewer means per-call overhead, more latency."""
        if elapsed < 0.0005 and not finished:
            self._steps_per_call = min(self._steps_per_call * 2, 1 << 16)
        elif elapsed > 0.002 and self._steps_per_call > 1:
            self._steps_per_call //= 2

    def _epochs_per_second(self) -> float:
        now = time.perf_counter()
        times = self._epoch_times
        while times and now - times[0] > RATE_WINDOW:
            times.pop(0)
        if len(times) < 2 or not self.playing:
            return 0.0
        return (len(times) - 1) / max(times[-1] - times[0], 1e-9)

    def _focus_map(self) -> tuple[tuple[int, int] | None, np.ndarray | None]:
        """The selected neuron and its map, or (None, None) when none is (still) there."""
        if self.focus is None:
            return None, None
        try:
            return self.focus, inspection.neuron_map(self.trainer, *self.focus,
                                                     resolution=self.resolution)
        except ValueError:  # the network was rebuilt without that neuron
            self.focus = None
            return None, None

    def _send_frame(self) -> None:
        trainer = self.trainer
        rows = trainer.history.arrays(self.sent_rows)
        self.sent_rows = len(trainer.history)
        now = time.perf_counter()
        details = None
        if now >= self._details_due or not self.playing:
            details = inspection.detailed_metrics(trainer)
            self._details_due = now + DETAILS_SECONDS
        focus, focus_map = self._focus_map()
        snapshot = trainer.snapshot(resolution=self.resolution)
        if not snapshot.metrics and not trainer.blocked_reason:
            # Before the first epoch, show the untrained network's numbers, not a blank.
            metrics = {"epoch": 0, **trainer.evaluate()}
            snapshot = dataclasses.replace(snapshot, metrics=metrics)
        frame = Frame(snapshot=snapshot, rows=rows,
                      restart=self.restart, playing=self.playing,
                      epochs_per_second=self._epochs_per_second(),
                      blocked_reason=trainer.blocked_reason, notices=tuple(self.notices),
                      details=details, focus=focus, focus_map=focus_map)
        self.notices.clear()
        self.restart = self.dirty = self.frame_wanted = False
        self.conn.send(("frame", frame))


def _yield_to_the_window() -> None:
    """Run below the window's priority: on a busy 2-core machine (say while the window records
    a video) the GUI and the encoder come first; alone, training still gets a whole core.

    Measured recording the 1600x960 window at 30 frames/s for 20 s: GUI timer p99 22.7 ms and
    88 % training speed at nice 5, against 23.8 ms and 92 % at nice 0; yielding 40 % of the
    core instead kept p99 at 20.6 ms but halved training speed.
    """
    with contextlib.suppress(AttributeError, OSError):  # os.nice is POSIX-only
        os.nice(TRAINING_NICE)


def serve(conn: Connection, config: dict[str, Any], dataset: dict[str, Any],
          state: dict[str, Any] | None = None) -> None:
    """Child process entry point: serve the window until told to quit; report, never crash.
    Given a captured state (a forked run), training continues from it."""
    _yield_to_the_window()
    try:
        loop = TrainingLoop(conn, config, dataset)
        if state is not None:
            loop.handle(("restore", config, dataset, state))
        while True:
            try:
                loop.serve()
                return
            except (EOFError, BrokenPipeError, KeyboardInterrupt):
                return
            except Exception as err:  # a bad command must not kill training; tell the window
                conn.send(("error", f"{type(err).__name__}: {err}", traceback.format_exc()))
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        return
    finally:
        conn.close()
