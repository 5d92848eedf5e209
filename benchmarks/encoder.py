"""Encoder figures: ffmpeg's CPU time per frame, file size and quality for real window frames.

Run: python benchmarks/encoder.py [--frames 150] [--size 1920x1080] [--repeats 3]
Records the training window (spiral, full speed, pointer and keys drawn) to raw XRGB32 frames,
then encodes those same frames through the app's Mp4Encoder with each rate control (and swscale
flags for the conversion to YUV) in turn, repeated, and prints one line per setting: ffmpeg's
CPU (user + system) per frame, median of the repeats; the file's size; and its luma PSNR against
the frames converted to YUV 4:2:0 (so only the encoder's own loss counts, not the chroma
subsampling every H.264 player gets).
CPU time, unlike wall time, hardly moves with what else the shared machine is doing.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import live  # noqa: E402  # isort: skip  (sets up the path and playground first)
import imageio_ffmpeg  # noqa: E402
import numpy as np  # noqa: E402

from playground.app.recording import mp4  # noqa: E402
from playground.app.recording.frames import XRGB32  # noqa: E402

BICUBIC, AREA = ["-sws_flags", "bicubic"], ["-sws_flags", "area"]  # the conversion to YUV
RATE_CONTROLS = {"crf 20, bicubic chroma (before)": (["-crf", "20"], BICUBIC),
                 "qp 14, bicubic chroma (before)": (["-qp", "14"], BICUBIC),
                 "qp 14, area chroma (now)": (["-qp", "14"], AREA),
                 "qp 12, area chroma": (["-qp", "12"], AREA)}


class RawFrames:
    """An encoder that keeps the first `limit` frames as raw bytes in one file."""

    channels = 4

    def __init__(self, path: Path, limit: int):
        self.path, self.limit, self.count = path, limit, 0
        self.shape: tuple[int, ...] = ()
        self._file = open(path, "wb")  # noqa: SIM115  (closed by close or abort)

    def write(self, frame: np.ndarray) -> None:
        if self.count < self.limit:
            self._file.write(np.ascontiguousarray(frame).tobytes())
            self.shape, self.count = frame.shape, self.count + 1

    def close(self) -> None:
        self._file.close()

    def abort(self) -> None:
        self._file.close()


def capture(folder: Path, frames: int, size: tuple[int, int]) -> RawFrames:
    """The window's frames while it trains, as the recorder hands them to an encoder."""
    import playground.app.window.export_actions as export_actions

    sink = RawFrames(folder / "frames.raw", frames)
    real = export_actions.Mp4Encoder
    export_actions.Mp4Encoder = lambda path, fps, **_: _touching(sink, path)
    try:
        seconds = frames / 30 + 1
        live.run_window(seconds, "Gradient flow", size, folder / "capture.mp4",
                        output="window")
    finally:
        export_actions.Mp4Encoder = real
    return sink


def _touching(sink: RawFrames, path: Path) -> RawFrames:
    """The sink, leaving a file at `path` when closed, as the recorder expects of an encoder."""
    close = sink.close

    def close_and_touch() -> None:
        close()
        Path(path).write_bytes(b"raw frames are elsewhere")

    sink.close = close_and_touch
    return sink


def encode(raw: RawFrames, out: Path, settings: tuple[list[str], list[str]]) -> float:
    """Encode the raw frames with `settings` (the rate control, the conversion's flags);
    ffmpeg's CPU seconds (its process's user + system)."""
    mp4.RATE_CONTROL, mp4.UNSCALED = settings
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    encoder = mp4.Mp4Encoder(out, 30, priority="normal")
    frame_bytes = int(np.prod(raw.shape))
    with open(raw.path, "rb") as file:
        while chunk := file.read(frame_bytes):
            encoder.write(np.frombuffer(chunk, np.uint8).reshape(raw.shape))
    encoder.close()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def luma_psnr(raw: RawFrames, video: Path) -> tuple[float, float]:
    """Average and lowest per-frame PSNR of Y between the video and the raw frames (dB)."""
    height, width = raw.shape[:2]
    command = [imageio_ffmpeg.get_ffmpeg_exe(), "-i", str(video), "-f", "rawvideo",
               "-pix_fmt", XRGB32, "-s", f"{width}x{height}", "-r", "30", "-i", str(raw.path),
               "-lavfi", "[1:v]format=yuv420p[ref];[0:v][ref]psnr", "-f", "null", "-"]
    text = subprocess.run(command, capture_output=True, text=True).stderr
    found = re.search(r"PSNR y:([\d.]+).*min:([\d.]+)", text)
    if found is None:
        raise RuntimeError(f"ffmpeg printed no PSNR: {text[-300:]}")
    return float(found.group(1)), float(found.group(2))


def main() -> None:
    parser = argparse.ArgumentParser(description="Encoder figures")
    parser.add_argument("--frames", type=live._count, default=150)
    parser.add_argument("--size", type=live._size, default=(1920, 1080),
                        help="the window's size, also the frames' (1920x1080)")
    parser.add_argument("--repeats", type=live._count, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        raw = capture(folder, args.frames, args.size)
        seconds: dict[str, list[float]] = {label: [] for label in RATE_CONTROLS}
        for _ in range(args.repeats):  # in turns, so each sees the same machine
            for label, rate in RATE_CONTROLS.items():
                seconds[label].append(encode(raw, folder / f"{label}.mp4", rate))
        height, width = raw.shape[:2]  # the window's device pixels, as the recorder grabs
        for label in RATE_CONTROLS:
            video = folder / f"{label}.mp4"
            average, lowest = luma_psnr(raw, video)
            per_frame = 1000 * statistics.median(seconds[label]) / raw.count
            print(f"{label}, {width}x{height}, {raw.count} window frames: ffmpeg "
                  f"{per_frame:.1f} ms CPU per frame (median of {args.repeats}), "
                  f"{video.stat().st_size / 1e6:.2f} MB, luma PSNR {average:.1f} dB "
                  f"(lowest frame {lowest:.1f})")


if __name__ == "__main__":
    main()
