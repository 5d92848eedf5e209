"""Banner: a message laid over the top of the views, so showing it moves nothing else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from playground.app import i18n

MARGIN = 10


class Banner(QLabel):
    """A word-wrapped message over the top edge of a host widget; click it to dismiss."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()
        host.installEventFilter(self)
        self._host = host
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """The tooltip in the current language (Messages says the message itself again)."""
        self.setToolTip(QCoreApplication.translate("Banner", "Click to dismiss."))

    def show_text(self, text: str) -> None:
        """Show `text` over the host, above everything in it."""
        self.setText(text)
        self._place()
        self.show()
        self.raise_()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A click dismisses the message."""
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Follow the host's size."""
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        width = max(100, self._host.width() - 2 * MARGIN)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(MARGIN, MARGIN)
