"""Checks of an experiment file's parsed JSON: each problem is a ValueError naming its field path.

The engine's own checks (TrainConfig, Dataset, checkpoint.restore) do the deep work; this module
makes sure they get the types they expect, so that a malformed file gets a message, not a crash.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

import numpy as np

from playground.engine import datasets
from playground.engine.config import TrainConfig
from playground.engine.dataset import MAX_NOISE, MAX_POINTS
from playground.engine.datasets import Dataset
from playground.engine.history import CLASSIFICATION_COLUMNS, REGRESSION_COLUMNS

FORMAT = "playground-experiment"
VERSION = 1
KEYS = ("format", "version", "title", "config", "dataset", "state", "extras")
REQUIRED = ("format", "version", "config", "dataset")
DATASET_KEYS = ("task", "n_classes", "points", "labels", "is_train", "generator")
GENERATOR_KEYS = ("name", "seed", "noise", "n_points", "classes")
MAX_SEED = 2**63 - 1  # generator seeds count up from the saved one; a bigger one overflows int64
MAX_CLASSES = 32
LIST_FIELDS = ("features", "hidden")  # the config fields that hold lists; the rest are scalars


def check_document(document: Any) -> dict[str, Any]:
    """The checked parts of a parsed file: config, dataset, state (or None), title, extras."""
    _check_header(document)
    title = document.get("title", "")
    check_title(title)
    extras = document.get("extras", {})
    check_extras(extras)
    config = _section("config", config_from, document["config"])
    dataset = _section("dataset", dataset_from, document["dataset"])
    if config.task != dataset.task:
        raise ValueError(f"config and dataset do not fit together: the config is for "
                         f"{config.task} but the data is for {dataset.task}")
    state = document.get("state")
    check_state_type(state)
    if state is not None:
        _check_state(state, config.task)
    return {"config": config, "dataset": dataset, "state": state, "title": title,
            "extras": extras}


def check_title(title: Any) -> None:
    """A title is a string."""
    if not isinstance(title, str):
        raise ValueError(f"title: must be a string, got {_kind(title)}")


def check_extras(extras: Any) -> None:
    """Extras are an object of plain JSON data."""
    if not isinstance(extras, dict):
        raise ValueError(f"extras: must be an object, got {_kind(extras)}")
    check_plain(extras, "extras")


def check_state_type(state: Any) -> None:
    """A state is null or an object (restore checks its fields)."""
    if state is not None and not isinstance(state, dict):
        raise ValueError(f"state: must be an object or null, got {_kind(state)}")


def check_plain(value: Any, where: str) -> None:
    """ValueError unless value is JSON data that round-trips exactly (dict keys str, finite).

    One pass in time linear in the data and memory linear in its depth: the path of a bad item
    is built only for the message, from the keys of the containers being walked.
    """
    keys: list[Any] = []  # the key of each open container inside its parent
    walks = [iter(((None, value),))]
    while walks:
        for key, item in walks[-1]:
            if type(item) in _SCALARS:
                continue
            if isinstance(item, float):
                if not math.isfinite(item):
                    raise ValueError(f"{_path(where, keys, key)}: {item} is not allowed "
                                     "(JSON numbers are finite)")
            elif isinstance(item, (dict, list)):
                if not item:
                    continue
                if isinstance(item, dict):
                    bad = next((k for k in item if not isinstance(k, str)), _NONE)
                    if bad is not _NONE:
                        raise ValueError(f"{_path(where, keys, key)}: keys must be strings, "
                                         f"got {_short(bad)}")
                keys.append(key)
                walks.append(iter(item.items() if isinstance(item, dict) else enumerate(item)))
                break
            elif not _is_scalar(item):
                raise ValueError(f"{_path(where, keys, key)}: {type(item).__name__} is not "
                                 "plain JSON data (use objects, lists, strings, numbers, "
                                 "true/false, null)")
        else:
            walks.pop()
            if keys:
                keys.pop()


_SCALARS = frozenset((str, int, bool, type(None)))
_NONE = object()


def _path(where: str, keys: list[Any], last: Any) -> str:
    """The dotted path of an item: where, then each container's key, then the item's own."""
    path = where
    for key in [*keys[1:], last] if keys else []:
        path += f"[{key}]" if isinstance(key, int) else f".{key}"
    return path


def config_from(data: Any) -> TrainConfig:
    """A TrainConfig from the file's config object (missing fields take their defaults)."""
    if not isinstance(data, dict):
        raise ValueError(f"must be an object of config fields, got {_kind(data)}")
    for name, value in data.items():
        if name in LIST_FIELDS:
            if not isinstance(value, list) or not all(_is_scalar(v) for v in value):
                raise ValueError(f"{name}: must be a list of values, got {_short(value)}")
        elif not _is_scalar(value):
            raise ValueError(f"{name}: must be a single value, got {_kind(value)}")
    return TrainConfig.from_dict(data)


def dataset_from(data: Any) -> Dataset:
    """A Dataset from the file's dataset object, with arrays checked for type before shape."""
    if not isinstance(data, dict):
        raise ValueError(f"must be an object, got {_kind(data)}")
    _check_keys(data, DATASET_KEYS, DATASET_KEYS[:-1])
    task = data["task"]
    if not isinstance(task, str):
        raise ValueError(f"task: must be a string, got {_kind(task)}")
    points = _array(data["points"], "points", "iuf", "numbers")
    labels = _array(data["labels"], "labels", "iuf", "numbers")
    is_train = _array(data["is_train"], "is_train", "b", "true/false values")
    if points.shape == (0,):  # an empty list has no (n, 2) shape to check
        points = points.reshape(0, 2)
    lengths = {"points": len(points), "labels": len(labels), "is_train": len(is_train)}
    if len(set(lengths.values())) != 1:
        raise ValueError("points, labels and is_train must have the same length, got "
                         + ", ".join(f"{n} {name}" for name, n in lengths.items()))
    return Dataset(points, labels, task, data["n_classes"], is_train,
                   _generator(data.get("generator")))


