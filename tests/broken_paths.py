"""Paths that are not plain files, for the broken-file suites: a FIFO that cannot hang a test,
a link to /dev/zero, and the disk-full error.

A reader that opens a FIFO with no writer blocks for ever. `fifo` guards against that
regression: if the test has not finished with the FIFO after GUARD_SECONDS, a guard thread
opens it for writing and closes it, so the blocked reader sees an empty file and the test
fails on its assertion instead of hanging the suite. The guard waits on an event, it never
sleeps, and it fires only when a reader is stuck.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

GUARD_SECONDS = 20.0


@contextlib.contextmanager
def fifo(path: Path) -> Iterator[Path]:
    """A FIFO at `path` that unblocks a reader stuck in it after GUARD_SECONDS."""
    os.mkfifo(path)
    finished = threading.Event()

    def guard() -> None:
        while not finished.wait(GUARD_SECONDS):
            with contextlib.suppress(OSError):  # ENXIO: nobody is reading, nothing to free
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=guard, name="fifo guard", daemon=True)
    thread.start()
    try:
        yield path
    finally:
        finished.set()
        thread.join()


def zero_link(path: Path) -> Path:
    """A symbolic link at `path` to /dev/zero, which reads endless zeros."""
    path.symlink_to("/dev/zero")
    return path


def disk_full(*_args, **_kwargs):
    """Stands in for os.write, os.fsync, ...: the disk is full."""
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


MEMORY_LIMIT = 1 << 30  # a reader that floods memory dies at 1 GB instead of the machine


def run_limited(code: str, cwd: Path, seconds: float = 120.0):
    """Python `code` in a child process held to MEMORY_LIMIT of address space (so a reader
    that reads /dev/zero for ever fails fast); the CompletedProcess, text captured."""
    import resource
    import subprocess
    import sys

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, preexec_fn=limit,
                          capture_output=True, text=True, timeout=seconds)


def refusal_of_dev_zero(tmp_path: Path, name: str, imports: str, call: str,
                        error: str = "ValueError") -> str:
    """What `call` says when `name` is a link to /dev/zero, run in a memory-limited child (a
    reader that read it would die there, not flood the machine): its printed refusal."""
    zero_link(tmp_path / name)
    result = run_limited(f"{imports}\ntry:\n    {call}\nexcept {error} as err:\n"
                         "    print(err)\n", tmp_path)
    assert not result.stderr, result.stderr
    return result.stdout.strip()
