"""ActivationView: every registered activation f(z) and its derivative f'(z), one highlighted."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.app import i18n
from playground.app.concepts import curves
from playground.app.concepts.curve_list import CurveList
from playground.app.concepts.plots import FAINT, HIGHLIGHT, concept_plot
from playground.engine import activations

VALUE_RANGE = (-2.0, 5.0)  # f(z) on z in [-5, 5]: room for relu's ramp, sigmoid still readable
SLOPE_RANGE = (-1.15, 1.3)  # f'(z): the sine's cosine dips to -1, gelu's rises to about 1.13


class ActivationView(QWidget):
    """f(z) above f'(z) over z in [-5, 5] for each activation; the current one thick and blue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        z = curves.activation_axis()
        self.names = activations.names()
        self.value_plot = concept_plot("", "f(z)")  # the plot below names the shared z axis
        self.slope_plot = concept_plot("z", "f'(z)")
        for plot, limits in ((self.value_plot, VALUE_RANGE), (self.slope_plot, SLOPE_RANGE)):
            plot.setXRange(z[0], z[-1], padding=0.02)
            plot.setYRange(*limits, padding=0.03)
        self.slope_plot.setXLink(self.value_plot)
        self.lines: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        for name, (values, slopes) in curves.activation_curves(self.names, z).items():
            self.lines[name] = (self.value_plot.plot(z, values), self.slope_plot.plot(z, slopes))
        self.caption = QLabel()
        self.list = CurveList()
        self.list.shown_changed.connect(self._restyle)
        self.list.current_changed.connect(self._restyle)
        self.list.set_names(self.names, tip=lambda name: f"f(z) = {activations.get(name).formula}")
        plots = QVBoxLayout()
        plots.addWidget(self.value_plot, 1)
        plots.addWidget(self.slope_plot, 1)
        plots.addWidget(self.caption)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(plots, 1)
        self.set_current(self.names[0])
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the caption (its name) and its tooltip in the window's language."""
        self.caption.setToolTip(QCoreApplication.translate(
            "ActivationView", "The highlighted activation's formula, as the engine computes it."))
        self._show_caption()

    def set_current(self, name: str) -> None:
        """Highlight the activation in use (a registry name) and show its formula."""
        self.list.set_current(name)

    def current(self) -> str:
        """The highlighted activation's name."""
        return self.list.current()

    def _restyle(self) -> None:
        """Draw the current pair thick and blue on top, other ticked ones faint, the rest not."""
        current, shown = self.list.current(), self.list.shown()
        for name, pair in self.lines.items():
            highlighted = name == current
            pen = pg.mkPen(HIGHLIGHT, width=2.5) if highlighted else pg.mkPen(FAINT, width=1)
            for line in pair:
                line.setPen(pen)
                line.setZValue(10 if highlighted else 0)
                line.setVisible(highlighted or name in shown)
        self._show_caption()

    def _show_caption(self) -> None:
        current = self.list.current()
        if current:
            self.caption.setText(f"<b>{i18n.name_label(current)}</b>: "
                                 f"f(z) = {activations.get(current).formula}")
