"""Rendering lessons offscreen: identical frames every time, the right count, every shipped
lesson to the end, and the command line's answers."""

import hashlib

import numpy as np
import pytest
from PIL import Image

from playground.app.lessons.menu import shipped_lessons
from playground.app.lessons.render import expected_frames, render_lesson
from playground.cli import main
from playground.lessons import load_lesson

LESSON = """
title = "Render me"
speed = 200

[render]
fps = 10
size = [480, 360]
wait_seconds = 0.3

[[steps]]
dataset = { generator = "circle", seed = 2, points = 120, noise = 0.1 }
config = { hidden = [3], lr = 0.3 }
caption = "Training a small network."
train = 60
wait = true

[[steps]]
caption = "A fork learns faster."
fork = { name = "fast", config = { lr = 1.0 } }
highlight = "training"
plot = "landscape"
train = 20
pause = 0.2
"""


def test_two_renders_give_identical_frames_and_the_expected_count(tmp_path):
    """Forks, captions, highlights, the timeline and the loss landscape included; a GIF's
    frames (captions always drawn in) and an MP4's with --burn-captions are the same: today's
    look, which the finishing pass (tracks added to the MP4) leaves alone."""
    path = tmp_path / "lesson.toml"
    path.write_text(LESSON)
    lesson = load_lesson(path)
    digests = []
    for name in ("a.gif", "b.mp4"):
        frames = []
        result = render_lesson(lesson, tmp_path / name, burn_captions=True,
                               on_frame=lambda f, kept=frames:
                               kept.append(hashlib.sha1(f).hexdigest()))
        digests.append(frames)
        assert result.frames == len(frames) == expected_frames(lesson, 10) == 3 + 3 + 1 + 2
    assert digests[0] == digests[1]
    assert len(set(digests[0][:3])) == 3  # training frames change
    with Image.open(tmp_path / "a.gif") as gif:
        assert gif.n_frames >= 3 and gif.size == (480, 360)


# Two shipped lessons render in the default suite; the others' training (25 s together) runs
# in the slow set (-m slow). Every lesson is still loaded and checked in tests/lessons/.
QUICK = {"01_learning_rate", "04_xor_needs_a_hidden_layer"}


@pytest.mark.parametrize("path", [
    p if p.stem in QUICK else pytest.param(p, marks=pytest.mark.slow)
    for p, _ in shipped_lessons()], ids=lambda p: p.stem)
def test_every_shipped_lesson_renders_to_the_end(path, tmp_path):
    lesson = load_lesson(path)
    out = tmp_path / "lesson.gif"
    shown = []
    result = render_lesson(lesson, out, fps=2, size=(320, 240),
                           on_frame=lambda f: shown.append(f.shape))
    assert out.stat().st_size > 0 and result.frames == len(shown) > 0
    assert set(shown) == {(240, 320, 3)}


def test_the_render_command_writes_a_video_and_refuses_bad_input(tmp_path, capsys):
    path = tmp_path / "lesson.toml"
    path.write_text(LESSON)
    out = tmp_path / "out.mp4"
    assert main(["render", str(path), "-o", str(out), "--fps", "5"]) == 0
    err = capsys.readouterr().err
    assert out.stat().st_size > 0 and "wrote" in err
    assert "propagateSizeHints" not in err  # no Qt plugin noise around the progress bar
    assert load_lesson(path).title in err and "frame/s" in err  # tqdm: whole title, rate
    for argv, says in (
            (["render", str(tmp_path / "none.toml"), "-o", str(out)], "no such file"),
            (["render", str(path), "-o", str(tmp_path / "x.avi")], ".mp4 or .gif"),
            (["render", str(path), "-o", str(tmp_path / "no" / "x.mp4")], "does not exist"),
            (["render", str(path), "-o", str(out), "--size", "big"], "1280x800"),
            (["render", str(path), "-o", str(out), "--fps", "0"], "--fps"),
            (["render", str(path)], "required")):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert says in err and "Traceback" not in err and err.count("\n") == 1


def test_a_render_of_mp4_reads_back_with_its_frames(tmp_path):
    import imageio_ffmpeg

    path = tmp_path / "lesson.toml"
    path.write_text(LESSON)
    result = render_lesson(load_lesson(path), tmp_path / "v.mp4")
    reader = imageio_ffmpeg.read_frames(str(tmp_path / "v.mp4"))
    meta = next(reader)
    frames = [np.frombuffer(f, np.uint8) for f in reader]
    assert meta["size"] == (480, 360) and len(frames) == result.frames


def test_a_cancelled_render_writes_nothing(tmp_path):
    import threading

    from playground.app.lessons.render import RenderError

    path = tmp_path / "lesson.toml"
    path.write_text(LESSON)
    cancel = threading.Event()
    with pytest.raises(RenderError, match="interrupted"):
        render_lesson(load_lesson(path), tmp_path / "v.gif", cancel=cancel,
                      on_frame=lambda f: cancel.set())
    assert list(tmp_path.iterdir()) == [path]


def test_planning_a_long_video_builds_no_list_of_its_frames(tmp_path):
    """The longest lesson the check accepts at 60 frames/s is planned in constant memory."""
    import tracemalloc

    path = tmp_path / "slow.toml"
    path.write_text('title = "Slow"\nspeed = 0.1\n[[steps]]\ndataset = { generator = "xor" }\n'
                    "train = 300\n")
    lesson = load_lesson(path)
    tracemalloc.start()
    frames = expected_frames(lesson, 60)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert frames == 300 and peak < 100_000
