"""Output files: written to a hidden temporary sibling (engine.files names it) and renamed
when done; their errors in words; the writing threads' wait for their next item."""

from __future__ import annotations

import queue
import shutil
import threading
from pathlib import Path

from playground.engine import files

FULL_BYTES = 2**20  # less free space than this after an encoder stopped: the disk filled up
POLL_SECONDS = 0.5  # how often an idle writing thread checks that the program still runs


def next_item(items: queue.SimpleQueue, stop: object) -> object:
    """The next item of `items`, or `stop` once the program's main thread has ended without
    sending it: a file is then finished with what it has, rather than the exit waiting."""
    while True:
        try:
            return items.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if not threading.main_thread().is_alive():
                return stop


class EncoderError(RuntimeError):
    """An encoder could not finish its file; the message says why in one line."""


def sibling_temp(path: Path) -> Path:
    """A hidden temporary name beside `path`, with the same suffix (encoders pick formats by it)
    and this process's PID, so a start after a kill can keep what it holds (files.tidy)."""
    return files.temp_beside(path, suffix=True)


def reserve(path: Path, target: Path) -> None:
    """Create the temporary `path` empty, so an unwritable folder or a read-only `target`
    fails here, before any frame is encoded."""
    files.check_replaceable(target)
    with open(path, "xb"):
        pass


def write_error(path: Path, err: OSError) -> str:
    """A one-line message saying why `path` could not be written."""
    return f"cannot write {path}: {files.write_reason(path, err)}"


def disk_full(folder: Path) -> bool:
    """Whether the disk holding `folder` is (nearly) full: why an encoder's pipe broke."""
    try:
        return shutil.disk_usage(folder).free < FULL_BYTES
    except OSError:
        return False
