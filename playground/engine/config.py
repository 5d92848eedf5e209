"""TrainConfig: every training knob in one validated, immutable record that round-trips a dict."""

from __future__ import annotations

import dataclasses
import math
import numbers
from collections.abc import Mapping
from typing import Any

from playground.engine import activations, features, losses, optimizers

TASKS = ("classification", "regression")
INITS = ("xavier", "he", "uniform", "zeros")
REGULARIZATIONS = ("none", "l1", "l2")
MAX_LAYERS = 8
MAX_NEURONS = 32
MAX_BATCH = 200_000
MAX_LR = 100.0
DEFAULT_LOSS = {"classification": "cross_entropy", "regression": "mse"}


@dataclasses.dataclass(frozen=True)
class TrainConfig:
    """Network, loss, optimizer and schedule; defaults follow the web playground's."""

    task: str = "classification"
    features: tuple[str, ...] = ("x1", "x2")
    hidden: tuple[int, ...] = (4, 2)
    activation: str = "tanh"
    init: str = "xavier"
    loss: str = ""  # empty: the task's default, cross_entropy or mse
    label_smoothing: float = 0.0
    focal_gamma: float = 2.0
    huber_delta: float = 1.0
    optimizer: str = "sgd"
    lr: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    reg_rate: float = 0.0
    dropout: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("features", "hidden"):
            value = getattr(self, name)
            if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
                raise ValueError(f"{name}: must be a list, got {value!r}")
        object.__setattr__(self, "features", tuple(self.features))
        object.__setattr__(self, "hidden", tuple(
            int(size) if _is_int(size) else size for size in self.hidden))
        if self.loss == "" and self.task in DEFAULT_LOSS:
            object.__setattr__(self, "loss", DEFAULT_LOSS[self.task])
        for name in ("batch_size", "seed"):
            if _is_int(getattr(self, name)):
                object.__setattr__(self, name, int(getattr(self, name)))
        self.validate()

    def validate(self) -> None:
        """Raise ValueError naming the first field that is out of its allowed range."""
        _choice("task", self.task, TASKS)
        if not all(isinstance(name, str) for name in self.features):
            raise ValueError(f"features: must be names like 'x1', got {list(self.features)!r}")
        try:
            features.validate(self.features)
        except ValueError as err:
            raise ValueError(f"features: {err}") from None
        if len(self.hidden) > MAX_LAYERS:
            raise ValueError(f"hidden: at most {MAX_LAYERS} hidden layers, got {len(self.hidden)}")
        for size in self.hidden:
            if not _is_int(size) or not 1 <= size <= MAX_NEURONS:
                raise ValueError(
                    f"hidden: each layer needs 1 to {MAX_NEURONS} neurons, got {size!r}")
        _choice("activation", self.activation, activations.names())
        _choice("init", self.init, INITS)
        _choice(f"loss (for {self.task})", self.loss, losses.names(self.task))
        _number("label_smoothing", self.label_smoothing, 0.0, 1.0, high_open=True)
        _number("focal_gamma", self.focal_gamma, 0.0, 10.0)
        _number("huber_delta", self.huber_delta, 1e-6, 1e6)
        _choice("optimizer", self.optimizer, optimizers.names())
        _number("lr", self.lr, 0.0, MAX_LR, low_open=True)
        if not _is_int(self.batch_size) or not 1 <= self.batch_size <= MAX_BATCH:
            raise ValueError(f"batch_size: must be a whole number from 1 to {MAX_BATCH}, "
                             f"got {self.batch_size!r}")
        _choice("regularization", self.regularization, REGULARIZATIONS)
        _number("reg_rate", self.reg_rate, 0.0, 10.0)
        _number("dropout", self.dropout, 0.0, 0.9)
        if not _is_int(self.seed) or not 0 <= self.seed < 2**32:
            raise ValueError(f"seed: must be a whole number from 0 to 2**32 - 1, got {self.seed!r}")

    @property
    def loss_options(self) -> dict[str, float]:
        """The options the chosen loss takes, by its registry keyword."""
        return {
            "cross_entropy": {"label_smoothing": self.label_smoothing},
            "focal": {"gamma": self.focal_gamma},
            "huber": {"delta": self.huber_delta},
        }.get(self.loss, {})

    def replace(self, **changes: Any) -> TrainConfig:
        """A validated copy with some fields changed; a new task brings its default loss."""
        if "task" in changes and "loss" not in changes and changes["task"] != self.task:
            task = changes["task"]
            if task in DEFAULT_LOSS and self.loss not in losses.names(task):
                changes["loss"] = DEFAULT_LOSS[task]
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (tuples become lists)."""
        out = dataclasses.asdict(self)
        out["features"] = list(self.features)
        out["hidden"] = list(self.hidden)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TrainConfig:
        """Build from a dict; missing fields take defaults, unknown fields are refused by name."""
        if not isinstance(data, Mapping):
            raise ValueError("config must be a mapping of field names to values, "
                             f"got {type(data).__name__}")
        known = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ValueError(f"unknown config field(s) {', '.join(unknown)}; "
                             f"known: {', '.join(known)}")
        values = dict(data)
        if "task" in values and "loss" not in values and values["task"] in DEFAULT_LOSS:
            values["loss"] = DEFAULT_LOSS[values["task"]]
        return cls(**values)


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _choice(field: str, value: Any, allowed: Any) -> None:
    if value not in allowed:
        raise ValueError(f"{field}: {value!r} is not one of {', '.join(allowed)}")


def _number(field: str, value: Any, low: float, high: float,
            low_open: bool = False, high_open: bool = False) -> None:
    ok = (isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
          and (low < value if low_open else low <= value)
          and (value < high if high_open else value <= high))
    if not ok:
        left, right = "(" if low_open else "[", ")" if high_open else "]"
        raise ValueError(
            f"{field}: must be a number in {left}{low:g}, {high:g}{right}, got {value!r}")
