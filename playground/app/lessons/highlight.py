"""Highlight: a bright rounded frame drawn over one part of the window, to point at it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

COLOR = QColor(255, 140, 0)  # orange: apart from the class colours and the blue/red boundary
WIDTH = 4


class Highlight(QWidget):
    """A frame over `target`, laid over `host` (its window's central widget); clicks pass."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._host = host
        self._target: QWidget | None = None
        self.hide()

    @property
    def target(self) -> QWidget | None:
        """The widget framed now, or None."""
        return self._target

    def show_over(self, target: QWidget | None) -> None:
        """Frame `target` (None: remove the frame); follows it as the window changes size."""
        if self._target is not None:
            self._target.removeEventFilter(self)
        self._target = target
        if target is None:
            self.hide()
            return
        target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Follow the target's moves, size and visibility."""
        if watched is self._target and event.type() in (
                QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def _place(self) -> None:
        target = self._target
        if target is None or not target.isVisible() or target.window() is not self._host.window():
            self.hide()  # hidden, or in a floating dock: not drawn over the main window
            return
        corner = self._host.mapFromGlobal(target.mapToGlobal(QPoint(0, 0)))
        self.setGeometry(QRect(corner, target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH))
        self.show()
        self.raise_()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The frame only; the inside stays see-through."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(COLOR, WIDTH))
        painter.drawRoundedRect(self.rect().adjusted(WIDTH // 2, WIDTH // 2, -WIDTH // 2,
                                                     -WIDTH // 2), 8, 8)
