"""Narration in the real window: a microphone (a sine behind the same interface) recorded with
the video and muxed in as AAC, in step with it; no microphone says why; a failing mux keeps
the video and the voice."""

from pathlib import Path

import imageio_ffmpeg
import pytest

from playground.app.recording.audio import InputDevice, InputDevices, SineSource
from playground.app.recording.mux import audio_seconds, probe
from tests.app.windows import open_window

FPS = 30
RATE = 48_000
ONE_MIC = InputDevices([InputDevice(0, "Test microphone", True, 1, RATE)], None)


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720), start_worker=False)
    narration = win.exports.narration
    narration.make_source = lambda device: SineSource(rate=RATE)
    narration.list_devices = lambda: ONE_MIC
    narration.refresh_devices()
    narration.action.setChecked(True)
    yield win
    win.close()




def record(qtbot, window, path: Path, seconds: float) -> None:
    exports = window.exports
    assert exports.start_recording(path, FPS)
    qtbot.waitUntil(lambda: exports.recorder.elapsed >= seconds, timeout=10_000)
    with qtbot.waitSignal(exports.recorder.finished, timeout=20_000):
        exports.stop_recording()
    qtbot.waitUntil(lambda: not exports.narration._mixer.busy and path.exists(), timeout=20_000)


def test_a_narrated_recording_has_its_voice_in_step_and_leaves_no_hidden_files(qtbot, window,
                                                                               tmp_path):
    assert window.exports.narration.meter.isHidden()
    video = tmp_path / "lesson.mp4"
    exports = window.exports
    assert exports.start_recording(video, FPS)
    assert not exports.narration.meter.isHidden()  # the level meter beside REC
    qtbot.waitUntil(lambda: exports.recorder.elapsed >= 1.2, timeout=10_000)
    with qtbot.waitSignal(exports.recorder.finished, timeout=20_000):
        exports.stop_recording()
    qtbot.waitUntil(lambda: window.messages.status_kind == "recorded", timeout=20_000)
    assert "Audio: aac" in probe(video)
    frames, _ = imageio_ffmpeg.count_frames_and_secs(str(video))
    assert abs(audio_seconds(video) - frames / FPS) <= 1 / FPS
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".mp4", ".wav")) == [
        "lesson.mp4"]
    assert str(video) in window.statusBar().currentMessage()


def test_without_a_microphone_the_option_is_off_and_says_why(window):
    narration = window.exports.narration
    narration.list_devices = lambda: InputDevices([], "No microphone found: connect one, then "
                                                      "open the recording options again.")
    narration.refresh_devices()
    assert not narration.action.isEnabled() and not narration.wanted
    assert narration.action.toolTip().startswith("No microphone found")


def test_a_failing_narration_pass_keeps_the_video_and_the_voice(qtbot, window, tmp_path,
                                                               monkeypatch):
    import playground.app.window.narration_control as control

    def broken_mux(*_args, **_kwargs):
        raise control.EncoderError("the disk is full")

    monkeypatch.setattr(control, "mux", broken_mux)
    video = tmp_path / "kept.mp4"
    record(qtbot, window, video, 0.5)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert "could not be added (the disk is full)" in window.banner.text()
    assert video.exists() and video.with_suffix(".wav").exists()
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())


def test_a_recording_that_cannot_start_leaves_no_narration_behind(window, tmp_path):
    exports = window.exports
    assert not exports.start_recording(tmp_path / "bad.mp4", fps=0)  # refused: fps 1-60
    assert window.banner.text().startswith("Not recording:")
    assert exports.narration.narration is None and not exports.narration.meter.isVisible()
    assert exports.narration._frames is None  # the next recording is not taken for narrated
    assert not list(tmp_path.glob("*.wav")) and not list(tmp_path.glob(".*"))
