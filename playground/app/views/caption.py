"""CaptionBar: a lower-third text line drawn into a host widget, so grabs and recordings show it.

A lesson step that points at a part of the window asks the bar to keep clear of it: the bar then
moves from the bottom to just above or below that part, or to the top, whichever covers none of
it and least of the parts it should keep in sight (the runs' tiles and the run bar).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

# Its own style sheet wins over the window's (which colours every QWidget's text).
STYLE = ("QLabel#captionBar { background: rgba(0, 0, 0, 170); color: white;"
         " border-radius: 6px; }")
MIN_SIDE_WIDTH = 240  # px: narrower, a caption beside a part wraps into too many lines
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
        self._kept: tuple[QWidget, ...] = ()
        self._wanted = False
        self._pixels = 0
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

    def avoid(self, widget: QWidget | None, keep: tuple[QWidget, ...] = ()) -> None:
        """Keep clear of `widget` (None: sit at the bottom again), following its moves, and
        cover as little of the `keep` parts as it can, the first one first."""
        for watched in (self._avoided, *self._kept):
            if watched is not None:
                watched.removeEventFilter(self)
        self._avoided, self._kept = widget, tuple(keep)
        for watched in (widget, *self._kept):
            if watched is not None:
                watched.installEventFilter(self)
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
        """Follow the host's size and the places of the avoided and kept parts."""
        kind = event.type()
        if (watched is self._host and kind in (QEvent.Type.Resize, QEvent.Type.Show)
                or (watched is self._avoided or watched in self._kept)
                and kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show,
                             QEvent.Type.Hide)):
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
        pixels = caption_pixel_size(host.height())
        if pixels != self._pixels:  # said in its own sheet: the window's may set every font
            self._pixels = pixels
            self.setStyleSheet(STYLE + f" QLabel#captionBar {{ font-size: {pixels}px; }}")
        pad = pixels // 2
        self.setContentsMargins(pad, pad // 2, pad, pad // 2)
        width = max(1, host.width() - 2 * margin)
        height = min(self.heightForWidth(width), host.height() // 2)
        places = [QRect(margin, host.height() - margin - height, width, height)]  # the bottom
        avoided = self._rect_of(self._avoided)
        if not avoided.isEmpty():
            places += [QRect(margin, avoided.top() - margin - height, width, height),
                       QRect(margin, avoided.bottom() + margin, width, height)]
            # Beside it, in the lower part: a part as tall as the host leaves only its sides.
            for left, right in ((margin, avoided.left() - margin),
                                (avoided.right() + margin, host.width() - margin)):
                if right - left >= MIN_SIDE_WIDTH:
                    tall = min(self.heightForWidth(right - left), host.height() // 2)
                    places.append(QRect(left, host.height() - margin - tall, right - left, tall))
        places.append(QRect(margin, margin, width, height))  # the top
        inside = [place for place in places if host.rect().contains(place)] or places[:1]
        kept = [self._rect_of(widget) for widget in self._kept]
        self.setGeometry(min(inside, key=lambda place: (
            _overlap(place, avoided), *(_overlap(place, rect) for rect in kept))))
        self.raise_()

    def _rect_of(self, widget: QWidget | None) -> QRect:
        """`widget`'s rectangle in the host (empty when there is none or it is hidden)."""
        host = self._host
        if widget is None or host is None or not widget.isVisible():
            return QRect()
        if widget.window() is not host.window():  # a floating dock covers nothing of the host
            return QRect()
        corner = host.mapFromGlobal(widget.mapToGlobal(QPoint(0, 0)))
        return QRect(corner, widget.size())


def _overlap(a: QRect, b: QRect) -> int:
    """Pixels that two rectangles share."""
    both = a.intersected(b)
    return both.width() * both.height() if both.isValid() else 0
