"""Experiment files: a dataset, its TrainConfig and optionally a trainer's full state, in one JSON.

Format version 1 is one UTF-8 JSON object (keys in this order, one per line):

    {"format": "playground-experiment", "version": 1, "title": "...",
     "config": TrainConfig.to_dict(), "dataset": Dataset.to_dict(),
     "state": checkpoint.capture(trainer) or null, "extras": {plain JSON data}}

Saving is atomic (a temporary file in the same folder, fsync, then os.replace), so a failed save
leaves the old file as it was. Loading checks everything, the state by restoring it into a fresh
Trainer, before it returns; any problem is one ExperimentError naming the file and the field.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from playground.engine import checkpoint, files
from playground.engine.config import TrainConfig
from playground.engine.datasets import Dataset
from playground.engine.trainer import Trainer
from playground.io import json_text, validation
from playground.io.validation import FORMAT, VERSION

__all__ = ["FORMAT", "MAX_BYTES", "VERSION", "Experiment", "ExperimentError", "check_writable",
           "load", "save"]

MAX_BYTES = 512 * 2**20  # refused before reading: a bigger file is not an experiment we wrote
MAX_REASON = 300  # characters of a reason kept in a message (a bad value may be huge)

# What a malformed document can make the checks or the engine raise; all become ExperimentError.
_PROBLEMS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)


class ExperimentError(ValueError):
    """An experiment file that cannot be saved or opened; one line naming the file and why."""


@dataclass(eq=False)
class Experiment:
    """What a file keeps: settings, data and (optionally) a trainer's state to continue from."""

    config: TrainConfig
    dataset: Dataset
    state: dict[str, Any] | None = None  # checkpoint.capture(); None keeps data and settings only
    title: str = ""
    extras: dict[str, Any] = field(default_factory=dict)  # plain data a window adds (views, ...)

    @classmethod
    def from_trainer(cls, trainer: Trainer, title: str = "",
                     extras: dict[str, Any] | None = None) -> Experiment:
        """A trainer's config, a copy of its data and its full state, ready to save."""
        return cls(trainer.config, trainer.dataset.copy(), checkpoint.capture(trainer), title,
                   dict(extras or {}))

    def trainer(self) -> Trainer:
        """A new Trainer on this config and data, with the saved state (if any) put back."""
        trainer = Trainer(self.config, self.dataset)
        if self.state is not None:
            checkpoint.restore(trainer, self.state)
        return trainer

    def to_dict(self) -> dict[str, Any]:
        """The file's JSON document as plain data (what save writes)."""
        return {"format": FORMAT, "version": VERSION, "title": self.title,
                "config": self.config.to_dict(), "dataset": self.dataset.to_dict(),
                "state": self.state, "extras": self.extras}


def save(path: str | os.PathLike, experiment: Experiment) -> None:
    """Write experiment to path atomically; ExperimentError (old file intact) if that fails."""
    path = Path(path)
    try:
        data = _encode(experiment)
    except RecursionError:
        raise _error("save", path, "a value is nested too deeply to encode") from None
    except _PROBLEMS as err:
        raise _error("save", path, str(err)) from None
    _write_atomic(path, data)


def load(path: str | os.PathLike) -> Experiment:
    """Read and fully check an experiment file; ExperimentError naming the problem otherwise."""
    path = Path(path)
    try:
        return _decode(_read_text(path))
    except RecursionError:
        reason = "the JSON is nested too deeply"
    except MemoryError:
        reason = "it is too big to load into memory"
    except _PROBLEMS as err:
        reason = str(err)
    raise _error("open", path, reason) from None


def check_writable(path: str | os.PathLike) -> None:
    """Raise ExperimentError now if save could not write path (tried with a temporary file)."""
    path = Path(path)
    try:
        files.check_writable(path)
    except files.FileRefused as err:
        raise _error("save", path, err.reason) from None


# ----- writing -----------------------------------------------------------------------------------

def _encode(experiment: Experiment) -> bytes:
    """The file's bytes: one top-level key per line, arrays compact; ValueError names a part."""
    if not isinstance(experiment, Experiment):
        raise TypeError(f"expected an Experiment, got {type(experiment).__name__}")
    document = experiment.to_dict()
    validation.check_title(document["title"])
    validation.check_extras(document["extras"])
    validation.check_state_type(document["state"])
    lines = []
    for key, value in document.items():
        separators = (",", ":") if key in ("dataset", "state") else (", ", ": ")
        try:
            text = json.dumps(value, allow_nan=False, separators=separators, ensure_ascii=False)
        except (TypeError, ValueError) as err:
            raise ValueError(f"{key}: {err}") from None
        lines.append(f"  {json.dumps(key)}: {text}")
    return ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")


def _write_atomic(path: Path, data: bytes) -> None:
    """Write data through files.write_atomic (temporary beside path, fsync, rename)."""
    try:
        files.write_atomic(path, data)
    except files.FileRefused as err:
        raise _error("save", path, err.reason) from None


# ----- reading -----------------------------------------------------------------------------------

def _read_text(path: Path) -> str:
    """The file's text, after refusing what is not a regular, non-empty, not too big UTF-8 file."""
    try:
        text = files.read_text(path, MAX_BYTES)
    except files.FileRefused as err:
        raise ValueError(err.reason) from None
    if not text.strip():
        raise ValueError("the file is empty")
    return text


def _decode(text: str) -> Experiment:
    """Parse and check the JSON document, then restore its state into a trainer to prove it fits."""
    document = json_text.parse(text)
    parts = validation.check_document(document)
    experiment = Experiment(parts["config"], parts["dataset"], parts["state"], parts["title"],
                            parts["extras"])
    try:
        trainer = Trainer(experiment.config, experiment.dataset)
    except ValueError as err:
        raise ValueError(f"config and dataset do not fit together: {err}") from None
    if experiment.state is not None:
        try:
            with np.errstate(all="ignore"):  # huge numbers are refused, not warned about
                checkpoint.restore(trainer, experiment.state)
        except _PROBLEMS as err:
            raise ValueError(f"state: {err}") from None
    return experiment


def _error(action: str, path: Path, reason: str) -> ExperimentError:
    """One line: what failed on which file, and why (long reasons shortened)."""
    reason = " ".join(str(reason).split())
    if len(reason) > MAX_REASON:
        reason = reason[:MAX_REASON - 1] + "…"
    return ExperimentError(f"cannot {action} {path}: {reason}")
