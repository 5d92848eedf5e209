"""A seeded random-input run of the real window: zero exceptions, zero hangs, zero crashes.

Run: python benchmarks/chaos.py [--seconds 180] [--seed S] [--hang-seconds 10]
The window runs in a child process (faulthandler on), so a segfault or abort is a non-zero
exit, not a lost test. benchmarks/chaos_actions.py drives it: menus and shortcuts, mouse on the
canvas and the panels, extreme configs, big data, forks, lessons and recording. In the child,
any Python exception (sys.excepthook: slots and Qt's virtual methods end there), a Qt critical
message or a training process's traceback is a failure; a GUI heartbeat (a QTimer) that stops
for --hang-seconds is a hang, reported with every thread's stack and the last actions.
Prints the seed first (a failure reproduces with it) and one line per figure at the end:
actions, frames drawn, longest GUI gap, peak RSS (VmHWM) of the window and of each process it
started. Exit 0 only when nothing failed.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HANG_EXIT = 3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--hang-seconds", type=float, default=10.0)
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(2**31)
    if args.child:
        return child(args)
    print(f"seed: {args.seed}", flush=True)
    with tempfile.TemporaryDirectory(prefix="chaos-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=folder,
                   PYTHONFAULTHANDLER="1", XDG_CONFIG_HOME=str(Path(folder) / "config"))
        command = [sys.executable, __file__, "--child", folder, "--seconds", str(args.seconds),
                   "--seed", str(args.seed), "--hang-seconds", str(args.hang_seconds)]
        window = subprocess.Popen(command, env=env, cwd=ROOT)
        try:
            code = window.wait(timeout=args.seconds + 10 * args.hang_seconds + 120)
        except subprocess.TimeoutExpired:
            window.send_signal(signal.SIGUSR1)  # its faulthandler prints every thread's stack
            time.sleep(2)
            window.kill()
            window.wait()
            print("hang: the window's process did not end (killed)")
            return 1
    if code < 0:
        print(f"crash: the window's process died of signal {-code}")
    print(f"exit code of the window's process: {code}")
    return 0 if code == 0 else 1


def child(args) -> int:
    """The window's side: build it, drive it for args.seconds, report, exit."""
    faulthandler.enable()
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import playground  # noqa: F401  # isort: skip  (limits OpenBLAS threads before NumPy)
    import numpy as np
    from chaos_actions import Hand, data_files
    from PySide6.QtCore import QSettings, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from playground.app.window.main_window import MainWindow

    folder = Path(args.child)
    (folder / "Videos").mkdir()
    rng = random.Random(args.seed)
    files = data_files(folder, np.random.default_rng(args.seed))
    problems: list[str] = []
    app = QApplication.instance() or QApplication([])
    hand_box: list[Hand] = []

    def last_actions() -> str:
        return "\n".join(f"    {a}" for a in (hand_box[0].log if hand_box else []))

    def problem(text: str) -> None:
        problems.append(text)
        print(f"FAILURE: {text}\n  after these actions (oldest first):\n{last_actions()}",
              flush=True)

    sys.excepthook = lambda kind, value, tb: problem(
        "".join(traceback.format_exception(kind, value, tb)))
    warnings_seen: dict[str, int] = {}

    def on_qt_message(mode, context, message) -> None:
        if mode.name in ("QtCriticalMsg", "QtFatalMsg"):
            problem(f"Qt {mode.name}: {message}")
        elif message not in warnings_seen:
            print(f"Qt {mode.name}: {message}", flush=True)
        warnings_seen[message] = warnings_seen.get(message, 0) + 1

    qInstallMessageHandler(on_qt_message)

    def on_warning(message, category, filename, lineno, file=None, line=None) -> None:
        text = str(message)
        if text.startswith("Ignored exception"):  # pyqtgraph's paint() turns them into warnings
            problem(f"exception in pyqtgraph: {text}")
        elif text not in python_warnings:
            print(f"{category.__name__}: {text} ({filename}:{lineno})", flush=True)
        python_warnings[text] = python_warnings.get(text, 0) + 1

    python_warnings: dict[str, int] = {}
    warnings.simplefilter("always")
    warnings.showwarning = on_warning
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, choose_file=lambda *a: hand_box[0].choose_file(*a),
                        data_dir=folder / "data", ask_restore=lambda *_: False)
    hand = Hand(window, rng, folder, files)
    hand_box.append(hand)
    window.resize(1280, 720)
    window.show()
    frames = [0]
    window.runs.frame_drawn.connect(lambda name, frame: frames.__setitem__(0, frames[0] + 1))
    watched: set[int] = set()

    def watch_failures() -> None:
        for run in window.runs.all():
            if id(run.client) not in watched:
                watched.add(id(run.client))
                run.client.failed.connect(lambda failed, name=run.name: problem(
                    f"training process of run {name} failed: {failed.message}\n"
                    f"{failed.traceback or ''}"))

    beat = Heartbeat(args.hang_seconds, last_actions)
    beat_timer = QTimer(interval=100)
    beat_timer.timeout.connect(beat.beat)
    beat_timer.start()
    beat.start()
    # Three timers: one that a dialog's own event loop blocks (a timer never fires inside its
    # own slot), and two that close that dialog and end the run from within such a loop.
    driver = QTimer(interval=15)
    driver.timeout.connect(lambda: (watch_failures(), hand.act()))
    closer = QTimer(interval=300)
    closer.timeout.connect(hand.dismiss)

    def finish() -> None:
        driver.stop()
        closer.stop()
        while (dialog := QApplication.activeModalWidget()) is not None:
            dialog.close()
        window.close()
        app.quit()

    QTimer.singleShot(int(1000 * args.seconds), finish)
    driver.start()
    closer.start()
    app.exec()
    beat.stop()
    beat_timer.stop()
    app.processEvents()
    left = [pid for pid in children(os.getpid()) if is_training(pid)]
    if left:
        problem(f"training processes left running after the window closed: {left}")
    print(f"seed: {args.seed}")
    print(f"actions done: {sum(hand.counts.values())} "
          f"({', '.join(f'{k} {v}' for k, v in hand.counts.most_common())})")
    print(f"frames drawn: {frames[0]}")
    print(f"longest GUI gap: {1000 * beat.longest:.0f} ms (last actions before it ended: "
          f"{' '.join(beat.longest_during.split())})")
    print(f"peak RSS of the window: {peak_rss_mb(os.getpid()):.0f} MB")
    training = [mb for name, mb in beat.peaks.values() if name == "training process"]
    if training:
        print(f"training processes started: {len(training)}, peak RSS of the largest: "
              f"{max(training):.0f} MB, median {sorted(training)[len(training) // 2]:.0f} MB")
    for pid, (name, mb) in sorted(beat.peaks.items()):
        print(f"peak RSS of {name} {pid}: {mb:.0f} MB")
    print(f"Qt warnings: {sum(warnings_seen.values())} ({len(warnings_seen)} distinct)")
    print(f"Python warnings: {sum(python_warnings.values())} ({len(python_warnings)} distinct)")
    print(f"failures: {len(problems)}")
    sys.stdout.flush()
    return 1 if problems else 0


