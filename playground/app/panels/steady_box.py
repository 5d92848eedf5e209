"""SteadyBox: holds a label whose text changes every frame, so the window is not laid out again.

A QLabel's setText always calls updateGeometry, and Qt passes that up through every layout to
the main window, which lays out its docks and central tabs again and repaints all of the central
area: the run bar's numbers did so with every drawn frame (~50 times a second), repainting every
button, tab bar and plot title beside the canvas (measured with benchmarks/live.py). Qt stops
the climb at a parent without a layout: such a parent gets a LayoutRequest event instead. The
box takes it, and only passes it on when the label's height really changed (a new font size).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyBox(QWidget):
    """A box without a layout around one QLabel, which fills it; the box's size hint is the
    label's height and no width (the layout's room), or a width the box was fixed to."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._height = self._label_height()

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
        """The label asked for a new layout: pass it on only if its height changed."""
        if event.type() == QEvent.Type.LayoutRequest:
            height = self._label_height()
            if height != self._height:
                self._height = height
                self.updateGeometry()
            return True
        return super().event(event)

    def _label_height(self) -> int:
        return max(self.label.sizeHint().height(), self.label.minimumSizeHint().height())
