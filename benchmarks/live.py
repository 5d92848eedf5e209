"""Live-window figures: drives the real window offscreen while it trains at full speed.

Run: python benchmarks/live.py [--seconds 10]
Prints one line per figure: GUI timer gaps (p99, max), boundary frames drawn per second, epochs
per second in the window against the engine alone on the same task, and the time from
`python main.py` to the first drawn frame (median of warm starts).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
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
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.app import FIRST_FRAME_ENV  # noqa: E402
from playground.app.data.settings import DataSettings  # noqa: E402
from playground.app.window.main_window import MainWindow  # noqa: E402
from playground.engine import TrainConfig, Trainer, datasets  # noqa: E402

TASK = DataSettings(generator="spiral", n_points=1000, noise=0.0, train_fraction=0.5)
CONFIG = TrainConfig(hidden=(8, 8), activation="tanh", batch_size=10, lr=0.03)


def engine_epochs_per_second(seconds: float = 3.0) -> float:
    """The same task on the engine alone, in this process (benchmarks/engine.py's workload a)."""
    data = datasets.generate("spiral", n_points=1000, seed=0, train_fraction=0.5)
    trainer = Trainer(CONFIG, data)
    trainer.run(20)
    rates = []
    for _ in range(5):
        start, epochs = time.perf_counter(), 0
        while time.perf_counter() - start < seconds / 5:
            trainer.run_epoch()
            epochs += 1
        rates.append(epochs / (time.perf_counter() - start))
    return statistics.median(rates)


def run_window(seconds: float, tab: str, record: Path | None = None) -> dict[str, float]:
    """Train in the real window for `seconds` with the network diagram and the plot tab `tab`
    showing; measure timer gaps, frames and epochs."""
    app = QApplication.instance() or QApplication(["playground-live-benchmark"])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("config", __import__("json").dumps(CONFIG.to_dict()))
        window = MainWindow(settings)
        window.resize(1600, 960)
        window.show()
        window.data.apply_settings(TASK)
        plots = window.inside.plots
        titles = [plots.tabText(i) for i in range(plots.count())]
        plots.setCurrentIndex(titles.index(tab))
        wait(app, 1.5)  # the training process starts and draws its first frames
        ticks: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        timer = QTimer()
        timer.setInterval(16)
        timer.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
        window.run_bar.speed.setCurrentIndex(0)  # full speed: the window opens at 30 epochs/s
        window.set_playing(True)
        wait(app, 1.0)  # warm up
        first = window.runs.main.last_frame.snapshot.epoch
        frames0 = window.runs.main.frames_drawn
        if record is not None:
            window.exports.start_recording(record, 30)
        start = time.perf_counter()
        timer.start()
        wait(app, seconds)
        timer.stop()
        elapsed = time.perf_counter() - start
        tally = window.exports.stop_recording() if record is not None else None
        last = window.runs.main.last_frame.snapshot.epoch
        frames = window.runs.main.frames_drawn - frames0
        window.close()  # waits for the recording's file to be finished
        app.processEvents()
    gaps = np.diff(np.array(ticks))
    figures = {"p99": float(np.percentile(gaps, 99)), "max": float(gaps.max()),
               "median": float(np.median(gaps)), "fps": frames / elapsed,
               "epochs": (last - first) / elapsed}
    if tally is not None:
        figures.update(video_frames=tally.frames, expected=round(tally.duration * 30),
                       dropped=tally.dropped, duplicates=tally.duplicates)
    return figures


def wait(app: QApplication, seconds: float) -> None:
    """Run the event loop for `seconds` (the window keeps drawing meanwhile)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def first_frame_seconds(repeats: int = 5) -> float:
    """Median time from starting `python main.py` to its first drawn frame (warm starts)."""
    env = dict(os.environ, **{FIRST_FRAME_ENV: "1", "QT_QPA_PLATFORM": "offscreen"})
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = home  # fresh settings and no autosave, like a first launch
        env["XDG_DATA_HOME"] = home
        times = []
        for attempt in range(repeats + 1):
            start = time.time()
            out = subprocess.run([sys.executable, str(ROOT / "main.py")], env=env,
                                 capture_output=True, text=True, timeout=60)
            stamp = [line for line in out.stdout.splitlines() if line.startswith("first-frame")]
            if not stamp:
                raise RuntimeError(f"no first frame reported: {out.stderr[-500:]}")
            if attempt:  # the first run warms the disk cache
                times.append(float(stamp[0].split()[1]) - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description="Live-window figures")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--record", action="store_true",
                        help="also record the window to MP4 at 30 frames/s meanwhile")
    parser.add_argument("--tab", default="Gradient flow",
                        help="the plot tab showing under the canvas (Gradient flow)")
    args = parser.parse_args()
    engine = engine_epochs_per_second()
    with tempfile.TemporaryDirectory() as folder:
        record = Path(folder) / "live.mp4" if args.record else None
        live = run_window(args.seconds, args.tab, record)
    startup = first_frame_seconds()
    print(f"GUI 16 ms timer gaps while training ({args.tab} and the network showing): "
          f"p99 {live['p99']:.1f} ms, "
          f"max {live['max']:.1f} ms (median {live['median']:.1f} ms)")
    print(f"boundary frames drawn: {live['fps']:.1f} per second")
    print(f"epochs per second in the window: {live['epochs']:,.0f} "
          f"({100 * live['epochs'] / engine:.0f} % of the engine alone: {engine:,.0f})")
    print(f"python main.py to first drawn frame: {startup:.2f} s (median of 5 warm starts)")
    if args.record:
        print(f"recording at 30 frames/s: {live['video_frames']} frames written of "
              f"{live['expected']} expected, {live['dropped']} dropped, "
              f"{live['duplicates']} repeated for late ticks")


if __name__ == "__main__":
    main()
