"""Live-window figures: drives the real window offscreen while it trains at full speed.

Run: python benchmarks/live.py [--seconds 10] [--size 1920x1080] [--busy]
     [--record [--fps 30] [--output 1920x1080|window] [--no-overlays] [--priority normal]
      [--rounds N]]
Prints one line per figure: GUI timer gaps (p99, max), boundary frames drawn per second, epochs
per second in the window against the engine alone on the same task, and the time from
`python main.py` to the first drawn frame beside a bare pyqtgraph window's first paint (one
100x100 image), both medians of warm starts measured in the same run. `--busy` keeps one
neighbour process spinning on a core at normal priority throughout, like a browser on a
student's laptop. `--record` records the window meanwhile at the chosen output size with the
pointer (a click every second, in the canvas) and the keys overlay (a shortcut every 2 s) on,
as a teacher's screencast would, and reports frames written, dropped and repeated. With
`--rounds N` it alternates phases without and with recording in one window, N of each, and
prints both and what recording adds: on a shared machine, where one hour's p99 differs from the
next by more than the recording costs, only figures taken side by side compare. The engine alone
is measured before and after the window (with --rounds, around each round, the window paused),
and a phase is compared with the mean of the two: on this machine the engine's own speed moved
between 512 and 839 epochs/s within one minute.
"""

from __future__ import annotations

import argparse
import contextlib
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
BARE_WINDOW = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

class Image(pg.ImageItem):
    def paint(self, painter, *args):
        super().paint(painter, *args)
        print(f"first-frame {time.time():.6f}", flush=True)
        os._exit(0)

