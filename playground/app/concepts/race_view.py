"""RaceView: several optimizers walking down one surface from one start (Concepts > Optimizers).

The surface is drawn as filled contours with log-spaced levels and its minima marked; each
optimizer chosen walks with its own colour and trail, and the legend and its row show its loss
(or where it diverged). Step, Play and Reset drive every racer; a click on the surface moves
the start; each row's learning rate and options change the walk while it runs.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from playground.app import i18n
from playground.app.concepts.contours import FilledContours
from playground.app.concepts.plots import concept_plot
from playground.app.concepts.race import SURFACE_LR, Race
from playground.app.concepts.race_rows import COLOURS, DIVERGED, RacerRows, loss_text
from playground.app.gui_thread import assert_gui_thread
from playground.app.panels.widgets import VerticalScroll
from playground.engine import optimizers, surfaces

GRID = 160
SYMBOLS_UP_TO = 300  # points on a trail drawn with a dot each; longer trails as lines only
SPEEDS = ((2, 500), (5, 200), (20, 50))  # steps a second, timer interval in ms
# race.PRESETS' captions (race.py has no Qt), shown translated; a test checks each one
PRESET_CAPTIONS = (QT_TRANSLATE_NOOP(
    "RaceView",
    "SGD zig-zags across the narrow valley; momentum overshoots the minimum and rolls back; "
    "Adagrad's steps shrink as its squared gradients add up; Adam takes steps of about the "
    "same size in x and y, so it cuts across the valley and curves in."),)


def _say(text: str) -> str:
    return QCoreApplication.translate("RaceView", text)


class RaceView(QWidget):
    """The race: surface, racers, controls and a caption of what to look for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.race = Race()
        self.surface_box = QComboBox()
        for name in surfaces.names():
            self.surface_box.addItem(f"{name}: {surfaces.get(name).formula}", name)
        # Its long names would otherwise set the page's width (too wide for a 1280 screen).
        self.surface_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.surface_box.setMinimumContentsLength(18)
        self.preset_button = QPushButton()
        self.step_button = QPushButton()
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.speed = QComboBox()
        for per_second, interval in SPEEDS:
            self.speed.addItem(str(per_second), interval)
        self.speed.setCurrentIndex(1)
        self.reset_button = QPushButton()
        self.plot = concept_plot("x", "y")
        self.plot.setAspectLocked(False)
        self.contours = FilledContours(self.plot.getPlotItem())
        self.minima = pg.ScatterPlotItem(symbol="star", size=16, pen=pg.mkPen(40, 40, 40),
                                         brush=pg.mkBrush(255, 255, 255))
        self.minima.setZValue(15)
        self.plot.addItem(self.minima)
        self.start_mark = pg.ScatterPlotItem(symbol="s", size=10, pen=pg.mkPen(40, 40, 40),
                                             brush=pg.mkBrush(255, 255, 255, 200))
        self.start_mark.setZValue(15)
        self.plot.addItem(self.start_mark)
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextSize="10pt",
                                          labelTextColor=(32, 33, 36),
                                          brush=pg.mkBrush(255, 255, 255, 220),
                                          pen=pg.mkPen(190, 190, 190))
        self.trails: dict[str, pg.PlotDataItem] = {}
        for name in optimizers.names():
            trail = pg.PlotDataItem(pen=pg.mkPen(*COLOURS[name], width=2), symbol="o",
                                    symbolSize=5, symbolPen=None, symbolBrush=COLOURS[name])
            trail.setZValue(10)
            self.trails[name] = trail
        self.heads = pg.ScatterPlotItem(size=12, pen=pg.mkPen(255, 255, 255, width=1.5))
        self.heads.setZValue(20)
        self.plot.addItem(self.heads)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self._caption: Callable[[], str] = str  # says the caption in the window's language
        self.rows_title = QLabel()
        self.rows = RacerRows()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.step)
        self._connect()
        self._layout()
        self.set_surface("ravine")
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say every text again in the window's language, the caption and losses from the race."""
        for index in range(self.surface_box.count()):
            name = self.surface_box.itemData(index)
            self.surface_box.setItemText(
                index, f"{i18n.name_label(name)}: {surfaces.get(name).formula}")
        self.surface_box.setToolTip(QCoreApplication.translate(
            "RaceView", "The surface to race on; click it to move the start."))
        self.preset_button.setText(QCoreApplication.translate("RaceView", "Textbook race"))
        self.preset_button.setToolTip(QCoreApplication.translate(
            "RaceView",
            "SGD 0.95, momentum 0.1, Adagrad 1.5, Adam 0.3 on x²/20 + y² from (-7, 2), as in "
            "Saito's chapter 6."))
        self.step_button.setText(QCoreApplication.translate("RaceView", "Step"))
        self.step_button.setToolTip(QCoreApplication.translate(
            "RaceView", "One step for every optimizer."))
        self._play_text()
        self.play_button.setToolTip(QCoreApplication.translate(
            "RaceView", "Step every optimizer again and again until paused."))
        for index, (per_second, _interval) in enumerate(SPEEDS):
            self.speed.setItemText(
                index, QCoreApplication.translate("RaceView", "{n} steps/s").format(n=per_second))
        self.speed.setToolTip(QCoreApplication.translate("RaceView", "How fast Play steps."))
        self.reset_button.setText(QCoreApplication.translate("RaceView", "Reset"))
        self.reset_button.setToolTip(QCoreApplication.translate(
            "RaceView", "Every optimizer back at the start, its state forgotten."))
        self.caption.setToolTip(QCoreApplication.translate(
            "RaceView", "What to look for in this race."))
        self.rows_title.setText(QCoreApplication.translate(
            "RaceView", "Optimizers, learning rates and options:"))
        self.rows.retranslate()
        self._fit_rows()
        self._show_caption(self._caption)
        self._draw()

    # ----- building ---------------------------------------------------------------------------

    def _connect(self) -> None:
        self.surface_box.currentIndexChanged.connect(
            lambda: self.set_surface(self.surface_box.currentData()))
        self.preset_button.clicked.connect(lambda: self.use_preset("textbook"))
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self._play)
        self.speed.currentIndexChanged.connect(
            lambda: self.timer.setInterval(self.speed.currentData()))
        self.reset_button.clicked.connect(self.reset)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._dragged)
        for row in self.rows.by_name.values():
            row.check.toggled.connect(lambda on, n=row.name: self._choose(n, on))
            row.lr.valueChanged.connect(lambda _, n=row.name: self._settings(n))
            for spin in row.options.values():
                spin.valueChanged.connect(lambda _, n=row.name: self._settings(n))

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.surface_box, 1)
        for widget in (self.preset_button, self.step_button, self.play_button, self.speed,
                       self.reset_button):
            controls.addWidget(widget)
        body = QHBoxLayout()
        body.addWidget(self.plot, 1)
        side_box = QWidget()
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.rows_title)
        side.addLayout(self.rows.grid)
        side.addStretch(1)
        # Rows scroll up and down; the plot, aspect-locked, gives way in width.
        self.rows_scroll = VerticalScroll()
        self.rows_scroll.setWidget(side_box)
        body.addWidget(self.rows_scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(body, 1)
        layout.addWidget(self.caption)

    # ----- what a person does -----------------------------------------------------------------

    def set_surface(self, name: str) -> None:
        """Race on surface `name` from its own start, each racer at the surface's learning rate."""
        self._stop()
        for racer in self.race.racers.values():
            racer.lr = SURFACE_LR[name]
        self.race.set_surface(name)
        self._show_caption(lambda: QCoreApplication.translate(
            "RaceView",
            "Click the surface to start from another point; change a learning rate while they "
            "run."))
        self._show_surface()

    def use_preset(self, name: str) -> None:
        """The preset race (PRESETS), from step 0, with its caption."""
        self._stop()
        preset = self.race.use_preset(name)
        self._show_caption(lambda: _say(preset.caption))
        self._show_surface()

    def run(self, surface: str, rates: dict[str, float], start: tuple[float, float],
            steps: int) -> None:
        """Race these optimizers (name -> learning rate) from start and take `steps` steps at
        once (a lesson step: the same picture every time)."""
        self._stop()
        self.race.configure(surface, rates, start)
        for _ in range(steps):
            self.race.step()
        self._show_caption(str)
        self._show_surface()

    def step(self) -> None:
        """One step for every racer; Play stops when every racer has diverged."""
        assert_gui_thread()
        self.race.step()
        self._draw()
        walks = [self.race.racers[n].walk for n in self.race.chosen]
        if walks and all(w.diverged_at is not None for w in walks):
            self._stop()

    def reset(self) -> None:
        """Every racer back at the start."""
        self._stop()
        self.race.reset()
        self._draw()

    # ----- internals --------------------------------------------------------------------------

    def _show_caption(self, caption: Callable[[], str]) -> None:
        """Show caption() now and again whenever the language changes."""
        self._caption = caption
        self.caption.setText(caption())

    def _show_surface(self) -> None:
        surface = self.race.surface
        self.surface_box.blockSignals(True)
        self.surface_box.setCurrentIndex(self.surface_box.findData(surface.name))
        self.surface_box.blockSignals(False)
        x0, x1, y0, y1 = surface.window
        xs, ys = np.linspace(x0, x1, GRID), np.linspace(y0, y1, GRID)
        grid_x, grid_y = np.meshgrid(xs, ys)
        values = surface.value(np.column_stack([grid_x.ravel(), grid_y.ravel()]))
        self.contours.show(values.reshape(GRID, GRID), surface.window)
        self.minima.setData([m[0] for m in surface.minima], [m[1] for m in surface.minima])
        self.plot.setXRange(x0, x1, padding=0)
        self.plot.setYRange(y0, y1, padding=0)
        self.rows.show(self.race)
        self._draw()

    def _draw(self) -> None:
        self.start_mark.setData([self.race.start[0]], [self.race.start[1]])
        self.legend.clear()
        heads = []
        for name, trail in self.trails.items():
            racer = self.race.racers[name]
            chosen = name in self.race.chosen and racer.walk is not None
            if trail.scene() is None and chosen:
                self.plot.addItem(trail)
            elif trail.scene() is not None and not chosen:
                self.plot.removeItem(trail)
            row = self.rows.by_name[name]
            if not chosen:
                row.loss.setText("")
                continue
            path = np.array(racer.walk.path)
            trail.setData(path[:, 0], path[:, 1],
                          symbol="o" if len(path) <= SYMBOLS_UP_TO else None)
            heads.append({"pos": path[-1], "brush": pg.mkBrush(*COLOURS[name])})
            text = loss_text(racer.walk)
            # The code name keeps the legend small; its colour ties it to the row that says it.
            self.legend.addItem(trail, f"{name}  {text}")
            row.loss.setText(text)
            row.loss.setStyleSheet(f"color: {DIVERGED}" if racer.walk.diverged_at else "")
        self.heads.setData(heads)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._move_start(self.plot.getPlotItem().vb.mapSceneToView(event.scenePos()))

    def _dragged(self, scene_pos) -> None:
        """Dragging with the left button held moves the start along."""
        if QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._move_start(self.plot.getPlotItem().vb.mapSceneToView(scene_pos))

    def _move_start(self, point) -> None:
        x0, x1, y0, y1 = self.race.surface.window
        if x0 <= point.x() <= x1 and y0 <= point.y() <= y1:
            self.race.move_start((point.x(), point.y()))
            self._draw()

    def _choose(self, name: str, on: bool) -> None:
        self.race.choose(name, on)
        self._draw()

    def _settings(self, name: str) -> None:
        row = self.rows.by_name[name]
        try:
            self.race.racers[name].set(row.lr.value(), row.values())
        except ValueError as err:
            reason = str(err)  # the engine's detail stays English
            self._show_caption(lambda: QCoreApplication.translate(
                "RaceView", "Not applied to {name}: {reason}").format(
                    name=i18n.name_label(name), reason=reason))
            self.rows.show(self.race)

    def _play(self, on: bool) -> None:
        self._play_text()
        if on:
            self.timer.start(self.speed.currentData())
        else:
            self.timer.stop()

    def _play_text(self) -> None:
        if self.play_button.isChecked():
            self.play_button.setText(QCoreApplication.translate("RaceView", "Pause"))
        else:
            self.play_button.setText(QCoreApplication.translate("RaceView", "Play"))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The rows' names may have changed language while hidden: their width is asked again."""
        self._fit_rows()
        super().showEvent(event)

    def _fit_rows(self) -> None:
        """The rows take the width their names need now (Chinese ones are wider); the scroll
        area holding them is told, which it is not by itself, so nothing is cut off."""
        self.rows_scroll.widget().layout().activate()
        self.rows_scroll.updateGeometry()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A race nobody sees stops: it would take the CPU from training for nothing."""
        self._stop()
        super().hideEvent(event)

    def _stop(self) -> None:
        self.play_button.setChecked(False)
