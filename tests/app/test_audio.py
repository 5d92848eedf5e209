"""Narration: a wall-clock sine through the same path as a microphone lasts exactly the
recorded time, starts at the video's first frame, drops paused time, shows its level and muxes
to AAC as long as the video; microphones listed or a reason given, never a traceback."""

import time
import types
import wave
from pathlib import Path

import numpy as np
import pytest

from playground.app.recording import audio
from playground.app.recording.audio import (
    AudioError,
    MicrophoneSource,
    SineSource,
    input_devices,
)
from playground.app.recording.mux import audio_seconds, mux, probe
from playground.app.recording.narration import Narration
from tests.app.test_mux import tiny_video

FRAME = 1 / 30


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        return np.frombuffer(wav.readframes(wav.getnframes()), "<i2"), wav.getframerate()


def wait_seconds(qtbot, narration: Narration, seconds: float) -> None:
    qtbot.waitUntil(lambda: narration.seconds >= seconds, timeout=round(seconds * 1000) + 3000)


def sine_offset(samples: np.ndarray, source: SineSource, near: int) -> int:
    """The index in `source`'s tone where `samples` (a stretch of it) starts, near `near`."""
    for first in range(max(0, near - 2), near + 3):
        if np.abs(source.samples(first, len(samples)) - samples).max() <= 1:
            return first
    raise AssertionError(f"the samples are not the tone from about sample {near}")


def test_a_sine_narration_lasts_the_recorded_time_and_muxes_to_aac(qtbot, tmp_path):
    source = SineSource()
    narration = Narration(source, tmp_path / "narration.wav")
    narration.start()
    qtbot.waitUntil(lambda: narration.level > 0, timeout=2000)  # samples before begin: dropped
    begin = time.perf_counter()
    narration.begin_at(begin)
    wait_seconds(qtbot, narration, 1.0)
    assert narration.level == pytest.approx(0.3, abs=0.01)  # the tone's peak, while it plays
    before = time.perf_counter()
    result = narration.stop()
    after = time.perf_counter()
    assert result.error is None and result.resyncs == 0 and narration.level == 0
    assert before - begin - FRAME <= result.seconds <= after - begin + FRAME
    samples, rate = read_wav(result.path)
    assert rate == source.rate and len(samples) / rate == pytest.approx(result.seconds)
    tone = samples[:-1]  # the last sample may be silence: the end rounded to a whole sample
    first = sine_offset(tone, source, round((begin - source.started_at) * rate))
    assert first == pytest.approx((begin - source.started_at) * rate, abs=1)  # trimmed at begin
    frames = round(result.seconds * 30)  # as many frames as a recorder makes in that time
    video = tiny_video(tmp_path / "video.mp4", frames / 30)
    out = tmp_path / "narrated.mp4"
    mux(video, out, audio=result.path)
    assert "Audio: aac" in probe(out)
    assert audio_seconds(out) == pytest.approx(frames / 30, abs=FRAME)


def test_paused_time_is_left_out_and_the_tone_goes_on_without_a_gap(qtbot, tmp_path):
    source = SineSource()
    narration = Narration(source, tmp_path / "narration.wav")
    narration.begin_at(begin := time.perf_counter())
    narration.start()
    wait_seconds(qtbot, narration, 0.3)
    narration.pause(at=(paused := time.perf_counter()))
    assert narration.paused
    qtbot.waitUntil(lambda: time.perf_counter() > paused + 0.3, timeout=2000)
    narration.resume(at=(resumed := time.perf_counter()))
    held = narration.seconds
    wait_seconds(qtbot, narration, held + 0.3)
    result = narration.stop(at=(end := time.perf_counter()))
    assert result.seconds == pytest.approx(end - begin - (resumed - paused), abs=FRAME)
    assert held == pytest.approx(paused - begin, abs=2 / source.rate)
    samples, rate = read_wav(result.path)
    lead = round((source.started_at - begin) * rate)  # the source started after begin
    assert not samples[:lead - 1].any() and result.resyncs == 0
    cut = round((paused - begin) * rate)
    resumed_at = (resumed - source.started_at) * rate + 2  # the tone's sample 2 after resume
    after = sine_offset(samples[cut + 2:cut + 482], source, round(resumed_at))
    assert after == pytest.approx(resumed_at, abs=2.5)  # the cut and the resume, 1 sample each


