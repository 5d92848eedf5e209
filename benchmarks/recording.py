"""Recording figures: a 900x600 widget that changes every frame, recorded to MP4 while a child
process keeps one core busy with NumPy, as the training process does.

Run: python benchmarks/recording.py [--seconds 20] [--fps 30] [--repeats 1]
Prints one line per figure: frames written against expected, frames dropped, duplicates, GUI
timer gaps (a 16 ms timer) p99 and max while recording and without, the grab cost per frame,
MP4 and GIF encode throughput (medians of 3), and the time from stop to the finished file.
Standalone and offscreen; the real window's figures are measured with the window.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# playground first: importing it limits OpenBLAS to one thread before NumPy loads.
import playground  # noqa: E402, F401  # isort: skip
import numpy as np  # noqa: E402  # isort: skip
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget  # noqa: E402

from playground.app.recording.frames import grab_rgb  # noqa: E402
from playground.app.recording.recorder import ENCODERS, Recorder, RecordingResult  # noqa: E402

SIZE = (900, 600)
UPDATE_MS = 20  # the window draws at most ~50 training frames a second
PROBE_MS = 16
ENCODE_FRAMES = 90


def spin(stop) -> None:
    """Keep one core busy with small matrix products, like a 2-8-8-1 network training."""
    rng = np.random.default_rng(0)
    x, w1, w2 = rng.standard_normal((1000, 8)), rng.standard_normal((8, 8)), rng.standard_normal(8)
    while not stop.is_set():
        for _ in range(200):
            h = np.tanh(x @ w1)
            w1 -= 1e-6 * (x.T @ (h * (1 - h**2)))
            w2 -= 1e-6 * (h.T @ (h @ w2))


class Stand(QWidget):
    """Stands in for the training window: a boundary image with points, and a loss curve."""

    def __init__(self):
        super().__init__()
        self.resize(*SIZE)
        layout = QHBoxLayout(self)
        self.canvas, self.loss = pg.PlotWidget(), pg.PlotWidget()
        layout.addWidget(self.canvas, 3)
        layout.addWidget(self.loss, 2)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("CET-D1"))
        self.points = pg.ScatterPlotItem(size=6, brush="#e66100")
        self.canvas.addItem(self.image)
        self.canvas.addItem(self.points)
        self.curve = self.loss.plot(pen=pg.mkPen("#1a73e8", width=2))
        self.rng = np.random.default_rng(1)
        self.history: list[float] = []
        self.timer = QTimer(self, interval=UPDATE_MS, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.step)

    def step(self) -> None:
        """New random data everywhere, as a training frame brings."""
        self.image.setImage(np.tanh(self.rng.standard_normal((100, 100)).cumsum(axis=0) / 5),
                            rect=(-6, -6, 12, 12))
        self.points.setData(*self.rng.uniform(-6, 6, (2, 500)))
        self.history.append(1 / (1 + len(self.history)) + self.rng.uniform(0, 0.05))
        self.curve.setData(np.asarray(self.history[-2000:]))


def run_for(seconds: float) -> None:
    """Let the event loop run for `seconds`."""
    loop = QEventLoop()
    timer = QTimer(singleShot=True, interval=round(seconds * 1000),
                   timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start()
    loop.exec()


def timer_gaps(seconds: float, during=None) -> np.ndarray:
    """Gaps (ms) between ticks of a 16 ms timer over `seconds`; `during` runs when it starts."""
    ticks: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    probe = QTimer(interval=PROBE_MS, timerType=Qt.TimerType.PreciseTimer)
    probe.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
    probe.start()
    if during is not None:
        during()
    run_for(seconds)
    probe.stop()
    return np.diff(ticks)


def record(stand: Stand, path: Path, seconds: float, fps: int) -> dict[str, float]:
    """Record `stand` for `seconds`; the result's figures, gaps and stop-to-file seconds."""
    recorder = Recorder()
    results: list[RecordingResult] = []
    done = QEventLoop()
    recorder.finished.connect(lambda result: (results.append(result), done.quit()))
    gaps = timer_gaps(seconds, lambda: recorder.start(stand, path, fps))
    stopped = time.perf_counter()
    recorder.stop()
    if not results:
        done.exec()
    result = results[0]
    if result.error:
        raise SystemExit(f"recording failed: {result.error}")
    return {"frames": result.frames, "expected": max(1, round(result.duration * fps)),
            "dropped": result.dropped, "duplicates": result.duplicates,
            "p99": float(np.percentile(gaps, 99)), "max": float(gaps.max()),
            "finish": time.perf_counter() - stopped, "mb": path.stat().st_size / 1e6}


