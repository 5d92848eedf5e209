"""FocusKeeper: the window's keys keep working after a person edits a value.

After Return, Enter or Tab in a box, or a pick from a list, the keyboard goes back to the canvas
(or the page in front), so Space, R and the arrows drive training again instead of typing into
the box; Escape leaves any editor and shows the value in use again. Spin boxes apply what was
typed when it is finished (Return, Tab, leaving the box), so Escape can still drop it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

LEAVING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
EDITORS = (QLineEdit, QAbstractSpinBox, QComboBox)


class FocusKeeper(QObject):
    """Watches the editors inside `window` and hands the keyboard back to `target()`."""

    def __init__(self, window: QWidget, target: Callable[[], QWidget],
                 show_values_in_use: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.window, self.target, self.show_values_in_use = window, target, show_values_in_use
        QApplication.instance().installEventFilter(self)
        for spin in window.findChildren(QAbstractSpinBox):
            spin.setKeyboardTracking(False)  # a typed 77 is applied as 77, not 7 first
        for box in window.findChildren(QComboBox):
            box.activated.connect(self._give_back_later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Return, Enter, Tab: the edit is done; Escape: the edit is dropped."""
        if event.type() != QEvent.Type.KeyPress or not self._an_editor_here(watched):
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.show_values_in_use()
            self.give_back()
            return True
        if event.key() in LEAVING_KEYS:
            self._give_back_later()  # after the box has taken the value
        return False

    def give_back(self) -> None:
        """The keyboard to the canvas (or whatever the window shows in its place)."""
        target = self.target()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _give_back_later(self, *_args) -> None:
        QTimer.singleShot(0, self.give_back)

    def _an_editor_here(self, watched: QObject) -> bool:
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None and not isinstance(widget, EDITORS):
            widget = widget.parentWidget()
        return widget is not None and widget.window() is self.window

    def close(self) -> None:
        """Stop watching (the window is closing)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
