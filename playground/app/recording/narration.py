"""Narration: an audio source recorded to a WAV that lines up with a video's frame clock.

The source's thread only measures the level and queues blocks; a writer thread places them in
the WAV by their timestamps. Samples before `begin_at(instant)` (the video's first frame), in a
pause, or after stop's instant are dropped, so the WAV lasts exactly as long as the video's
recorded time. Within a take, blocks are written back to back; only when a block's timestamp
and its place in the file disagree by more than RESYNC_SECONDS (samples lost to an overflow, a
sound card clock far from the computer's) is silence inserted or the overlap dropped.

    narration = Narration(MicrophoneSource(device), wav)
    narration.start()                    # opens the device; samples wait for the begin instant
    narration.begin_at(first_frame_instant)   # time.perf_counter() of the video's frame 0
    narration.pause(); narration.resume()     # at the same moments as the video
    result = narration.stop(at=stop_instant)  # NarrationResult: the WAV and its seconds
"""

from __future__ import annotations

import contextlib
import math
import queue
import threading
import time
import wave
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication

from playground.app.recording.audio import AudioError, AudioSource
from playground.app.recording.files import next_item, reserve, sibling_temp, write_error
from playground.engine import files

LEVEL_SECONDS = 0.05  # the level is the peak of the last 50 ms
RESYNC_SECONDS = 0.04  # timestamps further than this from the file's place: fill or cut
PREROLL_SECONDS = 10.0  # blocks kept while waiting for begin_at
JOIN_SECONDS = 5.0
_STOP = object()


@dataclass(frozen=True)
class NarrationResult:
    """The WAV written (None on error), its length in seconds, and what went wrong if anything.

    `resyncs` counts the places where silence was inserted or samples dropped to keep time."""

    path: Path | None
    seconds: float
    error: str | None = None
    resyncs: int = 0


