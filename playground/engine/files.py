"""Every file the playground reads or writes goes through here: bounded reads, atomic writes.

Reading: only a regular file (symlinks followed, so a link to /dev/zero is refused), opened
without blocking (a FIFO cannot hang the caller), read up to a size limit, or line by line
with a bound on each line. Writing: a hidden temporary file beside the target, fsync, then a
rename over it, so a full disk or a kill leaves the old file whole; a read-only target is
refused, not replaced. A temporary left by a killed process carries its PID in its name, so
the next start can tell it from one being written now and tidy it (`tidy`). Stdlib only: the
engine, io, lessons, the command line and the window all use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

MB = 2**20
UNFINISHED = " (unfinished)"  # added to a recording's name when a killed one is kept
LEGACY_STALE_SECONDS = 600.0  # a temporary without a PID (older versions) is stale after this

_TEMP = re.compile(r"^\.(?P<name>.+?)\.(?:(?P<pid>\d+)-)?[0-9a-f]{8}"
                   r"(?:(?P<tmp>\.tmp)|\.part(?P<suffix>\.[A-Za-z0-9]+))$")


class FileRefused(ValueError):
    """A file that cannot be read or written; str is `path: reason`, one line."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = Path(path), reason


# ----- reading -----------------------------------------------------------------------------------

def size_text(limit: int) -> str:
    """A byte limit as people say it: '1 MB', '512 MB', '64 KB', '1,000 bytes'."""
    if limit >= MB:
        return f"{limit / MB:,.0f} MB"
    return f"{limit / 1024:,.0f} KB" if limit >= 1024 else f"{limit:,} bytes"


@contextlib.contextmanager
def open_regular(path: str | os.PathLike, limit: int) -> Iterator[BinaryIO]:
    """`path` opened for binary reading, once it is known to be a regular file of at most
    `limit` bytes; FileRefused saying why not. Never blocks on a FIFO or a device."""
    path = Path(path)
    _check_regular(path, os.stat, limit)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise FileRefused(path, _read_reason(err)) from None
    try:
        _check_regular(path, lambda _: os.fstat(fd), limit)  # what was opened, not what was there
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def read_bytes(path: str | os.PathLike, limit: int) -> bytes:
    """The whole of a regular file of at most `limit` bytes; FileRefused otherwise."""
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileRefused(path, f"it grew past {size_text(limit)} while being read")
    return data


