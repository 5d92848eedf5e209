"""Read a lesson's TOML file and check every step before anything runs (no Qt).

Every mistake raises LessonError naming the file, the step number and the reason, so a teacher
finds it before class instead of half-way through a lesson.
"""

from __future__ import annotations

import dataclasses
import math
import numbers
import sys
import tomllib
from pathlib import Path
from typing import Any

from playground.engine import TrainConfig, files, optimizers, surfaces
from playground.lessons.data_steps import DataSteps
from playground.lessons.spec import (
    BASE_LANGUAGE,
    CONCEPTS,
    LANGUAGES,
    MAX_LESSON_SECONDS,
    MAX_PAUSE_SECONDS,
    MAX_RACE_LR,
    MAX_RACE_STEPS,
    MAX_RUNS,
    MAX_SPEED,
    MAX_TOTAL_EPOCHS,
    MAX_TRAIN_EPOCHS,
    MAX_WAIT_SECONDS,
    MIN_RACE_LR,
    MIN_SPEED,
    PANELS,
    PLOTS,
    Fork,
    Lesson,
    Race,
    Step,
)

MAX_FILE_BYTES = files.MB
MAX_STEPS = 500
MAX_CAPTION = 300
OTHER_LANGUAGES = tuple(language for language in LANGUAGES if language != BASE_LANGUAGE)
TEXT_KEYS = ("title", "description", "caption")  # the keys that take a language suffix
LESSON_KEYS = ("title", *(f"title_{lang}" for lang in OTHER_LANGUAGES), "description",
               *(f"description_{lang}" for lang in OTHER_LANGUAGES), "speed", "render", "steps")
RENDER_KEYS = ("fps", "size", "wait_seconds")
STEP_KEYS = ("caption", *(f"caption_{lang}" for lang in OTHER_LANGUAGES), "dataset", "config",
             "reset", "close_forks", "fork", "highlight", "concept", "plot", "race", "train",
             "until_loss", "speed", "pause", "wait")
RACE_KEYS = ("surface", "optimizers", "start", "steps")
CONFIG_FIELDS = tuple(f.name for f in dataclasses.fields(TrainConfig) if f.name != "task")


class LessonError(ValueError):
    """A lesson that cannot run: `path`, `step` (1-based, 0 for the file as a whole), `reason`."""

    def __init__(self, path: Path, step: int, reason: str):
        where = f"{path}: step {step}" if step else str(path)
        super().__init__(f"{where}: {reason}")
        self.path, self.step, self.reason = path, step, reason


def load_lesson(path: str | Path, language: str = BASE_LANGUAGE) -> Lesson:
    """The checked lesson in the TOML file at `path`, to be shown in `language` (one of
    LANGUAGES); raises LessonError on any mistake, and when the lesson has no text in
    `language` (English, the base, it always has).

    Every language the file uses is checked whatever `language` is: a lesson that gives a
    Chinese title must give every caption in Chinese too, so a half-translated lesson is refused
    with the step that lacks it, before class, not half-way through it."""
    path = Path(path)
    if language not in LANGUAGES:
        raise LessonError(path, 0, f"unknown language {language!r}; known: "
                                   f"{', '.join(LANGUAGES)}")
    document = _read(path)
    _no_unknown(path, 0, "lesson", document, LESSON_KEYS)
    title = document.get("title")
    if not isinstance(title, str) or not title.strip():
        raise LessonError(path, 0, "title is missing: give the lesson a title = \"...\" line")
    description = document.get("description", "")
    if not isinstance(description, str):
        raise LessonError(path, 0, "description must be text")
    speed = _speed(path, 0, document.get("speed", 300.0))
    fps, size, wait_seconds = _render(path, document.get("render", {}))
    raw_steps = document.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise LessonError(path, 0, "no steps: add at least one [[steps]] table")
    if len(raw_steps) > MAX_STEPS:
        raise LessonError(path, 0, f"{len(raw_steps)} steps; at most {MAX_STEPS}")
    languages = _languages(document, raw_steps)
    titles, descriptions = _translated_titles(path, document, languages)
    if language not in (BASE_LANGUAGE, *languages):
        raise LessonError(path, 0, f"the lesson has no {language} text: add title_{language} "
                                   f"= \"...\" and caption_{language} = \"...\" beside every "
                                   "caption")
    checker = _StepChecker(path, speed, wait_seconds, languages)
    steps = tuple(checker.check(number, raw) for number, raw in enumerate(raw_steps, start=1))
    return Lesson(path, title.strip(), description.strip(), steps, speed, fps, size,
                  wait_seconds, titles, descriptions, (BASE_LANGUAGE, *languages), language)


