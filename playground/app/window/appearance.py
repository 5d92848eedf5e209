"""Appearance: presentation mode (big type, thick lines, colour-blind-safe classes) and themes.

Presentation mode is for a projector and a screencast: every text x1.6 (plot ticks, axis labels
and legends included), points x1.6, thicker curves, the Okabe-Ito palette for classes, and a
large epoch and loss readout. Which parts show is ScreenModes' job.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from playground.app.panels.data_panel import DataPanel
from playground.app.panels.run_bar import RunBar
from playground.app.views.canvas import DataCanvas
from playground.app.views.colors import CLASS_COLORS, OKABE_ITO
from playground.app.views.inside import InsideViews
from playground.app.window.style import THEMES, style_sheet

PRESENT_SCALE = 1.6
POINT_SIZE = 7


class Appearance:
    """Applies presentation mode and the theme to the window's parts and remembers both."""

    def __init__(self, window: QMainWindow, run_bar: RunBar, canvas: DataCanvas,
                 inside: InsideViews, data_panel: DataPanel):
        self.window, self.run_bar = window, run_bar
        self.canvas, self.inside, self.data_panel = canvas, inside, data_panel
        self.presenting = False
        self.theme = "light"
        inside.concepts.built.connect(lambda _view: self.apply())  # a page built late
        self._base_font = QFont(window.font())

    @property
    def scale(self) -> float:
        """How much larger type and points are drawn (1 unless presenting)."""
        return PRESENT_SCALE if self.presenting else 1.0

    @property
    def palette(self) -> tuple:
        """The class colours in use: Okabe-Ito when presenting, the playground's otherwise."""
        return tuple(OKABE_ITO if self.presenting else CLASS_COLORS)

    def set_presenting(self, on: bool) -> None:
        """Turn presentation mode on or off."""
        self.presenting = on
        self.apply()

    def set_theme(self, theme: str) -> None:
        """Switch between the light and the dark theme."""
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; known: {', '.join(THEMES)}")
        self.theme = theme
        self.apply()

    def apply(self) -> None:
        """Bring every part of the window in line with the current mode and theme."""
        window, scale = self.window, self.scale
        font = QFont(self._base_font)
        if self._base_font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * scale)
        else:
            font.setPixelSize(round(self._base_font.pixelSize() * scale))
        window.setPalette(_qt_palette(self.theme))
        window.setStyleSheet(style_sheet(self.theme, scale, QFontInfo(self._base_font).pixelSize()))
        window.setFont(font)
        self.run_bar.set_scale(scale)
        self.canvas.set_point_size(POINT_SIZE * scale)
        self.canvas.set_presenting(self.presenting, font)
        self.canvas.set_palette(self.palette)
        self.inside.network_view.set_palette(self.palette)
        # Half the enlargement: the diagram's text shares a small view with its thumbnails.
        self.inside.network_view.set_text_scale(1 + (scale - 1) / 2)
        self.inside.palette = self.palette
        self.data_panel.set_palette(self.palette)
        self.inside.loss_plot.set_line_width(2.5 if self.presenting else 1.0)
        _theme_plots(window, self.theme)
        colours = THEMES[self.theme]
        self.inside.network_view.set_theme(self.theme)
        self.data_panel.set_theme(self.theme)
        self.inside.loss_plot.set_theme_colors(colours["curve"], colours["plot"], colours["axis"])
        self.inside.concepts.set_curve_color(colours["curve"])
        self.inside.histograms.set_text_color(colours["axis"])
        _scale_plot_text(window, font.pixelSize() if font.pixelSize() > 0
                         else round(font.pointSizeF() * 96 / 72))


def _qt_palette(theme: str) -> QPalette:
    """A palette so that standard widgets (boxes, lists, tables) follow the theme."""
    if theme == "light":
        return QApplication.style().standardPalette()
    c = THEMES[theme]
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, c["window"]),
                         (QPalette.ColorRole.WindowText, c["text"]),
                         (QPalette.ColorRole.Base, c["panel"]),
                         (QPalette.ColorRole.AlternateBase, c["window"]),
                         (QPalette.ColorRole.Text, c["text"]),
                         (QPalette.ColorRole.Button, c["panel"]),
                         (QPalette.ColorRole.ButtonText, c["text"]),
                         (QPalette.ColorRole.Highlight, c["accent"]),
                         (QPalette.ColorRole.HighlightedText, "#202124"),
                         (QPalette.ColorRole.ToolTipBase, c["panel"]),
                         (QPalette.ColorRole.ToolTipText, c["text"])):
        palette.setColor(role, QColor(colour))
    return palette


def _theme_plots(window: QWidget, theme: str) -> None:
    """Plot backgrounds and axis colours (pyqtgraph draws its own, outside the style sheet)."""
    colours = THEMES[theme]
    for view in window.findChildren(pg.GraphicsView):
        view.setBackground(colours["plot"])
        for item in view.scene().items():
            if isinstance(item, pg.PlotItem) and item.titleLabel.text:
                item.titleLabel.setText(item.titleLabel.text, color=colours["axis"])
            if isinstance(item, pg.AxisItem):
                item.setTextPen(colours["axis"])
                item.picture = None  # drop the cached ticks so they redraw in the new colour
                item.update()


def _scale_plot_text(window: QWidget, pixels: int) -> None:
    """Tick labels, axis titles and legend entries in every plot follow the window's type size
    (pyqtgraph draws them itself, out of the style sheet's reach)."""
    tick_font = QFont(window.font())
    tick_font.setPixelSize(max(9, round(pixels * 0.9)))
    for view in window.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                item.setTickFont(tick_font)
                if item.label.toPlainText():
                    shown = item.label.isVisible()  # setLabel would show a hidden title
                    item.setLabel(item.labelText, units=item.labelUnits,
                                  **{**item.labelStyle, "font-size": f"{pixels}px"})
                    item.showLabel(shown)
            elif isinstance(item, pg.LegendItem):
                for _sample, label in item.items:
                    label.setText(label.text, size=f"{pixels}px")
