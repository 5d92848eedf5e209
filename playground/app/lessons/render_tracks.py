"""A rendered lesson's captions and chapters, timed by the frames they show in.

The renderer tells the tracks which caption each frame would show and at which frame each step
starts; a caption's cue runs from the first frame it shows to the frame it is replaced or hidden,
a step's chapter from its first frame to the next step's, all in frames / fps, so subtitles and
chapters match the video to the frame.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from playground.app.recording.mux import Cue

TITLE_CHARS = 60  # columns of a chapter's title at most, ellipsis included: a menu is narrow


def chapter_title(caption: str | None, number: int) -> str:
    """A step's chapter title: its caption's first line, shortened to TITLE_CHARS columns (a
    Chinese character takes two) with an ellipsis; "Step N" in the window's language for a step
    without a caption."""
    lines = (caption or "").strip().splitlines()
    line = lines[0].strip() if lines else ""
    if not line:
        return QCoreApplication.translate("LessonRender", "Step {number}").format(number=number)
    if _columns(line) <= TITLE_CHARS:
        return line
    cut = ""
    for char in line:
        if _columns(cut + char) > TITLE_CHARS - 1:
            break
        cut += char
    if " " in cut[len(cut) // 2:]:  # end at a word where one ends late enough
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,.;:，。；：、") + "…"


def _columns(text: str) -> int:
    """How wide `text` is in a player's menu: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


class Tracks:
    """Captions and chapters gathered frame by frame while a lesson renders."""

    def __init__(self, fps: int):
        self.fps = fps
        self._caption = ""  # the caption the last frame showed
        self._caption_from = 0  # the frame it first showed in
        self._cues: list[tuple[int, int, str]] = []  # (first frame, end frame, text)
        self._steps: list[tuple[int, str]] = []  # (first frame, title)

    def start_step(self, frame: int, title: str) -> None:
        """A step (titled `title`) starts with frame number `frame` (0-based)."""
        self._steps.append((frame, title))

    def frame(self, index: int, caption: str) -> None:
        """Frame `index` shows `caption` ("" none)."""
        if caption != self._caption:
            self._close(index)
            self._caption, self._caption_from = caption, index

    def cues(self, frames: int) -> list[Cue]:
        """The captions as subtitle cues, for a video of `frames` frames."""
        self._close(frames)
        self._caption_from = frames
        return [Cue(start / self.fps, end / self.fps, text) for start, end, text in self._cues]

    def chapters(self, frames: int) -> list[Cue]:
        """One chapter a step, from its first frame to the next step's (the last to the end)."""
        starts = [start for start, _ in self._steps] + [frames]
        return [Cue(start / self.fps, end / self.fps, title)
                for (start, title), end in zip(self._steps, starts[1:], strict=True)]

    def _close(self, end: int) -> None:
        if self._caption and end > self._caption_from:
            self._cues.append((self._caption_from, end, self._caption))
