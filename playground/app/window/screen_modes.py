"""Screen modes: presentation (F5) and focus canvas (F11) decide which parts of the window show
and how much of the screen it takes; Appearance decides how big and in which colours.

Presentation fills the screen (full screen, no menu bar: every action keeps its key) and hides
the docks, so a 1280x720 projector shows a canvas of about 500 px. Focus canvas leaves only the
run bar, the canvas and the loss plot. Leaving either brings back what was shown before, and the
window's old geometry, never larger than the screen it is on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, QRect, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTabWidget, QWidget

FOCUS_CANVAS_SHARE = 0.65  # of the width, for the canvas column while focused


class ScreenModes(QObject):
    """Shows and hides the window's parts for presentation and focus-canvas modes."""

    changed = Signal()

    def __init__(self, window: QMainWindow, docks: Sequence[QDockWidget],
                 extras: Sequence[QWidget], plots: QTabWidget, loss_plot: QWidget,
                 pages: QTabWidget, middle: QSplitter):
        super().__init__(window)
        self.window, self.docks, self.extras = window, tuple(docks), tuple(extras)
        self.plots, self.loss_plot, self.pages = plots, loss_plot, pages
        self.middle = middle  # the plots' column | the canvas column
        self.presenting = False
        self.focused = False
        self.concepts = False  # the Concepts page shows: it uses no panel, so it gets the width
        self._docks_shown: dict[str, bool] | None = None  # before a mode hid them
        self._plot_tab: int | None = None
        self._middle_sizes: list[int] | None = None
        self._geometry: QByteArray | None = None

    @property
    def hides_docks(self) -> bool:
        """Whether a mode has hidden the docks (their View-menu state is kept meanwhile)."""
        return self.presenting or self.focused or self.concepts

    def set_concepts_shown(self, on: bool) -> None:
        """The Concepts page takes the docks' room while it shows; they come back after."""
        if on != self.concepts:
            self.concepts = on
            self._apply()
            self.changed.emit()

    def set_presenting(self, on: bool, full_screen: bool = True) -> None:
        """Presentation mode: the docks hidden and, by default, the whole screen."""
        if on == self.presenting:
            return
        if on and full_screen and not self.window.isFullScreen():
            self._geometry = self.window.saveGeometry()
            self.window.showFullScreen()
        self.presenting = on
        self._apply()
        if not on and self._geometry is not None:
            self._restore_geometry()
        self.changed.emit()

    def set_focused(self, on: bool) -> None:
        """Focus canvas: only the run bar, the canvas and the loss plot."""
        if on == self.focused:
            return
        if on:
            self._plot_tab = self.plots.currentIndex()
            self._middle_sizes = self.middle.sizes()
            self.plots.setCurrentWidget(self.loss_plot)
        self.focused = on
        self._apply()
        if on:  # the canvas takes the room the panels and the diagram left (scaled by Qt)
            self.middle.setSizes([round(1000 * (1 - FOCUS_CANVAS_SHARE)),
                                  round(1000 * FOCUS_CANVAS_SHARE)])
        elif self._plot_tab is not None:
            self.plots.setCurrentIndex(self._plot_tab)
            self.middle.setSizes(self._middle_sizes)
            self._plot_tab = self._middle_sizes = None
        self.changed.emit()

    def _apply(self) -> None:
        hide_docks = self.hides_docks
        if hide_docks and self._docks_shown is None:
            self._docks_shown = {dock.objectName(): dock.isVisible() for dock in self.docks}
        for dock in self.docks:
            if hide_docks:
                dock.hide()
            elif self._docks_shown is not None:
                dock.setVisible(self._docks_shown[dock.objectName()])
        if not hide_docks:
            self._docks_shown = None
        for extra in self.extras:
            extra.setVisible(not self.focused)
        self.plots.tabBar().setVisible(not self.focused)
        self.pages.tabBar().setVisible(not self.focused)
        self.window.menuBar().setVisible(not (self.presenting or self.focused))
        self.window.statusBar().setVisible(not self.focused)

    def _restore_geometry(self) -> None:
        """Back to the geometry from before presenting, within the screen's free area."""
        self.window.showNormal()
        self.window.restoreGeometry(self._geometry)
        self._geometry = None
        screen = self.window.screen()
        if screen is not None:
            self.window.setGeometry(fit_within(self.window.geometry(),
                                               screen.availableGeometry()))


def fit_within(rect: QRect, room: QRect) -> QRect:
    """rect made no larger than room and moved inside it."""
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    x = min(max(rect.x(), room.x()), room.right() - width + 1)
    y = min(max(rect.y(), room.y()), room.bottom() - height + 1)
    return QRect(x, y, width, height)
