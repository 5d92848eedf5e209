"""Narration sync: a wall-clock 440 Hz sine recorded through Narration beside the Recorder's own
frame clock, then muxed; how far the audio's length and content are from the video's.

Run: python benchmarks/narration_sync.py [--seconds 60] [--fps 30]
Prints one line per figure: the video's frames and length, the WAV's length and its difference
from the video (ms and frames), the same for the audio track of the muxed MP4, where the tone
stands at the WAV's end against where the wall clock says it should (drift or gaps, samples),
and how many times the writer had to fill or cut to keep time. Standalone and offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import playground  # noqa: E402, F401  # isort: skip
import numpy as np  # noqa: E402  # isort: skip
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from benchmarks.recording import run_for  # noqa: E402
from playground.app.recording.audio import SineSource  # noqa: E402
from playground.app.recording.mux import audio_seconds, mux  # noqa: E402
from playground.app.recording.narration import Narration  # noqa: E402
from playground.app.recording.recorder import Recorder, RecordingResult  # noqa: E402

TAIL_SECONDS = 0.1






def tone_offset(samples: np.ndarray, source: SineSource, expected: int) -> int:
    """Samples between where `samples` (a stretch of the tone) sits in it and `expected`."""
    best = min(range(-480, 481), key=lambda shift: np.abs(
        source.samples(expected + shift, len(samples)).astype(int) - samples).max())
    return best


def main(argv: list[str] | None = None) -> int:
    """Record, mux, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="recording length (60)")
    parser.add_argument("--fps", type=int, default=30, help="frames per second (30)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(["playground-narration-benchmark"])  # noqa: F841 (Qt needs it alive)
    label = QLabel("0")
    label.resize(320, 180)
    label.show()
    ticker = QTimer(interval=20)
    ticker.timeout.connect(lambda: label.setText(f"{time.perf_counter():.3f}"))
    ticker.start()
    with tempfile.TemporaryDirectory() as folder:
        video, wav, out = (Path(folder) / name for name in ("v.mp4", "n.wav", "out.mp4"))
        source = SineSource()
        narration = Narration(source, wav)
        recorder = Recorder()
        done: list[RecordingResult] = []
        finished = QEventLoop()
        recorder.finished.connect(lambda result: (done.append(result), finished.quit()))
        narration.start()  # the source runs before the first frame, as a microphone warms up
        try:
            run_for(0.3)
            recorder.start(label, video, args.fps)
            begin = time.perf_counter() - recorder.elapsed  # the first frame's instant
            narration.begin_at(begin)
            run_for(args.seconds)
            stopped = recorder.stop()
            sound = narration.stop(at=begin + stopped.duration)  # the video's last instant
        finally:
            if narration.running:  # an error above: no thread left behind
                narration.stop()
        if not done:
            finished.exec()
        if done[0].error or sound.error:
            raise SystemExit(f"recording failed: {done[0].error or sound.error}")
        mux(video, out, audio=sound.path)
        frames = done[0].frames
        video_seconds = frames / args.fps
        muxed = audio_seconds(out)
        with wave.open(str(sound.path), "rb") as handle:
            samples = np.frombuffer(handle.readframes(handle.getnframes()), "<i2")
        tail = round(TAIL_SECONDS * source.rate)
        expected = round((begin - source.started_at) * source.rate) + len(samples) - tail
        drift = tone_offset(samples[-tail:], source, expected)
    frame_ms = 1000 / args.fps
    wav_ms = (sound.seconds - video_seconds) * 1000
    mux_ms = (muxed - video_seconds) * 1000
    print(f"video: {frames} frames = {video_seconds:.3f} s at {args.fps} fps "
          f"(recorded {stopped.duration:.3f} s, {done[0].dropped} dropped)")
    print(f"narration WAV: {sound.seconds:.4f} s; minus video {wav_ms:+.1f} ms "
          f"= {wav_ms / frame_ms:+.2f} frames")
    print(f"muxed AAC track: {muxed:.4f} s; minus video {mux_ms:+.1f} ms "
          f"= {mux_ms / frame_ms:+.2f} frames")
    print(f"tone at the WAV's end against the wall clock: {drift:+d} samples "
          f"({drift / source.rate * 1000:+.2f} ms); fills or cuts to keep time: {sound.resyncs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
