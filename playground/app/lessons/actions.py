"""The instant part of a lesson step, done to the window's parts: data, settings, forks,
caption, views.

Training, pauses and waits take time and are left to whoever plays the lesson: the window's
LessonPlayer (timers and keys) or the video renderer (frames). What a lesson may touch is
listed in a LessonStage, so a lesson cannot reach anything else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QTabWidget, QWidget

from playground.app.concepts.panel import ConceptsPanel
from playground.app.lessons.highlight import Highlight
from playground.app.runs.runs import Runs
from playground.app.session import MAIN, Session
from playground.app.views.caption import CaptionBar
from playground.app.window.experiments import Experiments
from playground.io import Experiment
from playground.lessons import BASE_LANGUAGE, CONCEPTS, PLOTS, Step
from playground.training import protocol as p


@dataclass(frozen=True)
class LessonStage:
    """The parts of the window a lesson acts on."""

    session: Session
    runs: Runs
    experiments: Experiments
    caption: CaptionBar
    pages: QTabWidget
    plots: QTabWidget
    concepts: ConceptsPanel
    highlight_host: QWidget  # the window's central widget, under the highlight frame
    targets: Mapping[str, QWidget]  # what a step's `highlight` names (lessons.PANELS)
    reset: Callable[[], None]  # the window's Reset: every run starts over
    forget_file: Callable[[], None]  # the lesson is not the opened file's experiment


def apply_step(stage: LessonStage, step: Step, highlight: Highlight,
               language: str = BASE_LANGUAGE) -> None:
    """Carry out `step`'s instant actions on the stage, in the documented order; its caption
    in `language` (English where the lesson has none in it)."""
    stage.session.select(MAIN)  # a lesson's settings are run A's, whichever run was shown
    if step.dataset is not None:
        stage.experiments.use(Experiment(step.config_after, step.dataset.load()))
    elif step.config:
        stage.session.edit(MAIN, dict(step.config))
    if step.reset:
        stage.reset()
    if step.close_forks:
        stage.runs.close_all()
    if step.fork is not None:
        stage.runs.fork(step.fork.name, dict(step.fork.changes))
    if step.caption is not None:
        stage.caption.set_text(step.caption_in(language))
        stage.caption.set_visible_caption(bool(step.caption))
    if step.highlight is not None:
        target = stage.targets[step.highlight] if step.highlight else None
        highlight.show_over(target)
        # The caption never covers what the step points at, and spares the runs' numbers.
        stage.caption.avoid(target, keep=(stage.targets["tiles"], stage.targets["run bar"]))
    if step.race is not None:
        race = step.race
        stage.concepts.race.run(race.surface, race.rates, race.start, race.steps)
        stage.pages.setCurrentIndex(1)
        stage.concepts.setCurrentWidget(stage.concepts.race)
    if step.concept is not None:
        stage.pages.setCurrentIndex(1)
        stage.concepts.setCurrentIndex(CONCEPTS.index(step.concept))
    if step.plot is not None:
        stage.pages.setCurrentIndex(0)
        stage.plots.setCurrentIndex(PLOTS.index(step.plot))


def start_lesson(stage: LessonStage, highlight: Highlight) -> None:
    """A clean slate before a lesson's first step: paused, no forks, caption and frame gone;
    the lesson is no longer the opened file's experiment (Ctrl+S asks for a new name)."""
    stage.session.set_playing(False)
    stage.forget_file()
    stage.runs.broadcast(p.CancelGoal())
    stage.runs.close_all()
    clear_lesson_marks(stage, highlight)
    stage.pages.setCurrentIndex(0)


def clear_lesson_marks(stage: LessonStage, highlight: Highlight) -> None:
    """Take the lesson's frame and caption off the window (at its start and when it closes)."""
    highlight.show_over(None)
    stage.caption.avoid(None)
    stage.caption.set_text("")
