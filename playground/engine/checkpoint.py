"""Checkpoints: a Trainer's full state as plain data, so a saved run continues number for number.

The trainer's companion module (it reads the trainer's internals): weights, optimizer state,
both random generators, the epoch's shuffled order and position, the history and divergence.
Everything is lists, numbers and strings, ready for JSON.
"""

from __future__ import annotations

import copy
from typing import Any

import numpy as np

from playground.engine.trainer import Trainer
from playground.engine.trajectory import Trajectory

FIELDS = ("epoch", "steps", "cursor", "order", "params", "optimizer", "shuffle_rng",
          "dropout_rng", "history", "diverged", "reason")
MAX_SAVED_ROWS = 10_000  # a longer history is thinned (the loss plot shows no more anyway)
MAX_COUNT = 2**53  # epochs and steps: far beyond any run, and exact as a float


def capture(trainer: Trainer) -> dict[str, Any]:
    """The trainer's state as plain data (fresh copies)."""
    optimizer = trainer._optimizer.state_dict()
    return {
        "epoch": trainer.epoch,
        "steps": trainer.steps,
        "cursor": trainer._cursor,
        "order": trainer._order.tolist(),
        "params": trainer.network.params.astype(float).tolist(),
        "optimizer": {key: (value if key == "steps" else [a.astype(float).tolist()
                                                           for a in value])
                      for key, value in optimizer.items()},
        "shuffle_rng": copy.deepcopy(trainer._shuffle_rng.bit_generator.state),
        "dropout_rng": copy.deepcopy(trainer.network.dropout_rng.bit_generator.state),
        "history": trainer.history.to_dict(MAX_SAVED_ROWS),
        "diverged": trainer.diverged,
        "reason": trainer.reason,
    }


def restore(trainer: Trainer, state: dict[str, Any]) -> None:
    """Put a captured state back; ValueError naming the first field that does not fit.

    The trainer must have the config and data the state was captured with. Nothing changes
    unless every field checks out.
    """
    missing = [name for name in FIELDS if name not in state]
    if missing:
        raise ValueError(f"training state lacks {', '.join(missing)}")
    params = _array("params", state["params"], trainer.network.params.shape, trainer.dtype)
    n_train = trainer._n_train
    order = _array("order", state["order"], (n_train,), np.int64)
    if not np.array_equal(np.sort(order), np.arange(n_train)):
        raise ValueError("order: must be a shuffle of the training points")
    cursor, epoch, steps = (_whole(name, state[name]) for name in ("cursor", "epoch", "steps"))
    if cursor > n_train:
        raise ValueError(f"cursor: {cursor} is past the {n_train} training points")
    optimizer = _optimizer_state(trainer, state["optimizer"])
    shuffle_rng = copy.deepcopy(state["shuffle_rng"])
    dropout_rng = copy.deepcopy(state["dropout_rng"])
    probe = np.random.default_rng()
    for name, value in (("shuffle_rng", shuffle_rng), ("dropout_rng", dropout_rng)):
        try:
            probe.bit_generator.state = value
        except (TypeError, ValueError, KeyError) as err:
            raise ValueError(f"{name}: not a random generator state ({err})") from None
    history = type(trainer.history)(trainer.config.task)
    try:
        history.load_dict(state["history"])
    except (KeyError, TypeError, ValueError) as err:
        raise ValueError(f"history: {err}") from None
    last = history["epoch"][-1] if len(history) else 0
    if last != epoch:
        raise ValueError(f"history: it ends at epoch {last} but the state is at epoch {epoch}")
    layers = len(trainer.network.grad_blocks)
    if history.layers() not in (None, layers):
        raise ValueError(f"history: grad_norms: rows of {history.layers()} values for a "
                         f"network of {layers} layers")

    trainer.network.params[...] = params
    trainer._optimizer.load_state_dict(optimizer)
    trainer._shuffle_rng.bit_generator.state = shuffle_rng
    trainer.network.dropout_rng.bit_generator.state = dropout_rng
    trainer.history = history
    trainer.epoch, trainer.steps, trainer._cursor = epoch, steps, cursor
    trainer.diverged, trainer.reason = bool(state["diverged"]), str(state["reason"])
    trainer._apply_order(order)
    trainer._epoch_start = trainer._save_state()
    trainer.trajectory = Trajectory(params, epoch)  # the path is not saved: it starts here


def reset_from(trainer: Trainer, initial: Any) -> None:
    """Reset the trainer, then start from `initial` (another run's flat initial parameters), so
    two runs compare from equal weights; ValueError, and no change, if the shapes differ."""
    shape = trainer.network.params.shape
    if np.shape(initial) != shape:
        raise ValueError(f"the other run's initial weights have {np.size(initial)} numbers, this "
                         f"network has {shape[0]}: its layers, features or classes differ")
    params = _array("initial weights", initial, shape, trainer.dtype)
    trainer.reset()
    trainer.network.params[...] = params
    trainer.initial_params = params.copy()
    trainer.trajectory = Trajectory(params)


def _array(name: str, values: Any, shape: tuple[int, ...], dtype) -> np.ndarray:
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: must be a list of numbers") from None
    if array.shape != shape:
        raise ValueError(f"{name}: expected shape {shape}, got {array.shape}")
    if not np.isfinite(array).all():
        raise ValueError(f"{name}: holds NaN or infinite values")
    if np.dtype(dtype).kind == "f":
        limit = float(np.finfo(dtype).max)
        largest = float(np.abs(array).max(initial=0.0))
        if largest > limit:
            raise ValueError(f"{name}: values out of range: up to {largest:.3g} overflow "
                             f"{np.dtype(dtype).name} (at most ±{limit:.3g})")
    return array.astype(dtype)


def _whole(name: str, value: Any) -> int:
    """A count from a saved state: an int in 0..MAX_COUNT (a bigger one overflows float math)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        shown = "a huge number" if isinstance(value, int) and abs(value) > 10**30 else repr(value)
        raise ValueError(f"{name}: must be a whole number from 0 to 2**53, got {shown}")
    return value


def _optimizer_state(trainer: Trainer, saved: Any) -> dict[str, Any]:
    if not isinstance(saved, dict) or "steps" not in saved:
        raise ValueError("optimizer: must be a mapping with steps")
    state: dict[str, Any] = {"steps": _whole("optimizer steps", saved["steps"])}
    shape = trainer.network.params.shape
    for slot, arrays in saved.items():
        if slot == "steps":
            continue
        if not isinstance(arrays, list):
            raise ValueError(f"optimizer {slot}: must be a list of arrays")
        state[slot] = [_array(f"optimizer {slot}", a, shape, trainer.dtype) for a in arrays]
    try:
        trial = copy.deepcopy(trainer._optimizer)
        trial.load_state_dict(state)
    except (ValueError, TypeError) as err:
        raise ValueError(f"optimizer: {err}") from None
    return state
