"""The training loop of the window, run in a child process: commands in, replies out.

A NumPy loop on a thread of the GUI process holds the GIL and stalls the window by 30-80 ms
(reference.md); in its own process it trains at full speed while the GUI stays smooth. Commands
arrive on one pipe and replies leave on another, and the window's side reads replies on a thread
that does nothing else, so neither side can block the other (a single duplex pipe deadlocked
when both sent large messages at once). Frames are built only when the window asks for one, so
the boundary grid costs nothing between frames.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection

import numpy as np

from playground.engine import Dataset, TrainConfig, Trainer, checkpoint, inspection
from playground.io import Experiment, ExperimentError, save
from playground.training import protocol as p
from playground.training.landscape_watch import LandscapeWatch

SLICE_SECONDS = 0.004
TRAINING_NICE = 5
DETAILS_SECONDS = 0.25
RATE_WINDOW = 0.5
MIN_RESOLUTION, MAX_RESOLUTION = 2, 1000
QUIET = (p.RequestFrame, p.Quit, p.Capture, p.Save, p.Inspect, p.Hold)  # change nothing drawn


class TrainingLoop:
    """Owns a Trainer; trains in short slices while playing and answers commands between them.

    `reply` sends a protocol reply to the window (the pipe's send in the child process).
    """

    def __init__(self, reply: Callable[[p.Reply], None], config: TrainConfig, dataset: Dataset):
        self.reply = reply
        self.trainer = Trainer(config, dataset)
        self.playing = False
        self.speed: float | None = None
        self.resolution = 100
        self.frame_wanted = False
        self.dirty = True
        self.restart = True
        self.sent_rows = 0
        self.notices: list[str] = []
        self.quit = False
        self.focus: tuple[int, int] | None = None
        self.landscape = LandscapeWatch()  # landscapes with frames while a view watches
        self.goal: p.Goal | None = None
        self._goal_epoch = 0
        self.hold: int | None = None  # the epoch not to train past (compared runs in lockstep)
        self._steps_per_call = 8
        self._details_due = 0.0
        self._next_epoch_due = 0.0
        self._epoch_times: list[float] = []
        self._handlers: dict[type, Callable] = {
            p.Quit: self._quit, p.RequestFrame: self._request_frame, p.Play: self._play,
            p.Pause: self._pause, p.CancelGoal: self._cancel_goal, p.Goal: self._set_goal,
            p.SetSpeed: self._set_speed, p.Focus: self._focus, p.EditWeight: self._edit_weight,
            p.EditBias: self._edit_bias, p.Inspect: self._inspect, p.Save: self._save,
            p.Restore: self._restore, p.Step: self._step, p.StepBatch: self._step_batch,
            p.Reset: self._reset, p.Capture: self._capture, p.SetConfig: self._set_config,
            p.SetData: self._set_data, p.Setup: self._setup,
            p.WatchLandscape: self.landscape.watch, p.Hold: self._hold,
        }

    def serve(self, commands: Connection) -> None:
        """Run until Quit or a closed pipe, reading commands from `commands` between slices."""
        while not self.quit:
            if commands.poll(self._idle_wait()):
                self._drain(commands)
                continue
            if self._can_train():
                self._train_slice(commands)
            if self.landscape.due_now():
                self.dirty = True  # a paused run's landscape catches up with its weights
            if self.frame_wanted and self.dirty:
                self._send_frame()

    def handle(self, command: p.Command) -> None:
        """Apply one command; a bad value raises ValueError and changes nothing."""
        handler = self._handlers.get(type(command))
        if handler is None:
            raise ValueError(f"unknown command {command!r}")
        handler(command)
        if not isinstance(command, QUIET):
            self.dirty = self.landscape.stale = True

    # ----- commands -------------------------------------------------------------------------

    def _quit(self, _: p.Quit) -> None:
        self.quit = True

    def _request_frame(self, command: p.RequestFrame) -> None:
        resolution = command.resolution
        if not isinstance(resolution, int) or not MIN_RESOLUTION <= resolution <= MAX_RESOLUTION:
            raise ValueError(f"resolution must be a whole number from {MIN_RESOLUTION} to "
                             f"{MAX_RESOLUTION}, got {resolution!r}")
        self.frame_wanted = True
        self.resolution = resolution

    def _play(self, _: p.Play) -> None:
        self.playing = True
        self._next_epoch_due = 0.0

    def _pause(self, _: p.Pause) -> None:
        self.playing = False  # a goal is kept: playing again goes on towards it

    def _cancel_goal(self, _: p.CancelGoal) -> None:
        self.goal = None
        self.playing = False

    def _set_goal(self, goal: p.Goal) -> None:
        if isinstance(goal.epochs, bool) or not isinstance(goal.epochs, int):
            raise ValueError(f"epochs must be a whole number, got {goal.epochs!r}")
        self._goal_epoch = self.trainer.epoch + max(0, goal.epochs)
        self.goal = goal
        self.playing = True
        self._next_epoch_due = 0.0
        self._check_goal()

    def _hold(self, command: p.Hold) -> None:
        epoch = command.epoch
        if epoch is not None and (isinstance(epoch, bool) or not isinstance(epoch, int)):
            raise ValueError(f"the hold must be a whole epoch or None, got {epoch!r}")
        self.hold = epoch

    def _held(self) -> bool:
        return self.hold is not None and self.trainer.epoch >= self.hold

    def _set_speed(self, command: p.SetSpeed) -> None:
        speed = command.epochs_per_second
        if speed is not None and not (isinstance(speed, (int, float)) and 0 < speed < math.inf):
            raise ValueError(f"speed must be a positive number of epochs per second or None, "
                             f"got {speed!r}")
        self.speed = speed
        self._next_epoch_due = 0.0

    def _focus(self, command: p.Focus) -> None:
        self.focus = None if command.layer < 0 else (command.layer, command.index)

    def _edit_weight(self, edit: p.EditWeight) -> None:
        self.trainer.set_weight(edit.layer, edit.source, edit.target, edit.value)

    def _edit_bias(self, edit: p.EditBias) -> None:
        self.trainer.set_bias(edit.layer, edit.target, edit.value)

    def _inspect(self, command: p.Inspect) -> None:
        classification = self.trainer.config.task == "classification"
        labels = np.array([command.label], dtype=np.int64 if classification else float)
        result = inspection.inspect_points(self.trainer, np.array([command.point]), labels)
        self.reply(p.Inspected(point=tuple(command.point), label=command.label,
                               train=command.train, prediction=result["prediction"][0],
                               loss=float(result["loss"][0]),
                               loss_name=self.trainer.config.loss,
                               task=self.trainer.config.task))

    def _save(self, command: p.Save) -> None:
        """Write the experiment here, so a large file never stalls the window."""
        try:
            save(command.path, Experiment.from_trainer(self.trainer, command.title,
                                                       command.extras))
        except ExperimentError as err:
            self.reply(p.Saved(command.kind, "", str(err)))
            return
        self.reply(p.Saved(command.kind, command.path))

    def _restore(self, command: p.Restore) -> None:
        trainer = Trainer(command.config, command.dataset)
        if command.state is not None:
            checkpoint.restore(trainer, command.state)
        self.trainer = trainer
        self.playing = False
        self._abandon_goal()
        self._restart_history()

    def _step(self, _: p.Step) -> None:
        if not self.trainer.blocked_reason:
            self.trainer.run_epoch()

    def _step_batch(self, _: p.StepBatch) -> None:
        if not self.trainer.blocked_reason:
            self.trainer.step()

    def _reset(self, command: p.Reset) -> None:
        if command.initial_weights is None:
            self.trainer.reset()
        else:
            checkpoint.reset_from(self.trainer, command.initial_weights)
        self._restart_history()

    def _capture(self, command: p.Capture) -> None:
        trainer = self.trainer
        self.reply(p.Captured(command.sequence, trainer.config, trainer.dataset,
                              checkpoint.capture(trainer), trainer.initial_params.copy()))

    def _set_config(self, command: p.SetConfig) -> None:
        if command.config.task != self.trainer.config.task:
            return  # a task switch arrives as Setup with data of the new task
        if self.trainer.set_config(command.config):
            self._restart_history()
            self.notices.append("The network was rebuilt: layers or features changed.")

    def _set_data(self, command: p.SetData) -> None:
        if self.trainer.set_dataset(command.dataset):
            self._restart_history()
            self.notices.append("The network was rebuilt: the number of classes changed.")

    def _setup(self, command: p.Setup) -> None:
        self.trainer = Trainer(command.config, command.dataset)
        self._abandon_goal()
        self._restart_history()

    # ----- internals ------------------------------------------------------------------------

    def _restart_history(self) -> None:
        self.sent_rows = 0
        self.restart = True
        self._epoch_times.clear()

    def _trainable(self) -> bool:
        return (self.playing and not self.trainer.diverged and not self.trainer.blocked_reason
                and not self._held())

    def _can_train(self) -> bool:
        return self._trainable() and time.perf_counter() >= self._next_epoch_due

    def _idle_wait(self) -> float | None:
        """How long to wait for a command before doing something else."""
        if self.frame_wanted and self.dirty:
            return 0.0
        if self._trainable():
            return max(0.0, self._next_epoch_due - time.perf_counter())
        return self.landscape.wait()

    def _drain(self, commands: Connection) -> None:
        while not self.quit and commands.poll():
            command = commands.recv()
            try:
                self.handle(command)
            except ValueError as err:  # a refused edit: say why, change nothing, keep going
                self.reply(p.Refused(f"{command.name} refused: {err}"))

    def _train_slice(self, commands: Connection | None = None) -> None:
        """Train for about SLICE_SECONDS (one epoch at most when the speed is limited)."""
        deadline = time.perf_counter() + SLICE_SECONDS
        while True:
            start = time.perf_counter()
            finished = self.trainer.run_steps(self._steps_per_call)
            now = time.perf_counter()
            self._tune_calls(now - start, finished)
            self.dirty = self.landscape.stale = True
            if finished:
                self._epoch_times.append(now)
                if self._check_goal() or self._held():
                    return
                if self.speed:
                    self._next_epoch_due = now + 1.0 / self.speed
                    return
            if self.trainer.diverged:
                self.playing = False
                self._check_goal()
                return
            if now >= deadline or (commands is not None and commands.poll()):
                return

    def _abandon_goal(self) -> None:
        """Another run replaced this one: answer its goal now so nobody waits for it."""
        if self.goal is not None:
            self.reply(p.Reached(self.goal.sequence, self.trainer.epoch))
            self.goal = None

    def _check_goal(self) -> bool:
        """Pause and report when the goal is met (or can no longer be: diverged, no data)."""
        if self.goal is None:
            return False
        trainer, until_loss = self.trainer, self.goal.until_loss
        loss = trainer.history.last().get("train_loss") if len(trainer.history) else None
        met = (trainer.epoch >= self._goal_epoch or trainer.diverged
               or bool(trainer.blocked_reason)
               or (until_loss is not None and loss is not None and loss <= until_loss))
        if met:
            sequence, self.goal = self.goal.sequence, None
            self.playing = False
            self.dirty = True
            self.reply(p.Reached(sequence, trainer.epoch))
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
        land, line = self.landscape.take(trainer, now)
        snapshot = trainer.snapshot(resolution=self.resolution)
        if not snapshot.metrics and not trainer.blocked_reason:
            # Before the first epoch, show the untrained network's numbers, not a blank.
            snapshot = dataclasses.replace(snapshot, metrics={"epoch": 0, **trainer.evaluate()})
        frame = p.Frame(snapshot=snapshot, rows=rows, restart=self.restart,
                        playing=self.playing, epochs_per_second=self._epochs_per_second(),
                        blocked_reason=trainer.blocked_reason, notices=tuple(self.notices),
                        details=details, focus=focus, focus_map=focus_map,
                        landscape=land, line=line, config=trainer.config)
        self.notices.clear()
        self.restart = self.dirty = self.frame_wanted = False
        self.reply(frame)


def _yield_to_the_window() -> None:
    """Run below the window's priority: on a busy 2-core machine (say while the window records
    a video) the GUI and the encoder come first; alone, training still gets a whole core.

    Measured recording the 1600x960 window at 30 frames/s for 20 s: GUI timer p99 22.7 ms and
    88 % training speed at nice 5, against 23.8 ms and 92 % at nice 0; yielding 40 % of the
    core instead kept p99 at 20.6 ms but halved training speed.
    """
    with contextlib.suppress(AttributeError, OSError):  # os.nice is POSIX-only
        os.nice(TRAINING_NICE)


def serve(commands: Connection, replies: Connection, start: p.Setup | p.Restore) -> None:
    """Child process entry point: serve the window until told to quit; report, never crash.

    `start` is the run to begin with: fresh settings and data, or a captured run (a fork's).
    NumPy's floating-point warnings are off: a run's non-finite numbers are found and said as
    its divergence, not printed on the terminal that started the window.
    """
    _yield_to_the_window()
    with np.errstate(all="ignore"):
        try:
            loop = TrainingLoop(replies.send, start.config, start.dataset)
            if isinstance(start, p.Restore):
                loop.handle(start)
            while True:
                try:
                    loop.serve(commands)
                    return
                except (EOFError, BrokenPipeError, KeyboardInterrupt):
                    return
                except Exception as err:  # a bad command must not kill training; tell the window
                    replies.send(p.Failed(f"{type(err).__name__}: {err}", traceback.format_exc()))
                    loop.playing = loop.frame_wanted = False  # never repeat the failure in a loop
        except (EOFError, BrokenPipeError, KeyboardInterrupt):
            return
        finally:
            commands.close()
            replies.close()
