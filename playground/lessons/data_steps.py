"""A lesson step's data, checked before the lesson runs (no Qt): a generator's arguments, checked
without making any points, or a CSV file in the lesson's folder, read once however often used."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from playground.engine import Dataset, datasets
from playground.lessons.spec import (
    MAX_DATA_FILE_BYTES,
    MAX_DATA_FILES,
    MAX_LESSON_POINTS,
    LessonData,
)

GENERATED_KEYS = ("generator", "points", "noise", "seed", "classes", "train_fraction")
FILE_KEYS = ("file", "task", "classes", "train_fraction", "seed")


class DataSteps:
    """Checks the dataset of each step of one lesson; `fail(step, reason)` raises."""

    def __init__(self, path: Path, fail: Callable[[int, str], NoReturn]):
        self.path, self.fail = path, fail
        self.files: dict[tuple, Dataset] = {}  # each data file read once, however often used

    def check(self, number: int, raw: Any) -> LessonData:
        """The step's data as the lesson will load it; fail() names what is wrong."""
        if not isinstance(raw, dict):
            self.fail(number, "dataset must be a table: { generator = \"spiral\", seed = 1 } "
                              "or { file = \"points.csv\" }")
        if "file" in raw:
            self._no_unknown(number, raw, FILE_KEYS)
            points = self._file(number, raw)
            return LessonData(points.task, points=points)
        self._no_unknown(number, raw, GENERATED_KEYS)
        if "generator" not in raw:
            self.fail(number, "dataset needs generator = \"...\" (one of "
                              f"{', '.join(datasets.names())}) or file = \"...\"")
        settings = {"generator": raw["generator"], "n_points": raw.get("points"),
                    "noise": raw.get("noise", 0.0), "seed": raw.get("seed", 0),
                    "classes": raw.get("classes", 2),
                    "train_fraction": raw.get("train_fraction", 0.5)}
        try:
            spec = datasets.info(settings["generator"])
            if settings["n_points"] is None:
                settings["n_points"] = spec.default_points
            if spec.task == "regression":
                settings["classes"] = 2
            datasets.check_arguments(settings["generator"], settings["n_points"],
                                     settings["noise"], settings["seed"], settings["classes"],
                                     settings["train_fraction"])
        except (ValueError, TypeError) as err:
            self.fail(number, f"dataset: {err}")
        if settings["n_points"] > MAX_LESSON_POINTS:
            self.fail(number, f"dataset: {settings['n_points']:,} points; a lesson's data has "
                              f"at most {MAX_LESSON_POINTS:,}")
        arguments = {("name" if key == "generator" else key): value
                     for key, value in settings.items()}
        return LessonData(spec.task, generator=arguments)

    def _file(self, number: int, raw: dict[str, Any]) -> Dataset:
        name = raw["file"]
        if not isinstance(name, str) or not name:
            self.fail(number, "dataset.file must be a file name next to the lesson")
        path = self.path.parent / name
        try:
            folder, resolved = self.path.resolve().parent, path.resolve()
        except (OSError, RuntimeError, ValueError) as err:  # a NUL in the name, a link loop
            self.fail(number, f"dataset file {name!r} cannot be looked up: {err}")
        if Path(name).is_absolute() or not resolved.is_relative_to(folder):
            self.fail(number, f"dataset file {name} is outside the lesson's folder {folder}: a "
                              "lesson may only read files in its own folder, so a lesson from "
                              "someone else cannot read your disk")
        if not path.exists():
            self.fail(number, f"dataset file {name} not found (looked for {path})")
        arguments = (raw.get("task", "classification"), raw.get("classes"),
                     raw.get("train_fraction", 0.5), raw.get("seed", 0))
        key = (str(path.resolve()), *map(repr, arguments))
        if key in self.files:
            return self.files[key]
        if len({known[0] for known in self.files} | {key[0]}) > MAX_DATA_FILES:
            self.fail(number, f"dataset file {name}: a lesson reads at most {MAX_DATA_FILES} "
                              "data files")
        size = path.stat().st_size
        if size > MAX_DATA_FILE_BYTES:
            self.fail(number, f"dataset file {name} is {size:,} bytes; a lesson's data file is "
                              f"at most {MAX_DATA_FILE_BYTES:,}")
        try:
            dataset = Dataset.from_csv(path, *arguments)
        except (ValueError, TypeError) as err:
            self.fail(number, f"dataset file: {err}")
        if dataset.n > MAX_LESSON_POINTS:
            self.fail(number, f"dataset file {name}: {dataset.n:,} points; a lesson's data has "
                              f"at most {MAX_LESSON_POINTS:,}")
        self.files[key] = dataset
        return dataset

    def _no_unknown(self, number: int, raw: dict, known: tuple[str, ...]) -> None:
        unknown = sorted(set(raw) - set(known))
        if unknown:
            self.fail(number, f"unknown dataset key(s) {', '.join(unknown)}; known: "
                              f"{', '.join(known)}")
