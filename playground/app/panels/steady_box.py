"""SteadyBox: holds a label whose text changes every frame, so the window is not laid out again.

A QLabel's setText always calls updateGeometry, and Qt passes that up through every layout to
the main window, which lays out its docks and central tabs again and repaints all of the central
area: the run bar's numbers did so with every drawn frame (~50 times a second), repainting every
button, tab bar and plot title beside the canvas (measured with benchmarks/live.py). Qt stops
the climb at a parent without a layout: such a parent gets a LayoutRequest event instead. A
one-line label's height changes only with its font, style or margins, so the box measures the
label again (its size hint cost ~1 % of the GUI thread when asked every frame) and asks its own
layout for room only after one of those changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

REMEASURE = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish,
             QEvent.Type.ContentsRectChange)


class SteadyBox(QWidget):
    """A box without a layout around one single-line QLabel, which fills it; the box's size
    hint is the label's height and no width (the layout's room), or a width it was fixed to."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        label.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._height = self._label_height()
        self._stale = False  # the label's font, style or margins changed since measured

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As high as the label's text; as wide as a fixed width, else no width of its own."""
        return QSize(self.minimumWidth(), self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, self._height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The label fills the box."""
        self.label.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        """The label asked for a new layout (it has handled its change by now): pass it on
        only if the label's height changed."""
        if event.type() == QEvent.Type.LayoutRequest:
            if self._stale:
                self._stale = False
                height = self._label_height()
                if height != self._height:
                    self._height = height
                    self.updateGeometry()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A new font, style sheet or margins (presentation mode, a theme): measure again."""
        if event.type() in REMEASURE:
            self._stale = True
        return False

    def _label_height(self) -> int:
        return max(self.label.sizeHint().height(), self.label.minimumSizeHint().height())
