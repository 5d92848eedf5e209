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
