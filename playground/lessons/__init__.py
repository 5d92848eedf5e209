"""Lessons: scripted steps (data, settings, training, captions) read from TOML files, no Qt."""

from playground.lessons.loader import LessonError, load_lesson
from playground.lessons.spec import (
    BASE_LANGUAGE,
    CONCEPTS,
    LANGUAGES,
    PANELS,
    PLOTS,
    Fork,
    Lesson,
    Step,
)

__all__ = ["BASE_LANGUAGE", "CONCEPTS", "LANGUAGES", "PANELS", "PLOTS", "Fork", "Lesson",
           "LessonError", "Step", "load_lesson"]