def test_a_silent_source_shows_no_level_and_a_failed_write_keeps_no_file(qtbot, tmp_path,
                                                                         monkeypatch):
    narration = Narration(SineSource(amplitude=0), tmp_path / "quiet.wav")
    narration.start()
    narration.begin_at()
    wait_seconds(qtbot, narration, 0.1)
    assert narration.level == 0
    monkeypatch.setattr(Narration, "_place", lambda *_: (_ for _ in ()).throw(
        OSError(28, "No space left on device")))
    qtbot.waitUntil(lambda: narration.error is not None, timeout=2000)
    result = narration.stop()
    assert result.path is None and "quiet.wav" in result.error
    assert list(tmp_path.iterdir()) == []  # neither the WAV nor its temporary


def test_a_microphone_that_cannot_open_is_one_line_and_leaves_nothing(tmp_path):
    narration = Narration(MicrophoneSource("no such microphone 7f3a"), tmp_path / "n.wav")
    with pytest.raises(AudioError) as raised:
        narration.start()
    assert "\n" not in str(raised.value) and not narration.running
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(AudioError, match="n.wav"):  # an unwritable place, before any sample
        Narration(SineSource(), tmp_path / "missing" / "n.wav").start()


def fake_sounddevice(devices, default=-1, fail=False):
    def query_devices(device=None, kind=None):
        if fail:
            raise OSError("host API did not answer")
        return devices

    return types.SimpleNamespace(query_devices=query_devices, PortAudioError=OSError,
                                 default=types.SimpleNamespace(device=[default, -1]))


def listing(index, name, inputs):
    return {"index": index, "name": name, "max_input_channels": inputs,
            "default_samplerate": 44100.0}


def test_input_devices_lists_microphones_or_says_why_not(monkeypatch):
    here = input_devices()  # this machine, whatever it has: never raises
    assert bool(here.devices) != bool(here.reason)

    def missing(error):
        def load():
            raise error
        return load

    monkeypatch.setattr(audio, "_sounddevice", missing(OSError("PortAudio library not found")))
    assert input_devices().reason == audio.NO_PORTAUDIO and "libportaudio2" in audio.NO_PORTAUDIO
    monkeypatch.setattr(audio, "_sounddevice", missing(ImportError("sounddevice")))
    assert input_devices().reason == audio.NO_PACKAGE
    monkeypatch.setattr(audio, "_sounddevice", lambda: fake_sounddevice([], fail=True))
    assert input_devices().reason == audio.NO_SOUND_SYSTEM
    speakers = [listing(0, "speakers", 0)]
    monkeypatch.setattr(audio, "_sounddevice", lambda: fake_sounddevice(speakers))
    assert input_devices() == audio.InputDevices([], audio.NO_DEVICE)
    found = [listing(0, "speakers", 0), listing(1, "USB mic", 1), listing(2, "webcam", 2)]
    monkeypatch.setattr(audio, "_sounddevice", lambda: fake_sounddevice(found, default=2))
    assert input_devices() == audio.InputDevices(
        [audio.InputDevice(1, "USB mic", False, 1, 44100),
         audio.InputDevice(2, "webcam", True, 2, 44100)], None)


def test_the_microphone_callback_mixes_to_mono_and_stamps_the_capture_time(monkeypatch):
    streams = []

    class Stream:
        def __init__(self, **options):
            self.options = options
            streams.append(self)

        start = stop = close = lambda self: None

    fake = fake_sounddevice([listing(3, "webcam", 2)], default=3)
    fake.query_devices = lambda device=None, kind=None: listing(3, "webcam", 2)
    fake.InputStream = Stream
    monkeypatch.setattr(audio, "_sounddevice", lambda: fake)
    got = []
    source = MicrophoneSource(3)
    source.start(lambda samples, t: got.append((samples, t)))
    callback = streams[0].options["callback"]
    assert source.rate == 44100 and streams[0].options["dtype"] == "int16"
    stereo = np.array([[100, 300], [-50, -150]], np.int16)
    times = types.SimpleNamespace(currentTime=10.0, inputBufferAdcTime=9.98)
    before = time.perf_counter()
    callback(stereo, 2, times, types.SimpleNamespace(input_overflow=True))
    samples, t = got[0]
    assert samples.dtype == np.int16 and samples.tolist() == [200, -100]
    assert before - 0.02 <= t <= time.perf_counter() - 0.02 and source.overflows == 1
    source.stop()


@pytest.mark.skipif(bool(reason := input_devices().reason), reason=reason or "")
def test_a_real_microphone_records_the_wall_time(qtbot, tmp_path):
    narration = Narration(MicrophoneSource(), tmp_path / "mic.wav")
    narration.start()
    narration.begin_at(begin := time.perf_counter())
    wait_seconds(qtbot, narration, 0.5)
    result = narration.stop(at=(end := time.perf_counter()))
    assert result.error is None
    assert result.seconds == pytest.approx(end - begin, abs=FRAME)