def _languages(document: dict[str, Any], raw_steps: list) -> tuple[str, ...]:
    """The languages besides English that the file gives any text in (title_zh_CN, ...)."""
    tables = [document, *(raw for raw in raw_steps if isinstance(raw, dict))]
    return tuple(language for language in OTHER_LANGUAGES
                 if any(f"{key}_{language}" in table for table in tables for key in TEXT_KEYS))


def _translated_titles(path: Path, document: dict[str, Any], languages: tuple[str, ...]
                       ) -> tuple[dict[str, str], dict[str, str]]:
    """The title (required) and description (optional) in each language the file uses."""
    titles, descriptions = {}, {}
    for language in languages:
        title = document.get(f"title_{language}")
        if not isinstance(title, str) or not title.strip():
            raise LessonError(path, 0, f"title_{language} is missing: the lesson has "
                                       f"{language} text, so it needs a title_{language} = "
                                       "\"...\" line too")
        titles[language] = title.strip()
        description = document.get(f"description_{language}", "")
        if not isinstance(description, str):
            raise LessonError(path, 0, f"description_{language} must be text")
        if description.strip():
            descriptions[language] = description.strip()
    return titles, descriptions


def _read(path: Path) -> dict[str, Any]:
    try:
        text = files.read_text(path, MAX_FILE_BYTES)
    except files.FileRefused as err:
        raise LessonError(path, 0, err.reason) from None
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise LessonError(path, 0, "not valid TOML: it is nested too deeply") from None
    except ValueError as err:  # TOMLDecodeError, or an integer too long to convert
        reason = (f"a number has more than {sys.get_int_max_str_digits()} digits"
                  if "integer string conversion" in str(err) else str(err))
        raise LessonError(path, 0, f"not valid TOML: {reason}") from None


def _render(path: Path, render: Any) -> tuple[int, tuple[int, int], float]:
    if not isinstance(render, dict):
        raise LessonError(path, 0, "render must be a table: [render] fps = 30 ...")
    _no_unknown(path, 0, "render", render, RENDER_KEYS)
    fps = render.get("fps", 30)
    if not _is_int(fps) or not 1 <= fps <= 60:
        raise LessonError(path, 0, f"render.fps must be a whole number from 1 to 60, got {fps!r}")
    size = render.get("size", [1280, 800])
    if (not isinstance(size, list) or len(size) != 2 or not all(map(_is_int, size))
            or not (320 <= size[0] <= 3840 and 240 <= size[1] <= 2160)):
        raise LessonError(path, 0, "render.size must be [width, height] in pixels, from "
                                   f"[320, 240] to [3840, 2160], got {size!r}")
    wait = render.get("wait_seconds", 2.0)
    if not _is_number(wait) or not 0 <= wait <= MAX_WAIT_SECONDS:
        raise LessonError(path, 0, f"render.wait_seconds must be 0-{MAX_WAIT_SECONDS:.0f} "
                                   f"seconds, got {wait!r}")
    return fps, (size[0], size[1]), float(wait)


