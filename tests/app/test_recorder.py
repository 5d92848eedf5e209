"""Recorder: MP4 and GIF read back, frame counts follow time, drops, errors, the indicator."""

import os
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from types import SimpleNamespace

import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from playground.app.recording import mp4
from playground.app.recording.files import EncoderError
from playground.app.recording.frames import grab_rgb, with_channels
from playground.app.recording.indicator import RecordingIndicator
from playground.app.recording.priority import recording_nice
from playground.app.recording.recorder import ENCODERS, Recorder, RecordingResult

FPS = 30


class Changing(QWidget):
    """A widget that looks different on every frame: a hue sweep and a moving bar."""

    def __init__(self, width: int = 321, height: int = 241):
        super().__init__()
        self.resize(width, height)
        self.count = 0
        self.timer = QTimer(self, interval=16, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.advance)
        self.timer.start()

    def advance(self) -> None:
        self.count += 1
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor.fromHsv(self.count * 7 % 360, 160, 230))
        x = self.count * 5 % max(1, self.width() - 20)
        painter.fillRect(QRect(x, 40, 20, self.height() - 80), Qt.GlobalColor.black)
        painter.end()


@pytest.fixture
def widget(qtbot) -> Changing:
    changing = Changing()
    qtbot.addWidget(changing)
    changing.show()
    qtbot.waitExposed(changing)
    return changing


def later(msec: int, slot) -> QTimer:
    """Call `slot` once after `msec` of precise Qt timer time (keep the timer referenced)."""
    timer = QTimer(singleShot=True, interval=msec, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(slot)
    timer.start()
    return timer


def record(qtbot, recorder: Recorder, widget: QWidget, path: Path, seconds: float = 2.0,
           **options) -> RecordingResult:
    """Record for `seconds` of Qt timer time and wait for the finished file."""
    with qtbot.waitSignal(recorder.finished, timeout=30_000) as blocker:
        recorder.start(widget, path, **options)
        _stopper = later(round(seconds * 1000), recorder.stop)
    return blocker.args[0]


def mp4_frames(path: Path) -> tuple[tuple[int, int], list[np.ndarray]]:
    """(width, height) and the frames of an MP4, read back through imageio-ffmpeg."""
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    width, height = meta["size"]
    frames = [np.frombuffer(f, np.uint8).reshape(height, width, 3) for f in reader]
    return (width, height), frames


def check_count(result: RecordingResult, seconds: float = 2.0) -> None:
    """Frames in the file (dropped slots written as the previous frame) match duration x fps
    within one frame: a video keeps time even when its encoder falls behind."""
    assert result.error is None and result.final
    assert seconds - 0.05 < result.duration < seconds + 0.5  # the stop timer may come late
    assert abs(result.frames - result.duration * FPS) <= 1


def test_mp4_records_time_at_the_frame_rate(qtbot, widget, tmp_path):
    path = tmp_path / "run.mp4"
    result = record(qtbot, Recorder(), widget, path)
    check_count(result)
    assert result.dropped == 0
    size, frames = mp4_frames(path)
    assert size == (322, 242)  # 321x241 padded to even for yuv420p
    assert len(frames) == result.frames
    assert abs(len(frames) - result.duration * FPS) <= 1
    assert np.abs(frames[0].astype(int) - frames[-1]).mean() > 10
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())  # no temporary left


def test_gif_records_time_at_the_frame_rate(qtbot, widget, tmp_path):
    path = tmp_path / "run.gif"
    result = record(qtbot, Recorder(), widget, path)
    check_count(result)
    with Image.open(path) as gif:
        assert gif.size == (321, 241)
        assert gif.n_frames == result.frames
        assert abs(gif.n_frames - result.duration * FPS) <= 1
        assert gif.info["loop"] == 0
        durations, pictures = [], []
        for index in range(gif.n_frames):
            gif.seek(index)
            durations.append(gif.info["duration"])
            pictures.append(np.asarray(gif.convert("RGB"), dtype=int))
    assert abs(sum(durations) - gif.n_frames * 1000 / FPS) <= 10  # centiseconds that add up
    assert np.abs(pictures[0] - pictures[-1]).mean() > 10


