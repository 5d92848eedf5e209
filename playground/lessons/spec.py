"""What a lesson file says, checked: a title, video settings and steps of actions (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playground.engine import Dataset, TrainConfig, datasets

PANELS = ("data", "network", "training", "canvas", "diagram", "plots", "run bar", "tiles")
CONCEPTS = ("activations", "losses", "descent", "optimizers")
PLOTS = ("loss", "gradient", "landscape", "weights", "metrics")  # the plot tabs, in order
MAX_RUNS = 4  # the main run and three forks
MAX_TRAIN_EPOCHS = 100_000  # in one step
MAX_TOTAL_EPOCHS = 1_000_000  # in the whole lesson
MIN_SPEED, MAX_SPEED = 0.1, 100_000.0  # epochs per second ("max" also)
MAX_PAUSE_SECONDS = 600.0
MAX_WAIT_SECONDS = 60.0  # how long a video holds each wait
MAX_LESSON_SECONDS = 3600.0  # training at its speed, pauses and video waits, all steps
MAX_LESSON_POINTS = 10_000  # in one step's data, generated or read
MAX_DATA_FILES = 20  # different data files in one lesson
MAX_DATA_FILE_BYTES = 1_000_000
MAX_RACE_STEPS = 1000
MIN_RACE_LR, MAX_RACE_LR = 1e-5, 10.0  # what the race's learning-rate boxes can show
# The languages a lesson's texts can be written in. English is the base every lesson has
# (title, caption); another language sits beside it under a suffixed key (title_zh_CN,
# caption_zh_CN) and, once a lesson uses it, must be there for the title and every caption.
BASE_LANGUAGE = "en"
LANGUAGES = (BASE_LANGUAGE, "zh_CN")


@dataclass(frozen=True)
class LessonData:
    """A step's data: a data file's points, read when the lesson is checked, or a generator's
    arguments, sampled only when the step runs (checking a lesson samples nothing)."""

    task: str
    generator: dict[str, Any] | None = None  # datasets.generate's arguments
    points: Dataset | None = None  # a data file's, read and checked

    def load(self) -> Dataset:
        """A fresh dataset for the step (the caller may change it)."""
        if self.points is not None:
            return self.points.copy()
        return datasets.generate(**self.generator)


@dataclass(frozen=True)
class Fork:
    """Copy the main run into a run called `name`, with `changes` to its config."""

    name: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class Race:
    """Race these optimizers (name -> learning rate) down `surface` from `start` for `steps`
    steps, on the Concepts page's Optimizers tab."""

    surface: str
    rates: dict[str, float]
    start: tuple[float, float]
    steps: int


@dataclass(frozen=True)
class Step:
    """One step, carried out in this order: data, config, reset, forks, caption, views (race,
    concept, plot), train, pause, wait. None means "leave as it is"."""

    number: int  # 1-based, as messages name it
    dataset: LessonData | None = None  # a fresh run on this data (and the config so far)
    config: dict[str, Any] = field(default_factory=dict)  # changes to the main run's config
    config_after: TrainConfig = field(default_factory=TrainConfig)  # the main run's config
    reset: bool = False
    close_forks: bool = False
    fork: Fork | None = None
    caption: str | None = None  # English; "" hides the caption
    captions: dict[str, str] = field(default_factory=dict)  # the caption in other languages
    highlight: str | None = None  # a PANELS name, "" removes the highlight
    concept: str | None = None  # a CONCEPTS name opens the Concepts page there
    plot: str | None = None  # a PLOTS name shows that plot (and the Playground page)
    race: Race | None = None  # an optimizer race, shown on the Concepts page
    train: int = 0  # epochs (the most, with until_loss)
    until_loss: float | None = None  # stop once the training loss is at or below this
    speed: float | None = None  # epochs per second while training (inf: all it can); None:
    # the lesson's speed
    pause: float = 0.0  # seconds to hold after training
    wait: bool = False  # hold until Next (in a video: the lesson's wait_seconds)

    def caption_in(self, language: str) -> str | None:
        """The caption in `language`, English where the lesson has none in it."""
        if self.caption is None:
            return None
        return self.captions.get(language, self.caption)


@dataclass(frozen=True)
class Lesson:
    """A lesson file, checked end to end before any of it runs."""

    path: Path
    title: str
    description: str
    steps: tuple[Step, ...]
    speed: float = 300.0  # epochs per second of training by default; inf: as fast as it can
    fps: int = 30
    size: tuple[int, int] = (1280, 800)
    wait_seconds: float = 2.0
    titles: dict[str, str] = field(default_factory=dict)  # the title in other languages
    descriptions: dict[str, str] = field(default_factory=dict)
    languages: tuple[str, ...] = (BASE_LANGUAGE,)  # what its texts are written in, in full
    language: str = BASE_LANGUAGE  # the one it was asked for (load_lesson's language)

    def shown_language(self, wanted: str) -> str:
        """The language the lesson is shown in for a window in `wanted`: that one when the
        lesson has it, else English."""
        return wanted if wanted in self.languages else BASE_LANGUAGE

    def title_in(self, language: str | None = None) -> str:
        """The title in `language` (None: the lesson's own), English where it has none."""
        return self.titles.get(language or self.language, self.title)

    def sections(self) -> list[int]:
        """Indices of the steps the lesson stops after in the window (waits, and the last)."""
        stops = [i for i, step in enumerate(self.steps) if step.wait]
        if not stops or stops[-1] != len(self.steps) - 1:
            stops.append(len(self.steps) - 1)
        return stops
