"""The encoder contract and the registry from a file suffix to the encoder that writes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import numpy as np

from playground.app.recording.gif import GifEncoder
from playground.app.recording.mp4 import Mp4Encoder


class Encoder(Protocol):
    """Turns frames into one file; used from the writer thread only."""

    channels: int  # the frames it takes fastest: 3 RGB, 4 XRGB32 bytes (frames.py)
    # Optional: `scales = True` and an `output_size` attribute, which the writer then sets to
    # the recording's (width, height) and hands over frames as grabbed (Mp4Encoder: ffmpeg).

    def write(self, frame: np.ndarray) -> None:
        """Append one (h, w, 3) RGB or (h, w, 4) XRGB32 uint8 frame."""

    def close(self) -> None:
        """Finish the file."""

    def abort(self) -> None:
        """Stop without finishing; the caller removes the file."""


EncoderFactory = Callable[[Path, int], Encoder]  # (path, fps) -> Encoder

ENCODERS: dict[str, EncoderFactory] = {".mp4": Mp4Encoder, ".gif": GifEncoder}