def _check_header(document: Any) -> None:
    """Object, format, version and known keys, before any field is read."""
    if not isinstance(document, dict):
        raise ValueError(f"it must hold a JSON object, got {_kind(document)}")
    if "format" not in document:
        raise ValueError(f'no "format" field: not a playground experiment file '
                         f'(expected "format": "{FORMAT}")')
    if document["format"] != FORMAT:
        raise ValueError(f"format is {_short(document['format'])}, expected {FORMAT!r}")
    if "version" not in document:
        raise ValueError(f'no "version" field (this playground reads version {VERSION})')
    version = document["version"]
    if not _is_int(version) or version < 1:
        raise ValueError(f"version must be a whole number (this playground reads version "
                         f"{VERSION}), got {_short(version)}")
    if version > VERSION:
        raise ValueError(f"version {version} comes from a newer playground; "
                         f"this one reads version {VERSION}")
    _check_keys(document, KEYS, REQUIRED)


def _check_keys(data: dict, known: tuple[str, ...], required: tuple[str, ...]) -> None:
    unknown = [key for key in data if key not in known]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(map(repr, unknown))}; "
                         f"known: {', '.join(known)}")
    missing = [key for key in required if key not in data]
    if missing:
        raise ValueError(f"missing field(s) {', '.join(map(repr, missing))}")


def _section(name: str, build, data: Any) -> Any:
    """build(data), with any problem's message prefixed by the section's name."""
    try:
        return build(data)
    except (ValueError, TypeError, KeyError, OverflowError) as err:
        raise ValueError(f"{name}: {err}") from None


def _array(values: Any, name: str, kinds: str, what: str) -> np.ndarray:
    """values as an array whose dtype kind is one of kinds ("iuf" numbers, "b" booleans)."""
    if not isinstance(values, list):
        raise ValueError(f"{name}: must be a list, got {_kind(values)}")
    try:
        array = np.asarray(values)
    except (ValueError, TypeError, OverflowError):
        raise ValueError(f"{name}: must be a list of equally long rows of {what}") from None
    if not array.size:  # an empty list says nothing about its type
        return array.astype(bool if kinds == "b" else float)
    if array.dtype.kind not in kinds:
        raise ValueError(f"{name}: must hold only {what}")
    return array


def _generator(spec: Any) -> datasets.GeneratorSpec | None:
    """The generator record (name, seed, noise, n_points, classes), or None for drawn data."""
    if spec is None:
        return None
    if not isinstance(spec, dict):
        raise ValueError(f"generator: must be an object or null, got {_kind(spec)}")
    _check_keys(spec, GENERATOR_KEYS, GENERATOR_KEYS)
    if spec["name"] not in datasets.names():
        raise ValueError(f"generator.name: unknown generator {_short(spec['name'])}")
    for key, top in (("seed", MAX_SEED), ("n_points", MAX_POINTS)):
        if not _is_int(spec[key]) or not 0 <= spec[key] <= top:
            raise ValueError(f"generator.{key}: must be a whole number from 0 to {top:,}")
    if not _is_number(spec["noise"]) or not 0 <= spec["noise"] <= MAX_NOISE:
        raise ValueError(f"generator.noise: must be a number from 0 to {MAX_NOISE}")
    if spec["classes"] is not None and not (_is_int(spec["classes"])
                                            and 0 <= spec["classes"] <= MAX_CLASSES):
        raise ValueError(f"generator.classes: must be a whole number up to {MAX_CLASSES} or null")
    return datasets.GeneratorSpec(**spec)


def _check_state(state: dict, task: str) -> None:
    """The state fields whose bad types restore would not name (it checks the rest)."""
    if not isinstance(state.get("diverged", False), bool):
        raise ValueError("state: diverged: must be true or false")
    if not isinstance(state.get("reason", ""), str):
        raise ValueError("state: reason: must be a string")
    for name in ("shuffle_rng", "dropout_rng"):
        if name in state:
            _check_rng(state[name], name)
    if "history" in state:
        _check_history(state["history"], task)


def _check_rng(value: Any, name: str) -> None:
    """value must be a NumPy bit generator state (as capture wrote it) that a generator takes."""
    probe = np.random.default_rng()
    try:
        probe.bit_generator.state = value
    except (TypeError, ValueError, KeyError, OverflowError) as err:
        raise ValueError(f"state: {name}: not a random generator state ({err})") from None


def _check_history(history: Any, task: str) -> None:
    """The history has every column of the config's task (restore checks the values)."""
    if not isinstance(history, dict):
        raise ValueError(f"state: history: must be an object, got {_kind(history)}")
    columns = REGRESSION_COLUMNS if task == "regression" else CLASSIFICATION_COLUMNS
    for name in (*columns, "grad_norms"):
        if not isinstance(history.get(name), list):
            raise ValueError(f"state: history.{name}: must be a list")
    if not all(isinstance(row, list) for row in history["grad_norms"]):
        raise ValueError("state: history.grad_norms: must be a list of lists")


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, bool, int, float))


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def _kind(value: Any) -> str:
    """A JSON name for value's type, for messages."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
