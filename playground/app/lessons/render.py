"""Render a lesson to MP4 or GIF offscreen: the real window, driven frame by frame.

Nothing depends on the clock: each video frame trains every run a fixed number of epochs with
the "goal" command, waits until every run has stopped there and its frame is drawn, draws the
slow views at once, and grabs the window. Two renders of a lesson give identical frames.
An MP4's captions and chapters are timed by those frames and added afterwards (mux.py), the
frames copied untouched.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication

from playground.app.gui_thread import assert_gui_thread
from playground.app.lessons import actions
from playground.app.lessons.highlight import Highlight
from playground.app.lessons.render_tracks import Tracks, chapter_title
from playground.app.lessons.render_window import RenderError, render_window
from playground.app.recording.encoders import ENCODERS
from playground.app.recording.files import EncoderError, reserve, sibling_temp, write_error
from playground.app.recording.frames import fit, to_rgb
from playground.app.recording.mux import mux, write_srt
from playground.app.runs.runs import Runs
from playground.app.window.main_window import MainWindow
from playground.engine import files
from playground.lessons import Lesson, Step
from playground.training import protocol as p

SYNC_SECONDS = 60.0  # the most one frame may wait for the training processes
Progress = Callable[[int, int, int], None]  # (frames so far, frames expected, step number)


@dataclass(frozen=True)
class Rendered:
    """What a render wrote: the file, its frames and seconds, and its .srt (None: none)."""

    path: Path
    frames: int
    seconds: float
    subtitles: Path | None = None


def step_frames(step: Step, lesson: Lesson, fps: int) -> int:
    """Frames `step` takes (its training may stop early at its loss and take fewer); at least
    one, so that every step has a chapter that shows it."""
    frames = sum(1 for _ in _chunks(step.train, step.speed or lesson.speed, fps))
    frames += round(step.pause * fps) + (round(lesson.wait_seconds * fps) if step.wait else 0)
    return max(frames, 1)


def expected_frames(lesson: Lesson, fps: int) -> int:
    """Frames the video will have (training that stops early at its loss makes fewer)."""
    return max(sum(step_frames(step, lesson, fps) for step in lesson.steps), 1)


def render_lesson(lesson: Lesson, out: Path, fps: int | None = None,
                  size: tuple[int, int] | None = None, progress: Progress | None = None,
                  on_frame: Callable[[np.ndarray], None] | None = None,
                  cancel: threading.Event | None = None,
                  burn_captions: bool = False) -> Rendered:
    """Play `lesson` in an offscreen window and write it to `out` (.mp4 or .gif); setting
    `cancel` stops it (RenderError "interrupted"), the partial file removed. The window and
    the captions are in the lesson's language (`load_lesson(path, language)`).

    An MP4 gets the captions as a subtitle track and as an .srt beside it, and a chapter for
    each step; its frames show the captions only with `burn_captions`. A GIF has no tracks:
    its frames always show them."""
    factory = ENCODERS.get(out.suffix.lower())
    if factory is None:
        raise RenderError(f"cannot write {out.name}: the video must end in "
                          f"{' or '.join(ENCODERS)}")
    fps = fps or lesson.fps
    size = size or lesson.size
    tracked = out.suffix.lower() == ".mp4"
    subtitles = out.with_suffix(".srt")
    temp = sibling_temp(out)
    finished, srt_temp = sibling_temp(out), files.temp_beside(subtitles)
    try:
        if tracked:
            files.check_replaceable(subtitles)
        reserve(temp, out)
    except files.FileRefused as err:
        raise RenderError(f"cannot write {err}") from None
    except OSError as err:
        raise RenderError(write_error(out, err)) from None
    encoder, written = None, None
    try:
        with render_window(size, lesson.language) as window:
            encoder = factory(temp, fps)
            driver = _Driver(window, lesson, fps, size, encoder, progress, on_frame,
                             cancel or threading.Event(), burn_captions or not tracked)
            frames = driver.play()
        encoder.close()
        encoder = None
        if tracked:
            cues = driver.tracks.cues(frames)
            mux(temp, finished, cues=cues, chapters=driver.tracks.chapters(frames),
                language=lesson.language)
            if cues:
                write_srt(cues, srt_temp)
            files.commit(finished, out)
            if cues:
                files.commit(srt_temp, subtitles)
                written = subtitles
        else:
            files.commit(temp, out)
    except EncoderError as err:
        raise RenderError(str(err)) from None
    except files.FileRefused as err:
        raise RenderError(f"cannot write {err}") from None
    except OSError as err:
        raise RenderError(write_error(out, err)) from None
    finally:
        if encoder is not None:
            with contextlib.suppress(Exception):
                encoder.abort()
        for path in (temp, finished, srt_temp):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
    return Rendered(out, frames, frames / fps, written)


class _Driver:
    """Plays the steps, one video frame at a time."""

    def __init__(self, window: MainWindow, lesson: Lesson, fps: int, size: tuple[int, int],
                 encoder, progress, on_frame, cancel: threading.Event, burn_captions: bool):
        self.window, self.lesson, self.fps, self.encoder = window, lesson, fps, encoder
        self.stage = window.lessons.player.stage
        self.tracks = Tracks(fps)
        if not burn_captions:  # the subtitle track says them: the bar keeps its text but no
            # room to draw it in (hiding it would not last: a grab's pending resize shows it)
            self.stage.caption.setMaximumSize(0, 0)
        self.progress, self.on_frame, self.cancel = progress, on_frame, cancel
        self.highlight = Highlight(self.stage.highlight_host)
        self.frames = 0
        self.expected = expected_frames(lesson, fps)
        self.shape = (size[1], size[0])
        self._sequence = 0
        self._epochs: dict[int, int] = {}  # each run's epoch at the last sync
        self.step_number = 0

    def play(self) -> int:
        self._sync()
        actions.start_lesson(self.stage, self.highlight)
        self.window.display.shown_rate = 0.0
        language = self.lesson.language
        for step in self.lesson.steps:
            self.step_number = step.number
            self.tracks.start_step(self.frames, chapter_title(step.caption_in(language),
                                                              step.number))
            started = self.frames
            actions.apply_step(self.stage, step, self.highlight, language)
            self._sync()
            if step.train:
                self._train(step)
            self._hold(round(step.pause * self.fps))
            if step.wait:
                self._hold(round(self.lesson.wait_seconds * self.fps))
            if self.frames == started:  # an instant step: one frame shows it, a chapter starts
                self._hold(1)
        return self.frames

    def _train(self, step) -> None:
        speed = step.speed or self.lesson.speed
        self.window.display.shown_rate = 0.0 if math.isinf(speed) else speed
        going = set(range(len(self.window.runs.all())))
        for epochs in _chunks(step.train, speed, self.fps):
            stopped = self._sync(epochs, step.until_loss, going)
            going -= stopped
            self._write(self._grab())
            if not going:
                break
        self.window.display.shown_rate = 0.0

    def _hold(self, frames: int) -> None:
        if frames <= 0:
            return
        image = self._grab()
        for _ in range(frames):
            self._write(image)

    def _sync(self, epochs: int = 0, until_loss: float | None = None,
              going: set[int] | None = None) -> set[int]:
        """Train run i (i in `going`; all when None) `epochs` epochs, wait until every run
        stopped and drew its frame; the runs that stopped short (at their loss) are returned."""
        runs = self.window.runs.all()
        going = set(range(len(runs))) if going is None else going
        self._sequence += 1
        barrier = _Barrier(self.window.runs, self._sequence, self.cancel)
        for index, run in enumerate(runs):
            run.send(p.Goal(epochs if index in going else 0, until_loss, self._sequence))
        if not barrier.wait(SYNC_SECONDS):
            if self.cancel.is_set():
                raise RenderError("interrupted; no video was written")
            if barrier.failure:
                raise RenderError(f"step {self.step_number}: training stopped: "
                                  f"{barrier.failure}")
            raise RenderError(f"step {self.step_number}: the training processes did not answer "
                              f"within {SYNC_SECONDS:.0f} s")
        self._draw_everything()
        reached = barrier.reached
        short = {i for i in going if epochs and reached[i] - self._epochs.get(i, 0) < epochs}
        self._epochs = reached
        return short

    def _draw_everything(self) -> None:
        """The slow views (plots, diagram, histograms) drawn now, not on their timer."""
        self.window.renderer.draw_pending()
        self.window.compare.flush()
        frame = self.window.runs.main.last_frame
        if frame is not None:
            self.window.history.add_frame(frame)
            self.window.history.refresh()
            self.window.run_bar.show_numbers(frame.snapshot.epoch, frame.snapshot.metrics,
                                             self.window.display.shown_rate)
        self.window.setFocus()

    def _grab(self) -> np.ndarray:
        QApplication.processEvents()
        image = self.window.grab().toImage()
        height, width = self.shape
        if (image.width(), image.height()) != (width, height):
            image = image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        return fit(to_rgb(image), height, width)

    def _write(self, image: np.ndarray) -> None:
        if self.cancel.is_set():
            raise RenderError("interrupted; no video was written")
        self.encoder.write(image)
        bar = self.stage.caption
        self.tracks.frame(self.frames, bar.text() if bar.caption_visible else "")
        if self.on_frame is not None:
            self.on_frame(image)
        self.frames += 1
        if self.progress is not None:
            self.progress(self.frames, max(self.expected, self.frames), self.step_number)


def _chunks(epochs: int, speed: float, fps: int) -> Iterator[int]:
    """Epochs to train for each video frame: `epochs` at `speed` epochs per second of video,
    one frame at a time (a slow lesson has many frames: no list of them is built)."""
    if epochs <= 0:
        return
    if math.isinf(speed):
        yield epochs
        return
    frames = max(1, math.ceil(epochs * fps / speed))
    done = 0
    for frame in range(1, frames + 1):
        mark = epochs if frame == frames else min(epochs, round(frame * speed / fps))
        if mark > done:
            yield mark - done
            done = mark


class _Barrier(QObject):
    """Waits until every run answered a goal (numbered `sequence`) and then drew a frame.

    Its slots are methods of this GUI-thread object, so the clients' signals reach them queued
    behind the frames already on their way: a plain function would run at once on the thread
    that emitted, and an older frame drawn after that would pass for the new one.
    """

    def __init__(self, runs: Runs, sequence: int, cancel: threading.Event):
        super().__init__()
        self.cancel = cancel
        self.sequence = sequence
        self._names = [run.name for run in runs.all()]
        self.count = len(self._names)
        self.reached: dict[int, int] = {}  # run index -> the epoch it stopped at
        self.drawn: set[int] = set()
        self.failure = ""  # what a training process said when it stopped
        self._loop = QEventLoop()
        self._clients = [run.client for run in runs.all()]
        self._connections = [(runs.frame_drawn, self._drawn_frame)]
        for client in self._clients:
            self._connections += [(client.reached, self._reached), (client.failed, self._failed)]
        for signal, slot in self._connections:
            signal.connect(slot)

    def wait(self, seconds: float) -> bool:
        """Whether everything arrived within `seconds`; disconnects either way."""
        timer = QTimer(singleShot=True, interval=round(seconds * 1000))
        timer.timeout.connect(self._loop.quit)
        timer.start()
        poll = QTimer(interval=100)  # Ctrl+C is seen between Qt events: look now and then
        poll.timeout.connect(lambda: self._loop.quit() if self.cancel.is_set() else None)
        poll.start()
        try:
            while (len(self.drawn) < self.count and timer.isActive() and not self.failure
                   and not self.cancel.is_set()):
                self._loop.exec()
        finally:
            for signal, slot in self._connections:
                signal.disconnect(slot)
        return len(self.drawn) == self.count

    @Slot(object)
    def _reached(self, reached: p.Reached) -> None:
        assert_gui_thread()
        if reached.sequence == self.sequence and self.sender() in self._clients:
            self.reached[self._clients.index(self.sender())] = reached.epoch

    @Slot(object)
    def _failed(self, failed: p.Failed) -> None:
        self.failure = failed.message
        self._loop.quit()

    @Slot(str, object)
    def _drawn_frame(self, name: str, frame: p.Frame) -> None:
        if name in self._names:
            index = self._names.index(name)
            if index in self.reached:
                self.drawn.add(index)
                self._loop.quit()
