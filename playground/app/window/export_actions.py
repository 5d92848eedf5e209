"""ExportActions: the Export menu: PNG of the window or the canvas, the clipboard, recording
MP4/GIF at a fixed frame rate and output size (with the pointer, clicks and keys drawn in, an
optional countdown, pause and resume), and the caption line that is drawn into both."""

from __future__ import annotations

import functools
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, QUrl, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton, QWidget

from playground.app import i18n
from playground.app.recording.countdown import Countdown
from playground.app.recording.images import ExportError, copy_to_clipboard, grab_png
from playground.app.recording.indicator import RecordingIndicator
from playground.app.recording.mp4 import PRIORITIES, Mp4Encoder
from playground.app.recording.overlay import FrameOverlay
from playground.app.recording.recorder import Recorder
from playground.app.runs.client import FRAME_INTERVAL, TrainingClient
from playground.app.views.caption import CaptionBar
from playground.app.window.messages import Messages, Sentence
from playground.app.window.narration_control import NarrationControl

RECORDED = "recorded"  # the kind of the status that the Open folder button belongs to
# The video's size: frames are scaled (and letterboxed) to it; "window": as the window is.
OUTPUT_SIZES = ("1280x720", "1920x1080", "2560x1440", "window")
DEFAULT_SIZE = "1920x1080"


