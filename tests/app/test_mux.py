"""The finishing pass: narration as AAC ending with the video, captions as a mov_text track and
an .srt, chapters a player lists; bad input named, never a half-written file kept."""

import wave
from pathlib import Path

import imageio_ffmpeg
import numpy as np
import pytest

from playground.app.recording.files import EncoderError
from playground.app.recording.mux import (
    Cue,
    audio_seconds,
    ffmetadata,
    mux,
    probe,
    srt_text,
    srt_time,
)

FPS = 30
RATE = 48_000


def tiny_video(path: Path, seconds: float) -> Path:
    frames = imageio_ffmpeg.write_frames(str(path), (64, 48), fps=FPS, macro_block_size=2,
                                         ffmpeg_log_level="error")
    frames.send(None)
    for i in range(round(seconds * FPS)):
        frames.send(np.full((48, 64, 3), i % 256, np.uint8))
    frames.close()
    return path


def sine_wav(path: Path, seconds: float) -> Path:
    t = np.arange(round(seconds * RATE)) / RATE
    samples = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    return path




def test_subrip_times_and_text():
    assert srt_time(0) == "00:00:00,000" and srt_time(3725.4567) == "01:02:05,457"
    text = srt_text([Cue(0, 1.5, "one"), Cue(1.5, 1.5, "empty span"), Cue(2, 3, "  "),
                     Cue(3, 4.25, "第二条")])
    assert text == ("1\n00:00:00,000 --> 00:00:01,500\none\n\n"
                    "2\n00:00:03,000 --> 00:00:04,250\n第二条\n")


def test_chapter_titles_escape_what_ffmetadata_reads_as_syntax():
    text = ffmetadata([Cue(0, 2, "a = b; #1 \\ x\nnext line")])
    assert "title=a \\= b\\; \\#1 \\\\ x next line" in text and "START=0" in text
    assert "END=2000" in text and text.startswith(";FFMETADATA1\n")


@pytest.mark.parametrize("narration", [1.4, 2.6])  # shorter and longer than the video
def test_narration_ends_with_the_video_and_tracks_are_there(tmp_path, narration):
    video = tiny_video(tmp_path / "frames.mp4", 2.0)
    out = tmp_path / "out.mp4"
    mux(video, out, audio=sine_wav(tmp_path / "voice.wav", narration),
        cues=[Cue(0, 1, "学习率"), Cue(1, 2, "second")],
        chapters=[Cue(0, 1, "Step 1"), Cue(1, 2, "第 2 步")], language="zh_CN")
    frames, _ = imageio_ffmpeg.count_frames_and_secs(str(out))
    assert frames == 2 * FPS
    assert abs(audio_seconds(out) - frames / FPS) <= 1 / FPS
    streams = probe(out)
    assert "Audio: aac" in streams and "Subtitle: mov_text" in streams and "(chi)" in streams
    assert streams.count("Chapter #") == 2 and "第 2 步" in streams


def test_a_video_without_frames_is_refused_with_ffmpegs_reason(tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video")
    with pytest.raises(EncoderError, match="could not finish the video"):
        mux(broken, tmp_path / "out.mp4", cues=[Cue(0, 1, "x")])
    assert not (tmp_path / "out.mp4").exists()
