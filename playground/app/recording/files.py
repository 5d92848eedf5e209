"""Output files: written to a hidden temporary sibling and renamed when done; their errors."""

from __future__ import annotations

import secrets
from pathlib import Path


class EncoderError(RuntimeError):
    """An encoder could not finish its file; the message says why in one line."""


def sibling_temp(path: Path) -> Path:
    """A hidden temporary name beside `path`, with the same suffix (encoders pick formats by it)."""
    return path.with_name(f".{path.stem}.{secrets.token_hex(4)}.part{path.suffix}")


def reserve(path: Path) -> None:
    """Create `path` empty, so an unwritable folder fails here with a plain OSError."""
    with open(path, "xb"):
        pass


def write_error(path: Path, err: OSError) -> str:
    """A one-line message saying why `path` could not be written."""
    if isinstance(err, FileNotFoundError):
        return f"cannot write {path}: the folder {path.parent} does not exist"
    reason = err.strerror or str(err) or type(err).__name__
    return f"cannot write {path}: {reason}"
