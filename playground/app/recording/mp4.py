"""MP4 (H.264, yuv420p) through the ffmpeg that ships inside the imageio-ffmpeg wheel."""

from __future__ import annotations

import threading
from pathlib import Path

import imageio_ffmpeg
import numpy as np

from playground.app.recording.files import EncoderError, disk_full
from playground.app.recording.frames import XRGB32, fit, to_output, with_channels
from playground.app.recording.priority import idle_this_thread, nice_this_thread, recording_nice

# libx264's default preset ("medium") encoded 900x600 at 22 frames/s on the 2-core machine with
# one core training, "veryfast" at 53-69; the whole 1600x960 window needs "ultrafast" to keep up
# (veryfast dropped 40 of 60 frames there), at larger files.
PRESET = "ultrafast"
# At normal priority x264 gets one thread: 10.3 ms of CPU per 1080p frame against 13.8 ms with
# its own thread pool (standalone), and in the live window recording 1080p at 30 frames/s it
# left the training 63-78 % of the engine's speed (four runs) instead of 57-68 % and the p99
# 25-27 ms instead of 26-28 (0 frames dropped in all). Background priority keeps the pool: an
# idle-priority encoder only gets spare time, and held to one thread it fell behind.
THREADS = {"normal": ["-threads", "1"], "background": []}
# Constant QP, not CRF: CRF makes x264 estimate each frame's complexity on a half-size copy,
# which CQP skips. On 150 real 1080p window frames (benchmarks/encoder.py) qp 14 took ffmpeg
# 12.2 ms of CPU a frame against 15.5 at crf 20 (our earlier setting), for an 11 % smaller file
# with a better luma PSNR (55.3 dB against 55.0; its worst frame 54.8 against 51.8): CRF
# starved the busiest frames, where the plots and the boundary move.
RATE_CONTROL = ["-qp", "14"]
# A frame that is not scaled is only converted to YUV 4:2:0. swscale's default (bicubic) spread
# a 1-pixel coloured row's chroma over four rows, with ringing, and "neighbor" dropped every
# other row; "area" keeps the exact 2x2 average (65.8 dB against it on a real window frame, 55.0
# for bicubic) and is cheaper: benchmarks/encoder.py, 150 real 1080p frames, ffmpeg 11.0 ms of
# CPU a frame against 12.2, at the same size and luma PSNR.
UNSCALED = ["-sws_flags", "area"]
# Linux SCHED_IDLE ("background", the default): ffmpeg runs only on CPU time nothing else wants,
# so it never delays the GUI thread (GUI timer p99 22 -> 19-20.5 ms while recording the 1600x960
# window, the same as without recording) and still keeps up with 30 frames/s. But when another
# program keeps the CPU busy, it gets too little and frames are dropped (repeated), and an
# unprivileged process cannot leave SCHED_IDLE; "normal" priority never starves (p99 ~22 ms).
PRIORITIES = ("background", "normal")
# A fragmented MP4 (an index every second, not one at the end), each packet flushed to the
# file, stays playable up to its last second when ffmpeg itself is killed: a kill -9 leaves a
# video, not a file no player opens.
FRAGMENTS = ["-movflags", "frag_keyframe+empty_moov+default_base_moof", "-frag_duration",
             "1000000", "-flush_packets", "1"]


class Mp4Encoder:
    """Writes frames to an H.264 MP4; the first frame fixes the size (padded to even) and the
    layout ffmpeg reads; XRGB32 frames are cheapest (see frames.py). With `output_size` set
    (the writer sets it, `scales` says it may), ffmpeg scales and letterboxes the frames."""

    channels = 4
    scales = True

    def __init__(self, path: Path, fps: int, priority: str = "background"):
        self.path, self.fps, self.priority = path, fps, priority
        self.output_size: tuple[int, int] | None = None
        self._frames = None
        self._shape: tuple[int, int] = (0, 0)  # (height, width) ffmpeg reads: even
        self._grabbed: tuple[int, ...] = ()  # the first frame's (height, width), maybe odd
        self._channels = 3

    def write(self, frame: np.ndarray) -> None:
        """Encode one (h, w, 3) RGB or (h, w, 4) XRGB32 uint8 frame; later layouts are converted
        to the first's, later sizes cropped or padded to it (scaled into it when scaling)."""
        if self._frames is None:
            height, width = frame.shape[0] + frame.shape[0] % 2, frame.shape[1] + frame.shape[1] % 2
            self._shape, self._channels = (height, width), frame.shape[2]
            self._grabbed = frame.shape[:2]
            scaling = UNSCALED if self.output_size in (None, (width, height)) else [
                "-vf", scale_filter(*self.output_size)]
            self._frames = imageio_ffmpeg.write_frames(
                str(self.path), (width, height), fps=self.fps, quality=None,
                macro_block_size=2, ffmpeg_log_level="error",
                pix_fmt_in=XRGB32 if self._channels == 4 else "rgb24",
                output_params=[*scaling, "-preset", PRESET, *RATE_CONTROL,
                               *THREADS.get(self.priority, []), *FRAGMENTS])
            _start_nicely(self._frames, recording_nice(self.fps),
                          idle=self.priority == "background")
        if self.output_size is not None and frame.shape[:2] != self._grabbed:
            # The window changed size while recording: fit it to the first frame's box here.
            frame = to_output(frame, self._shape[::-1], self._channels)
        try:
            frame = fit(with_channels(frame, self._channels), *self._shape)
            self._frames.send(np.ascontiguousarray(frame))
        except OSError as err:  # imageio-ffmpeg's message holds the whole command line
            raise self._stopped(err) from None

    def close(self) -> None:
        """Flush ffmpeg and check that it wrote a file."""
        if self._frames is None:
            raise EncoderError("no frames were recorded")
        try:
            self._frames.close()
        except (OSError, RuntimeError) as err:
            raise self._stopped(err) from None
        if self.path.stat().st_size == 0:
            raise EncoderError("the video encoder (ffmpeg) wrote nothing; see its message above")

    def _stopped(self, err: Exception) -> EncoderError:
        """Why ffmpeg stopped: a full disk (it only shows as a broken pipe here), or its word."""
        if disk_full(self.path.parent):
            return EncoderError(f"the disk is full: {self.path.parent} has no room for the video")
        return EncoderError(f"the video encoder (ffmpeg) stopped: {_first_line(err)}")

    def abort(self) -> None:
        """Stop ffmpeg; the caller removes the partial file."""
        if self._frames is not None:
            self._frames.close()


def scale_filter(width: int, height: int) -> str:
    """ffmpeg's filters that scale a frame to fit width x height (bicubic, converting to YUV in
    the same pass) and centre it on black bars where the aspect differs."""
    return (f"scale={width}:{height}:force_original_aspect_ratio=decrease:force_divisible_by=2"
            f":flags=bicubic,format=yuv420p,pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:black")


def _start_nicely(frames, nice: int, idle: bool) -> None:
    """Seed the write_frames generator, which launches ffmpeg, from a thread at `nice` (and
    SCHED_IDLE when `idle`): ffmpeg inherits it (Linux; elsewhere it runs as started)."""
    failure: list[BaseException] = []

    def seed() -> None:
        nice_this_thread(nice)
        if idle:
            idle_this_thread()
        try:
            frames.send(None)
        except BaseException as err:  # handed to the caller's thread
            failure.append(err)

    launcher = threading.Thread(target=seed, name="ffmpeg launcher")
    launcher.start()
    launcher.join()
    if failure:
        raise failure[0]


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
