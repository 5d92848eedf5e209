"""CaptionBar: a lower-third text line drawn into a host widget, so grabs and recordings show it.

A lesson step that points at a part of the window asks the bar to keep clear of it: the bar then
moves to the top of its host when the bottom would cover that part.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

# Its own style sheet wins over the window's (which colours every QWidget's text).
STYLE = ("QLabel#captionBar { background: rgba(0, 0, 0, 170); color: white;"
         " border-radius: 6px; }")
MARGIN = 0.04  # of the host's height, between the bar and the host's bottom and sides


def caption_pixel_size(host_height: int) -> int:
    """Text size for a host of this height: large enough to read in a video, 14 to 36 px."""
    return max(14, min(36, host_height // 24))


class CaptionBar(QLabel):
    """A centred, word-wrapped caption over the bottom of its host; mouse events pass through."""

    visibility_changed = Signal(bool)

    def __init__(self, text: str = "", host: QWidget | None = None):
        super().__init__(text)
        self.setObjectName("captionBar")
        self.setStyleSheet(STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._host: QWidget | None = None
        self._avoided: QWidget | None = None
        self._wanted = False
        self.hide()
        if host is not None:
            self.attach(host)

    @property
    def caption_visible(self) -> bool:
        """Whether the caption is switched on (it shows only while it also has text)."""
        return self._wanted

    def attach(self, host: QWidget) -> None:
        """Overlay `host`'s bottom, following its size."""
        if self._host is not None:
            self._host.removeEventFilter(self)
        self._host = host
        self.setParent(host)
        host.installEventFilter(self)
        self._update()

    def set_text(self, text: str) -> None:
        """Show `text` (plain text; an empty caption hides the bar)."""
        self.setText(text)
        self._update()

    @property
    def avoided(self) -> QWidget | None:
        """The part of the window the bar keeps clear of, or None."""
        return self._avoided

    def avoid(self, widget: QWidget | None) -> None:
        """Keep clear of `widget` (None: sit at the bottom again), following its moves."""
        if self._avoided is not None:
            self._avoided.removeEventFilter(self)
        self._avoided = widget
        if widget is not None:
            widget.installEventFilter(self)
        self._update()

    def set_visible_caption(self, visible: bool) -> None:
        """Switch the caption on or off."""
        if visible != self._wanted:
            self._wanted = visible
            self._update()
            self.visibility_changed.emit(visible)

    def toggle(self) -> None:
        """Switch the caption on if off, off if on."""
        self.set_visible_caption(not self._wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the host's size and the avoided part's place."""
        kind = event.type()
        if (watched is self._host and kind in (QEvent.Type.Resize, QEvent.Type.Show)
                or watched is self._avoided and kind in (QEvent.Type.Resize, QEvent.Type.Move,
                                                         QEvent.Type.Show, QEvent.Type.Hide)):
            self._update()
        return False

    def _update(self) -> None:
        """Place the bar at the host's bottom (or top, clear of the avoided part), sized to its
        text, and show or hide it."""
        host = self._host
        if host is None:
            return
        self.setVisible(self._wanted and bool(self.text()))
        margin = round(MARGIN * host.height())
        font = QFont(self.font())
        font.setPixelSize(caption_pixel_size(host.height()))
        self.setFont(font)
        pad = font.pixelSize() // 2
        self.setContentsMargins(pad, pad // 2, pad, pad // 2)
        width = max(1, host.width() - 2 * margin)
        height = min(self.heightForWidth(width), host.height() // 2)
        bottom = QRect(margin, host.height() - margin - height, width, height)
        top = QRect(margin, margin, width, height)
        self.setGeometry(min((bottom, top), key=self._covered))
        self.raise_()

    def _covered(self, place: QRect) -> int:
        """How many pixels of the avoided part the bar would cover at `place`."""
        avoided, host = self._avoided, self._host
        if avoided is None or host is None or not avoided.isVisible():
            return 0
        corner = host.mapFrom(avoided.window(), avoided.mapTo(avoided.window(), QPoint(0, 0)))
        overlap = place.intersected(QRect(corner, avoided.size()))
        return overlap.width() * overlap.height() if overlap.isValid() else 0
