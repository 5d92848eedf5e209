"""The recorder on a real X display: xdotool drives the real window under Xvfb, and the MP4 is
checked for the chosen output size, its duration against the wall clock, the pointer and click
ring at the clicked place, and no REC readout.

Run: python benchmarks/record_xvfb.py [--seconds 3] [--display :97]
Starts Xvfb (1280x720x24), runs the window there (QT_QPA_PLATFORM=xcb, HOME in a temporary
folder), starts a recording with the Export menu's Record action, moves the pointer away, then
clicks with xdotool on an empty part of the run bar, stops, and prints one line per check.
Exits 1 when a check fails; skips (exit 0) with a message when Xvfb or xdotool are missing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WINDOW = (1200, 680)
OUTPUT = (1920, 1080)
FPS = 30
AMBER = (249, 171, 0)  # overlay.CLICK_COLOUR
RING_SECONDS = 0.4  # overlay.RING_SECONDS


def child(report: Path, seconds: float) -> None:
    """In the Xvfb display: open the window, record, click with xdotool, stop; write a report."""
    import playground  # noqa: F401  # isort: skip
    from PySide6.QtCore import QEventLoop, QPoint, QSettings, QTimer
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from playground.app.window.main_window import MainWindow

    _app = QApplication(["playground-xvfb"])  # kept alive while the window runs
    settings = QSettings(str(report.parent / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.move(0, 0)
    window.resize(*WINDOW)
    window.show()

    def wait(secs: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(secs * 1000), loop.quit)
        loop.exec()

    deadline = time.monotonic() + 60
    while window.runs.main.last_frame is None and time.monotonic() < deadline:
        wait(0.1)
    wait(0.5)
    exports = window.exports
    record = next(a for a in exports.menu.actions() if a.shortcut() == QKeySequence("Ctrl+R"))
    corner = window.mapToGlobal(QPoint(0, 0))
    if exports.indicator.isVisible() or not exports.pointer_action.isChecked():
        raise SystemExit("the window did not open in its default recording state")
    subprocess.run(["xdotool", "mousemove", str(corner.x() + 5), str(corner.y() + 5)], check=True)
    started: list[float] = []
    exports.recorder.started.connect(lambda _path: started.append(time.monotonic()))
    pressed = time.monotonic()
    record.trigger()  # the Export menu's Record action (Ctrl+R)
    started[0] = (pressed + time.monotonic()) / 2  # the recorder's clock starts in between
    wait(1.0)
    indicator_on_screen = exports.indicator.isVisible()
    indicator = exports.indicator.geometry()
    indicator.moveTopLeft(exports.indicator.mapTo(window, QPoint(0, 0)))
    spot = indicator.center() - QPoint(90, 0)  # an empty part of the run bar, left of REC
    before_click = time.monotonic() - started[0]
    subprocess.run(["xdotool", "mousemove", str(corner.x() + spot.x()),
                    str(corner.y() + spot.y()), "click", "1"], check=True)
    after_click = time.monotonic() - started[0]
    wait(max(0.5, seconds - 1.0))
    finished: list = []
    exports.recorder.finished.connect(finished.append)
    pressed = time.monotonic()
    record.trigger()
    wall = (pressed + time.monotonic()) / 2 - started[0]
    while not finished:
        wait(0.1)
    result = finished[0]
    report.write_text(json.dumps({
        "path": str(result.path), "error": result.error, "wall": wall,
        "duration": result.duration, "frames": result.frames, "dropped": result.dropped,
        "click": [spot.x(), spot.y()], "click_between": [before_click, after_click],
        "window": [window.width(), window.height()], "indicator_on_screen": indicator_on_screen,
        "indicator": [indicator.x(), indicator.y(), indicator.width(), indicator.height()]}))
    window.close()


def to_video(x: float, y: float, window: list[int]) -> tuple[float, float]:
    """A window point in the letterboxed output frame."""
    scale = min(OUTPUT[0] / window[0], OUTPUT[1] / window[1])
    return ((OUTPUT[0] - window[0] * scale) / 2 + x * scale,
            (OUTPUT[1] - window[1] * scale) / 2 + y * scale)


def check(report: dict) -> list[tuple[bool, str]]:
    """The checks on the MP4, each (passed, what was seen)."""
    import imageio_ffmpeg
    import numpy as np

    path = report["path"]
    reader = imageio_ffmpeg.read_frames(path)
    meta = next(reader)
    width, height = meta["size"]
    frames = [np.frombuffer(f, np.uint8).reshape(height, width, 3).astype(int) for f in reader]
    count, secs = imageio_ffmpeg.count_frames_and_secs(path)
    seen = [(tuple(meta["size"]) == OUTPUT, f"output size {width}x{height} (chosen "
             f"{OUTPUT[0]}x{OUTPUT[1]}, window {report['window'][0]}x{report['window'][1]})")]
    video = count / FPS
    seen.append((abs(video - report["wall"]) <= 1 / FPS,
                 f"duration {video:.3f} s ({count} frames at {FPS}/s; ffmpeg says {secs:.3f} s) "
                 f"against {report['wall']:.3f} s of wall time: off by "
                 f"{abs(video - report['wall']) * 1000:.0f} ms (one frame is "
                 f"{1000 / FPS:.0f} ms); the recorder's own clock said {report['duration']:.3f} s;"
                 f" {report['dropped']} dropped"))
    x, y = to_video(*report["click"], report["window"])
    before = frames[int(report["click_between"][0] * FPS) - 3]
    after = frames[min(len(frames) - 1, int(report["click_between"][1] * FPS) + 4)]
    box = (slice(int(y) - 45, int(y) + 45), slice(int(x) - 45, int(x) + 45))
    amber = lambda f: int((np.abs(f[box] - AMBER).sum(axis=2) < 90).sum())  # noqa: E731
    dark = lambda f: int((f[int(y):int(y) + 20, int(x):int(x) + 12].sum(axis=2) < 150).sum())  # noqa: E731
    # The ring fades within RING_SECONDS of the click reaching the window, which comes a
    # little after xdotool returns: the brightest frame of that span counts.
    span = frames[int(report["click_between"][0] * FPS):
                  int((report["click_between"][1] + RING_SECONDS) * FPS) + 1]
    ring = max(amber(f) for f in span)
    seen.append((ring > 30 and amber(before) == 0,
                 f"click ring at the clicked place ({x:.0f}, {y:.0f}) in the video: "
                 f"{ring} ring-coloured pixels at most in the {RING_SECONDS} s after the click, "
                 f"{amber(before)} before"))
    seen.append((dark(after) > 20 and dark(before) < 5,
                 f"pointer at the clicked place: {dark(after)} arrow pixels after the click, "
                 f"{dark(before)} before"))
    left, top, w, h = report["indicator"]
    x0, y0 = to_video(left, top, report["window"])
    x1, y1 = to_video(left + w, top + h, report["window"])
    inside = (slice(int(y0) + 2, int(y1) - 2), slice(int(x0) + 2, int(x1) - 2))
    worst = -1
    for f in frames[::10]:  # the area against the run bar's colour just around it, as encoded
        ring = f[int(y0) - 8:int(y1) + 8, int(x0) - 8:int(x1) + 8].reshape(-1, 3)
        colours, counts = np.unique(ring, axis=0, return_counts=True)
        worst = max(worst, int(np.abs(f[inside] - colours[counts.argmax()]).max()))
    seen.append((report["indicator_on_screen"] and 0 <= worst <= 12,
                 f"no REC readout: its area in every 10th frame is the run bar's colour around "
                 f"it within {worst} levels of 255 (REC shown on screen meanwhile: "
                 f"{report['indicator_on_screen']})"))
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description="Record the real window under Xvfb")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--display", default=":97")
    parser.add_argument("--keep", type=Path, help="copy the MP4 and the report to this folder")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seconds)
        return
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        print(f"skipped: {' and '.join(missing)} not installed (Debian: apt install xvfb xdotool)")
        return
    with tempfile.TemporaryDirectory() as home:
        xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", "1280x720x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            socket = Path(f"/tmp/.X11-unix/X{args.display.lstrip(':')}")
            deadline = time.monotonic() + 10
            while not socket.exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            if xvfb.poll() is not None or not socket.exists():
                raise SystemExit(f"Xvfb did not start on {args.display} (is it in use?)")
            env = dict(os.environ, DISPLAY=args.display, QT_QPA_PLATFORM="xcb", HOME=home,
                       XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
            env.pop("WAYLAND_DISPLAY", None)
            report = Path(home) / "report.json"
            subprocess.run([sys.executable, __file__, "--child", str(report), "--seconds",
                            str(args.seconds)], env=env, check=True, timeout=180)
            seen = check(json.loads(report.read_text()))
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(report, args.keep)
                shutil.copy(json.loads(report.read_text())["path"], args.keep / "xvfb.mp4")
        finally:
            xvfb.terminate()
            xvfb.wait()
    for passed, line in seen:
        print(("ok    " if passed else "FAIL  ") + line)
    if not all(passed for passed, _ in seen):
        sys.exit(1)


if __name__ == "__main__":
    main()