def test_region_records_the_box_around_the_given_children(qtbot, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(500, 400)
    canvas, plot = Changing(200, 150), Changing(120, 90)
    canvas.setParent(window)
    plot.setParent(window)
    canvas.move(10, 20)
    plot.move(230, 200)
    window.show()
    qtbot.waitExposed(window)
    result = record(qtbot, Recorder(), window, tmp_path / "part.gif", 0.5, region=[canvas, plot])
    assert result.error is None
    with Image.open(tmp_path / "part.gif") as gif:
        assert gif.size == (350 - 10, 290 - 20)


def test_frames_read_from_the_backing_store_match_a_repaint(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    child = Changing(150, 101)
    child.setParent(window)
    child.move(33, 47)
    window.show()
    qtbot.waitExposed(window)
    child.timer.stop()
    rect = QRect(5, 7, 120, 81)
    painted, repainted = grab_rgb(child, rect), grab_rgb(child, rect, from_store=False)
    assert painted.shape == (81, 120, 3)
    assert np.array_equal(painted, repainted)
    window.hide()
    assert grab_rgb(child, rect).shape == (81, 120, 3)  # hidden: painted on demand


def test_a_late_gui_writes_the_previous_frame_again(qtbot, widget, tmp_path):
    def long_job() -> None:  # the GUI thread is busy for 0.4 s, as in a long redraw
        end = time.perf_counter() + 0.4
        while time.perf_counter() < end:
            pass

    QTimer.singleShot(500, long_job)
    result = record(qtbot, Recorder(), widget, tmp_path / "late.mp4")
    check_count(result)
    assert result.duplicates >= 0.4 * FPS - 2
    _, frames = mp4_frames(tmp_path / "late.mp4")
    assert abs(len(frames) - result.duration * FPS) <= 1


class GatedEncoder:
    """A test double that blocks on its first frame until the gate opens (the writer lags)."""

    channels = 3
    gate = threading.Event()
    written = 0

    def __init__(self, path: Path, fps: int):
        self.path = path

    def write(self, frame: np.ndarray) -> None:
        GatedEncoder.gate.wait()
        GatedEncoder.written += 1

    def close(self) -> None:
        self.path.write_bytes(b"done")

    def abort(self) -> None:
        pass


def test_a_slow_encoder_drops_frames_and_memory_stays_bounded(qtbot, widget, tmp_path):
    GatedEncoder.gate.clear()
    recorder = Recorder(encoders={".mp4": GatedEncoder}, queue_size=4)
    seen: list[int] = []
    probe = QTimer(interval=5)
    probe.timeout.connect(lambda: seen.append(recorder.queued))
    frame_bytes = 321 * 241 * 3
    tracemalloc.start()
    try:
        probe.start()

        def release_and_stop() -> None:
            GatedEncoder.gate.set()
            recorder.stop()

        with qtbot.waitSignal(recorder.finished, timeout=10_000) as blocker:
            recorder.start(widget, tmp_path / "slow.mp4")
            _stopper = later(1000, release_and_stop)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        probe.stop()
    result = blocker.args[0]
    assert result.error is None
    assert max(seen) <= 4
    assert result.dropped >= 1.0 * FPS - 4 - 1 - 3
    assert result.frames == GatedEncoder.written
    assert abs(result.frames - result.duration * FPS) <= 1
    assert peak < 12 * frame_bytes  # 4 queued + 1 in the writer, not 30 frames a second
    assert (tmp_path / "slow.mp4").read_bytes() == b"done"


def test_an_unwritable_path_fails_with_a_message_and_leaves_no_file(qtbot, widget, tmp_path):
    recorder = Recorder()
    messages: list[str] = []
    recorder.failed.connect(messages.append)
    path = tmp_path / "missing" / "run.mp4"
    with qtbot.waitSignal(recorder.finished, timeout=10_000) as blocker:
        recorder.start(widget, path)
    assert messages == [blocker.args[0].error]
    assert "does not exist" in messages[0] and str(path) in messages[0]
    assert "Traceback" not in messages[0]
    assert not recorder.recording
    assert list(tmp_path.iterdir()) == []


class FailingEncoder:
    """A test double whose encoder breaks on the third frame after writing a partial file."""

    channels = 3

    def __init__(self, path: Path, fps: int):
        self.path, self.count = path, 0

    def write(self, frame: np.ndarray) -> None:
        self.count += 1
        self.path.write_bytes(b"partial" * self.count)
        if self.count == 3:
            raise EncoderError("the video encoder (ffmpeg) stopped: broken pipe")

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


def test_an_encoder_failure_stops_recording_and_removes_the_partial_file(qtbot, widget,
                                                                           tmp_path):
    recorder = Recorder(encoders={".mp4": FailingEncoder})
    messages: list[str] = []
    recorder.failed.connect(messages.append)
    with qtbot.waitSignal(recorder.finished, timeout=10_000) as blocker:
        recorder.start(widget, tmp_path / "broken.mp4")
    assert messages == ["the video encoder (ffmpeg) stopped: broken pipe"]
    assert blocker.args[0].error == messages[0]
    assert not recorder.recording and not recorder.encoding
    assert list(tmp_path.iterdir()) == []


def test_an_unsupported_extension_is_refused_before_anything_starts(widget, tmp_path):
    recorder = Recorder()
    with pytest.raises(ValueError, match=r"\.gif, \.mp4"):
        recorder.start(widget, tmp_path / "run.avi")
    assert not recorder.recording and not recorder.encoding
    assert list(tmp_path.iterdir()) == []
    assert set(ENCODERS) == {".gif", ".mp4"}


@pytest.mark.parametrize(("name", "fps", "region", "message"), [
    ("a.gif", 60, None, "GIF plays at most 50 fps"),
    ("a.mp4", 0, None, "between 1 and 60"),
    ("a.mp4", 30, "outside", "not inside"),
])
def test_bad_options_are_refused(widget, tmp_path, name, fps, region, message):
    outside = QWidget()
    with pytest.raises(ValueError, match=message):
        Recorder().start(widget, tmp_path / name, fps, outside if region else None)


def test_stop_returns_a_tally_and_finished_the_final_result(qtbot, widget, tmp_path):
    recorder = Recorder()
    assert recorder.stop() is None
    tallies: list[RecordingResult] = []
    with qtbot.waitSignal(recorder.finished, timeout=10_000) as blocker:
        recorder.start(widget, tmp_path / "run.gif")
        assert recorder.recording
        with pytest.raises(RuntimeError, match="already recording"):
            recorder.start(widget, tmp_path / "other.gif")
        QTimer.singleShot(300, lambda: tallies.append(recorder.stop()))
    final = blocker.args[0]
    assert not tallies[0].final and final.final
    assert (tallies[0].frames, tallies[0].dropped) == (final.frames, final.dropped)
    assert recorder.elapsed == final.duration


def test_the_indicator_shows_only_while_recording(qtbot, widget, tmp_path):
    recorder = Recorder()
    indicator = RecordingIndicator(recorder)
    qtbot.addWidget(indicator)
    shown: list[tuple[bool, str]] = []

    def look() -> None:
        shown.append((indicator.isVisible(), indicator.text()))
        recorder.stop()

    assert not indicator.isVisible()
    with qtbot.waitSignal(recorder.finished, timeout=10_000):
        recorder.start(widget, tmp_path / "run.gif")
        QTimer.singleShot(300, look)
    visible, text = shown[0]
    assert visible and "●" in text and "REC 0:00" in text
    assert not indicator.isVisible()


@pytest.mark.parametrize(("ticks", "seconds"), [
    ([1 / 30, 2 / 30], 2.9 / 30),  # stopped early in a slot
    ([2.9833], 2.99),  # one late tick, half way through slot 89
    ([0.5, 1.0, 2.9999], 3.0),  # stopped as slot 90 begins
    ([0.05, 1.47, 1.49], 1.5 - 1e-9),
    ([], 0.001),
    ([1 / 30, 2 / 30], 2.2 / 30),  # slot 2 had barely begun: its grab is left out
    ([0.1], 0.1 + 0.2 / 30),  # a late tick's repeats stay, its barely begun grab goes
])
def test_a_video_lasts_its_recording_within_half_a_frame(
        qtbot, widget, tmp_path, monkeypatch, ticks, seconds):
    from playground.app.recording import recorder as module
    clock = [50.0]
    monkeypatch.setattr(module, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    recorder = Recorder()
    recorder.start(widget, tmp_path / "clock.gif", fps=FPS)
    for at in ticks:  # the ticks come when the test says, not when the timer would
        recorder._timer.stop()
        clock[0] = 50.0 + at
        recorder._tick()
    recorder._timer.stop()
    clock[0] = 50.0 + seconds
    with qtbot.waitSignal(recorder.finished, timeout=20_000) as blocker:
        tally = recorder.stop()
    result = blocker.args[0]
    assert result.error is None and result.frames == tally.frames
    assert abs(result.frames / FPS - seconds) <= 0.5 / FPS or result.frames == 1
    assert result.frames == max(1, round(seconds * FPS))


def test_the_mp4_encoder_can_start_ffmpeg_niced(monkeypatch, tmp_path):
    monkeypatch.setattr(mp4, "recording_nice", lambda fps: 7)
    encoder = mp4.Mp4Encoder(tmp_path / "niced.mp4", FPS)
    for shade in range(0, 250, 50):
        encoder.write(np.full((31, 41, 3), shade, np.uint8))
        if shade == 0 and sys.platform.startswith("linux"):
            assert {os.getpriority(os.PRIO_PROCESS, pid) for pid in _ffmpeg_children()} == {7}
    encoder.close()
    size, frames = mp4_frames(tmp_path / "niced.mp4")
    assert size == (42, 32) and len(frames) == 5


def test_the_mp4_encoder_takes_xrgb32_and_rgb_frames_alike(tmp_path):
    colours = [(200, 40, 40), (40, 160, 60), (30, 60, 220)]
    for name, channels in (("rgb.mp4", 3), ("xrgb.mp4", 4), ("mixed.mp4", None)):
        encoder = mp4.Mp4Encoder(tmp_path / name, FPS)
        for index, colour in enumerate(colours):
            layout = channels or (4, 3, 4)[index]
            encoder.write(with_channels(np.full((32, 48, 3), colour, np.uint8), layout))
        encoder.close()
        size, frames = mp4_frames(tmp_path / name)
        assert size == (48, 32) and len(frames) == 3
        for frame, colour in zip(frames, colours, strict=True):  # yuv420p rounds a little
            assert (np.abs(frame[4:-4, 4:-4].astype(int) - colour) <= 6).all(), name


def test_the_mp4_encoder_scales_and_letterboxes_in_ffmpeg(tmp_path):
    """Frames go to ffmpeg as grabbed and come out at the output size, centred on black bars;
    a frame of another size (the window resized while recording) is fitted into the first's."""
    encoder = mp4.Mp4Encoder(tmp_path / "scaled.mp4", FPS)
    encoder.output_size = (128, 72)
    colours = [(200, 40, 40), (40, 160, 60)]
    encoder.write(with_channels(np.full((60, 60, 3), colours[0], np.uint8), 4))
    encoder.write(with_channels(np.full((30, 90, 3), colours[1], np.uint8), 4))
    encoder.close()
    size, frames = mp4_frames(tmp_path / "scaled.mp4")
    assert size == (128, 72) and len(frames) == 2
    for frame, colour in zip(frames, colours, strict=True):
        assert (np.abs(frame[36, 60:68].astype(int) - colour) <= 8).all()  # the picture
        assert frame[36, :8].max() <= 20 and frame[36, -8:].max() <= 20  # the bars, black
    # the wide frame fills a third of the square's height: black above and below it
    assert frames[1][4:20, 64].max() <= 20 and frames[1][52:68, 64].max() <= 20


def test_frames_of_an_odd_size_go_to_ffmpeg_unscaled(tmp_path, monkeypatch):
    """An odd-sized window is padded to even, not scaled again on the writer thread."""
    scaled_here = []
    monkeypatch.setattr(mp4, "to_output", lambda *args: scaled_here.append(args))
    encoder = mp4.Mp4Encoder(tmp_path / "odd.mp4", FPS)
    encoder.output_size = (128, 72)
    for shade in (40, 120, 200):
        encoder.write(with_channels(np.full((59, 61, 3), shade, np.uint8), 4))
    encoder.close()
    size, frames = mp4_frames(tmp_path / "odd.mp4")
    assert not scaled_here and size == (128, 72) and len(frames) == 3


def test_an_encoder_that_scales_gets_the_output_size_and_frames_as_grabbed(qtbot, widget,
                                                                           tmp_path):
    """Scaling on the writer thread with Qt holds Python's lock for milliseconds a frame and
    stalls the GUI thread; an encoder that scales (ffmpeg) takes the frames as grabbed."""
    seen: list[tuple] = []

    class Scaling(GatedEncoder):
        scales = True
        output_size = None

        def write(self, frame):
            seen.append((self.output_size, frame.shape))

    GatedEncoder.gate.set()
    result = record(qtbot, Recorder(encoders={".mp4": Scaling}), widget, tmp_path / "s.mp4",
                    0.2, size=(1920, 1080))
    grabbed = grab_rgb(widget, widget.rect()).shape[:2]
    assert result.error is None and seen
    assert {size for size, _ in seen} == {(1920, 1080)}
    assert {shape[:2] for _, shape in seen} == {grabbed} != {(1080, 1920)}


def test_the_mp4_encoder_holds_a_constant_quantizer(tmp_path):
    """Constant QP costs x264 a fifth less CPU than CRF at the same quality (mp4.py); x264
    writes its settings into the stream, which says which rate control made the file."""
    encoder = mp4.Mp4Encoder(tmp_path / "qp.mp4", FPS)
    for shade in (0, 120, 240):
        encoder.write(np.full((32, 48, 4), shade, np.uint8))
    encoder.close()
    settings = (tmp_path / "qp.mp4").read_bytes()
    assert b"rc=cqp" in settings and b"qp=14" in settings and b"crf=" not in settings


def test_a_thin_coloured_row_keeps_its_colour_in_one_chroma_row(tmp_path):
    """An unscaled frame's chroma is the 2x2 average (mp4.UNSCALED): a 1-pixel red row on white
    tints its own chroma row only, where bicubic smeared it over four and neighbour lost it."""
    frame = np.full((32, 64, 3), 255, np.uint8)
    frame[9] = (255, 0, 0)  # the lower row of chroma row 4
    encoder = mp4.Mp4Encoder(tmp_path / "row.mp4", FPS)
    for _ in range(3):
        encoder.write(with_channels(frame, 4))
    encoder.close()
    reader = imageio_ffmpeg.read_frames(str(tmp_path / "row.mp4"), pix_fmt="yuv420p",
                                        bits_per_pixel=12)
    next(reader)
    planes = np.frombuffer(next(reader), np.uint8)
    red = planes[64 * 32 + 32 * 16:].reshape(16, 32)[:, 8:24].astype(int)  # V (Cr)
    assert abs(red[4] - 184).max() <= 4  # halfway between white (128) and red (240)
    assert abs(red[[2, 3, 5, 6]] - 128).max() <= 3  # its neighbours untouched


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_the_writer_thread_runs_below_the_gui_thread(qtbot, widget, tmp_path):
    seen = []

    class Spy(GatedEncoder):
        def write(self, frame):
            seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    result = record(qtbot, Recorder(encoders={".mp4": Spy}), widget, tmp_path / "n.mp4", 0.2)
    assert result.error is None and seen and set(seen) == {recording_nice(FPS)} == {5}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == 0  # this thread's


def test_a_recording_above_30_frames_per_second_keeps_its_encoder_at_normal_nice():
    """At 60 frames/s the encoder needs twice the CPU: niced, it fell behind (priority.py)."""
    assert [recording_nice(fps) for fps in (10, 30, 31, 60)] == [5, 5, 0, 0]


def _ffmpeg_children() -> list[int]:
    """Process ids of this process's ffmpeg children (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid, rest = stat.read_text().split(" (", 1)
        except OSError:
            continue
        name, fields = rest.rsplit(") ", 1)
        if "ffmpeg" in name and int(fields.split()[1]) == os.getpid():
            found.append(int(pid))
    return found


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling policies")
@pytest.mark.parametrize("priority, policy", [("background", "SCHED_IDLE"),
                                              ("normal", "SCHED_OTHER")])
def test_the_encoder_runs_at_the_chosen_priority(tmp_path, priority, policy):
    from playground.app.recording.mp4 import Mp4Encoder

    encoder = Mp4Encoder(tmp_path / "a.mp4", 10, priority=priority)
    encoder.write(np.zeros((48, 64, 3), np.uint8))
    try:
        children = _ffmpeg_children()
        assert children
        assert {os.sched_getscheduler(pid) for pid in children} == {getattr(os, policy)}
        assert {os.getpriority(os.PRIO_PROCESS, pid) for pid in children} == {recording_nice(10)}
    finally:
        encoder.close()
    assert (tmp_path / "a.mp4").stat().st_size > 0


def test_a_recorder_dropped_while_recording_still_writes_its_held_frame(qtbot, widget, tmp_path):
    recorder = Recorder()
    recorder.start(widget, tmp_path / "dropped.gif", fps=FPS)
    writer = recorder._take.writer
    recorder._timer.stop()
    del recorder
    writer.join(20)
    assert writer.error is None and writer.written == 1
    assert (tmp_path / "dropped.gif").exists()
