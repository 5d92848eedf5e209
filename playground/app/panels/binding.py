"""Binding a config panel to the Session: it shows the selected run's settings and edits them."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance

from playground.app.session import Session
from playground.engine import TrainConfig


class ConfigPanel(Protocol):
    """A panel that shows a TrainConfig and emits the fields a person changed."""

    changed: SignalInstance

    def set_config(self, config: TrainConfig) -> None:
        """Show `config` without emitting changes."""


def bind_to_session(panel: ConfigPanel, session: Session) -> None:
    """The panel edits the selected run and always shows the settings that run trains with (a
    refused value is replaced by the one in use)."""

    def edited(changes: dict) -> None:
        if not session.edit(session.selected, changes):
            panel.set_config(session.config(session.selected))

    def config_changed(name: str, config: TrainConfig, _old: TrainConfig) -> None:
        if name == session.selected:
            panel.set_config(config)

    panel.changed.connect(edited)
    session.config_changed.connect(config_changed)
    session.selected_changed.connect(lambda name: panel.set_config(session.config(name)))
    panel.set_config(session.config(session.selected))