app = QApplication(sys.argv)
view = pg.PlotWidget()
view.addItem(Image(np.random.default_rng(0).random((100, 100))))
view.resize(600, 600)
view.show()
app.exec()
"""


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


def run_window(seconds: float, tab: str, size: tuple[int, int],
               record: Path | None = None, fps: int = 30, output: str = "1920x1080",
               overlays: bool = True, priority: str = "normal") -> dict[str, float]:
    """Train in the real window for `seconds` with the network diagram and the plot tab `tab`
    showing; measure timer gaps, frames and epochs (and the recording's tally)."""
    with training_window(tab, size) as window:
        return measure(window, seconds, record, fps, output, overlays, priority)


def run_paired(seconds: float, rounds: int, tab: str, size: tuple[int, int], folder: Path,
               fps: int, output: str, overlays: bool, priority: str
               ) -> list[tuple[dict[str, float], dict[str, float]]]:
    """`rounds` pairs of phases in one window, without then with recording, each `seconds`
    long: on a shared machine only figures taken side by side compare. The engine alone is
    measured (the window paused) before each round and after the last; each phase's `engine`
    is the mean of the two around its round, as this machine's speed drifts within minutes."""
    pairs = []
    with training_window(tab, size) as window:
        engine = engine_while_paused(window)
        for index in range(rounds):
            without = measure(window, seconds)
            recording = measure(window, seconds, folder / f"round{index}.mp4", fps, output,
                                overlays, priority)
            after = engine_while_paused(window)
            without["engine"] = recording["engine"] = (engine + after) / 2
            pairs.append((without, recording))
            engine = after
    return pairs


def engine_while_paused(window: MainWindow) -> float:
    """The engine alone (engine_epochs_per_second), with the window's training paused; the
    window trains at full speed again, warmed up, afterwards."""
    window.set_playing(False)
    wait(0.5)
    rate = engine_epochs_per_second()
    window.set_playing(True)
    wait(1.0)
    return rate


@contextlib.contextmanager
def training_window(tab: str, size: tuple[int, int]):
    """The real window at `size`, training the spiral at full speed, `tab` and the network
    showing, warmed up; closed (its recording's file finished) afterwards."""
    app = QApplication.instance() or QApplication(["playground-live-benchmark"])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("config", __import__("json").dumps(CONFIG.to_dict()))
        window = MainWindow(settings)
        window.resize(*size)
        window.show()
        window.data.apply_settings(TASK)
        plots = window.inside.plots
        titles = [plots.tabText(i) for i in range(plots.count())]
        if tab not in titles:
            window.close()
            raise SystemExit(f"--tab: no plot tab {tab!r}; the tabs are {', '.join(titles)}")
        plots.setCurrentIndex(titles.index(tab))
        deadline = time.perf_counter() + 60  # the training process starts, draws its first frames
        while window.runs.main.last_frame is None and time.perf_counter() < deadline:
            wait(0.1)
        wait(1.0)
        window.run_bar.speed.setCurrentIndex(0)  # full speed: the window opens at 30 epochs/s
        window.set_playing(True)
        wait(1.0)  # warm up
        try:
            yield window
        finally:
            window.close()  # waits for the recording's file to be finished
            app.processEvents()


def measure(window: MainWindow, seconds: float, record: Path | None = None, fps: int = 30,
            output: str = "1920x1080", overlays: bool = True,
            priority: str = "normal") -> dict[str, float]:
    """Timer gaps, frames drawn and epochs for `seconds` of the training window, recording it
    to `record` meanwhile (None: not recording)."""
    ticks: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(16)
    timer.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
    first = window.runs.main.last_frame.snapshot.epoch
    frames0 = window.runs.main.frames_drawn
    actors = []
    if record is not None:
        exports = window.exports
        _choose(exports.size_group, output)
        _choose(exports.priority_group, priority)
        exports.pointer_action.setChecked(overlays)
        exports.keys_action.setChecked(overlays)
        exports.start_recording(record, fps)
        if overlays:
            actors = _act(window)
    start = time.perf_counter()
    timer.start()
    wait(seconds)
    timer.stop()
    for actor in actors:
        actor.stop()
    elapsed = time.perf_counter() - start
    tally = window.exports.stop_recording() if record is not None else None
    last = window.runs.main.last_frame.snapshot.epoch
    frames = window.runs.main.frames_drawn - frames0
    while window.exports.recorder.encoding:  # the next phase starts without ffmpeg's tail
        wait(0.05)
    gaps = np.diff(np.array(ticks))
    figures = {"p99": float(np.percentile(gaps, 99)), "max": float(gaps.max()),
               "median": float(np.median(gaps)), "fps": frames / elapsed,
               "epochs": (last - first) / elapsed}
    if tally is not None:
        figures.update(video_frames=tally.frames,
                       expected=max(1, round(tally.duration * fps)),
                       dropped=tally.dropped, duplicates=tally.duplicates)
    return figures


def _choose(group, value: str) -> None:
    """Check the menu choice whose data is `value` (as a person would in the Export menu)."""
    for action in group.actions():
        if action.data() == value:
            action.trigger()
            return
    raise SystemExit(f"no such choice: {value!r}")


def _act(window) -> list[QTimer]:
    """A click in the canvas every second (a ring to draw) and a shortcut every 2 s (K shows
    and hides the caption: a key to draw, without stopping the training)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QCursor
    from PySide6.QtTest import QTest

    canvas = window.canvas
    spot = QPoint(canvas.width() // 2, canvas.height() // 2)
    QCursor.setPos(canvas.mapToGlobal(spot))
    clicks, keys = QTimer(interval=1000), QTimer(interval=2000)
    clicks.timeout.connect(lambda: QTest.mouseClick(canvas, Qt.MouseButton.MiddleButton,
                                                    pos=spot))
    keys.timeout.connect(lambda: QTest.keyClick(window, Qt.Key.Key_K))
    clicks.start()
    keys.start()
    return [clicks, keys]


def wait(seconds: float) -> None:
    """Run the event loop for `seconds` (the window keeps drawing meanwhile)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def first_frame_seconds(repeats: int = 5) -> tuple[list[float], list[float]]:
    """Seconds from starting `python main.py` to its first drawn frame, and from starting a bare
    pyqtgraph window to its first paint: warm starts, taken in turns so both see the same
    machine."""
    env = dict(os.environ, **{FIRST_FRAME_ENV: "1", "QT_QPA_PLATFORM": "offscreen"})
    window, bare = [], []
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = home  # fresh settings and no autosave, like a first launch
        env["XDG_DATA_HOME"] = home
        for attempt in range(repeats + 1):
            for command, times in (([str(ROOT / "main.py")], window),
                                   (["-c", BARE_WINDOW], bare)):
                seconds = _first_frame(command, env)
                if attempt:  # the first run warms the disk cache
                    times.append(seconds)
    return window, bare


def _first_frame(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, *command], env=env, capture_output=True, text=True,
                         timeout=60)
    stamp = [line for line in out.stdout.splitlines() if line.startswith("first-frame")]
    if not stamp:
        raise RuntimeError(f"no first frame reported: {out.stderr[-500:]}")
    return float(stamp[0].split()[1]) - start


@contextlib.contextmanager
def neighbour(busy: bool):
    """One process spinning on a core at normal priority while the block runs (if busy)."""
    if not busy:
        yield
        return
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()


