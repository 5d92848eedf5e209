"""RecordingIndicator: a red dot and the elapsed time ("● REC 0:12") while a Recorder records,
and "❚❚ REC 0:12 paused" while it is paused. Never in the video: the overlay paints it over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from playground.app import i18n

if TYPE_CHECKING:
    from playground.app.recording.recorder import Recorder

REFRESH_MS = 250
DOT_COLOR = "#d93025"


def elapsed_text(seconds: float) -> str:
    """Minutes and seconds as the indicator shows them: 0:07, 1:12, 61:40."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class RecordingIndicator(QLabel):
    """Shown only while `recorder` records; counts the time up every quarter second."""

    def __init__(self, recorder: Recorder, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordingIndicator")
        self.setTextFormat(Qt.TextFormat.RichText)
        self._recorder = recorder
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        recorder.started.connect(self._on_started)
        recorder.stopped.connect(self._on_stopped)
        recorder.pause_changed.connect(lambda _paused: self.refresh())
        self.hide()
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The tooltip in the current language (REC is said as recorders everywhere say it)."""
        self.setToolTip(QCoreApplication.translate("RecordingIndicator",
                                                   "Recording (Ctrl+R stops)"))

    @Slot()
    def refresh(self) -> None:
        """Show the recorder's elapsed time, and whether it is paused."""
        elapsed = elapsed_text(self._recorder.elapsed)
        if self._recorder.paused:
            paused = QCoreApplication.translate("RecordingIndicator", "paused")
            self.setText(f"❚❚ REC {elapsed} {paused}")
        else:
            self.setText(f'<span style="color:{DOT_COLOR}">●</span> REC {elapsed}')

    @Slot(object)
    def _on_started(self, _path) -> None:
        self.refresh()
        self.show()
        self._timer.start()

    @Slot(object)
    def _on_stopped(self, _result) -> None:
        self._timer.stop()
        self.hide()
