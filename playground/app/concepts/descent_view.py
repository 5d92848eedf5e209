"""DescentView: gradient descent on one weight, stepped or played on the loss curve L(w)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from playground.app.concepts.descent import CREEP_FACTOR, PROBLEMS, Descent, regime
from playground.app.concepts.log_slider import LogSlider
from playground.app.concepts.plots import concept_plot, y_range

PLAY_INTERVAL_MS = 200  # five steps a second: slow enough to follow each jump
TANGENT_MS = 700  # how long the tangent of the last step stays drawn
START_LR = 0.03
CURVE_PEN = pg.mkPen(32, 33, 36, width=2)
MARKER_COLOR = (245, 147, 34)  # the canvas's orange
MINIMUM_COLOR = (160, 190, 240)
DIVERGED_COLOR = "#d93025"
REGIMES = {  # regime -> (colour, what a step does there)
    "creeping": ("#5f6368", "each step covers less than a tenth of the way"),
    "converging": ("#188038", "w slides to the minimum from one side"),
    "oscillating": ("#e37400", "w jumps across the minimum, but the jumps shrink"),
    "diverging": (DIVERGED_COLOR, "every jump overshoots further than the last"),
}


class DescentView(QWidget):
    """L(w) of a one-weight model with a marker at w; Step, Play and Reset move it downhill."""

    stepped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem_box = QComboBox()
        for name, make in PROBLEMS.items():
            self.problem_box.addItem(make().label, name)
        self.problem_box.setToolTip("The one-weight model and loss to descend.")
        self.step_button = QPushButton("Step")
        self.step_button.setToolTip("Move w by one gradient step: w ← w − lr · slope.")
        self.play_button = QPushButton("Play")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip("Take five steps a second until paused or diverged.")
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Put w back at its start and clear the trail.")
        self.lr_slider = LogSlider(1e-3, 1.0, START_LR,
                                   "Learning rate on a log scale: watch the regime change.")
        self.regime_label = QLabel()
        self.regime_label.setWordWrap(True)
        self.regime_label.setToolTip("What gradient descent does at this learning rate.")
        self.threshold_label = QLabel()
        self.threshold_label.setWordWrap(True)
        self.threshold_label.setToolTip("Where the regimes change, from the loss's curvature L''.")
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setToolTip("The step count and where the marker is.")
        self.plot = concept_plot("w", "L(w)")
        self.curve = self.plot.plot(pen=CURVE_PEN)
        self.minimum_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(MINIMUM_COLOR, width=1))
        self.plot.addItem(self.minimum_line)
        self.trail = self.plot.plot(pen=pg.mkPen(120, 160, 220, width=1), symbol="o",
                                    symbolSize=6, symbolPen=None, symbolBrush=(26, 115, 232, 150))
        self.tangent = self.plot.plot(pen=pg.mkPen(217, 48, 37, width=1.5))
        self.marker = pg.ScatterPlotItem(size=13, pen=pg.mkPen(60, 60, 60, width=1),
                                         brush=pg.mkBrush(*MARKER_COLOR))
        self.marker.setZValue(20)
        self.plot.addItem(self.marker)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self.step)
        self._tangent_timer = QTimer(self)
        self._tangent_timer.setSingleShot(True)
        self._tangent_timer.setInterval(TANGENT_MS)
        self._tangent_timer.timeout.connect(self.tangent.hide)
        self.step_button.clicked.connect(self.step)
        self.play_button.toggled.connect(self._play)
        self.reset_button.clicked.connect(self.reset)
        self.lr_slider.value_changed.connect(self._show_regime)
        self.problem_box.currentIndexChanged.connect(
            lambda: self.set_problem(self.problem_box.currentData()))
        self._layout()
        self.set_problem(next(iter(PROBLEMS)))

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.problem_box)
        for button in (self.step_button, self.play_button, self.reset_button):
            controls.addWidget(button)
        controls.addSpacing(16)
        controls.addWidget(QLabel("learning rate"))
        controls.addWidget(self.lr_slider, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.regime_label)
        layout.addWidget(self.threshold_label)
        layout.addWidget(self.state_label)

    def set_problem(self, name: str) -> None:
        """Descend the problem called name (a key of descent.PROBLEMS), from its w0."""
        if name not in PROBLEMS:
            raise ValueError(f"unknown problem {name!r}; known: {', '.join(PROBLEMS)}")
        problem = PROBLEMS[name]()
        self.problem_box.blockSignals(True)
        self.problem_box.setCurrentIndex(self.problem_box.findData(name))
        self.problem_box.blockSignals(False)
        self.play_button.setChecked(False)
        self.descent = Descent(problem)
        low, high = problem.window
        w = np.linspace(low, high, 401)
        losses = problem.curve(w)
        self.curve.setData(w, losses)
        self.minimum_line.setValue(problem.minimum)
        curvature = problem.curvature
        self.threshold_label.setText(
            f"Minimum at w* = {problem.minimum:.3g}, curvature L″ = {curvature:.3g}: creeping "
            f"below lr = {CREEP_FACTOR / curvature:.3g}, oscillating above 1/L″ = "
            f"{1 / curvature:.3g}, diverging above 2/L″ = {2 / curvature:.3g}.")
        self.plot.setXRange(low, high, padding=0.02)
        self.plot.setYRange(*y_range([losses]), padding=0)
        lr = self.lr_slider.value()
        self.lr_slider.set_range(*problem.lr_range)
        self.lr_slider.set_value(lr)
        self.reset()

    def set_curve_color(self, color: str) -> None:
        """Draw the loss curve in a theme's curve colour (dark on light, light on dark)."""
        self.curve.setPen(pg.mkPen(color, width=CURVE_PEN.widthF()))

    def set_learning_rate(self, lr: float) -> None:
        """Move the slider to lr (clamped to the problem's range)."""
        self.lr_slider.set_value(lr)

    def learning_rate(self) -> float:
        """The learning rate the slider shows."""
        return self.lr_slider.value()

    def step(self) -> None:
        """One gradient step at the slider's learning rate; Play stops once the run diverges."""
        self.descent.step(self.learning_rate())
        if self.descent.diverged:
            self.play_button.setChecked(False)
        self._draw(tangent=True)
        self.stepped.emit(self.descent.steps)

    def reset(self) -> None:
        """w back to w0, trail cleared, Play stopped."""
        self.play_button.setChecked(False)
        self.descent.reset()
        self._draw(tangent=False)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Pause when the tab is left, so no timer runs for an unseen plot."""
        self.play_button.setChecked(False)
        super().hideEvent(event)

    def _play(self, on: bool) -> None:
        self.play_button.setText("Pause" if on else "Play")
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def _draw(self, tangent: bool) -> None:
        """Marker, trail, the tangent of the point reached (briefly) and the text lines."""
        run = self.descent
        self.marker.setData([run.w], [run.loss])
        self.trail.setData(run.trail_w, run.trail_loss)
        low, high = run.problem.window
        reach = 0.12 * (high - low)
        self.tangent.setData([run.w - reach, run.w + reach],
                             [run.loss - reach * run.slope, run.loss + reach * run.slope])
        self.tangent.setVisible(tangent and not run.diverged)
        if tangent:
            self._tangent_timer.start()
        for button in (self.step_button, self.play_button):
            button.setEnabled(not run.diverged)
        state = (f"step {run.steps} · w = {run.w:.4g} · L(w) = {run.loss:.4g} · "
                 f"slope dL/dw = {run.slope:.4g}")
        if run.diverged:
            state += f" · <b style='color:{DIVERGED_COLOR}'>diverged</b>: w left the plot, Reset"
        self.state_label.setText(state)
        self._show_regime()

    def regime(self) -> str:
        """The regime the slider's learning rate puts the current problem in."""
        return regime(self.learning_rate(), self.descent.problem.curvature)

    def _show_regime(self) -> None:
        lr, curvature, name = self.learning_rate(), self.descent.problem.curvature, self.regime()
        color, meaning = REGIMES[name]
        self.regime_label.setText(
            f"lr = {lr:.3g}: <b style='color:{color}'>{name}</b>, {meaning} "
            f"(near the minimum each step scales the gap by 1 − lr·L″ = {1 - lr * curvature:.3g})")