class _StepChecker:
    """Checks steps in order, following the config and the forks as the lesson goes."""

    def __init__(self, path: Path, speed: float, wait_seconds: float,
                 languages: tuple[str, ...] = ()):
        self.path, self.speed, self.wait_seconds = path, speed, wait_seconds
        self.languages = languages  # besides English: each caption needs a text in them
        self.config = TrainConfig()
        self.forks: list[str] = []
        self.has_data = False
        self.data = DataSteps(path, self.fail)
        self.epochs = 0  # trained so far, all steps
        self.seconds = 0.0  # the lesson's length so far: training at its speed, pauses, waits

    def fail(self, number: int, reason: str):
        raise LessonError(self.path, number, reason)

    def check(self, number: int, raw: Any) -> Step:
        if not isinstance(raw, dict):
            self.fail(number, "a step must be a table of actions ([[steps]])")
        _no_unknown(self.path, number, "step", raw, STEP_KEYS)
        if not raw:
            self.fail(number, f"nothing to do; a step holds some of: {', '.join(STEP_KEYS)}")
        values: dict[str, Any] = {"number": number}
        if "dataset" in raw:
            values["dataset"] = self.data.check(number, raw["dataset"])
            task = values["dataset"].task
            if task != self.config.task:
                self.config = self.config.replace(task=task)
            self.has_data, self.forks = True, []
        elif not self.has_data:
            self.fail(number, "the lesson must set the data first: dataset = { generator = "
                              "\"xor\", seed = 1 } or dataset = { file = \"points.csv\" }")
        if "config" in raw:
            values["config"] = self._changes(number, "config", raw["config"])
            self.config = self._apply(number, "config", self.config, values["config"])
        values["config_after"] = self.config
        for key in ("reset", "close_forks", "wait"):
            if key in raw:
                values[key] = self._flag(number, key, raw[key])
        if values.get("close_forks"):
            self.forks = []
        if "fork" in raw:
            values["fork"] = self._fork(number, raw["fork"])
        for key, choices in (("highlight", PANELS + ("",)), ("concept", CONCEPTS),
                             ("plot", PLOTS)):
            if key in raw:
                values[key] = self._choice(number, key, raw[key], choices)
        if "race" in raw:
            values["race"] = self._race(number, raw["race"])
        if "caption" in raw:
            values["caption"] = self._caption(number, "caption", raw["caption"])
        values["captions"] = self._translated_captions(number, raw, values.get("caption"))
        values.update(self._training(number, raw))
        self._add_length(number, values)
        return Step(**values)

    def _caption(self, number: int, key: str, caption: Any) -> str:
        if not isinstance(caption, str) or len(caption) > MAX_CAPTION:
            self.fail(number, f"{key} must be text of at most {MAX_CAPTION} characters "
                              "(\"\" hides it)")
        return caption

    def _translated_captions(self, number: int, raw: dict[str, Any],
                             caption: str | None) -> dict[str, str]:
        """The step's caption in each language the lesson uses: one beside every English
        caption (an empty caption, which hides the bar, needs none)."""
        captions = {}
        for language in self.languages:
            key = f"caption_{language}"
            if key not in raw:
                if caption:
                    self.fail(number, f"{key} is missing: the lesson has {language} text "
                                      f"(title_{language}), so every caption needs a {key}")
                continue
            if caption is None:
                self.fail(number, f"{key} without caption: English is the base, give "
                                  "caption = \"...\" too")
            translated = self._caption(number, key, raw[key])
            if bool(translated) != bool(caption):
                self.fail(number, f"{key} and caption must both be text or both \"\" (hidden)")
            captions[language] = translated
        return captions

    def _add_length(self, number: int, values: dict[str, Any]) -> None:
        """Refuse the step that takes the lesson past its total epochs or length."""
        epochs = values.get("train", 0)
        self.epochs += epochs
        if self.epochs > MAX_TOTAL_EPOCHS:
            self.fail(number, f"the lesson trains {self.epochs:,} epochs up to here; at most "
                              f"{MAX_TOTAL_EPOCHS:,} in all")
        speed = values.get("speed") or self.speed
        self.seconds += 0.0 if math.isinf(speed) else epochs / speed
        self.seconds += values.get("pause", 0.0)
        self.seconds += self.wait_seconds if values.get("wait") else 0.0
        if self.seconds > MAX_LESSON_SECONDS:
            self.fail(number, f"the lesson lasts {self.seconds / 60:,.0f} minutes up to here "
                              f"(training at its speed, pauses and waits); at most "
                              f"{MAX_LESSON_SECONDS / 60:.0f}")

    def _changes(self, number: int, key: str, raw: Any) -> dict[str, Any]:
        if not isinstance(raw, dict):
            self.fail(number, f"{key} must be a table: {{ lr = 0.1, optimizer = \"adam\" }}")
        unknown = sorted(set(raw) - set(CONFIG_FIELDS))
        if "task" in unknown:
            self.fail(number, f"{key}: task follows the dataset; set the dataset instead")
        if unknown:
            self.fail(number, f"{key}: unknown field(s) {', '.join(unknown)}; known: "
                              f"{', '.join(CONFIG_FIELDS)}")
        return {name: tuple(v) if isinstance(v, list) else v for name, v in raw.items()}

    def _apply(self, number: int, key: str, config: TrainConfig,
               changes: dict[str, Any]) -> TrainConfig:
        try:
            return config.replace(**changes)
        except (ValueError, TypeError) as err:
            self.fail(number, f"{key}: {err}")

    def _fork(self, number: int, raw: Any) -> Fork:
        if not isinstance(raw, dict):
            self.fail(number, "fork must be a table: { name = \"Adam\", config = { optimizer = "
                              "\"adam\" } }")
        _no_unknown(self.path, number, "fork", raw, ("name", "config"))
        if len(self.forks) + 1 >= MAX_RUNS:
            self.fail(number, f"a fork beyond {MAX_RUNS} runs; close_forks = true first")
        default = next(letter for letter in "BCDE" if letter not in self.forks)
        name = raw.get("name", default)
        if not isinstance(name, str) or not 1 <= len(name.strip()) <= 20:
            self.fail(number, "fork.name must be a short name (1-20 characters)")
        name = name.strip()
        if name in self.forks or name == "A":
            self.fail(number, f"a run called {name!r} already exists")
        changes = self._changes(number, "fork.config", raw.get("config", {}))
        self._apply(number, "fork.config", self.config, changes)
        self.forks.append(name)
        return Fork(name, changes)

    def _race(self, number: int, raw: Any) -> Race:
        example = ("race = { surface = \"ravine\", optimizers = { sgd = 0.95, adam = 0.3 }, "
                   "steps = 30 }")
        if not isinstance(raw, dict):
            self.fail(number, f"race must be a table: {example}")
        _no_unknown(self.path, number, "race", raw, RACE_KEYS)
        name = raw.get("surface", "ravine")
        if not isinstance(name, str) or name not in surfaces.names():
            self.fail(number, f"race.surface {name!r} is not one of "
                              f"{', '.join(surfaces.names())}")
        surface = surfaces.get(name)
        rates = raw.get("optimizers")
        if not isinstance(rates, dict) or not rates:
            self.fail(number, f"race.optimizers must name optimizers and learning rates: {example}")
        for optimizer, lr in rates.items():
            if optimizer not in optimizers.names():
                self.fail(number, f"race.optimizers: unknown optimizer {optimizer!r}; known: "
                                  f"{', '.join(optimizers.names())}")
            if not _is_number(lr) or not MIN_RACE_LR <= lr <= MAX_RACE_LR:
                self.fail(number, f"race.optimizers.{optimizer}: the learning rate must be a "
                                  f"number from {MIN_RACE_LR:g} to {MAX_RACE_LR:g}, got {lr!r}")
        start = raw.get("start", list(surface.start))
        x0, x1, y0, y1 = surface.window
        if not (isinstance(start, list) and len(start) == 2 and all(map(_is_number, start))
                and x0 <= start[0] <= x1 and y0 <= start[1] <= y1):
            self.fail(number, f"race.start must be [x, y] inside the {surface.name} window "
                              f"x {x0:g}..{x1:g}, y {y0:g}..{y1:g}, got {start!r}")
        steps = raw.get("steps", 0)
        if not _is_int(steps) or not 0 <= steps <= MAX_RACE_STEPS:
            self.fail(number, f"race.steps must be a whole number from 0 to {MAX_RACE_STEPS}, "
                              f"got {steps!r}")
        return Race(surface.name, {opt: float(lr) for opt, lr in rates.items()},
                    (float(start[0]), float(start[1])), steps)

    def _training(self, number: int, raw: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if "train" in raw:
            epochs = raw["train"]
            if not _is_int(epochs) or not 1 <= epochs <= MAX_TRAIN_EPOCHS:
                self.fail(number, f"train must be a number of epochs from 1 to "
                                  f"{MAX_TRAIN_EPOCHS:,}, got {epochs!r}")
            values["train"] = epochs
        if "until_loss" in raw:
            loss = raw["until_loss"]
            if not _is_number(loss) or not (0 < loss < math.inf):
                self.fail(number, f"until_loss must be a positive number, got {loss!r}")
            if "train" not in raw:
                self.fail(number, "until_loss needs train = N as the most epochs to try")
            values["until_loss"] = float(loss)
        if "speed" in raw:
            if "train" not in raw:
                self.fail(number, "speed applies to training: add train = N")
            values["speed"] = _speed(self.path, number, raw["speed"])
        if "pause" in raw:
            pause = raw["pause"]
            if not _is_number(pause) or not 0 <= pause <= MAX_PAUSE_SECONDS:
                self.fail(number, f"pause must be 0-{MAX_PAUSE_SECONDS:.0f} seconds, got "
                                  f"{pause!r}")
            values["pause"] = float(pause)
        return values

    def _flag(self, number: int, key: str, value: Any) -> bool:
        if not isinstance(value, bool):
            self.fail(number, f"{key} must be true or false, got {value!r}")
        return value

    def _choice(self, number: int, key: str, value: Any, choices: tuple[str, ...]) -> str:
        if value not in choices:
            shown = ", ".join(repr(c) for c in choices)
            self.fail(number, f"{key} {value!r} is not one of {shown}")
        return value


def _speed(path: Path, number: int, value: Any) -> float:
    if value == "max":
        return math.inf
    if not _is_number(value) or not MIN_SPEED <= value <= MAX_SPEED:
        raise LessonError(path, number, f"speed must be {MIN_SPEED:g} to {MAX_SPEED:,.0f} epochs "
                                        f"per second or \"max\", got {value!r}")
    return float(value)


def _no_unknown(path: Path, number: int, what: str, table: dict, known: tuple[str, ...]) -> None:
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise LessonError(path, number, f"unknown {what} key(s) {', '.join(unknown)}; known: "
                                        f"{', '.join(known)}")


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, numbers.Real) and not isinstance(value, bool)
            and math.isfinite(value))