class Heartbeat:
    """A watchdog thread: the GUI thread beats; a silence over `limit` seconds is a hang.

    It also samples the peak RSS of every process the window started (they end before it)."""

    def __init__(self, limit: float, last_actions):
        self.limit, self.last_actions = limit, last_actions
        self.last = time.monotonic()
        self.longest = 0.0
        self.longest_during = ""  # the actions done just before the longest gap ended
        self.peaks: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="chaos-watchdog", daemon=True)

    def beat(self) -> None:
        now = time.monotonic()
        if now - self.last > self.longest:
            self.longest = now - self.last
            self.longest_during = "; ".join(self.last_actions().split("\n")[-3:])
        self.last = now

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.wait(0.25):
            for pid in children(os.getpid()):
                mb = peak_rss_mb(pid)
                if mb:
                    self.peaks[pid] = (process_name(pid), mb)
            gap = time.monotonic() - self.last
            if gap > self.limit:
                print(f"FAILURE: hang: the GUI thread has not turned for {gap:.1f} s\n"
                      f"  after these actions (oldest first):\n{self.last_actions()}",
                      flush=True)
                faulthandler.dump_traceback(all_threads=True)
                sys.stdout.flush()
                os._exit(HANG_EXIT)


def children(pid: int) -> list[int]:
    """The pids of pid's child processes (from /proc/PID/task/*/children)."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def peak_rss_mb(pid: int) -> float:
    """VmHWM of a process in MB (0 when it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def process_name(pid: int) -> str:
    """'training process', 'ffmpeg', ...: what a child of the window is."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "process"
    if "resource_tracker" in command:
        return "resource tracker"
    if "multiprocessing" in command:
        return "training process"
    words = command.split(" ")
    name = Path(words[0]).name or "process"
    return f"{name} {words[1]}" if name.startswith("python") and len(words) > 1 else name


def is_training(pid: int) -> bool:
    return process_name(pid) == "training process"


if __name__ == "__main__":
    sys.exit(main())