class ExportActions(QObject):
    """Owns the recorder, the caption bar and the Export menu.

    `window` is what is recorded and exported whole; `region` the widgets recorded instead when
    the Record choice says so; `client` is run A's, which draws fewer frames while recording.
    """

    def __init__(self, window: QWidget, canvas: QWidget, region: list[QWidget],
                 client: TrainingClient, messages: Messages, caption_host: QWidget,
                 settings: QSettings, choose_file, ask_text=None):
        super().__init__(window)
        self.window, self.canvas, self.region = window, canvas, region
        self.client, self.messages = client, messages
        self.settings, self.choose_file = settings, choose_file
        self.ask_text = ask_text or _ask_caption
        self.recorder = Recorder(self)
        self.recorder.finished.connect(self._recorded)
        self.recorder.failed.connect(lambda message: messages.problem(Sentence(
            lambda: QCoreApplication.translate(
                "ExportActions", "Recording failed: {reason}").format(reason=message))))
        self.indicator = RecordingIndicator(self.recorder)
        self.caption = CaptionBar(host=caption_host)
        self.folder_button = QPushButton()
        self.folder_button.hide()
        self._last_folder: Path | None = None
        self.folder_button.clicked.connect(self._open_folder)
        messages.status_bar.addPermanentWidget(self.folder_button)
        # The button belongs to the "Recorded ..." message: it leaves when that message does
        # (Messages forgets the kind first when other news replaces it).
        messages.status_bar.messageChanged.connect(
            lambda _text: None if messages.status_kind == RECORDED
            else self.folder_button.hide())
        self.menu = QMenu(window)
        self._actions: list[QAction] = []
        for keys, slot in (
                ("Ctrl+E", lambda: self.export_png(window, 1.0)),
                ("Ctrl+Shift+E", lambda: self.export_png(window, 2.0)),
                (None, lambda: self.export_png(canvas, None)),
                ("Ctrl+Shift+C", self.copy),
                ("Ctrl+R", self.toggle_recording),
                ("Ctrl+Shift+R", self.toggle_pause),
                ("Ctrl+K", self.edit_caption),
                ("K", self.caption.toggle)):
            action = QAction(window)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.addAction(action)
            self.menu.addAction(action)
            self._actions.append(action)
        self.menu.addSeparator()
        self._submenus: list[QMenu] = []
        self.format_group = self._choices(("mp4", "gif"), "format", "mp4")
        self.fps_group = self._choices(("30", "60"), "fps", "30")
        self.region_group = self._choices(("window", "canvas and loss plot"), "region", "window")
        self.priority_group = self._choices(PRIORITIES, "priority", "background")
        self.size_group = self._choices(OUTPUT_SIZES, "size", DEFAULT_SIZE)
        self.pointer_action = self._switch("pointer", True)
        self.keys_action = self._switch("keys", False)
        self.countdown_action = self._switch("countdown", False)
        self.narration = NarrationControl(self.menu, self.recorder, settings)
        self.narration.problem.connect(messages.problem)
        self.countdown: Countdown | None = None
        self.countdown_step_ms = 1000
        i18n.retranslate_on_change(self.menu, self.retranslate)

    def retranslate(self) -> None:
        """The menu, its submenus and choices, and the Open folder button, in the current
        language (file formats and frame rates are said as they are)."""
        self.menu.setTitle(QCoreApplication.translate("ExportActions", "&Export"))
        for action, text in zip(self._actions, (
                QCoreApplication.translate("ExportActions", "Window as &PNG…"),
                QCoreApplication.translate("ExportActions", "Window as PNG at &2x…"),
                QCoreApplication.translate("ExportActions", "&Canvas as PNG…"),
                QCoreApplication.translate("ExportActions", "Copy window to clip&board"),
                QCoreApplication.translate("ExportActions", "&Record / stop"),
                QCoreApplication.translate("ExportActions", "Pa&use / resume recording"),
                QCoreApplication.translate("ExportActions", "&Edit caption…"),
                QCoreApplication.translate("ExportActions", "Show / hide caption")), strict=True):
            action.setText(text)
        for submenu, title in zip(self._submenus, (
                QCoreApplication.translate("ExportActions", "Video format"),
                QCoreApplication.translate("ExportActions", "Frames per second"),
                QCoreApplication.translate("ExportActions", "Record"),
                QCoreApplication.translate("ExportActions", "Encoder priority"),
                QCoreApplication.translate("ExportActions", "Output size")), strict=True):
            submenu.setTitle(title)
        self.size_group.actions()[-1].setText(
            QCoreApplication.translate("ExportActions", "the window's own size"))
        self.pointer_action.setText(QCoreApplication.translate("ExportActions",
                                                               "Draw the pointer"))
        self.pointer_action.setToolTip(QCoreApplication.translate(
            "ExportActions", "Draw the mouse pointer into the video, with a ring at each click "
            "and a dashed trail for a right-drag."))
        self.keys_action.setText(QCoreApplication.translate("ExportActions",
                                                            "Show the shortcuts pressed"))
        self.keys_action.setToolTip(QCoreApplication.translate(
            "ExportActions", "Each shortcut pressed shows at the bottom of the video for a "
            "moment, with the name of what it does."))
        self.countdown_action.setText(QCoreApplication.translate("ExportActions",
                                                                 "Count down 3-2-1 first"))
        window, region = self.region_group.actions()
        window.setText(QCoreApplication.translate("ExportActions", "window"))
        region.setText(QCoreApplication.translate("ExportActions", "canvas and loss plot"))
        background, normal = self.priority_group.actions()
        background.setText(QCoreApplication.translate("ExportActions", "background"))
        background.setToolTip(QCoreApplication.translate(
            "ExportActions", "The encoder uses only idle CPU time: the smoothest window, but "
            "frames are dropped (repeated) when another program keeps the CPU busy."))
        normal.setText(QCoreApplication.translate("ExportActions", "normal"))
        normal.setToolTip(QCoreApplication.translate(
            "ExportActions", "The encoder takes its share of the CPU: no dropped frames, a "
            "slightly less smooth window while recording."))
        self.folder_button.setText(QCoreApplication.translate("ExportActions", "Open folder"))
        self.folder_button.setToolTip(QCoreApplication.translate("ExportActions",
                                         "Show the recording in the file manager."))

    # ----- images -------------------------------------------------------------------------

    def export_png(self, widget, scale: float | None) -> Path | None:
        """Save a PNG of widget (the screen's resolution, or scale x); says where or why not."""
        path = self.choose_file("save", QCoreApplication.translate("ExportActions", "Export PNG"),
                                QCoreApplication.translate("ExportActions", "PNG images (*.png)"))
        if not path:
            return None
        path = Path(path) if Path(path).suffix else Path(path).with_suffix(".png")
        try:
            written = grab_png(widget, path, scale)
        except ExportError as err:
            reason = str(err)
            self.messages.problem(Sentence(lambda: QCoreApplication.translate(
                "ExportActions", "Not exported: {reason}").format(reason=reason)))
            return None
        self.messages.status(Sentence(lambda: QCoreApplication.translate(
            "ExportActions", "Saved {file}").format(file=written)), 6000)
        return written

    def copy(self) -> None:
        """Put a picture of the window on the clipboard."""
        copy_to_clipboard(self.window)
        self.messages.status(Sentence(lambda: QCoreApplication.translate(
            "ExportActions", "Copied a picture of the window.")), 4000)

    # ----- recording ----------------------------------------------------------------------

    def toggle_recording(self) -> None:
        """Ctrl+R: start recording to the Videos folder, or stop and finish the file."""
        if self.countdown is not None and self.countdown.running:
            self.countdown.cancel()  # a second Ctrl+R during the countdown: no recording
            self.messages.status(Sentence(lambda: QCoreApplication.translate(
                "ExportActions", "Recording cancelled.")), 4000)
            return
        if self.recorder.recording:
            self.stop_recording()
            return
        if self.countdown_action.isChecked():
            if self.countdown is not None:
                self.countdown.deleteLater()
            self.countdown = Countdown(self.window, step_ms=self.countdown_step_ms)
            self.countdown.done.connect(self._start_chosen)
            self.countdown.begin()
            self.messages.status(Sentence(lambda: QCoreApplication.translate(
                "ExportActions", "Recording starts after the countdown; Ctrl+R cancels.")))
            return
        self._start_chosen()

    @Slot()
    def _start_chosen(self) -> None:
        """Start recording with the options chosen in the menu."""
        fmt = self.format_group.checkedAction().data()
        fps = int(self.fps_group.checkedAction().data())
        region = None
        if self.region_group.checkedAction().data() != "window":
            region = self.region
        self.start_recording(self.video_folder() / time.strftime(f"playground-%Y%m%d-%H%M%S.{fmt}"),
                             fps, region)

    def video_folder(self) -> Path:
        """Where Ctrl+R puts recordings: the user's Videos folder (home if there is none)."""
        return _video_folder()

    def output_size(self) -> tuple[int, int] | None:
        """The chosen video size (width, height), or None for the window's own size."""
        chosen = self.size_group.checkedAction().data()
        if chosen == "window":
            return None
        width, height = chosen.split("x")
        return int(width), int(height)

    def start_recording(self, path: Path, fps: int = 30, region=None) -> bool:
        """Record the window (or the region's widgets) to path; says why not if it cannot."""
        priority = self.priority_group.checkedAction().data()
        self.recorder.encoders[".mp4"] = functools.partial(Mp4Encoder, priority=priority)
        overlay = FrameOverlay(self.window, self.pointer_action.isChecked(),
                               self.keys_action.isChecked(),
                               [self.indicator, self.messages.status_bar])
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # A GIF keeps the window's own size: scaled up it is only larger, and GIFs are for
            # short clips on a page, where the browser scales them anyway.
            size = None if path.suffix.lower() == ".gif" else self.output_size()
            target = self.narration.video_path(path)  # the frames' file while narrating
            self.recorder.start(self.window, target, fps, region, size=size, overlay=overlay)
        except (OSError, ValueError) as err:
            self.narration.cancel()
            reason = str(err)
            self.messages.problem(Sentence(lambda: QCoreApplication.translate(
                "ExportActions", "Not recording: {reason}").format(reason=reason)))
            return False
        self.narration.began()
        self.folder_button.hide()
        # The video holds `fps` frames a second: drawing many more would only take CPU from the
        # encoder and the training on a 2-core machine; a little more keeps every frame fresh.
        # The video's rate is fixed: the pacer, which would count the grabs as drawing, waits.
        self.client.frame_interval = max(FRAME_INTERVAL, 0.9 / fps)
        self.client.paced = False
        self.messages.status(Sentence(lambda: QCoreApplication.translate(
            "ExportActions", "Recording {name} at {fps} frames/s; Ctrl+R stops, "
            "Ctrl+Shift+R pauses.").format(name=path.name, fps=fps)))
        return True

    def toggle_pause(self) -> None:
        """Ctrl+Shift+R: pause the recording, or go on into the same file."""
        if self.recorder.paused:
            self.recorder.resume()
            self.messages.status(Sentence(lambda: QCoreApplication.translate(
                "ExportActions", "Recording again; Ctrl+R stops.")))
        elif self.recorder.pause():
            self.messages.status(Sentence(lambda: QCoreApplication.translate(
                "ExportActions", "Recording paused: Ctrl+Shift+R goes on in the same file, "
                "Ctrl+R stops.")))

    def stop_recording(self):
        """Stop grabbing; the file is finished on the writer thread (finished() says when)."""
        tally = self.recorder.stop()
        self.narration.stopped()
        self.client.frame_interval = FRAME_INTERVAL
        self.client.paced = True
        self.messages.status(Sentence(lambda: QCoreApplication.translate(
            "ExportActions", "Finishing the recording…")))
        return tally

    @Slot(object)
    def _recorded(self, result) -> None:
        self.narration.finish(result, self._say_recorded)

    def _say_recorded(self, result) -> None:
        if result.error:
            return  # failed() has said why
        values = {"file": result.path, "frames": result.frames,
                  "seconds": f"{result.duration:.1f}", "dropped": result.dropped}
        if result.dropped:
            said = lambda: QCoreApplication.translate(  # noqa: E731
                "ExportActions", "Recorded {file} ({frames} frames, {seconds} s, {dropped} "
                "dropped and repeated: the encoder was short of CPU; Export > Encoder priority "
                "> normal avoids it)").format(**values)
        else:
            said = lambda: QCoreApplication.translate(  # noqa: E731
                "ExportActions", "Recorded {file} ({frames} frames, {seconds} s)").format(
                    **values)
        self.messages.status(Sentence(said, RECORDED))
        self._last_folder = Path(result.path).parent
        self.folder_button.show()

    def _open_folder(self) -> None:
        if self._last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_folder)))

    def finish(self, timeout: float = 10.0) -> None:
        """Closing: stop a recording and let its file be completed."""
        if self.countdown is not None:
            self.countdown.cancel()
        if self.recorder.recording:
            self.stop_recording()
        self.recorder.wait(timeout)
        self.narration.wait()

    # ----- captions -----------------------------------------------------------------------

    def edit_caption(self) -> None:
        """Ctrl+K: type the caption line (lower third); an empty text hides it."""
        text = self.ask_text(self.window, self.caption.text())
        if text is None:
            return
        self.caption.set_text(text)
        self.caption.set_visible_caption(bool(text))

    def _choices(self, values: tuple[str, ...], key: str, default: str):
        """A submenu of choices remembered under record/`key` (retranslate names them)."""
        submenu = self.menu.addMenu("")
        self._submenus.append(submenu)
        group = QActionGroup(self)
        chosen = str(self.settings.value(f"record/{key}", default))
        for value in values:
            action = submenu.addAction(value)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value == (chosen if chosen in values else default))
            action.triggered.connect(lambda _=False, v=value: self.settings.setValue(
                f"record/{key}", v))
            group.addAction(action)
        return group

    def _switch(self, key: str, default: bool) -> QAction:
        """A checkable menu item remembered under record/`key` (retranslate names it)."""
        action = self.menu.addAction("")
        action.setCheckable(True)
        stored = str(self.settings.value(f"record/{key}", default)).lower()
        action.setChecked(stored == "true" if stored in ("true", "false") else default)
        action.toggled.connect(lambda on: self.settings.setValue(f"record/{key}", on))
        return action


def _video_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MoviesLocation)
    return Path(folder) if folder else Path.home()


def _ask_caption(window, current: str) -> str | None:
    text, ok = QInputDialog.getText(
        window, QCoreApplication.translate("ExportActions", "Caption"),
        QCoreApplication.translate("ExportActions", "Caption line (empty hides it):"),
        text=current)
    return text if ok else None
