"""Audio sources for narration: a microphone (sounddevice, i.e. PortAudio) or a generated sine.

Both deliver the same thing on their own thread: blocks of mono int16 samples, shape (n,), each
with the time.perf_counter() instant of its first sample, so narration can line samples up
with the video's frame clock. `input_devices()` lists the microphones, or says in one sentence
(a source text of the "Narration" translation context) why none can be used.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

Deliver = Callable[[np.ndarray, float], None]  # (samples int16 (n,), perf_counter of the first)

BLOCK_SECONDS = 0.01  # 10 ms blocks: fine enough for a 50 ms level and for start trimming
SINE_RATE = 48_000

# Why narration cannot be used, as source texts: translate with ("Narration", reason).
NO_PACKAGE = QT_TRANSLATE_NOOP(
    "Narration", "Narration needs the Python package sounddevice, which is not installed.")
NO_PORTAUDIO = QT_TRANSLATE_NOOP(
    "Narration", "Narration needs the PortAudio sound library (on Debian or Ubuntu: "
                 "libportaudio2), which is not installed.")
NO_SOUND_SYSTEM = QT_TRANSLATE_NOOP(
    "Narration", "The sound system could not list the microphones.")
NO_DEVICE = QT_TRANSLATE_NOOP(
    "Narration", "No microphone found: connect one, then open the recording options again.")


class AudioError(RuntimeError):
    """A source could not start or stopped unexpectedly; the message says why in one line."""


class AudioSource(Protocol):
    """Something that delivers mono int16 blocks at `rate` samples/s between start() and stop()."""

    rate: int
    name: str

    def start(self, deliver: Deliver) -> None:
        """Begin delivering blocks to `deliver` on the source's own thread; AudioError if not."""

    def stop(self) -> None:
        """Stop delivering; every block is delivered before this returns."""


@dataclass(frozen=True)
class InputDevice:
    """A microphone as PortAudio lists it: its index, name, channels and default rate."""

    index: int
    name: str
    default: bool
    channels: int
    rate: int


@dataclass(frozen=True)
class InputDevices:
    """The microphones, and when there are none a reason (a "Narration" source text)."""

    devices: list[InputDevice] = field(default_factory=list)
    reason: str | None = None


def _sounddevice():
    """The sounddevice module, imported only when asked: without PortAudio it raises OSError."""
    import sounddevice

    return sounddevice


def rescan_devices() -> None:
    """Have PortAudio look for devices again: it lists them once, when it starts, so a microphone
    plugged in later stays unknown until it restarts (sounddevice issue #125: terminate and
    initialize, which also stops any open stream; call it only when none is open)."""
    try:
        sd = _sounddevice()
        sd._terminate()
        sd._initialize()
    except Exception:  # no PortAudio, or it would not restart: the old list stays
        return


def input_devices() -> InputDevices:
    """The input devices PortAudio offers (the system's default marked), or why there are none;
    never raises."""
    try:
        sd = _sounddevice()
    except ImportError:
        return InputDevices(reason=NO_PACKAGE)
    except OSError:  # sounddevice found no PortAudio library
        return InputDevices(reason=NO_PORTAUDIO)
    try:
        listed = sd.query_devices()
    except Exception:  # PortAudioError: the host's sound system did not answer
        return InputDevices(reason=NO_SOUND_SYSTEM)
    try:
        default = int(sd.default.device[0])  # -1 when the system has no default input
    except (TypeError, ValueError, sd.PortAudioError):
        default = -1
    devices = [InputDevice(int(d["index"]), str(d["name"]), int(d["index"]) == default,
                           int(d["max_input_channels"]), round(d["default_samplerate"]))
               for d in listed if d["max_input_channels"] > 0]
    return InputDevices(devices, None if devices else NO_DEVICE)


