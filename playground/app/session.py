"""Session: the one source of truth for what the person has set up, observable.

It holds each run's TrainConfig (run A and every fork by name), the data settings, whether the
runs play, their speed and which run the side panels edit, and emits a signal per field when one
changes. Panels edit it and listen to it; the runs, the settings store, the views and autosave
subscribe. A QObject with Qt signals rather than a hand-made event system: every subscriber is a
Qt object on the GUI thread, and queued delivery, disconnect-on-delete and pytest-qt's
waitSignal come with it (napari's evented models exist because its models must stay Qt-free; the
session is the window's model and lives on the GUI thread only).

Settings are validated once, here, by TrainConfig: an edit that TrainConfig refuses changes
nothing and is announced through `refused`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from playground.app.data.settings import DataSettings
from playground.app.window.messages import REFUSAL, Sentence
from playground.engine import TrainConfig
from playground.engine.config import DEFAULT_LOSS

MAIN = "A"


class Session(QObject):
    """Each run's config, the data settings and the playing state; a signal per change."""

    config_changed = Signal(str, object, object)  # run name, new TrainConfig, old TrainConfig
    edited = Signal(str, object, object)  # the same, when a person's edit (not a load) made it
    data_settings_changed = Signal(object)  # DataSettings
    playing_changed = Signal(bool, bool)  # playing; whether the runs are to be told (drive)
    speed_changed = Signal(object)  # epochs per second, or None for as fast as possible
    selected_changed = Signal(str)  # the run the side panels show and edit
    refused = Signal(object)  # an edit that was not applied, and why: a Sentence of REFUSAL

    def __init__(self, config: TrainConfig, data_settings: DataSettings,
                 speed: float | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._configs: dict[str, TrainConfig] = {MAIN: config}
        self._data_settings = data_settings
        self._playing = False
        self._speed = speed
        self._selected = MAIN
        self._task_loss = {config.task: config.loss}  # each task's last loss, for switching back

    # ----- configs --------------------------------------------------------------------------

    def names(self) -> list[str]:
        """Every run's name, run A first."""
        return list(self._configs)

    def config(self, run: str = MAIN) -> TrainConfig:
        """The settings run `run` trains with."""
        return self._configs[run]

    def edit(self, run: str, changes: dict[str, Any]) -> bool:
        """Apply `changes` to run `run`'s config, validated by TrainConfig; False (and refused)
        when a value is not allowed, and then nothing changes."""
        old = self._configs[run]
        try:
            new = old.replace(**changes)
        except (ValueError, TypeError) as err:
            reason = str(err)  # the engine's detail stays in English
            if run == MAIN or len(self._configs) == 1:
                self.refused.emit(Sentence(lambda: QCoreApplication.translate(
                    "Session", "Not applied: {reason}").format(reason=reason), REFUSAL))
            else:
                self.refused.emit(Sentence(lambda: QCoreApplication.translate(
                    "Session", "Not applied to run {run}: {reason}").format(
                        run=run, reason=reason), REFUSAL))
            return False
        if new != old:
            self.set_config(run, new)
            self.edited.emit(run, new, old)
        return True

    def set_config(self, run: str, config: TrainConfig) -> None:
        """Run `run` trains with `config` (already a valid TrainConfig) from now on."""
        old = self._configs[run]
        if config == old:
            return
        self._configs[run] = config
        if run == MAIN:
            self._task_loss[config.task] = config.loss
        self.config_changed.emit(run, config, old)

    def loss_for(self, task: str) -> str:
        """The loss run A last used for `task` (its default before that)."""
        return self._task_loss.get(task, DEFAULT_LOSS[task])

    def add_run(self, run: str, config: TrainConfig) -> None:
        """A new run (a fork) with these settings."""
        self._configs[run] = config

    def remove_run(self, run: str) -> None:
        """Forget a fork; the panels go back to run A if they showed it."""
        if run == MAIN or self._configs.pop(run, None) is None:
            return
        if self._selected == run:
            self.select(MAIN)

    # ----- the data, playing, speed, selection ----------------------------------------------

    @property
    def data_settings(self) -> DataSettings:
        """How the current data was generated."""
        return self._data_settings

    def set_data_settings(self, settings: DataSettings) -> None:
        """Record new data settings (the data itself lives in the DataModel)."""
        if settings != self._data_settings:
            self._data_settings = settings
            self.data_settings_changed.emit(settings)

    @property
    def playing(self) -> bool:
        """Whether the runs train continuously."""
        return self._playing

    def set_playing(self, playing: bool, drive: bool = True) -> None:
        """Play or pause every run. drive False only records it: a lesson's goals already
        play the runs, and a Play on top would train one whose goal was met on past it."""
        self._playing = bool(playing)
        self.playing_changed.emit(self._playing, drive)

    @property
    def speed(self) -> float | None:
        """Epochs per second while playing; None is as fast as possible."""
        return self._speed

    def set_speed(self, speed: float | None) -> None:
        """Every run trains at `speed` epochs per second (None: as fast as possible)."""
        self._speed = speed
        self.speed_changed.emit(speed)

    @property
    def selected(self) -> str:
        """The run the side panels show and edit."""
        return self._selected

    def select(self, run: str) -> None:
        """The side panels show and edit run `run` from now on."""
        if run in self._configs:
            self._selected = run
            self.selected_changed.emit(run)
