"""NarrationControl: the Export menu's narration, from the microphone to the finished MP4.

Narrating, a recording writes its frames to a hidden file beside the video and the microphone
to a WAV; when the frames are complete, recording/mux.py copies them into the video with the
narration as AAC, cut or padded to the frames' length, and the hidden files go. If that pass
fails, the frames become the video and the WAV stays beside it: nothing recorded is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from playground.app import i18n
from playground.app.background import BackgroundCall
from playground.app.recording.audio import (
    AudioError,
    AudioSource,
    InputDevices,
    MicrophoneSource,
    rescan_devices,
)
from playground.app.recording.audio import input_devices as list_input_devices
from playground.app.recording.files import EncoderError
from playground.app.recording.indicator import elapsed_text
from playground.app.recording.level_meter import LevelMeter
from playground.app.recording.mux import mux
from playground.app.recording.narration import Narration, NarrationResult
from playground.app.recording.recorder import Recorder, RecordingResult

SourceFactory = Callable[[int | None], AudioSource]
LOST_SECONDS = 2.0  # no samples for this long while narrating: the microphone has gone


class NarrationControl(QObject):
    """Offers the microphones, records one beside the frames, and adds it to the video."""

    problem = Signal(str)  # a one-line sentence in the window's language

    def __init__(self, menu: QMenu, recorder: Recorder, settings: QSettings,
                 source: SourceFactory = MicrophoneSource,
                 devices: Callable[[], InputDevices] = list_input_devices,
                 rescan: Callable[[], None] = rescan_devices):
        super().__init__(menu)
        self.recorder, self.settings = recorder, settings
        self.make_source, self.list_devices, self.rescan = source, devices, rescan
        self._watch = QTimer(self, interval=500)  # is the microphone still sending?
        self._watch.timeout.connect(self._check_microphone)
        self._warned = False
        self.meter = LevelMeter()
        self.meter.hide()
        self.narration: Narration | None = None
        self._final: Path | None = None
        self._frames: Path | None = None
        self._result: NarrationResult | None = None
        self._mixer = BackgroundCall(self)
        self.action = menu.addAction("")
        self.action.setCheckable(True)
        self.action.setChecked(str(settings.value("record/narration", "false")) == "true")
        self.action.toggled.connect(lambda on: settings.setValue("record/narration", on))
        self.devices_menu = menu.addMenu("")
        self._device_group = QActionGroup(self)
        self._reason = ""
        self._found_any = False
        # PortAudio looks for devices again (tens to hundreds of ms where ALSA probes each one)
        # only when the list is wanted: the Export menu opens while no microphone was found
        # (the option's tooltip says to connect one and open it again), or the Microphone
        # submenu opens.
        menu.aboutToShow.connect(lambda: self.refresh_devices(rescan=not self._found_any))
        self.devices_menu.aboutToShow.connect(lambda: self.refresh_devices(rescan=True))
        recorder.pause_changed.connect(self._pause_changed)
        i18n.retranslate_on_change(menu, self.retranslate)

    def retranslate(self) -> None:
        """The menu items, and why narration is off when no microphone can be used."""
        self.action.setText(QCoreApplication.translate("NarrationControl",
                                                       "Record narration (microphone)"))
        self.devices_menu.setTitle(QCoreApplication.translate("NarrationControl", "Microphone"))
        if self._reason:
            self.action.setToolTip(QCoreApplication.translate("Narration", self._reason))
        else:
            self.action.setToolTip(QCoreApplication.translate(
                "NarrationControl", "Record your voice with the video, in step with it; the "
                "meter beside REC shows how loud it is."))

    def refresh_devices(self, rescan: bool = False) -> None:
        """List the microphones again (a menu opens): one is chosen, or why none can be. With
        `rescan`, a microphone plugged in since shows up (PortAudio looks again, only while no
        stream of it is open)."""
        if rescan and self.narration is None:
            self.rescan()
        found = self.list_devices()
        self._found_any = bool(found.devices)
        self._reason = "" if found.devices else (found.reason or "")
        self.devices_menu.clear()
        chosen = str(self.settings.value("record/microphone", ""))
        default = next((d for d in found.devices if d.default), None)
        for device in found.devices:
            action = self.devices_menu.addAction(device.name)
            action.setCheckable(True)
            action.setData(device.index)
            action.setChecked(device.name == chosen or (not chosen and device is default))
            action.triggered.connect(lambda _=False, name=device.name: self.settings.setValue(
                "record/microphone", name))
            self._device_group.addAction(action)
        self.action.setEnabled(bool(found.devices))
        self.devices_menu.setEnabled(bool(found.devices))
        self.retranslate()

    @property
    def wanted(self) -> bool:
        """Whether the next MP4 recording narrates (chosen, and a microphone can be used)."""
        return self.action.isChecked() and self.action.isEnabled()

    def video_path(self, final: Path) -> Path:
        """Where the recorder should write for `final`: a hidden frames file while narrating
        (the microphone opens now, before the first frame), else `final` itself."""
        self._final = self._frames = None
        if not self.wanted or final.suffix.lower() != ".mp4":
            return final
        device = self._device_group.checkedAction()
        narration = Narration(self.make_source(device.data() if device else None),
                              final.with_name(f".{final.stem}.narration.wav"))
        try:
            narration.start()
        except AudioError as err:
            self.problem.emit(QCoreApplication.translate(
                "NarrationControl", "Recording without narration: {reason}").format(
                    reason=str(err)))
            return final
        self.narration, self._final = narration, final
        self._frames = final.with_name(f".{final.stem}.frames.mp4")
        return self._frames

    def began(self) -> None:
        """The recorder grabbed its first frame: the narration starts at that instant."""
        if self.narration is not None:
            self.narration.begin_at(self.recorder.started_at)
            self.meter.watch(self.narration)
            self._warned = False
            self._watch.start()

    def cancel(self) -> None:
        """The recording did not start: close the microphone, keep nothing."""
        if self.narration is not None:
            result = self.narration.stop()
            if result.path is not None:
                result.path.unlink(missing_ok=True)
        self.narration = None
        self._final = self._frames = None
        self.meter.watch(None)
        self._watch.stop()

    def stopped(self) -> None:
        """The recorder stopped grabbing: the narration ends at the same instant."""
        self.meter.watch(None)
        self._watch.stop()
        if self.narration is not None:
            self._result = self.narration.stop()
            self.narration = None

    def finish(self, result: RecordingResult, done: Callable[[RecordingResult], None]) -> None:
        """The frames are complete: add the narration (off the GUI thread), then done(result)
        with the video's own path; without narration, done(result) at once."""
        final, frames = self._final, self._frames
        if final is None or frames is None or Path(result.path) != frames:
            done(result)
            return
        self._final = self._frames = None
        audio = self._result
        if result.error:  # the frames failed (failed() said why): the voice stays, as a WAV
            if audio is not None and audio.path is not None and audio.path.exists():
                audio.path.replace(final.with_suffix(".wav"))
            done(result)
            return

        def added(_path, error: Exception | None) -> None:
            if error is not None:
                self._keep_frames(frames, final, audio.path, error)
            done(dataclasses.replace(result, path=final))

        self._mixer.start(lambda: _add_narration(frames, final, audio), added)

    def _keep_frames(self, frames: Path, final: Path, wav: Path | None,
                     error: Exception) -> None:
        """Narration could not be added: the frames become the video, the WAV stays beside."""
        frames.replace(final)
        kept = ""
        if wav is not None and wav.exists():
            kept_wav = final.with_suffix(".wav")
            wav.replace(kept_wav)
            kept = kept_wav.name
        reason = str(error) if isinstance(error, AudioError | EncoderError) else repr(error)
        self.problem.emit(QCoreApplication.translate(
            "NarrationControl", "The narration could not be added ({reason}); the video is "
            "kept without it, the narration beside it: {wav}").format(reason=reason,
                                                                    wav=kept or "-"))

    def wait(self) -> None:
        """Closing: let a narration pass under way finish, and add one whose frames were
        completed but not yet reported (the window closes before the report arrives)."""
        self._mixer.finish()
        final, frames = self._final, self._frames
        if final is not None and frames is not None and frames.exists():
            self._final = self._frames = None
            try:
                _add_narration(frames, final, self._result)
            except (AudioError, EncoderError, OSError) as err:
                self._keep_frames(frames, final, self._result.path, err)

    def _check_microphone(self) -> None:
        """Say once per recording when the microphone stops sending (unplugged, or its driver
        stopped): the video goes on and its narration is silent from there."""
        narration = self.narration
        if narration is None or self._warned or narration.silent_for < LOST_SECONDS:
            return
        self._warned = True
        since = max(0.0, self.recorder.elapsed - narration.silent_for)
        self.problem.emit(QCoreApplication.translate(
            "NarrationControl", "The microphone stopped sending sound at {time}: the video goes "
            "on, its narration is silent from there. Check the microphone, then record "
            "again.").format(time=elapsed_text(since)))

    def _pause_changed(self, paused: bool) -> None:
        if self.narration is not None:
            (self.narration.pause if paused else self.narration.resume)()


def _add_narration(frames: Path, final: Path, audio: NarrationResult) -> Path:
    """The finished video at `final`: `frames` with the narration; the hidden files go."""
    if audio.error or audio.path is None:
        raise AudioError(audio.error or "no narration was recorded")
    mux(frames, final, audio=audio.path)
    frames.unlink(missing_ok=True)
    audio.path.unlink(missing_ok=True)
    return final

