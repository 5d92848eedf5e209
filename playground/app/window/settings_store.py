"""SettingsStore: the window's geometry and last settings between launches, via QSettings."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from playground.app.data.settings import DataSettings
from playground.app.session import MAIN, Session
from playground.engine import TrainConfig, datasets

DEFAULT_CONFIG = TrainConfig(hidden=(8, 8))


class SettingsStore:
    """Reads and writes the last config, data settings and geometry; bad stored values fall back
    to the defaults instead of failing."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings if settings is not None else QSettings("playground", "playground")

    def load(self) -> tuple[TrainConfig, DataSettings]:
        """The last config and data settings, or the defaults where they are missing or broken."""
        config = DEFAULT_CONFIG
        data = DataSettings()
        try:
            config = TrainConfig.from_dict(json.loads(str(self.settings.value("config", "{}"))))
            if not self.settings.contains("config"):
                config = DEFAULT_CONFIG
        except (ValueError, TypeError):
            config = DEFAULT_CONFIG
        try:
            stored = json.loads(str(self.settings.value("data", "{}")))
            data = DataSettings(**stored) if stored else data
            spec = datasets.info(data.generator)
            if spec.task != data.task or not 0.1 <= data.train_fraction <= 0.9:
                raise ValueError("inconsistent data settings")
        except (ValueError, TypeError):
            data = DataSettings()
        if config.task != data.task:
            config = config.replace(task=data.task)
        return config, data

    def save_config(self, config: TrainConfig) -> None:
        """Remember the config."""
        self.settings.setValue("config", json.dumps(config.to_dict()))

    def save_data_settings(self, data: DataSettings) -> None:
        """Remember how the data was generated."""
        self.settings.setValue("data", json.dumps(dataclasses.asdict(data)))

    def follow(self, session: Session) -> None:
        """Remember run A's config and the data settings whenever they change."""
        session.config_changed.connect(
            lambda name, config, _old: self.save_config(config) if name == MAIN else None)
        session.data_settings_changed.connect(self.save_data_settings)

    def save_geometry(self, window: QWidget) -> None:
        """Remember the window's size and place."""
        self.settings.setValue("geometry", window.saveGeometry())
        self.settings.sync()

    def save_layout(self, window: QMainWindow, splitters: Sequence[QSplitter]) -> None:
        """Remember where the docks and the splitter handles are."""
        self.settings.setValue("window_state", window.saveState())
        self.settings.setValue("splitters", [splitter.saveState() for splitter in splitters])

    def restore_layout(self, window: QMainWindow, splitters: Sequence[QSplitter]) -> bool:
        """Put the docks and the splitter handles back; False (the fresh layout kept) when
        there is no stored layout or it is broken."""
        state = self.settings.value("window_state")
        if not isinstance(state, QByteArray) or not window.restoreState(state):
            return False
        saved = self.settings.value("splitters")
        if isinstance(saved, list) and len(saved) == len(splitters):
            for splitter, one in zip(splitters, saved, strict=True):
                if isinstance(one, QByteArray):
                    splitter.restoreState(one)
        return True

    def restore_geometry(self, window: QWidget) -> None:
        """Put the window back where it was, or give it a good default size."""
        geometry = self.settings.value("geometry")
        if geometry is None or not window.restoreGeometry(geometry):
            screen = window.screen().availableGeometry() if window.screen() else None
            width, height = 1600, 960
            if screen is not None:  # a 1280x720 projector gets a window that fits it
                width, height = min(width, screen.width()), min(height, screen.height())
            window.resize(width, height)
