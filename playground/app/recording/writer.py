"""FrameWriter: the thread that takes grabbed frames off a queue and encodes them into a file."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from playground.app.recording.encoders import Encoder, EncoderFactory
from playground.app.recording.files import (
    EncoderError,
    next_item,
    reserve,
    sibling_temp,
    write_error,
)
from playground.app.recording.frames import to_output
from playground.app.recording.priority import nice_this_thread, recording_nice
from playground.engine import files

STOP = object()  # queued last: finish the file


class FrameWriter(threading.Thread):
    """Encodes queued (repeats, frame, scene) items into a temporary file, then renames it to
    `path`.

    `repeats` copies of the previous frame are written before `frame` (None: none after them).
    Here, off the GUI thread, `scene` (an OverlayScene or None) is painted onto the frame, and
    frames are scaled and letterboxed to `size` (width, height).
    On any error the partial file is removed and `error` holds a one-line message. `done` is
    called on this thread when it ends, whatever happened. If the program exits without STOP,
    the file is finished with the frames it has, rather than the exit waiting forever.
    """

    def __init__(self, path: Path, fps: int, factory: EncoderFactory, frames: queue.SimpleQueue,
                 done: Callable[[FrameWriter], None], size: tuple[int, int] | None = None):
        super().__init__(name=f"recorder {path.name}")
        self.path, self.fps, self.size = path, fps, size
        self.written = 0
        self.duplicates = 0
        self.error: str | None = None
        self._factory, self._frames, self._done = factory, frames, done

    def run(self) -> None:
        """Encode until STOP, then rename the file into place; report errors, never raise."""
        nice_this_thread(recording_nice(self.fps))  # below the GUI thread (priority.py)
        temp = sibling_temp(self.path)
        encoder = None
        try:
            reserve(temp, self.path)
            encoder = self._factory(temp, self.fps)
            self._encode(encoder)
            encoder.close()
            encoder = None
            files.commit(temp, self.path)
        except Exception as err:  # any failure becomes a message, the partial file goes
            self.error = _describe(err, self.path)
            if encoder is not None:
                with contextlib.suppress(Exception):
                    encoder.abort()
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
        finally:
            with contextlib.suppress(RuntimeError):  # the Recorder has been deleted
                self._done(self)

    def _encode(self, encoder: Encoder) -> None:
        # An encoder that scales (ffmpeg, in its own process) takes frames as grabbed: scaling
        # here, with Qt, holds Python's lock for milliseconds a frame and stalls the GUI thread.
        size = self.size
        if size is not None and getattr(encoder, "scales", False):
            encoder.output_size, size = size, None
        previous = None  # (the last frame written, the grab it may be a view of)
        while (item := next_item(self._frames, STOP)) is not STOP:
            repeats, image, scene = item
            if previous is not None:
                for _ in range(repeats):
                    encoder.write(previous[0])
                    self.written += 1
                    self.duplicates += 1
            if image is not None:
                if scene is not None:
                    scene.paint(image)
                # scaled here (or by the encoder), not on the GUI thread; the grab is kept
                # with its frame, which may be a view of its pixels
                previous = (to_output(image, size, encoder.channels, copy=False), image)
                encoder.write(previous[0])
                self.written += 1


def _describe(err: Exception, path: Path) -> str:
    """One line for the user: what failed, without a traceback."""
    if isinstance(err, EncoderError):
        return str(err)
    if isinstance(err, files.FileRefused):
        return f"cannot write {err}"
    if isinstance(err, OSError):
        return write_error(path, err)
    return f"recording {path.name} failed: {type(err).__name__}: {err}"