def grab_ms(stand: Stand, from_store: bool, count: int = 60) -> tuple[float, list[np.ndarray]]:
    """Median milliseconds to grab `stand` as an RGB array, and the frames grabbed."""
    app = QApplication.instance()
    times, frames = [], []
    for _ in range(count):
        stand.step()
        app.processEvents()
        start = time.perf_counter()
        frames.append(grab_rgb(stand, stand.rect(), from_store))
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), frames


def encode_rate(suffix: str, frames: list[np.ndarray], folder: Path, fps: int) -> float:
    """Frames per second through the `suffix` encoder as fast as it goes, median of 3 runs."""
    rates = []
    for run in range(3):
        encoder = ENCODERS[suffix](folder / f"encode{run}{suffix}", fps)
        start = time.perf_counter()
        for index in range(ENCODE_FRAMES):
            encoder.write(frames[index % len(frames)])
        encoder.close()
        rates.append(ENCODE_FRAMES / (time.perf_counter() - start))
    return statistics.median(rates)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its lines."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="recording length (20)")
    parser.add_argument("--fps", type=int, default=30, help="frames per second (30)")
    parser.add_argument("--repeats", type=int, default=1, help="recordings, medians shown (1)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(["playground-recording-benchmark"])  # noqa: F841 (Qt needs it alive)
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    trainer = context.Process(target=spin, args=(stop,), daemon=True)
    trainer.start()
    stand = Stand()
    stand.show()
    stand.timer.start()
    try:
        run_for(1.0)  # the child starts spinning, the plots settle
        with tempfile.TemporaryDirectory() as folder:
            base = timer_gaps(min(args.seconds, 10.0))
            runs = [record(stand, Path(folder) / f"run{i}.mp4", args.seconds, args.fps)
                    for i in range(args.repeats)]
            grab, frames = grab_ms(stand, from_store=True)
            repaint, _ = grab_ms(stand, from_store=False)
            mp4 = encode_rate(".mp4", frames, Path(folder), args.fps)
            gif = encode_rate(".gif", frames, Path(folder), args.fps)
    finally:
        stop.set()
        trainer.join(5)
    fig = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    size = f"{SIZE[0]}x{SIZE[1]}"
    print(f"frames written: {fig['frames']:.0f} of {fig['expected']:.0f} expected "
          f"({args.seconds:g} s x {args.fps} fps, {size} MP4, one core busy training)")
    print(f"frames dropped: {fig['dropped']:.0f}")
    print(f"duplicates (late GUI ticks): {fig['duplicates']:.0f}")
    print(f"GUI timer gaps ({PROBE_MS} ms timer) while recording: p99 {fig['p99']:.1f} ms, "
          f"max {fig['max']:.1f} ms; without recording: p99 {np.percentile(base, 99):.1f} ms, "
          f"max {base.max():.1f} ms")
    print(f"grab cost on the GUI thread: {grab:.2f} ms per {size} frame from the backing store "
          f"(QWidget.grab, which paints again: {repaint:.2f} ms; medians)")
    print(f"encode throughput: MP4 {mp4:.0f} frames/s, GIF {gif:.0f} frames/s at {size} "
          f"(median of 3 x {ENCODE_FRAMES} frames, one core busy training)")
    print(f"stop to finished file: {fig['finish']:.2f} s; file {fig['mb']:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
