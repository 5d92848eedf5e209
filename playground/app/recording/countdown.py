"""Countdown: a large 3, 2, 1 over the window before a recording starts.

It is a window of its own (a frameless tool window over the recorded one), so it is never in
the recorded window's pixels, and it is gone before the first frame is grabbed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

STEP_MS = 1000
SIDE = 160  # logical pixels


class Countdown(QLabel):
    """Counts `start` down to 1 over `over`, a step every `step_ms`, then emits done()."""

    done = Signal()

    def __init__(self, over: QWidget, start: int = 3, step_ms: int = STEP_MS):
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("recordingCountdown")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#recordingCountdown { background: rgba(32, 33, 36, 220); "
                           "color: white; border-radius: 24px; }")
        font = QFont(over.font())
        font.setPointSize(72)
        font.setBold(True)
        self.setFont(font)
        self.resize(SIDE, SIDE)
        self._over, self._left = over, start
        self._timer = QTimer(self, interval=step_ms)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        """True from begin() until done() or cancel()."""
        return self._timer.isActive()

    def begin(self) -> None:
        """Show the first number over the middle of the window."""
        centre = self._over.mapToGlobal(QPoint(self._over.width() // 2, self._over.height() // 2))
        self.move(centre - QPoint(SIDE // 2, SIDE // 2))
        self.setText(str(self._left))
        self.show()
        self._timer.start()

    def cancel(self) -> None:
        """Stop counting without emitting done()."""
        self._timer.stop()
        self.hide()

    @Slot()
    def _step(self) -> None:
        self._left -= 1
        if self._left > 0:
            self.setText(str(self._left))
            return
        self._timer.stop()
        self.hide()
        self.done.emit()