def read_text(path: str | os.PathLike, limit: int) -> str:
    """read_bytes as UTF-8 text, a byte-order mark dropped; FileRefused if it is not UTF-8."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise FileRefused(path, f"not UTF-8 text (bad byte at offset {err.start}) on line "
                                f"{line}") from None


def read_lines(path: str | os.PathLike, limit: int, line_limit: int) -> Iterator[bytes]:
    """The lines of a regular file (newline kept), each at most `line_limit` bytes, the file
    at most `limit`; FileRefused naming the line that is too long. Memory: one line."""
    with open_regular(path, limit) as handle:
        total = 0
        number = 0
        while line := handle.readline(line_limit + 1):
            number += 1
            total += len(line)
            if len(line) > line_limit and not (len(line) == line_limit + 1
                                               and line.endswith(b"\n")):
                raise FileRefused(path, f"line {number} is longer than {line_limit:,} "
                                        "characters")
            if total > limit:
                raise FileRefused(path, f"it grew past {size_text(limit)} while being read")
            yield line


def _check_regular(path: Path, stat_of: Callable[[Path], os.stat_result], limit: int) -> None:
    try:
        info = stat_of(path)
    except OSError as err:
        raise FileRefused(path, _read_reason(err)) from None
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise FileRefused(path, "a folder, not a file")
    if not stat.S_ISREG(mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else
                "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a special file")
        raise FileRefused(path, f"not a regular file: it is {kind}")
    if info.st_size > limit:
        raise FileRefused(path, f"larger than {size_text(limit)} ({info.st_size / MB:,.1f} MB)")


def _read_reason(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file"
    return f"cannot be read: {err.strerror or err}"


# ----- writing -----------------------------------------------------------------------------------

def write_atomic(path: str | os.PathLike, data: bytes | Callable[[BinaryIO], None]) -> None:
    """Put `data` (bytes, or a function writing to a binary handle) in `path` atomically.

    FileRefused, with the old file as it was, if the target is a folder or read-only, or if
    the write fails (a full disk says so).
    """
    path = Path(path)
    check_replaceable(path)
    tidy(path.parent, path.name)
    temp = temp_beside(path)
    try:
        with open(temp, "xb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        commit(temp, path)
    except BaseException as err:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(err, OSError):
            raise FileRefused(path, write_reason(path, err)) from None
        raise


def check_replaceable(path: Path) -> None:
    """FileRefused if a write to `path` must not replace what is there (a folder, read-only)."""
    try:
        info = path.stat()
    except OSError:
        return  # nothing there (or unreachable: the write itself will say why)
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused(path, "it is a folder")
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(path, "not a regular file, so it is not replaced")
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise FileRefused(path, "the file is read-only, so it is not replaced")


def check_writable(path: str | os.PathLike, suffix: bool = False) -> None:
    """FileRefused now if a later write_atomic to `path` could not happen (tried for real)."""
    path = Path(path)
    check_replaceable(path)
    temp = temp_beside(path, suffix)
    try:
        with open(temp, "xb"):
            pass
    except OSError as err:
        raise FileRefused(path, write_reason(path, err)) from None
    with contextlib.suppress(OSError):
        temp.unlink()


def temp_beside(path: Path, suffix: bool = False) -> Path:
    """A hidden, unique name in `path`'s folder (same file system: the rename is atomic) that
    holds this process's PID; `suffix` keeps the extension (`.x.<pid>-<hex>.part.mp4`, for
    encoders that choose a format by it), else `.x.json.<pid>-<hex>.tmp`."""
    tag = f"{os.getpid()}-{secrets.token_hex(4)}"
    if suffix:
        return path.with_name(f".{path.stem}.{tag}.part{path.suffix}")
    return path.with_name(f".{path.name}.{tag}.tmp")


def commit(temp: Path, path: Path) -> None:
    """Rename a finished temporary over `path` (unless read-only) and make the rename durable."""
    check_replaceable(path)
    os.replace(temp, path)
    _sync_folder(path.parent)


def write_reason(path: Path, err: OSError) -> str:
    """Why a write to `path` failed, in words (a full disk, a missing folder, ...)."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full (the old file, if any, is unchanged)"
    if isinstance(err, FileNotFoundError):
        if not path.parent.is_dir():
            return f"the folder {path.parent} does not exist"
        return f"files cannot be created in {path.parent}"
    if err.errno in (errno.EROFS,):
        return f"{path.parent} is on a read-only disk"
    if isinstance(err, PermissionError):
        return f"no permission to write in {path.parent}"
    return err.strerror or str(err) or type(err).__name__


def _sync_folder(folder: Path) -> None:
    """Make a rename durable where the platform allows syncing a folder."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


# ----- what a killed process left ----------------------------------------------------------------

def tidy(folder: str | os.PathLike, name: str | None = None) -> list[Path]:
    """Remove the temporaries killed processes left in `folder` (only those for `name` when
    given) and keep their unfinished recordings as `<name> (unfinished).<ext>`; returns those.

    Only names with a dead writer's PID are touched, and for `name` also the PID-less ones
    older versions wrote, once LEGACY_STALE_SECONDS old.
    """
    kept: list[Path] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            found = _TEMP.match(entry.name)
            if not found or (name is None and found["pid"] is None):
                continue  # without a PID the name alone does not say it is ours
            target = found["name"] + (found["suffix"] or "")
            if (name is not None and target != name) or not _stale(found, entry):
                continue
            path = Path(entry.path)
            with contextlib.suppress(OSError):
                if found["tmp"] or entry.stat().st_size == 0:
                    path.unlink()
                else:
                    kept.append(_keep(path, found["name"], found["suffix"]))
    return kept


def _stale(found: re.Match, entry: os.DirEntry) -> bool:
    """Whether a temporary's writer is gone (its PID no longer runs)."""
    if found["pid"] is None:
        try:
            return time.time() - entry.stat().st_mtime > LEGACY_STALE_SECONDS
        except OSError:
            return False
    pid = int(found["pid"])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it runs, as someone else
    return False


def _keep(path: Path, stem: str, suffix: str) -> Path:
    """Rename an unfinished recording to a visible name that takes nothing's place."""
    for number in range(1, 1000):
        extra = "" if number == 1 else f" {number}"
        target = path.with_name(f"{stem}{UNFINISHED}{extra}{suffix}")
        if not target.exists():
            os.replace(path, target)
            return target
    return path
