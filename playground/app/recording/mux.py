"""The finishing pass of a video: narration, subtitles and chapters added to a recorded MP4.

The frames are encoded while they are grabbed; what only exists once the recording ends (the
whole narration, the captions' times) is added afterwards by one ffmpeg call that copies the
video stream untouched: `mux(video, out, audio=..., cues=..., chapters=...)`. Narration is
encoded to AAC and padded with silence or cut to the video's length, so the two end together;
captions become a mov_text subtitle track (and `write_srt` puts them beside the video);
chapters come from an ffmetadata file, so players list them and viewers can jump.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import imageio_ffmpeg

from playground.app.recording.files import EncoderError

AUDIO_BITRATE = "160k"
LANGUAGE_TAGS = {"en": "eng", "zh_CN": "chi"}  # ISO 639-2, as MP4 players read them


@dataclass(frozen=True)
class Cue:
    """A text shown from `start` to `end` seconds: a subtitle, or a chapter and its title."""

    start: float
    end: float
    text: str


def srt_time(seconds: float) -> str:
    """SubRip's HH:MM:SS,mmm for `seconds` (rounded to the millisecond)."""
    millis = max(0, round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d},{millis:03d}"


def srt_text(cues: Sequence[Cue]) -> str:
    """`cues` as a SubRip file's text (numbered from 1; empty cues left out)."""
    blocks = []
    for cue in (c for c in cues if c.text.strip() and c.end > c.start):
        blocks.append(f"{len(blocks) + 1}\n{srt_time(cue.start)} --> {srt_time(cue.end)}\n"
                      f"{cue.text.strip()}\n")
    return "\n".join(blocks)


def write_srt(cues: Sequence[Cue], path: Path) -> None:
    """Write `cues` as an .srt file (UTF-8) at `path`."""
    Path(path).write_text(srt_text(cues), encoding="utf-8")


def ffmetadata(chapters: Sequence[Cue]) -> str:
    """`chapters` as an ffmetadata file: one [CHAPTER] each, in milliseconds."""
    lines = [";FFMETADATA1"]
    for chapter in chapters:
        title = chapter.text.strip().replace("\n", " ")
        for special in ("\\", "=", ";", "#"):
            title = title.replace(special, "\\" + special)
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={round(chapter.start * 1000)}",
                  f"END={round(chapter.end * 1000)}", f"title={title}"]
    return "\n".join(lines) + "\n"


def mux(video: Path, out: Path, *, audio: Path | None = None, cues: Sequence[Cue] = (),
        chapters: Sequence[Cue] = (), language: str = "en") -> None:
    """Write `out`: `video`'s frames as they are, with `audio` (a WAV) as AAC, `cues` as a
    subtitle track and `chapters`; raises EncoderError with ffmpeg's first line on failure."""
    with tempfile.TemporaryDirectory(prefix="playground-mux-") as folder:
        inputs, maps, codecs = ["-i", str(video)], ["-map", "0:v"], ["-c:v", "copy"]
        if audio is not None:
            inputs += ["-i", str(audio)]
            maps += ["-map", f"{len(inputs) // 2 - 1}:a"]
            codecs += ["-c:a", "aac", "-b:a", AUDIO_BITRATE, "-af", "apad", "-shortest"]
        if any(c.text.strip() for c in cues):
            subtitles = Path(folder) / "captions.srt"
            write_srt(cues, subtitles)
            inputs += ["-i", str(subtitles)]
            maps += ["-map", f"{len(inputs) // 2 - 1}:s"]
            codecs += ["-c:s", "mov_text", "-metadata:s:s:0",
                       f"language={LANGUAGE_TAGS.get(language, 'und')}"]
        if chapters:
            metadata = Path(folder) / "chapters.txt"
            metadata.write_text(ffmetadata(chapters), encoding="utf-8")
            inputs += ["-i", str(metadata)]
            maps += ["-map_chapters", str(len(inputs) // 2 - 1)]
        command = [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", *inputs, *maps,
                   *codecs, "-movflags", "+faststart", str(out)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0 or not Path(out).is_file():
            Path(out).unlink(missing_ok=True)  # never keep a half-written video
            first = (done.stderr.strip().splitlines() or ["no message"])[0]
            raise EncoderError(f"the video encoder (ffmpeg) could not finish the video: {first}")


def probe(video: Path) -> str:
    """ffmpeg's description of `video`'s streams and chapters (for tests and checks)."""
    done = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(video)],
                          capture_output=True, text=True)
    return done.stderr


def audio_seconds(video: Path, rate: int = 48_000) -> float:
    """The length of `video`'s audio track, decoded to the last sample (for tests and checks)."""
    raw = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-i", str(video),
                          "-map", "0:a", "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"],
                         capture_output=True, check=True).stdout
    return len(raw) / 2 / rate