class SineSource:
    """A 440 Hz tone made by the wall clock: each wake-up delivers the samples due since the
    last, stamped with their own instants, so it takes the same timing path as a microphone.
    `amplitude` 0 gives silence."""

    def __init__(self, rate: int = SINE_RATE, frequency: float = 440.0, amplitude: float = 0.3):
        self.rate, self.frequency, self.amplitude = rate, frequency, amplitude
        self.name = "sine"
        self.started_at: float | None = None  # perf_counter of sample 0 (its phase is 0)
        self._thread: threading.Thread | None = None
        self._quit = threading.Event()

    def start(self, deliver: Deliver) -> None:
        """Start the producing thread; sample 0 is now."""
        if self._thread is not None:
            raise AudioError("the sine source is already running")
        self._quit.clear()
        self.started_at = time.perf_counter()
        self._thread = threading.Thread(target=self._run, args=(deliver,), name="sine source")
        self._thread.start()

    def stop(self) -> None:
        """Deliver the samples due up to now, then end the thread."""
        if self._thread is not None:
            self._quit.set()
            self._thread.join()
            self._thread = None

    def samples(self, first: int, count: int) -> np.ndarray:
        """Samples `first` .. `first + count` of the tone, int16 (count,)."""
        t = (first + np.arange(count)) / self.rate
        return np.round(self.amplitude * 32767 * np.sin(2 * np.pi * self.frequency * t)
                        ).astype(np.int16)

    def _run(self, deliver: Deliver) -> None:
        made = 0
        while True:
            quitting = self._quit.wait(BLOCK_SECONDS)
            due = int((time.perf_counter() - self.started_at) * self.rate)
            if due > made:
                deliver(self.samples(made, due - made), self.started_at + made / self.rate)
                made = due
            if quitting:
                return


class MicrophoneSource:
    """A PortAudio input stream; its callback mixes the channels to mono and stamps each block
    with the perf_counter instant of its first sample (from the stream's capture time)."""

    def __init__(self, device: int | str | None = None, rate: int | None = None):
        self.device, self.name = device, "" if device is None else str(device)
        self.rate = rate or 0
        self.overflows = 0  # blocks PortAudio reported as partly lost (the narration resyncs)
        self._stream = None

    def start(self, deliver: Deliver) -> None:
        """Open the device and start capturing; AudioError (one line) when it cannot."""
        try:
            sd = _sounddevice()
        except (ImportError, OSError) as err:
            raise AudioError(_tr(NO_PORTAUDIO if isinstance(err, OSError) else NO_PACKAGE)) \
                from err
        if self.device is None and (reason := input_devices().reason):
            raise AudioError(_tr(reason))
        try:
            info = sd.query_devices(self.device, "input")
            self.name, self.rate = info["name"], self.rate or round(info["default_samplerate"])
            self._stream = self._open(sd, info, deliver)
            self._stream.start()
        except Exception as err:  # PortAudioError, ValueError for an unknown device name
            self._close()
            message = QCoreApplication.translate(
                "Narration", "The microphone {name} could not be opened: {reason}")
            raise AudioError(message.format(name=self.name or self.device,
                                            reason=str(err).splitlines()[0])) from err

    def stop(self) -> None:
        """Stop and close the stream (PortAudio delivers the pending blocks first)."""
        self._close()

    def _open(self, sd, info, deliver: Deliver):
        """An InputStream of mono, or of the device's channels where it offers no mono."""
        block = round(self.rate * BLOCK_SECONDS)

        def callback(indata, frames, times, status) -> None:
            now = time.perf_counter()
            if status.input_overflow:
                self.overflows += 1
            latency = times.currentTime - times.inputBufferAdcTime
            if times.inputBufferAdcTime <= 0 or not 0 <= latency < 1:  # host gives no times
                latency = frames / self.rate
            mono = indata[:, 0] if indata.shape[1] == 1 else indata.mean(axis=1)
            deliver(np.array(mono, dtype=np.int16), now - latency)

        try:
            return sd.InputStream(samplerate=self.rate, blocksize=block, device=self.device,
                                  channels=1, dtype="int16", callback=callback)
        except sd.PortAudioError:
            channels = max(1, min(2, int(info["max_input_channels"])))
            return sd.InputStream(samplerate=self.rate, blocksize=block, device=self.device,
                                  channels=channels, dtype="int16", callback=callback)

    def _close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.stop()
            finally:
                stream.close()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Narration", text)
