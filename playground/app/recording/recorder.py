"""Recorder: grabs a widget at a fixed frame rate on the GUI thread; a writer thread encodes.

A precise single-shot timer aims at each frame's time. Frames are counted by elapsed time, so
a video lasts as long as the recording did whatever the training speed: slot k begins k / fps
seconds in, a tick grabs the newest slot that has begun, and when it comes more than a frame
late the previous frame is written again for the slots it missed (duplicates). A recording of
d seconds holds round(d * fps) frames (at least one): within half a frame of d either way. So
that the stop can still leave out a slot that had barely begun, the newest grab is held back
until the next one (or the stop) comes.

Grabbed frames wait on a queue of at most `queue_size`; when it is full the frame is not
grabbed at all and counts as dropped, so memory never grows with a slow encoder; the previous
frame is written in its place later, so the video still keeps time. Paused time is left out of
the clock: the video lasts as long as the recording ran.

Each grab's overlay (pointer, clicks, keys, the recorder's own widgets painted over) is read on
the GUI thread as an OverlayScene; the writer thread paints it, and ffmpeg scales an MP4's
frames to the output size (the writer thread scales for encoders that do not).
"""

from __future__ import annotations

import contextlib
import math
import queue
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from playground.app.recording.encoders import ENCODERS, EncoderFactory
from playground.app.recording.frames import grab_image, region_rect, store_holds_all
from playground.app.recording.gif import GIF_MAX_FPS
from playground.app.recording.overlay import FrameOverlay
from playground.app.recording.scene import OverlayScene
from playground.app.recording.writer import STOP, FrameWriter

__all__ = ["ENCODERS", "Recorder", "RecordingResult"]

QUEUE_SIZE = 12  # frames waiting for the encoder: 0.4 s at 30 fps, 25 MB at 900x600
MAX_FPS = 60


@dataclass(frozen=True)
class RecordingResult:
    """What a recording made: frames in the file (duplicates included), frames lost, seconds.

    `final` is False for the tally stop() returns while the file is still being encoded; the
    counts then only change if encoding fails, which `error` reports.
    """

    path: Path
    frames: int
    dropped: int
    duplicates: int
    duration: float
    error: str | None = None
    final: bool = True


@dataclass(eq=False)
class _Take:
    """One recording's state on the GUI thread."""

    path: Path
    fps: int
    widget: QWidget
    region: list[QWidget]
    frames: queue.SimpleQueue
    start: float
    writer: FrameWriter | None = None
    slot: int = 0
    dropped: int = 0
    duplicates: int = 0
    owed: int = 0  # dropped slots not yet written as repeats
    queued: int = 0
    held: tuple | None = None  # the newest (repeats, image, scene), queued when the next comes
    from_store: bool = True
    overlay: FrameOverlay | None = None
    paused_at: float | None = None
    duration: float | None = None
    finalizer: weakref.finalize | None = None


