"""The window and the renderer with files that are not files, full disks, read-only targets
and what a killed session left (issue 12)."""

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import imageio_ffmpeg
import numpy as np
import pytest

from playground.app.data.settings import DataSettings
from playground.app.lessons.render import RenderError, render_lesson
from playground.app.recording import mp4
from playground.app.recording.files import EncoderError
from playground.app.recording.images import ExportError, grab_png
from playground.app.window import export_actions
from playground.engine import files
from playground.lessons import load_lesson
from tests.app.windows import answering_window, open_window
from tests.broken_paths import disk_full, fifo, zero_link

LESSON = 'title = "T"\n[[steps]]\ndataset = { generator = "xor", seed = 1, points = 50 }\n'


@pytest.fixture
def window(qtbot, tmp_path):
    win = answering_window(qtbot, tmp_path)
    yield win
    win.close()


def test_importing_a_fifo_or_a_device_says_not_a_regular_file(qtbot, window, tmp_path):
    n = window.model.dataset.n
    with fifo(tmp_path / "pipe.csv") as path:
        window.files.import_csv(path)
        qtbot.waitUntil(lambda: "pipe.csv: not a regular file" in window.messages.problem_text())
    window.files.import_csv(zero_link(tmp_path / "zero.csv"))
    qtbot.waitUntil(lambda: "zero.csv: not a regular file" in window.messages.problem_text())
    assert window.model.dataset.n == n


def test_opening_a_fifo_lesson_says_not_a_regular_file(qtbot, window, tmp_path):
    with fifo(tmp_path / "pipe.toml") as path:
        assert not window.lessons.open(path)
    assert "pipe.toml: not a regular file" in window.messages.problem_text()
    assert not window.lessons.player.active


def test_export_points_on_a_full_disk_or_a_read_only_file_keeps_the_old_one(
        qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "points.csv"
    assert window.files.export_csv(path)
    before = path.read_bytes()
    window.data.apply_settings(DataSettings(generator="xor", n_points=300))
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", disk_full)
        assert not window.files.export_csv(path)
    assert "points.csv: the disk is full" in window.messages.problem_text()
    path.chmod(0o444)
    assert not window.files.export_csv(path)
    assert "points.csv: the file is read-only" in window.messages.problem_text()
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["points.csv", "settings.ini"]


def test_png_export_on_a_full_disk_keeps_the_old_picture(qtbot, window, tmp_path, monkeypatch):
    path = grab_png(window.canvas, tmp_path / "canvas.png")
    before = path.read_bytes()
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="canvas.png: the disk is full"):
        grab_png(window.canvas, path, 2.0)
    assert path.read_bytes() == before


def test_a_full_disk_while_encoding_mp4_says_disk_full(tmp_path, monkeypatch):
    def broken_pipe(*args, **kwargs):
        sent = yield
        raise BrokenPipeError(errno.EPIPE, "Broken pipe", sent)

    monkeypatch.setattr(mp4.imageio_ffmpeg, "write_frames", broken_pipe)
    monkeypatch.setattr(mp4, "disk_full", lambda folder: folder == tmp_path)
    encoder = mp4.Mp4Encoder(tmp_path / "v.mp4", 30, priority="normal")
    with pytest.raises(EncoderError, match=f"the disk is full: {tmp_path} has no room"):
        encoder.write(np.zeros((20, 20, 3), np.uint8))


def test_rendering_into_proc_says_what_is_wrong(tmp_path):
    lesson = load_lesson(_lesson_file(tmp_path))
    with pytest.raises(RenderError, match="cannot write /proc/x.mp4: files cannot be created "
                                          "in /proc"):
        render_lesson(lesson, Path("/proc/x.mp4"))


def test_rendering_over_a_read_only_video_is_refused_before_playing(tmp_path):
    out = tmp_path / "old.mp4"
    out.write_bytes(b"mine")
    out.chmod(0o444)
    with pytest.raises(RenderError, match="old.mp4: the file is read-only"):
        render_lesson(load_lesson(_lesson_file(tmp_path)), out)
    assert out.read_bytes() == b"mine" and sorted(os.listdir(tmp_path)) == ["l.toml", "old.mp4"]


def _lesson_file(folder):
    path = folder / "l.toml"
    path.write_text(LESSON + "pause = 0.1\n")
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _frames_in(path) -> int:
    """Frames ffmpeg can decode from a video (0 when it cannot open it)."""
    result = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(path),
                             "-map", "0:v", "-f", "framemd5", "-"], capture_output=True,
                            text=True, timeout=60)
    return sum(1 for line in result.stdout.splitlines() if line and not line.startswith("#"))


def test_a_killed_recording_is_offered_back_playable(qtbot, tmp_path, monkeypatch):
    """A recording cut short (here: its file cut at two thirds, as if ffmpeg were killed) is kept
    under a visible name at the next start, said in the status bar, and still plays."""
    videos = tmp_path / "videos"
    videos.mkdir()
    encoder = mp4.Mp4Encoder(videos / "whole.mp4", 30, priority="normal")
    for i in range(90):
        encoder.write(np.full((120, 160, 3), i * 2, np.uint8))
    encoder.close()
    data = (videos / "whole.mp4").read_bytes()
    (videos / "whole.mp4").unlink()
    (videos / f".rec.{_dead_pid()}-0123abcd.part.mp4").write_bytes(data[:len(data) * 2 // 3])
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / f".autosave.json.{_dead_pid()}-0123abcd.tmp").write_bytes(b"{half")
    monkeypatch.setattr(export_actions, "_video_folder", lambda: videos)
    win = open_window(qtbot, tmp_path, data_dir=tmp_path / "data", ask_restore=lambda *a: False)
    try:
        kept = videos / f"rec{files.UNFINISHED}.mp4"
        assert str(kept) in win.statusBar().currentMessage()
        assert os.listdir(videos) == [kept.name]
        assert not [n for n in os.listdir(tmp_path / "data") if n.endswith(".tmp")]
        assert _frames_in(kept) >= 30
    finally:
        win.close()


RECORDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    import numpy as np
    from playground.app.recording.files import sibling_temp
    from playground.app.recording.mp4 import Mp4Encoder
    temp = sibling_temp(Path(sys.argv[1]))
    encoder = Mp4Encoder(temp, 30, priority="normal")
    for i in range(10**6):
        encoder.write(np.full((120, 160, 3), i % 250, np.uint8))
        if i % 30 == 29:
            print(i + 1, flush=True)
""")


def test_a_recording_killed_with_its_encoder_still_plays(tmp_path):
    """kill -9 of the recording process and of its ffmpeg alike: the next start
    keeps the fragmented MP4 it left, and it plays."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    recorder = subprocess.Popen([sys.executable, "-c", RECORDER, str(tmp_path / "rec.mp4")],
                                env=env, stdout=subprocess.PIPE, text=True)
    for _ in range(6):  # six seconds of video sent
        recorder.stdout.readline()
    encoders = _children(recorder.pid)  # ffmpeg runs in a process group of its own
    assert encoders
    for pid in [recorder.pid, *encoders]:
        os.kill(pid, signal.SIGKILL)
    recorder.wait()
    recorder.stdout.close()
    kept = files.tidy(tmp_path)
    assert kept == [tmp_path / f"rec{files.UNFINISHED}.mp4"]
    assert _frames_in(kept[0]) >= 60


def _children(pid: int) -> list[int]:
    """The child processes of `pid` (Linux: /proc/<pid>/task/*/children)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found
