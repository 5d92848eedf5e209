"""Narration in the real window: a microphone (a sine behind the same interface) recorded with
the video and muxed in as AAC, in step with it; no microphone says why; a failing mux keeps
the video and the voice."""

import time
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
    narration.rescan = lambda: None
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


class Unplugged(SineSource):
    """A microphone that stops sending after `seconds`, as one pulled out mid-recording does."""

    def __init__(self, seconds: float, **options):
        super().__init__(**options)
        self.seconds = seconds

    def start(self, deliver) -> None:
        began = time.perf_counter()
        super().start(lambda samples, at: deliver(samples, at)
                      if time.perf_counter() - began < self.seconds else None)


def test_a_microphone_that_stops_sending_is_said_once_and_the_video_goes_on(
        qtbot, window, tmp_path, monkeypatch):
    import playground.app.window.narration_control as control

    monkeypatch.setattr(control, "LOST_SECONDS", 0.6)
    narration = window.exports.narration
    narration.make_source = lambda device: Unplugged(0.4, rate=RATE)
    said = []
    narration.problem.connect(said.append)
    video = tmp_path / "unplugged.mp4"
    assert window.exports.start_recording(video, FPS)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said[0].startswith("The microphone stopped sending sound at 0:00")
    assert "The microphone stopped" in window.banner.text()
    qtbot.wait(1200)  # still silent: said once, not again
    assert len(said) == 1 and window.exports.recorder.recording
    with qtbot.waitSignal(window.exports.recorder.finished, timeout=20_000):
        window.exports.stop_recording()
    qtbot.waitUntil(lambda: window.messages.status_kind == "recorded", timeout=20_000)
    assert "Audio: aac" in probe(video)  # the narration up to then, silence after


def test_the_microphones_are_looked_for_again_when_wanted_and_none_is_open(window, tmp_path):
    narration, rescans = window.exports.narration, []
    narration.rescan = lambda: rescans.append(1)
    export = narration.devices_menu.parentWidget()
    export.aboutToShow.emit()  # a microphone is known: opening Export costs no device scan
    assert rescans == []
    narration.devices_menu.aboutToShow.emit()  # the list itself: one plugged in since shows up
    assert rescans == [1] and narration.devices_menu.actions()[0].text() == "Test microphone"
    narration.list_devices = lambda: InputDevices([], "No microphone found")
    narration.refresh_devices()
    export.aboutToShow.emit()  # none was found: the tooltip says to connect one and reopen
    assert rescans == [1, 1]
    narration.list_devices = lambda: ONE_MIC
    narration.refresh_devices()
    narration.action.setChecked(True)
    assert window.exports.start_recording(tmp_path / "open.mp4", FPS)
    narration.devices_menu.aboutToShow.emit()  # the narration's stream is open: no restart
    assert rescans == [1, 1]
    window.exports.stop_recording()
