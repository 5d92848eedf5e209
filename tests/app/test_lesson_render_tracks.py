"""A rendered lesson's tracks: a chapter per step, captions as a subtitle track and an .srt
timed to the frames, captions out of the frames unless burnt in, and type sized for the video."""

import re

import numpy as np
import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel

from playground.app.lessons.render import render_lesson
from playground.app.lessons.render_tracks import TITLE_CHARS, Tracks, chapter_title
from playground.app.lessons.render_window import render_window, type_scale
from playground.app.recording.mux import probe
from playground.cli import main
from playground.lessons import load_lesson

FPS = 5
LESSON = """
title = "Tracks"
title_zh_CN = "轨道"
speed = 200

[render]
fps = 5
size = [320, 240]
wait_seconds = 0.4

[[steps]]
dataset = { generator = "circle", seed = 2, points = 60, noise = 0.1 }
config = { hidden = [3], lr = 0.3 }
caption = "Training a small network."
caption_zh_CN = "训练一个小网络。"
train = 40
wait = true

[[steps]]
config = { lr = 0.5 }

[[steps]]
caption = "A larger rate, and a caption long enough to be shortened in its chapter's title."
caption_zh_CN = "更大的学习率。"
train = 20
pause = 0.4

[[steps]]
caption = ""
caption_zh_CN = ""
pause = 0.2
"""
# frames: step 1 train 1 + wait 2; step 2 instant 1; step 3 train 1 + pause 2; step 4 pause 1
STEP_STARTS = [0, 3, 4, 7]
FRAMES = 8


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The lesson rendered to MP4 plainly and with burnt-in captions: (folder, plain frames,
    burnt frames)."""
    folder = tmp_path_factory.mktemp("tracks")
    path = folder / "lesson.toml"
    path.write_text(LESSON)
    lesson = load_lesson(path)
    frames = {}
    for name, burn in (("plain.mp4", False), ("burnt.mp4", True)):
        kept = frames.setdefault(name, [])
        render_lesson(lesson, folder / name, burn_captions=burn, on_frame=kept.append)
    return folder, frames["plain.mp4"], frames["burnt.mp4"]


def _srt_cues(text: str) -> list[tuple[float, float, str]]:
    """(start, end, text) of each cue in an .srt."""
    def seconds(stamp):
        h, m, s = stamp.replace(",", ".").split(":")
        return int(h) * 3600 + int(m) * 60 + float(s)
    cues = []
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        start, end = lines[1].split(" --> ")
        cues.append((seconds(start), seconds(end), "\n".join(lines[2:])))
    return cues


def test_a_rendered_lesson_has_a_chapter_for_each_step(rendered):
    folder, plain, _ = rendered
    described = probe(folder / "plain.mp4")
    assert described.count("Chapter #") == 4 == len(STEP_STARTS)
    starts = [float(s) for s in re.findall(r"Chapter #\S+ start (\S+),", described)]
    assert starts == [frame / FPS for frame in STEP_STARTS]
    titles = re.findall(r"title\s+: (.*)", described)
    assert titles[0] == "Training a small network." and titles[1] == "Step 2"
    assert titles[2].endswith("…") and len(titles[2]) <= TITLE_CHARS
    assert "Subtitle: mov_text" in described and len(plain) == FRAMES


def test_the_srt_cues_are_the_frames_that_show_each_caption(rendered):
    """A frame shows a caption when the burnt render differs from the plain one there: exactly
    the frames inside the .srt's cues, and nowhere else (the plain frames show none)."""
    folder, plain, burnt = rendered
    cues = _srt_cues((folder / "plain.srt").read_text(encoding="utf-8"))
    assert [text for *_, text in cues] == [
        "Training a small network.",
        "A larger rate, and a caption long enough to be shortened in its chapter's title."]
    assert [(start, end) for start, end, _ in cues] == [(0.0, 4 / FPS), (4 / FPS, 7 / FPS)]
    for index, (a, b) in enumerate(zip(plain, burnt, strict=True)):
        middle = (index + 0.5) / FPS
        in_cue = any(start <= middle < end for start, end, _ in cues)
        assert (not np.array_equal(a, b)) == in_cue, index


def test_chinese_tracks_and_step_titles(tmp_path):
    path = tmp_path / "lesson.toml"
    path.write_text(LESSON)
    out = tmp_path / "zh.mp4"
    result = render_lesson(load_lesson(path, "zh_CN"), out, size=(320, 240))
    described = probe(out)
    assert "(chi): Subtitle: mov_text" in described
    titles = re.findall(r"title\s+: (.*)", described)
    assert titles[:3] == ["训练一个小网络。", "第 2 步", "更大的学习率。"]
    assert result.subtitles == tmp_path / "zh.srt"
    assert "训练一个小网络。" in result.subtitles.read_text(encoding="utf-8")


def test_chapter_titles_and_cues_from_frames():
    assert chapter_title("First line\nsecond", 1) == "First line"
    assert chapter_title(None, 3) == chapter_title("  ", 3) == "Step 3"
    long = chapter_title("word " * 30, 1)
    assert long.endswith("…") and len(long) <= TITLE_CHARS and not long.endswith(" …")
    chinese = chapter_title("字" * 40, 1)
    assert chinese == "字" * 29 + "…"  # two columns each
    tracks = Tracks(10)
    for index, caption in enumerate(["", "a", "a", "b", "", "", "c"]):
        tracks.frame(index, caption)
    assert [(c.start, c.end, c.text) for c in tracks.cues(8)] == [
        (0.1, 0.3, "a"), (0.3, 0.4, "b"), (0.6, 0.8, "c")]


def test_a_large_video_is_the_window_at_that_size_with_larger_type(tmp_path):
    assert type_scale((1280, 800)) == type_scale((320, 240)) == 1.0
    assert type_scale((1920, 1080)) == pytest.approx(1.35)
    pixels = {}
    for size in ((1280, 800), (1920, 1080)):
        with render_window(size) as window:
            image = window.grab().toImage()
            assert (image.width(), image.height()) == size
            pixels[size] = QFontInfo(window.findChild(QLabel, "epoch").font()).pixelSize()
    assert pixels[(1920, 1080)] >= 1.3 * pixels[(1280, 800)]


@pytest.mark.parametrize("size, says", [("10x10", "from 320x240 to 3840x2160"),
                                        ("abc", "must look like 1280x800"),
                                        ("1920x1080x2", "must look like 1280x800")])
def test_bad_sizes_are_refused(tmp_path, capsys, size, says):
    path = tmp_path / "lesson.toml"
    path.write_text(LESSON)
    assert main(["render", str(path), "-o", str(tmp_path / "v.mp4"), "--size", size]) == 2
    err = capsys.readouterr().err
    assert says in err and "--size" in err and "Traceback" not in err
    assert not (tmp_path / "v.mp4").exists()