class Recorder(QObject):
    """Records a widget, or the bounding box of some of its children, to MP4 or GIF."""

    started = Signal(object)  # the Path being recorded
    stopped = Signal(object)  # RecordingResult (final=False): grabbing ended, encoding goes on
    finished = Signal(object)  # RecordingResult (final=True): the file is complete, or error
    failed = Signal(str)  # a one-line message; the partial file has been removed
    pause_changed = Signal(bool)  # True: paused, False: recording again
    _writer_done = Signal(object)  # from the writer thread

    def __init__(self, parent: QObject | None = None, *,
                 encoders: Mapping[str, EncoderFactory] | None = None,
                 queue_size: int = QUEUE_SIZE):
        super().__init__(parent)
        self.encoders = dict(ENCODERS if encoders is None else encoders)
        self.queue_size = queue_size
        self._take: _Take | None = None
        self._last: _Take | None = None
        self._writing: dict[FrameWriter, _Take] = {}
        self._timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._writer_done.connect(self._on_writer_done, Qt.ConnectionType.QueuedConnection)

    # ----- state ------------------------------------------------------------------------------

    @property
    def recording(self) -> bool:
        """True from start() until stop() or an encoder failure."""
        return self._take is not None

    @property
    def encoding(self) -> bool:
        """True while any recording's file is still being written."""
        return bool(self._writing)

    @property
    def elapsed(self) -> float:
        """Seconds recorded so far (the last recording's length once stopped)."""
        take = self._take or self._last
        if take is None:
            return 0.0
        if take.duration is not None:
            return take.duration
        return (take.paused_at or time.perf_counter()) - take.start

    @property
    def started_at(self) -> float | None:
        """time.perf_counter() of the current recording's first frame (None when not recording);
        narration begins at this instant. Read it right after start(): resume() moves it on."""
        return self._take.start if self._take is not None else None

    @property
    def paused(self) -> bool:
        """True while the current recording is paused (its clock stands still)."""
        return self._take is not None and self._take.paused_at is not None

    @property
    def dropped(self) -> int:
        """Frames of the current (or last) recording lost because the encoder fell behind."""
        take = self._take or self._last
        return take.dropped if take else 0

    @property
    def queued(self) -> int:
        """Frames waiting for the encoder now (never more than queue_size)."""
        return self._take.frames.qsize() if self._take else 0

    # ----- start and stop ---------------------------------------------------------------------

    def start(self, widget: QWidget, path: Path | str, fps: int = 30,
              region: QWidget | list[QWidget] | None = None, *,
              size: tuple[int, int] | None = None, overlay: FrameOverlay | None = None) -> None:
        """Start recording `widget` (or the box around `region`'s widgets) to `path`.

        `size` (width, height): frames are scaled and letterboxed to it (None: as grabbed);
        `overlay` draws the pointer, clicks and keys into each frame (it is attached here).
        """
        path = Path(path)
        self._check(widget, path, fps, region)
        if size is not None and (size[0] < 2 or size[1] < 2 or size[0] % 2 or size[1] % 2):
            raise ValueError(f"the output size must be even and at least 2x2, not {size}")
        parts = [region] if isinstance(region, QWidget) else list(region or [])
        take = _Take(path, fps, widget, parts, queue.SimpleQueue(), time.perf_counter(),
                     from_store=store_holds_all(widget), overlay=overlay)
        take.writer = FrameWriter(path, fps, self.encoders[path.suffix.lower()], take.frames,
                                  self._writer_done.emit, size)
        if overlay is not None:
            overlay.attach()
        self._writing[take.writer] = take
        self._take = self._last = take
        take.writer.start()
        take.finalizer = weakref.finalize(self, _finish_unstopped, take)
        take.held = (0, *self._grab(take))
        self._schedule(take)
        self.started.emit(path)

    def stop(self) -> RecordingResult | None:
        """Stop grabbing and let the writer finish; returns the tally (None if not recording)."""
        take = self._take
        if take is None:
            return None
        self._timer.stop()
        if take.overlay is not None:
            take.overlay.detach()
        take.duration = (take.paused_at or time.perf_counter()) - take.start
        wanted = max(1, round(take.duration * take.fps))
        repeats, image, scene = take.held
        if take.slot + 1 - take.owed > wanted and repeats + take.queued > 0:
            image = scene = None  # the newest slot began less than half a frame before the stop
        self._queue(take, (repeats, image, scene))
        missing = wanted - take.queued
        if missing > 0:  # the GUI was late for the last slots: repeat the last frame
            self._queue(take, (missing, None, None))
        take.frames.put(STOP)
        take.finalizer.detach()
        self._take = None
        result = RecordingResult(take.path, take.queued, take.dropped, take.duplicates,
                                 take.duration, final=False)
        self.stopped.emit(result)
        return result

    def pause(self) -> bool:
        """Stop the frame clock until resume(); True if it was recording and is now paused."""
        take = self._take
        if take is None or take.paused_at is not None:
            return False
        self._timer.stop()
        take.paused_at = time.perf_counter()
        self.pause_changed.emit(True)
        return True

    def resume(self) -> bool:
        """Go on recording into the same file; the paused time is not in the video."""
        take = self._take
        if take is None or take.paused_at is None:
            return False
        take.start += time.perf_counter() - take.paused_at
        take.paused_at = None
        self._schedule(take)
        self.pause_changed.emit(False)
        return True

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every file is written (for shutdown); True when all finished in time."""
        deadline = None if timeout is None else time.perf_counter() + timeout
        for writer in list(self._writing):
            left = None if deadline is None else max(0.0, deadline - time.perf_counter())
            writer.join(left)
        return not any(writer.is_alive() for writer in self._writing)

    def _check(self, widget: QWidget, path: Path, fps: int,
               region: QWidget | list[QWidget] | None) -> None:
        if self._take is not None:
            raise RuntimeError("already recording; stop() first")
        suffix = path.suffix.lower()
        if suffix not in self.encoders:
            allowed = ", ".join(sorted(self.encoders))
            raise ValueError(f"cannot record to '{path.name}': use one of {allowed}")
        if not 1 <= fps <= MAX_FPS:
            raise ValueError(f"fps must be between 1 and {MAX_FPS}, not {fps}")
        if suffix == ".gif" and fps > GIF_MAX_FPS:
            raise ValueError(f"GIF plays at most {GIF_MAX_FPS} fps; record {fps} fps as MP4")
        parts = [region] if isinstance(region, QWidget) else list(region or [])
        for part in parts:
            if part is not widget and not widget.isAncestorOf(part):
                raise ValueError(f"region widget {part!r} is not inside the recorded widget")
        if region_rect(widget, parts).isEmpty():
            raise ValueError("nothing to record: the widget or region has no size")

    # ----- the frame clock --------------------------------------------------------------------

    def _schedule(self, take: _Take) -> None:
        """Arm the timer for the next slot's time."""
        wait = (take.slot + 1) / take.fps - (time.perf_counter() - take.start)
        self._timer.start(max(0, math.ceil(wait * 1000)))  # not before the slot begins

    @Slot()
    def _tick(self) -> None:
        take = self._take
        if take is None or take.paused_at is not None:
            return
        slot = math.floor((time.perf_counter() - take.start) * take.fps)
        if slot > take.slot:
            repeats = slot - take.slot - 1
            take.slot = slot
            if take.frames.qsize() >= self.queue_size:
                take.dropped += repeats + 1
                take.owed += repeats + 1  # written later as the last frame, to keep the time
            else:
                try:
                    image, scene = self._grab(take)
                except RuntimeError:  # the widget was deleted
                    self.stop()
                    return
                repeats, take.owed = repeats + take.owed, 0
                self._queue(take, take.held)
                take.held = (repeats, image, scene)
        self._schedule(take)

    @staticmethod
    def _queue(take: _Take, item: tuple) -> None:
        """Hand (repeats, image, scene) to the writer, counting the frames it will write."""
        repeats, image, _scene = item
        take.frames.put(item)
        take.duplicates += repeats
        take.queued += repeats + (image is not None)

    @staticmethod
    def _grab(take: _Take) -> tuple[QImage, OverlayScene | None]:
        """The grab and what the overlay will draw on it (on the writer thread, off this one)."""
        rect = region_rect(take.widget, take.region)
        image = grab_image(take.widget, rect, take.from_store)
        scene = take.overlay.scene(rect) if take.overlay is not None else None
        return image, scene

    # ----- the writer reports -----------------------------------------------------------------

    @Slot(object)
    def _on_writer_done(self, writer: FrameWriter) -> None:
        writer.join()
        take = self._writing.pop(writer)
        if take is self._take:  # the writer failed while grabbing went on
            self.stop()
        with contextlib.suppress(queue.Empty):  # free frames a failed writer left behind
            while True:
                take.frames.get_nowait()
        result = RecordingResult(take.path, writer.written, take.dropped, writer.duplicates,
                                 take.duration or 0.0, writer.error)
        if writer.error:
            self.failed.emit(writer.error)
        self.finished.emit(result)


def _finish_unstopped(take: _Take) -> None:
    """A Recorder dropped while recording: the writer gets the held frame, then finishes."""
    if take.held is not None:
        take.frames.put(take.held)
    take.frames.put(STOP)
