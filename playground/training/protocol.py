"""Every message between the window and a training process: one frozen dataclass each.

Commands go from the window to the loop (`Command`), replies come back (`Reply`). They travel
pickled through a pipe, so whatever arrives is a fresh copy: arrays are never shared between the
window and the trainer. The loop dispatches on the command's type, the window's client on the
reply's type; adding a message is one class here and one handler on each side.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np

from playground.engine import Dataset, Snapshot, TrainConfig
from playground.engine.landscape import Landscape, Slice

message = dataclasses.dataclass(frozen=True, eq=False)  # arrays inside: compare by identity


# ----- commands: window -> training loop ------------------------------------------------------

@message
class Command:
    """Base of every command; `name` is what a refusal calls it."""

    @property
    def name(self) -> str:
        """The command's name in messages, e.g. "EditWeight"."""
        return type(self).__name__


@message
class Quit(Command):
    """Finish the loop and the process."""


@message
class RequestFrame(Command):
    """Send one Frame as soon as something changed, with the boundary on a resolution² grid."""

    resolution: int = 100


@message
class Play(Command):
    """Train continuously (at the set speed) until paused, diverged or at a goal."""


@message
class Pause(Command):
    """Stop training; a goal is kept, so Play goes on towards it."""


@message
class Goal(Command):
    """Play `epochs` more epochs, or until the training loss <= until_loss, then pause and
    answer Reached(sequence, epoch): lessons stop at exact epochs this way."""

    epochs: int
    until_loss: float | None = None
    sequence: int = 0


@message
class CancelGoal(Command):
    """Forget the goal and pause."""


@message
class Hold(Command):
    """While playing, train no further than epoch `epoch` (None: no line): compared runs move
    together, a fast one waiting at the line until the window moves it on."""

    epoch: int | None = None


@message
class SetSpeed(Command):
    """Epochs per second while playing; None is as fast as possible."""

    epochs_per_second: float | None


@message
class Step(Command):
    """Train one whole epoch (the web playground's step)."""


@message
class StepBatch(Command):
    """Train one batch."""


@message
class Reset(Command):
    """Fresh weights and history; given another run's initial weights (flat), start from them."""

    initial_weights: np.ndarray | None = None


@message
class SetConfig(Command):
    """Use these settings from now on; a new shape rebuilds the network."""

    config: TrainConfig


@message
class SetData(Command):
    """Train on this dataset from now on; a new number of classes rebuilds the network."""

    dataset: Dataset


@message
class Setup(Command):
    """A fresh start on new settings and data (a new task): a new trainer."""

    config: TrainConfig
    dataset: Dataset


@message
class Restore(Command):
    """Continue a saved or captured run exactly: its settings, data and full trainer state."""

    config: TrainConfig
    dataset: Dataset
    state: dict[str, Any] | None = None


@message
class Capture(Command):
    """Answer Captured(sequence, ...) with this run's whole state, so it can be forked."""

    sequence: int


@message
class WatchLandscape(Command):
    """Send the loss landscape (and the straight-line slice) with frames, a few times a second,
    while `on`: the view that draws it is showing. `directions` is "pca" or "random";
    `every_frame` sends one with each frame after training moved (a video's frames must not
    depend on the clock)."""

    on: bool
    directions: str = "pca"
    every_frame: bool = False


@message
class Focus(Command):
    """Draw neuron `index` of layer `layer` on the canvas instead of the output (layer < 0:
    the output again)."""

    layer: int
    index: int = 0


@message
class EditWeight(Command):
    """Set the weight of the link source -> target into layer `layer`."""

    layer: int
    source: int
    target: int
    value: float


@message
class EditBias(Command):
    """Set the bias of neuron `target` of layer `layer`."""

    layer: int
    target: int
    value: float


@message
class Inspect(Command):
    """Answer Inspected with the network's prediction and loss for one data point."""

    point: tuple[float, float]
    label: float
    train: bool


@message
class Save(Command):
    """Write the experiment to `path`; kind ("save" or "autosave") comes back in Saved."""

    path: str
    title: str
    extras: dict[str, Any]
    kind: str = "save"


# ----- replies: training loop -> window -------------------------------------------------------

@message
class Reply:
    """Base of every reply."""


@message
class Frame(Reply):
    """One answer to RequestFrame: a snapshot plus what changed since the previous frame.

    rows: history rows not sent before (arrays per column); restart: the history started over
    (reset or rebuild), so the window clears its plots before appending rows. details: confusion
    matrices or RMSE/R^2 (inspection.detailed_metrics), sent a few times a second, else None.
    focus_map: the selected neuron's activation over the grid, when one is selected.
    landscape, line: the loss around the current weights and from the initial ones, while
    WatchLandscape is on (a few times a second), else None.
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
    landscape: Landscape | None = None
    line: Slice | None = None
    config: TrainConfig | None = None  # the settings the frame was made with


@message
class Reached(Reply):
    """A Goal numbered `sequence` was met (or can no longer be) at `epoch`; training paused."""

    sequence: int
    epoch: int


@message
class Captured(Reply):
    """The answer to Capture: everything a new process needs to continue this run exactly."""

    sequence: int
    config: TrainConfig
    dataset: Dataset
    state: dict[str, Any]
    initial_weights: np.ndarray


@message
class Inspected(Reply):
    """The answer to Inspect: what the network says about one point."""

    point: tuple[float, float]
    label: float
    train: bool
    prediction: np.ndarray | float
    loss: float
    loss_name: str
    task: str


@message
class Saved(Reply):
    """A Save finished: `path` was written, or `error` says why not."""

    kind: str
    path: str
    error: str = ""


@message
class Refused(Reply):
    """A command was refused (a bad value); nothing changed and training goes on."""

    message: str


@message
class Failed(Reply):
    """Something went wrong in the loop; the command it was doing was dropped."""

    message: str
    traceback: str = ""
