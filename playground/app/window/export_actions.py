"""ExportActions: the Export menu: PNG of the window or the canvas, the clipboard, recording
MP4/GIF at a fixed frame rate, and the caption line that is drawn into both."""

from __future__ import annotations

import functools
import time
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl, Slot
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QPushButton, QWidget

from playground.app.recording.images import ExportError, copy_to_clipboard, grab_png
from playground.app.recording.indicator import RecordingIndicator
from playground.app.recording.mp4 import PRIORITIES, Mp4Encoder
from playground.app.recording.recorder import Recorder
from playground.app.runs.client import FRAME_INTERVAL, TrainingClient
from playground.app.views.caption import CaptionBar
from playground.app.window.messages import Messages

PNG_FILTER = "PNG images (*.png)"


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
        self.recorder.failed.connect(lambda message: messages.problem(
            f"Recording failed: {message}"))
        self.indicator = RecordingIndicator(self.recorder)
        self.caption = CaptionBar(host=caption_host)
        self.folder_button = QPushButton("Open folder")
        self.folder_button.setToolTip("Show the recording in the file manager.")
        self.folder_button.hide()
        self._last_folder: Path | None = None
        self.folder_button.clicked.connect(self._open_folder)
        messages.status_bar.addPermanentWidget(self.folder_button)
        # The button belongs to the "Recorded ..." message: it leaves when that message does.
        messages.status_bar.messageChanged.connect(
            lambda text: None if text.startswith("Recorded") else self.folder_button.hide())
        self.menu = QMenu("&Export", window)
        for text, keys, slot in (
                ("Window as &PNG…", "Ctrl+E", lambda: self.export_png(window, 1.0)),
                ("Window as PNG at &2x…", "Ctrl+Shift+E", lambda: self.export_png(window, 2.0)),
                ("&Canvas as PNG…", None, lambda: self.export_png(canvas, None)),
                ("Copy window to clip&board", "Ctrl+Shift+C", self.copy),
                ("&Record / stop", "Ctrl+R", self.toggle_recording),
                ("&Edit caption…", "Ctrl+K", self.edit_caption),
                ("Show / hide caption", "K", self.caption.toggle)):
            action = QAction(text, window)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.addAction(action)
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.format_group = self._choices("Video format", ("mp4", "gif"), "format", "mp4")
        self.fps_group = self._choices("Frames per second", ("30", "60"), "fps", "30")
        self.region_group = self._choices("Record", ("window", "canvas and loss plot"),
                                          "region", "window")
        self.priority_group = self._choices("Encoder priority", PRIORITIES, "priority",
                                            "background")
        self.priority_group.actions()[0].setToolTip(
            "The encoder uses only idle CPU time: the smoothest window, but frames are dropped "
            "(repeated) when another program keeps the CPU busy.")
        self.priority_group.actions()[1].setToolTip(
            "The encoder takes its share of the CPU: no dropped frames, a slightly less "
            "smooth window while recording.")

    # ----- images -------------------------------------------------------------------------

    def export_png(self, widget, scale: float | None) -> Path | None:
        """Save a PNG of widget (the screen's resolution, or scale x); says where or why not."""
        path = self.choose_file("save", "Export PNG", PNG_FILTER)
        if not path:
            return None
        path = Path(path) if Path(path).suffix else Path(path).with_suffix(".png")
        try:
            written = grab_png(widget, path, scale)
        except ExportError as err:
            self.messages.problem(f"Not exported: {err}")
            return None
        self.messages.status(f"Saved {written}", 6000)
        return written

    def copy(self) -> None:
        """Put a picture of the window on the clipboard."""
        copy_to_clipboard(self.window)
        self.messages.status("Copied a picture of the window.", 4000)

    # ----- recording ----------------------------------------------------------------------

    def toggle_recording(self) -> None:
        """Ctrl+R: start recording to the Videos folder, or stop and finish the file."""
        if self.recorder.recording:
            self.stop_recording()
            return
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

    def start_recording(self, path: Path, fps: int = 30, region=None) -> bool:
        """Record the window (or the region's widgets) to path; says why not if it cannot."""
        priority = self.priority_group.checkedAction().data()
        self.recorder.encoders[".mp4"] = functools.partial(Mp4Encoder, priority=priority)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.recorder.start(self.window, path, fps, region)
        except (OSError, ValueError) as err:
            self.messages.problem(f"Not recording: {err}")
            return False
        self.folder_button.hide()
        # The video holds `fps` frames a second: drawing many more would only take CPU from the
        # encoder and the training on a 2-core machine; a little more keeps every frame fresh.
        # The video's rate is fixed: the pacer, which would count the grabs as drawing, waits.
        self.client.frame_interval = max(FRAME_INTERVAL, 0.9 / fps)
        self.client.paced = False
        self.messages.status(f"Recording {path.name} at {fps} frames/s; Ctrl+R stops.")
        return True

    def stop_recording(self):
        """Stop grabbing; the file is finished on the writer thread (finished() says when)."""
        tally = self.recorder.stop()
        self.client.frame_interval = FRAME_INTERVAL
        self.client.paced = True
        self.messages.status("Finishing the recording…")
        return tally

    @Slot(object)
    def _recorded(self, result) -> None:
        if result.error:
            return  # failed() has said why
        dropped = (f", {result.dropped} dropped and repeated: the encoder was short of CPU; "
                   "Export > Encoder priority > normal avoids it" if result.dropped else "")
        self.messages.status(
            f"Recorded {result.path} ({result.frames} frames, {result.duration:.1f} s"
            f"{dropped})")
        self._last_folder = Path(result.path).parent
        self.folder_button.show()

    def _open_folder(self) -> None:
        if self._last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_folder)))

    def finish(self, timeout: float = 10.0) -> None:
        """Closing: stop a recording and let its file be completed."""
        if self.recorder.recording:
            self.stop_recording()
        self.recorder.wait(timeout)

    # ----- captions -----------------------------------------------------------------------

    def edit_caption(self) -> None:
        """Ctrl+K: type the caption line (lower third); an empty text hides it."""
        text = self.ask_text(self.window, self.caption.text())
        if text is None:
            return
        self.caption.set_text(text)
        self.caption.set_visible_caption(bool(text))

    def _choices(self, title: str, values: tuple[str, ...], key: str, default: str):
        submenu = self.menu.addMenu(title)
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


def _video_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.MoviesLocation)
    return Path(folder) if folder else Path.home()


def _ask_caption(window, current: str) -> str | None:
    text, ok = QInputDialog.getText(window, "Caption", "Caption line (empty hides it):",
                                    text=current)
    return text if ok else None
