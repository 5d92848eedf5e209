"""Thread priorities for the recorder on Linux, where nice is per thread and a child process
inherits its parent thread's: the writer thread and its ffmpeg run below the window's GUI
thread. Elsewhere these do nothing: a thread id there is not a process id, and setpriority
would name some other process."""

from __future__ import annotations

import contextlib
import os
import sys
import threading

PER_THREAD = sys.platform.startswith("linux")
# The nice value of the writer thread and of the ffmpeg it starts, by the recording's frame rate
# (benchmarks/live.py --record, window and output 1920x1080, 2 cores, training at full speed):
# - up to 30 frames/s, 5: the training process's own (training/loop.py), below the GUI thread,
#   so the encoder and the training share what the window leaves. In alternating 20 s pairs
#   ffmpeg at nice 0 left the training 76 % of the engine's speed and the GUI timer p99 at
#   24.0-24.2 ms, at 5 83-84 % and 22.8-23.1 ms, at 8 85-87 % and 23.2-24.3 ms; the writer at 5
#   too took the p99 from 24.0-24.8 to 22.5-23.2 ms. 0 frames dropped in all.
# - above, 0: at 60 frames/s the encoder needs twice the CPU, and at nice 5 it fell behind
#   (17 and 114 of 1,231 frames dropped) where at 0 it kept up (2 and 5), the p99 3-4 ms worse.
# Tried on 2026-12-03 and not kept: while recording 1080p30 the GUI thread waits on the run queue
# ~80 ms a second (schedstat; ~10 without recording). nice 10 with SCHED_BATCH for the writer
# and ffmpeg halved that and took the p99 from ~23 to 21.5 ms, but with a neighbour process
# spinning (live.py --busy) the encoder starved: 821 (614 with nice 5 and SCHED_BATCH) of ~900
# frames dropped in 30 s, against 19 at nice 5 alone.
NICE_UP_TO_30_FPS = 5


def recording_nice(fps: int) -> int:
    """The nice value for the writer thread and ffmpeg recording at `fps` frames/s."""
    return NICE_UP_TO_30_FPS if fps <= 30 else 0


def nice_this_thread(value: int) -> None:
    """Set the calling thread's nice value; an unprivileged thread can only raise it."""
    if PER_THREAD:
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), value)


def idle_this_thread() -> None:
    """Run the calling thread (and what it starts) only on CPU time nothing else wants
    (SCHED_IDLE); an unprivileged thread cannot leave it again."""
    if PER_THREAD:
        with contextlib.suppress(OSError, AttributeError):
            os.sched_setscheduler(threading.get_native_id(), os.SCHED_IDLE, os.sched_param(0))
