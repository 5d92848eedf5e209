"""LevelMeter: a small bar beside the REC readout showing how loud the narration is.

It reads a level (a 0..1 peak) 20 times a second from whatever it watches (a Narration) and
draws it on a decibel scale, green for speech, amber when loud, red near clipping; the bar
falls back slowly, as meters do, so a word stays readable.
"""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QTimer, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from playground.app import i18n

REFRESH_MS = 50
FLOOR_DB = -60.0  # the bar's left end
AMBER_DB = -12.0  # louder than speech needs
RED_DB = -3.0  # about to clip
FALL_DB_PER_S = 30.0
COLORS = {"green": "#34a853", "amber": "#f9ab00", "red": "#d93025"}


class HasLevel(Protocol):
    """What the meter watches: a `level` between 0 and 1 (a Narration)."""

    @property
    def level(self) -> float: ...


def level_db(level: float) -> float:
    """A 0..1 peak in dB full scale, never below FLOOR_DB."""
    return FLOOR_DB if level <= 0 else max(FLOOR_DB, 20 * math.log10(min(1.0, level)))


def fill_fraction(db: float) -> float:
    """The share of the bar a level in dB fills: 0 at FLOOR_DB, 1 at 0 dB."""
    return min(1.0, max(0.0, (db - FLOOR_DB) / -FLOOR_DB))


def zone(db: float) -> str:
    """'green', 'amber' or 'red' for a level in dB."""
    return "red" if db >= RED_DB else "amber" if db >= AMBER_DB else "green"


class LevelMeter(QWidget):
    """An ~80x10 bar: the watched level, refreshed 20 times a second while watching."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levelMeter")
        self._watched: HasLevel | None = None
        self._db = FLOOR_DB
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The tooltip in the current language."""
        self.setToolTip(QCoreApplication.translate(
            "LevelMeter", "Microphone level: speak so the bar stays green; red means too loud"))

    @property
    def shown_db(self) -> float:
        """The level the bar shows now, in dB full scale."""
        return self._db

    def watch(self, source: HasLevel | None) -> None:
        """Show `source`'s level (a Narration) until watch(None), which hides the meter."""
        self._watched = source
        self._db = FLOOR_DB
        if source is None:
            self._timer.stop()
            self.hide()
        else:
            self.show()
            self._timer.start()
        self.update()

    @Slot()
    def refresh(self) -> None:
        """Read the level; rise at once, fall at FALL_DB_PER_S."""
        if self._watched is None:
            return
        fallen = self._db - FALL_DB_PER_S * REFRESH_MS / 1000
        self._db = max(level_db(self._watched.level), fallen, FLOOR_DB)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(80, 10)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(40, 6)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        track = self.palette().color(QPalette.ColorRole.Mid)
        painter.setPen(track)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRect(box)
        inner = box.adjusted(1, 1, -1, -1)
        width = inner.width() * fill_fraction(self._db)
        if width > 0:
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(QColor(COLORS[zone(self._db)]))
            painter.drawRect(QRectF(inner.left(), inner.top(), width, inner.height()))
        painter.end()