def _count(text: str) -> int:
    """A whole number of at least 1, for --rounds."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1920x1080: {text!r}") from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError(f"too small a window: {text!r}")
    return width, height


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"


def report_pairs(pairs: list[tuple[dict[str, float], dict[str, float]]],
                 args: argparse.Namespace) -> None:
    """One line per figure for paired phases: without recording, with, and the difference."""
    def median(phase: int, key: str) -> float:
        return statistics.median(pair[phase][key] for pair in pairs)

    def spread(phase: int, key: str, scale: float = 1.0) -> str:
        values = [scale * pair[phase][key] for pair in pairs]
        return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"

    width, height = args.size
    rounds = len(pairs)
    overlays = "pointer and keys drawn" if args.overlays else "no overlays"
    print(f"{rounds} rounds of {args.seconds:.0f} s in one window at {width}x{height}, without "
          f"then with recording at {args.fps} frames/s to {args.output} ({overlays}, "
          f"{args.priority} encoder priority); medians (range):")
    print(f"GUI 16 ms timer p99: {spread(0, 'p99')} ms without, {spread(1, 'p99')} ms "
          f"recording: +{median(1, 'p99') - median(0, 'p99'):.1f} ms "
          f"(per round {statistics.median(b['p99'] - a['p99'] for a, b in pairs):+.1f})")
    print(f"GUI 16 ms timer max: {spread(0, 'max')} ms without, {spread(1, 'max')} ms recording")
    def share(phase: int) -> str:
        values = [100 * pair[phase]["epochs"] / pair[phase]["engine"] for pair in pairs]
        return (f"{statistics.median(values):.0f} % ("
                + ", ".join(f"{value:.0f}" for value in values) + ")")

    engines = [pair[0]["engine"] for pair in pairs]
    print(f"training speed, % of the engine alone around each round (the engine "
          f"{min(engines):,.0f}-{max(engines):,.0f} epochs/s): {share(0)} without, "
          f"{share(1)} recording")
    print(f"boundary frames drawn per second: {spread(0, 'fps')} without, "
          f"{spread(1, 'fps')} recording")
    written = sum(b["video_frames"] for _, b in pairs)
    expected = sum(b["expected"] for _, b in pairs)
    print(f"recording: {written} frames written of {expected} expected, "
          f"{sum(b['dropped'] for _, b in pairs)} dropped, "
          f"{sum(b['duplicates'] for _, b in pairs)} repeated for late ticks (all rounds)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Live-window figures")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--record", action="store_true",
                        help="also record the window to MP4 meanwhile")
    parser.add_argument("--fps", type=int, default=30, choices=(30, 60),
                        help="the recording's frames per second (30)")
    parser.add_argument("--output", default="1920x1080",
                        help="the recording's output size: 1280x720, 1920x1080, 2560x1440 or "
                             "window (1920x1080)")
    parser.add_argument("--no-overlays", dest="overlays", action="store_false",
                        help="record without the pointer and keys overlays")
    parser.add_argument("--priority", default="normal", choices=("background", "normal"),
                        help="the encoder's priority (normal)")
    parser.add_argument("--rounds", type=_count, default=0,
                        help="with --record: this many pairs of phases in one window, without "
                             "then with recording, each --seconds long; prints both and the "
                             "differences (medians over the rounds)")
    parser.add_argument("--tab", default="Gradient flow",
                        help="the plot tab showing under the canvas (Gradient flow)")
    parser.add_argument("--size", type=_size, default=(1920, 1080),
                        help="the window's size while it trains, WIDTHxHEIGHT (1920x1080)")
    parser.add_argument("--busy", action="store_true",
                        help="one neighbour process spins on a core meanwhile")
    parser.add_argument("--no-startup", dest="startup", action="store_false",
                        help="skip the first-frame figures (they take ~20 s)")
    args = parser.parse_args()
    if args.rounds and not args.record:
        parser.error("--rounds compares phases without and with recording: add --record")
    with neighbour(args.busy):
        with tempfile.TemporaryDirectory() as folder:
            if args.record and args.rounds:
                pairs = run_paired(args.seconds, args.rounds, args.tab, args.size, Path(folder),
                                   args.fps, args.output, args.overlays, args.priority)
                report_pairs(pairs, args)
                return
            record = Path(folder) / "live.mp4" if args.record else None
            before = engine_epochs_per_second()
            live = run_window(args.seconds, args.tab, args.size, record, args.fps,
                              args.output, args.overlays, args.priority)
            after = engine_epochs_per_second()  # the machine's speed drifts within minutes
            engine = (before + after) / 2
        startup = first_frame_seconds() if args.startup else None
    width, height = args.size
    if args.busy:
        print("with one neighbour process spinning on a core:")
    print(f"GUI 16 ms timer gaps while training at {width}x{height} ({args.tab} and the network "
          "showing): "
          f"p99 {live['p99']:.1f} ms, "
          f"max {live['max']:.1f} ms (median {live['median']:.1f} ms)")
    print(f"boundary frames drawn: {live['fps']:.1f} per second")
    print(f"epochs per second in the window: {live['epochs']:,.0f} "
          f"({100 * live['epochs'] / engine:.0f} % of the engine alone: {engine:,.0f}, the mean "
          f"of {before:,.0f} before and {after:,.0f} after)")
    if startup is not None:
        window, bare = startup
        print(f"python main.py to first drawn frame: {_spread(window)} (median of "
              f"{len(window)} warm starts)")
        print(f"bare pyqtgraph window (one 100x100 image) to first paint: {_spread(bare)}: the "
              f"window takes {statistics.median(window) / statistics.median(bare):.2f}x")
    if args.record:
        overlays = "pointer and keys drawn" if args.overlays else "no overlays"
        print(f"recording at {args.fps} frames/s to {args.output} ({overlays}, "
              f"{args.priority} encoder priority): {live['video_frames']} frames written of "
              f"{live['expected']} expected, {live['dropped']} dropped, "
              f"{live['duplicates']} repeated for late ticks")


if __name__ == "__main__":
    main()