class Narration:
    """Records `source` to the WAV `path` on a writer thread, in step with a video."""

    def __init__(self, source: AudioSource, path: Path | str):
        self.source, self.path = source, Path(path)
        self._lock = threading.Lock()
        self._begin: float | None = None
        self._end: float | None = None
        self._pauses: list[list[float | None]] = []  # [paused at, resumed at or None]
        self._levels: deque[tuple[float, float]] = deque(maxlen=64)  # (arrival, peak)
        self._blocks: queue.SimpleQueue = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._started = 0.0
        self._written = 0
        self._resyncs = 0
        self._error: str | None = None

    # ----- the GUI thread's side ----------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True from start() until stop()."""
        return self._writer is not None

    @property
    def paused(self) -> bool:
        """True between pause() and resume()."""
        with self._lock:
            return bool(self._pauses) and self._pauses[-1][1] is None

    @property
    def level(self) -> float:
        """The peak of the last ~50 ms of input, 0..1 (also while paused, so a person can test
        the microphone); 0 when the source has gone quiet or stopped."""
        since = time.perf_counter() - LEVEL_SECONDS
        with self._lock:
            return max((peak for t, peak in self._levels if t >= since), default=0.0)

    @property
    def silent_for(self) -> float:
        """Seconds since the source last delivered samples (since start() when it never has):
        an unplugged or stopped microphone delivers nothing, a muted one delivers zeros."""
        with self._lock:
            last = self._levels[-1][0] if self._levels else self._started
        return time.perf_counter() - last

    @property
    def seconds(self) -> float:
        """Seconds written to the WAV so far."""
        return self._written / self.source.rate if self.source.rate else 0.0

    @property
    def error(self) -> str | None:
        """Why the WAV could not be written (the source keeps running until stop), or None."""
        return self._error

    def start(self) -> None:
        """Create the WAV and start the source; AudioError (one line) when either cannot."""
        if self._writer is not None:
            raise RuntimeError("narration already running; stop() first")
        temp = sibling_temp(self.path)
        try:
            reserve(temp, self.path)
        except (OSError, files.FileRefused) as err:
            message = str(err) if isinstance(err, files.FileRefused) else write_error(
                self.path, err)
            raise AudioError(message) from err
        self._started = time.perf_counter()
        try:
            self.source.start(self._deliver)  # sets the rate of a microphone
        except Exception:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise
        self._writer = threading.Thread(target=self._write, args=(temp,), name="narration")
        self._writer.start()

    def begin_at(self, instant: float | None = None) -> None:
        """Make `instant` (time.perf_counter(), default now) the WAV's first sample: earlier
        samples are dropped, a late source is preceded by silence."""
        with self._lock:
            self._begin = time.perf_counter() if instant is None else instant

    def pause(self, at: float | None = None) -> None:
        """Drop samples from `at` (default now) until resume()."""
        with self._lock:
            if not self._pauses or self._pauses[-1][1] is not None:
                self._pauses.append([time.perf_counter() if at is None else at, None])

    def resume(self, at: float | None = None) -> None:
        """Keep samples again from `at` (default now), placed right after the pause's start."""
        with self._lock:
            if self._pauses and self._pauses[-1][1] is None:
                now = time.perf_counter() if at is None else at
                self._pauses[-1][1] = max(now, self._pauses[-1][0])

    def stop(self, at: float | None = None) -> NarrationResult:
        """End the WAV at `at` (default now), padded with silence if the source fell short;
        blocks only while the source and the writer finish the last blocks."""
        if self._writer is None:
            raise RuntimeError("narration is not running")
        with self._lock:
            self._end = time.perf_counter() if at is None else at
            if self._begin is None:
                self._begin = self._started
            if self._pauses and self._pauses[-1][1] is None:
                self._pauses[-1][1] = max(self._end, self._pauses[-1][0])
        try:
            self.source.stop()
        finally:
            self._blocks.put(_STOP)
            self._writer.join(JOIN_SECONDS)
            if self._writer.is_alive():
                self._error = self._error or QCoreApplication.translate(
                    "Narration", "The narration could not be finished in time.")
            self._writer = None
            with self._lock:
                self._levels.clear()
        rate = self.source.rate
        return NarrationResult(None if self._error else self.path, self._written / rate,
                               self._error, self._resyncs)

    # ----- the source's thread ------------------------------------------------------------------

    def _deliver(self, samples: np.ndarray, t: float) -> None:
        """Note the block's peak and queue it; nothing slow happens on the source's thread."""
        if not len(samples):
            return
        peak = float(np.abs(samples.astype(np.int32)).max()) / 32768
        with self._lock:  # stamped on arrival: a device's latency must not hide its level
            self._levels.append((time.perf_counter(), min(1.0, peak)))
        self._blocks.put((samples, t))

    # ----- the writer thread --------------------------------------------------------------------

    def _write(self, temp: Path) -> None:
        """Place blocks in the WAV until stop; on failure keep draining, then remove the file."""
        waiting: deque[tuple[np.ndarray, float]] = deque()
        try:
            with wave.open(str(temp), "wb") as wav:
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(self.source.rate)
                while (item := next_item(self._blocks, _STOP)) is not _STOP:
                    waiting.append(item)
                    self._place_waiting(wav, waiting)
                self._place_waiting(wav, waiting)
                self._finish(wav)
            files.commit(temp, self.path)
        except Exception as err:  # a message for the person, the partial WAV goes
            self._error = self._error or _describe(err, self.path)
            while next_item(self._blocks, _STOP) is not _STOP:
                pass
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)

    def _place_waiting(self, wav: wave.Wave_write, waiting: deque) -> None:
        """Write the waiting blocks once the begin instant is known; until then keep the last
        PREROLL_SECONDS of them."""
        with self._lock:
            begin, end, pauses = self._begin, self._end, [tuple(p) for p in self._pauses]
        if begin is None:
            rate = self.source.rate
            while waiting and waiting[-1][1] - waiting[0][1] > PREROLL_SECONDS + 1 / rate:
                waiting.popleft()
            return
        spans = _active_spans(begin, end, pauses)
        while waiting:
            samples, t = waiting.popleft()
            for start, stop, place in spans:
                self._place(wav, samples, t, start, stop, place, end is not None)

    def _place(self, wav: wave.Wave_write, samples: np.ndarray, t: float, start: float,
               stop: float, place: float, ended: bool) -> None:
        """Write the part of `samples` (first at instant `t`) inside [start, stop), whose
        `start` belongs at `place` seconds in the WAV."""
        rate = self.source.rate
        first = min(len(samples), max(0, math.ceil((start - t) * rate - 1e-6)))
        last = len(samples) if stop == math.inf else min(
            len(samples), max(0, math.ceil((stop - t) * rate - 1e-6)))
        if last <= first:
            return
        part = samples[first:last]
        target = math.floor((place + t + first / rate - start) * rate + 1e-6)  # its slot
        gap = target - self._written
        if gap and (self._written == 0 or abs(gap) > RESYNC_SECONDS * rate):
            self._resyncs += self._written > 0
            if gap > 0:
                self._silence(wav, gap)
            else:
                part = part[-gap:]
        if ended:  # never past the end's place (rounding can offer one sample more)
            part = part[:max(0, round((place + stop - start) * rate) - self._written)]
        wav.writeframes(part.astype("<i2").tobytes())
        self._written += len(part)

    def _finish(self, wav: wave.Wave_write) -> None:
        """Pad with silence to the end instant's place (the source's last samples may be late)."""
        with self._lock:
            spans = _active_spans(self._begin, self._end, [tuple(p) for p in self._pauses])
        total = sum(stop - start for start, stop, _ in spans)
        missing = round(total * self.source.rate) - self._written
        if missing > 0:
            self._silence(wav, missing)

    def _silence(self, wav: wave.Wave_write, count: int) -> None:
        wav.writeframes(bytes(2 * count))
        self._written += count


def _active_spans(begin: float, end: float | None,
                  pauses: list[tuple[float, float | None]]) -> list[tuple[float, float, float]]:
    """The recorded stretches of time: (start, stop, seconds of WAV before start), from
    `begin` to `end` (inf while running) without the pauses."""
    spans, start, place = [], begin, 0.0
    limit = math.inf if end is None else end
    for paused, resumed in pauses:
        paused = min(max(paused, start), limit)
        spans.append((start, paused, place))
        place += paused - start
        if resumed is None:
            return [s for s in spans if s[1] > s[0]]
        start = min(max(resumed, paused), limit)
    spans.append((start, limit, place))
    return [s for s in spans if s[1] > s[0]]


def _describe(err: Exception, path: Path) -> str:
    if isinstance(err, OSError):
        return write_error(path, err)
    return QCoreApplication.translate(
        "Narration", "The narration {name} could not be written: {reason}").format(
        name=path.name, reason=f"{type(err).__name__}: {err}")
