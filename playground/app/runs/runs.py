"""Runs: run A and up to three forks, each training in its own process, handled alike.

Commands that drive training (play, pause, step, speed, reset, data) reach every run; config
edits reach the run they were made to (the Session says which). Fork pauses training, asks run
A's process for its whole state (config, data, weights, optimizer state, random generators,
history) and starts a new process on that copy, so both go on from identical weights and the
settings changed in the fork are the only difference. With 'same start', Reset gives every fork
with A's layers and features A's new initial weights.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from playground.app.data.model import DataModel
from playground.app.runs.client import FRAME_INTERVAL
from playground.app.runs.pacer import Pacer
from playground.app.runs.run import MAIN, Run
from playground.app.session import Session
from playground.app.views.colors import RGB
from playground.app.window.messages import REFUSAL, Sentence
from playground.engine import TrainConfig, Trainer
from playground.training import protocol as p

MAIN_COLOR: RGB = (128, 132, 138)  # mid grey: reads on the light and the dark plots
FORK_COLORS: tuple[RGB, ...] = ((216, 27, 96), (0, 150, 105), (110, 60, 190))  # none a class's
FORK_NAMES = ("B", "C", "D")
MAX_RUNS = 4
FORK_FRAME_INTERVAL = 1.0 / 25.0  # forks draw a small tile: 25 frames/s is plenty
DATA_SEND_DELAY_MS = 30  # data edits while spraying reach the runs this often, coalesced


class Runs(QObject):
    """Every run, run A first; follows the Session and the data, and says what went wrong."""

    frame_drawn = Signal(str, object)  # a run's name and its frame, after every view drew it
    frame_arrived = Signal(str, object)  # the same, for the views that draw it
    restarting = Signal(str)  # a run's name: it starts over (reset, rebuild, restore, task)
    added = Signal(str)  # a fork's name, once it exists
    removed = Signal(str)
    problem = Signal(object)  # a Sentence (or str) for the banner; refusals are of REFUSAL
    news = Signal(object, int)  # a Sentence for the status bar, and for how many milliseconds
    main_failed = Signal()
    data_sent = Signal()  # the current points went to every run
    inspected = Signal(object)  # protocol.Inspected: a point's details from the shown run
    paced = Signal(float)  # the pacer's new stretch on every interval (slow views follow it)

    def __init__(self, session: Session, model: DataModel, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.model = session, model
        self.same_start = True  # Reset gives forks run A's new initial weights (Runs menu)
        self._landscape = p.WatchLandscape(False)  # what run A's process is told to draw
        self.landscape_every_frame = False  # a video's frames: with each one, not on a clock
        self.pacer = Pacer()  # draws fewer frames when drawing costs the GUI thread too much
        self._pacing = True
        self._forks: dict[str, Run] = {}
        self.main = self._new_run(MAIN, MAIN_COLOR, FRAME_INTERVAL)
        self._watching = self.main  # the run told to send its landscape (the shown one)
        self._waiting: dict[int, Run] = {}  # capture sequence number -> fork awaiting A's state
        self._sequence = 0
        self._carried = False  # a config change that a Restore carries: no SetConfig for it
        self.main.client.captured.connect(self._on_captured)
        self.main.client.failed.connect(lambda _: self.main_failed.emit())
        self._data_timer = QTimer(self, singleShot=True, interval=DATA_SEND_DELAY_MS)
        self._data_timer.timeout.connect(self.send_data)
        session.config_changed.connect(self._config_changed)
        session.playing_changed.connect(
            lambda playing, drive: self.broadcast(p.Play() if playing else p.Pause())
            if drive else None)
        session.speed_changed.connect(lambda speed: self.broadcast(p.SetSpeed(speed)))
        session.selected_changed.connect(self._selected)
        model.changed.connect(self._data_changed)

    # ----- the collection -------------------------------------------------------------------

    def all(self) -> list[Run]:
        """Run A, then the forks, oldest first."""
        return [self.main, *self._forks.values()]

    def forks(self) -> list[Run]:
        """The forked runs, oldest first."""
        return list(self._forks.values())

    @property
    def shown(self) -> Run:
        """The run the canvas, diagram and plots show (the selected one): neuron maps, weight
        edits, point details and the landscape are asked of it."""
        return self.get(self.session.selected) or self.main

    def get(self, name: str) -> Run | None:
        """The run called `name`, or None."""
        return self.main if name == MAIN else self._forks.get(name)

    def broadcast(self, command: p.Command) -> None:
        """Send a command to run A and every fork."""
        for run in self.all():
            run.send(command)

    def start(self) -> None:
        """Start run A's training process on the session's settings and the current data."""
        self.main.client.start(p.Setup(self.session.config(), self._data()))
        self.main.send(p.SetSpeed(self.session.speed))

    def watch_landscape(self, on: bool, directions: str = "pca") -> None:
        """Have the shown run's process send its loss landscape with its frames (while a view
        shows it), or stop: it costs the training process ~7 % while on."""
        self._landscape = p.WatchLandscape(on, directions, self.landscape_every_frame)
        self._watching = self.shown
        self._watching.send(self._landscape)

    # ----- forks ----------------------------------------------------------------------------

    def fork(self, name: str | None = None, changes: dict | None = None) -> str | None:
        """Copy run A (weights, optimizer state, data, history) into a new run with `changes` to
        its settings; the new run's name, or None (with a message) when it cannot be made."""
        if len(self._forks) + 1 >= MAX_RUNS:
            self.problem.emit(Sentence(lambda: QCoreApplication.translate(
                "Runs", "Not forked: {count} runs is the most. Close one first "
                "(its × or Runs > Close forks).").format(count=MAX_RUNS), REFUSAL))
            return None
        name = name or next(n for n in FORK_NAMES if n not in self._forks)
        if name == MAIN or name in self._forks:
            self.problem.emit(Sentence(lambda: QCoreApplication.translate(
                "Runs", "Not forked: there is a run {name} already.").format(name=name),
                REFUSAL))
            return None
        base = self.session.config()
        try:
            config = base.replace(**dict(changes or {}))
        except (ValueError, TypeError) as err:
            reason = str(err)
            self.problem.emit(Sentence(lambda: QCoreApplication.translate(
                "Runs", "Not forked: {reason}").format(reason=reason), REFUSAL))
            return None
        if config.task != base.task:
            self.problem.emit(Sentence(lambda: QCoreApplication.translate(
                "Runs", "Not forked: a fork trains on the same data, so on the same task."),
                REFUSAL))
            return None
        if self.main.client.is_finished:
            self.problem.emit(Sentence(lambda: QCoreApplication.translate(
                "Runs", "Not forked: run A's training stopped; press R first."), REFUSAL))
            return None
        self.session.set_playing(False)  # A and the fork go on from the same paused state
        used = {run.color for run in self._forks.values()}
        self.session.add_run(name, config)
        run = self._new_run(name, next(c for c in FORK_COLORS if c not in used),
                            FORK_FRAME_INTERVAL)
        run.client.stretch = self.pacer.stretch if self._pacing else 1.0
        self._forks[name] = run
        if config != base:  # queued now, applied right after the copied state
            run.send(p.SetConfig(config))
        run.send(p.SetSpeed(self.session.speed))
        self._sequence += 1
        self._waiting[self._sequence] = run
        self.main.send(p.Capture(self._sequence))
        self.added.emit(name)
        self.news.emit(Sentence(lambda: QCoreApplication.translate(
            "Runs", "Run {name} is a copy of run A; training is paused. Change a setting in "
            "either, then press Space.").format(name=name)), 8000)
        return name

    def close(self, name: str) -> None:
        """Stop a fork's training and take it away."""
        run = self._forks.pop(name, None)
        if run is None:
            return
        run.close()
        self._waiting = {seq: each for seq, each in self._waiting.items() if each is not run}
        run.client.stop()
        self.session.remove_run(name)
        self.removed.emit(name)
        run.deleteLater()

    def close_all(self) -> None:
        """Close every fork (the processes are told to quit together, then awaited)."""
        for run in self._forks.values():
            run.client.ask_stop()
        for name in list(self._forks):
            self.close(name)

    # ----- starting over --------------------------------------------------------------------

    def reset(self) -> None:
        """Reset run A and every fork (a stopped process is started again); with same start,
        forks of A's shape take A's new initial weights."""
        for run in self.all():
            run.expect_restart()
            if run.client.is_finished:
                self._restart(run, p.Setup(self.session.config(run.name), self._data()))
        self.main.send(p.Reset())
        initial = self._initial_weights() if self._forks and self.same_start else None
        fresh = []
        for run in self.forks():
            if initial is not None and shape_of(self.session.config(run.name)) == shape_of(
                    self.session.config()):
                run.send(p.Reset(initial))
            else:
                run.send(p.Reset())
                fresh.append(run.name)
        if initial is not None and fresh:
            names = ", ".join(fresh)
            self.news.emit(Sentence(lambda: QCoreApplication.translate(
                "Runs", "Run {names} has other layers or features than run A, so it starts "
                "from fresh weights of its own.").format(names=names)), 8000)

    def setup(self, task: str) -> None:
        """A new task with the current data: run A on the session's config, every fork on its
        own settings for that task (the loss follows run A's)."""
        self._data_timer.stop()
        dataset, main = self._data(), self.session.config()
        for run in self.all():
            if not run.is_main:
                config = self.session.config(run.name)
                self.session.set_config(run.name, config.replace(task=task, loss=main.loss))
            run.expect_restart()
            run.send(p.Setup(self.session.config(run.name), dataset))

    def restore(self, config: TrainConfig, state: dict | None) -> None:
        """Run A continues an opened experiment exactly, on the current points: the session
        takes its config, and the forks are closed first."""
        self.close_all()
        self._carried = True
        try:
            self.session.set_config(MAIN, config)
        finally:
            self._carried = False
        self._data_timer.stop()  # the restore carries the data; a data edit would reset
        self.main.expect_restart()
        command = p.Restore(config, self._data(), state)
        if self.main.client.is_finished:
            self._restart(self.main, command)
        else:
            self.main.send(command)

    def send_data(self) -> None:
        """The current points to every run (now, instead of after the edit delay)."""
        self._data_timer.stop()
        if self.model.dataset.task == self.session.config().task:
            self.broadcast(p.SetData(self._data()))
            self.data_sent.emit()

    @property
    def data_pending(self) -> bool:
        """Whether a data edit is waiting to reach the runs."""
        return self._data_timer.isActive()

    def flush_data(self) -> None:
        """Send a pending data edit now (before a save, so the file holds the newest points)."""
        if self._data_timer.isActive():
            self.send_data()

    def stop(self) -> None:
        """Closing the window: every process quits."""
        self._data_timer.stop()
        self.close_all()
        self.main.close()
        self.main.client.stop()

    # ----- internals ------------------------------------------------------------------------

    def _restart(self, run: Run, start: p.Setup | p.Restore) -> None:
        """A new process for a run whose process stopped, told what the old one had been told:
        the speed, and for run A the landscape; forks that waited for A's copy are closed."""
        run.client.start(start)
        run.send(p.SetSpeed(self.session.speed))
        if run is self._watching and self._landscape.on:
            run.send(self._landscape)
        if run.is_main:
            for waiting in list(self._waiting.values()):
                name = waiting.name
                self.problem.emit(Sentence(lambda name=name: QCoreApplication.translate(
                    "Runs", "Run {name} was closed: run A stopped before it could be "
                    "copied.").format(name=name)))
                self.close(waiting.name)

    def _data(self):
        """A copy of the current points for a command: the relay thread pickles it later, while
        the GUI thread may already be changing the model's own."""
        return self.model.dataset.copy()

    def _new_run(self, name: str, color: RGB, interval: float) -> Run:
        run = Run(name, color, self.session, interval, self)
        run.frame.connect(lambda frame, r=run: self._drawn(r, frame))
        run.problem.connect(self.problem)
        run.client.inspected.connect(
            lambda reply, r=run: self.inspected.emit(reply) if r is self.shown else None)
        run.restarting.connect(lambda r=run: self.restarting.emit(r.name))
        return run

    def _selected(self, _name: str) -> None:
        """The big views follow the selected run: so does the landscape's process."""
        shown = self.shown
        if shown is self._watching:
            return
        if self._landscape.on:
            if not self._watching.closed:
                self._watching.send(p.WatchLandscape(False))
            shown.send(self._landscape)
        self._watching = shown

    def _drawn(self, run: Run, frame: p.Frame) -> None:
        with self.pacer.timing():
            self.frame_arrived.emit(run.name, frame)
            self.frame_drawn.emit(run.name, frame)
        if self._pacing and self.pacer.tick():
            self._stretch(self.pacer.stretch)

    @property
    def pacing(self) -> bool:
        """Whether frame rates follow what drawing costs (off: the base rates, as a lesson
        render wants, whose frames must not depend on the machine)."""
        return self._pacing

    @pacing.setter
    def pacing(self, on: bool) -> None:
        self._pacing = on
        self.pacer.reset()
        self._stretch(1.0)

    def _stretch(self, factor: float) -> None:
        for run in self.all():
            run.client.stretch = factor
        self.paced.emit(factor)

    def _data_changed(self) -> None:
        """A throttle, not a debounce: while a person sprays, the runs see the points grow."""
        if not self._data_timer.isActive():
            self._data_timer.start()

    def _config_changed(self, name: str, config: TrainConfig, old: TrainConfig) -> None:
        run = self.get(name)
        if run is None or config.task != old.task or self._carried:
            return  # a new task reaches the runs as Setup, an opened run as Restore
        if shape_of(config) != shape_of(old):
            run.expect_restart()  # the process rebuilds the network and starts its history over
        run.send(p.SetConfig(config))

    @Slot(object)
    def _on_captured(self, captured: p.Captured) -> None:
        run = self._waiting.pop(captured.sequence, None)
        if run is None or run.closed:
            return
        run.client.start(p.Restore(captured.config, captured.dataset, captured.state))

    def _initial_weights(self):
        """The weights run A starts from after a reset (the engine's own construction)."""
        try:
            return Trainer(self.session.config(), self.model.dataset).initial_params.copy()
        except ValueError:
            return None


def shape_of(config: TrainConfig) -> tuple:
    """What decides a network's parameter shapes, given the data."""
    return config.features, config.hidden
