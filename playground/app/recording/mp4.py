"""MP4 (H.264, yuv420p) through the ffmpeg that ships inside the imageio-ffmpeg wheel."""

from __future__ import annotations

from pathlib import Path

import imageio_ffmpeg
import numpy as np

from playground.app.recording.files import EncoderError
from playground.app.recording.frames import fit

# libx264's default preset ("medium") encoded 900x600 at 22 frames/s on the 2-core machine with
# one core training; "veryfast" at 53-69 frames/s, at a similar file size for screen content.
PRESET = "veryfast"
QUALITY = 6  # imageio-ffmpeg's 0-10 scale; 6 is x264 crf 20, crisp text and thin plot lines


class Mp4Encoder:
    """Writes RGB frames to an H.264 MP4; the first frame fixes the size, padded to even."""

    def __init__(self, path: Path, fps: int):
        self.path, self.fps = path, fps
        self._frames = None
        self._shape: tuple[int, int] = (0, 0)

    def write(self, frame: np.ndarray) -> None:
        """Encode one (h, w, 3) uint8 frame; later sizes are cropped or padded to the first."""
        if self._frames is None:
            height, width = frame.shape[0] + frame.shape[0] % 2, frame.shape[1] + frame.shape[1] % 2
            self._shape = (height, width)
            self._frames = imageio_ffmpeg.write_frames(
                str(self.path), (width, height), fps=self.fps, quality=QUALITY,
                macro_block_size=2, ffmpeg_log_level="error", output_params=["-preset", PRESET])
            self._frames.send(None)
        try:
            self._frames.send(np.ascontiguousarray(fit(frame, *self._shape)))
        except OSError as err:  # imageio-ffmpeg's message holds the whole command line
            raise EncoderError(f"the video encoder (ffmpeg) stopped: {_first_line(err)}") from None

    def close(self) -> None:
        """Flush ffmpeg and check that it wrote a file."""
        if self._frames is None:
            raise EncoderError("no frames were recorded")
        self._frames.close()
        if self.path.stat().st_size == 0:
            raise EncoderError("the video encoder (ffmpeg) wrote nothing; see its message above")

    def abort(self) -> None:
        """Stop ffmpeg; the caller removes the partial file."""
        if self._frames is not None:
            self._frames.close()


def _first_line(err: Exception) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]
