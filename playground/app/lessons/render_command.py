"""`playground render LESSON.toml -o OUT.mp4 [--lang zh_CN]`: check everything, render, show
progress."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from pathlib import Path

from tqdm import tqdm

from playground.errors import UsageError
from playground.lessons import LessonError, load_lesson


def render(args: argparse.Namespace) -> int:
    """Render the lesson; bad input raises UsageError before anything runs (exit 2)."""
    try:
        lesson = load_lesson(args.lesson, getattr(args, "lang", "en"))  # --lang: refused when
        # the lesson lacks it, naming the file, the step and the language
    except LessonError as err:
        raise UsageError(str(err)) from None
    out = Path(args.output)
    if out.suffix.lower() not in (".mp4", ".gif"):
        raise UsageError(f"--output {out.name}: the video must end in .mp4 or .gif")
    if not out.parent.is_dir():
        raise UsageError(f"--output {out}: the folder {out.parent} does not exist")
    if out.is_dir():
        raise UsageError(f"--output {out}: a folder, not a video file")
    if args.fps is not None and not 1 <= args.fps <= 60:
        raise UsageError(f"--fps must be 1-60, got {args.fps}")
    size = _size(args.size) if args.size else None
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the video is made without a screen
    from playground.app.lessons.render import RenderError, render_lesson

    started = time.perf_counter()
    interrupted = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: interrupted.set())  # Ctrl+C: stop cleanly
    bar = tqdm(desc=lesson.title_in(), unit="frame", file=sys.stderr, total=1)
    try:
        result = render_lesson(lesson, out, args.fps, size, _progress(bar, len(lesson.steps)),
                               cancel=interrupted,
                               burn_captions=getattr(args, "burn_captions", False))
    except RenderError as err:
        bar.close()
        print(f"playground: render failed: {err}", file=sys.stderr)
        return 130 if interrupted.is_set() else 1
    finally:
        signal.signal(signal.SIGINT, previous)
    bar.close()
    also = f" and {result.subtitles.name}" if result.subtitles is not None else ""
    print(f"wrote {result.path}{also} ({result.frames} frames, {result.seconds:.1f} s of video) "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size must look like 1280x800, got {text!r}") from None
    if not (320 <= width <= 3840 and 240 <= height <= 2160):
        raise UsageError(f"--size {text}: from 320x240 to 3840x2160")
    return width, height


def _progress(bar: tqdm, steps: int):
    """The render's progress into tqdm's bar: frames (with rate and time left) and the step."""
    def show(done: int, total: int, step: int) -> None:
        if bar.total != total:
            bar.total = total
        bar.update(done - bar.n)
        bar.set_postfix_str(f"step {step}/{steps}", refresh=False)
    return show
