"""The offscreen window a lesson is rendered in: its own settings, the lesson's language, and
type sized for the video (a 1920x1080 render is the window at 1920x1080 with type a projector's
audience can read, not a small window scaled up)."""

from __future__ import annotations

import contextlib
import math
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from playground.app.window.appearance import PRESENT_SCALE, Appearance
from playground.app.window.main_window import MainWindow
from playground.lessons import BASE_LANGUAGE

BASE_SIZE = (1280, 800)  # the default video: the window's own type, as on a laptop


class RenderError(RuntimeError):
    """The video could not be made; the message says why in one line."""


def type_scale(size: tuple[int, int]) -> float:
    """How much larger than the window's own type a video of `size` (w, h) draws its text: 1 up
    to 1280x800, then growing with the smaller of width/1280 and height/800 (1.35 at
    1920x1080), so a bigger video shows the same layout with type as large on screen."""
    return max(1.0, min(size[0] / BASE_SIZE[0], size[1] / BASE_SIZE[1]))


class _SizedAppearance(Appearance):
    """The window's Appearance with its type (and points) `text_scale` times larger, presenting
    or not. Appearance keeps its scale to itself (1, or presentation's 1.6); a render needs
    any scale, so the render window's Appearance is switched to this class."""

    text_scale = 1.0

    @property
    def scale(self) -> float:
        """The type's scale: presentation's (if on) times the video's."""
        return (PRESENT_SCALE if self.presenting else 1.0) * self.text_scale


def size_type(window: MainWindow, scale: float) -> None:
    """Draw `window`'s text, plot labels and points `scale` times larger than its own."""
    if scale == 1.0:
        return  # the window as it is: a 1280x800 render keeps today's look to the pixel
    appearance = window.appearance
    appearance.__class__ = _SizedAppearance
    appearance.text_scale = scale
    appearance.apply()


@contextlib.contextmanager
def render_window(size: tuple[int, int], language: str = BASE_LANGUAGE) -> Iterator[MainWindow]:
    """A shown MainWindow of `size` in `language` with settings of its own and type sized for
    it, closed (workers stopped) after."""
    previous_handler = qInstallMessageHandler(_without_plugin_noise)
    app = QApplication.instance() or QApplication(["playground-render"])
    app.setCursorFlashTime(0)  # a blinking text cursor would make frames differ
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "render.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, choose_file=lambda *args: "")
        refused = []
        window.language.refused.connect(refused.append)
        window.language_menu.choose(language, remember=False)  # not the system's: the lesson's
        app.processEvents()  # every widget says its texts in it (Qt posts LanguageChange)
        if window.language.language != language:  # no Chinese font: boxes, not captions
            window.close()
            window.language.set_choice(BASE_LANGUAGE)
            qInstallMessageHandler(previous_handler)
            raise RenderError(refused[0] if refused else f"the window cannot show {language}")
        window.statusBar().hide()  # its messages time out on the clock
        window.history.follow_frames(False)  # fed the synced frames only: see _draw_everything
        window.runs.landscape_every_frame = True  # a landscape with each synced frame
        window.runs.pacing = False  # the base rates: a render's pace must not be the machine's
        window.run_bar.speed.setCurrentIndex(0)  # goals train as fast as they can: frames,
        # not the clock, set a video's pace
        size_type(window, type_scale(size))
        least = window.minimumSizeHint()  # smaller videos are scaled down from a larger window
        scale = max(1.0, least.width() / size[0], least.height() / size[1])
        window.resize(math.ceil(size[0] * scale), math.ceil(size[1] * scale))
        window.show()
        try:
            yield window
        finally:
            window.close()
            window.language.set_choice(BASE_LANGUAGE)  # its translators leave the application
            app.processEvents()
            qInstallMessageHandler(previous_handler)


def _without_plugin_noise(kind, context, message: str) -> None:
    """Qt's messages on stderr, less the offscreen plugin's harmless one (it would clutter the
    progress bar once per window)."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)
