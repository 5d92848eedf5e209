"""The instant part of a lesson step, done to the window: data, settings, forks, caption, views.

Training, pauses and waits take time and are left to whoever plays the lesson: the window's
LessonPlayer (timers and keys) or the video renderer (frames).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from playground.io import Experiment
from playground.lessons import CONCEPTS, PLOTS, Step


def panel(window, name: str) -> QWidget:
    """The part of the window a lesson's `highlight` names (see lessons.PANELS)."""
    return {"data": window.side_panels[0], "network": window.network_panel,
            "training": window.training_panel, "canvas": window.canvas,
            "diagram": window.inside.network_view, "plots": window.inside.plots,
            "run bar": window.run_bar}[name]


def forks(window) -> list:
    """The window's forked runs (none when it cannot fork)."""
    runs = getattr(window, "runs", None)
    return list(runs.forks()) if runs is not None else []


def runs_with_threads(window) -> list:
    """(worker, its QThread) of every run, the main run first."""
    return [(each.worker, each.thread)
            for each in [window.worker_thread, *(run.worker_thread for run in forks(window))]]


def workers(window) -> list:
    """The training workers of every run, the main run first."""
    return [worker for worker, _ in runs_with_threads(window)]


def close_forks(window) -> None:
    """Close every forked run."""
    if forks(window):
        window.runs.close_all()


def apply_step(window, step: Step, highlight) -> None:
    """Carry out `step`'s instant actions on `window`, in the documented order."""
    runs = getattr(window, "runs", None)
    if runs is not None and runs.selected != "A":
        runs.select("A")  # a lesson's settings are run A's, whichever run the panels showed
    if step.dataset is not None:
        close_forks(window)
        window.use_experiment(Experiment(step.config_after, step.dataset.copy()))
    elif step.config:
        window.apply_config(dict(step.config))
    if step.reset:
        window.reset()
    if step.close_forks:
        close_forks(window)
    if step.fork is not None:
        window.runs.fork(step.fork.name, dict(step.fork.changes))
    if step.caption is not None:
        caption = window.exports.caption
        caption.set_text(step.caption)
        caption.set_visible_caption(bool(step.caption))
    if step.highlight is not None:
        highlight.show_over(panel(window, step.highlight) if step.highlight else None)
    if step.concept is not None:
        window.pages.setCurrentIndex(1)
        window.inside.concepts.setCurrentIndex(CONCEPTS.index(step.concept))
    if step.plot is not None:
        window.pages.setCurrentIndex(0)
        window.inside.plots.setCurrentIndex(PLOTS.index(step.plot))


def start_lesson(window, highlight) -> None:
    """A clean slate before a lesson's first step: paused, no forks, caption and frame gone;
    the lesson is no longer the opened file's experiment (Ctrl+S asks for a new name)."""
    window.set_playing(False)
    window.files.path = None
    window.name_experiment("")
    for worker in workers(window):
        worker.send("cancel_goal")
    close_forks(window)
    highlight.show_over(None)
    window.exports.caption.set_text("")
    window.pages.setCurrentIndex(0)
