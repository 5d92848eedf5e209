"""DescentView: gradient descent on one weight, stepped or played on the loss curve L(w)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from playground.app import i18n
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
REGIMES = {  # regime -> (colour, its name shown, what a step does there), shown translated
    "creeping": ("#5f6368", QT_TRANSLATE_NOOP("DescentView", "creeping"),
                 QT_TRANSLATE_NOOP("DescentView", "each step covers less than a tenth of the way")),
    "converging": ("#188038", QT_TRANSLATE_NOOP("DescentView", "converging"),
                   QT_TRANSLATE_NOOP("DescentView", "w slides to the minimum from one side")),
    "oscillating": ("#e37400", QT_TRANSLATE_NOOP("DescentView", "oscillating"),
                    QT_TRANSLATE_NOOP("DescentView",
                                      "w jumps across the minimum, but the jumps shrink")),
    "diverging": (DIVERGED_COLOR, QT_TRANSLATE_NOOP("DescentView", "diverging"),
                  QT_TRANSLATE_NOOP("DescentView", "every jump overshoots further than the last")),
}
# descent.PROBLEMS' labels (the engine side has no Qt), shown translated; a test checks each one
PROBLEM_LABELS = (QT_TRANSLATE_NOOP("DescentView", "MSE: fit y = 2x"),
                  QT_TRANSLATE_NOOP("DescentView", "Cross-entropy: logistic regression"))


def _say(text: str) -> str:
    return QCoreApplication.translate("DescentView", text)


class DescentView(QWidget):
    """L(w) of a one-weight model with a marker at w; Step, Play and Reset move it downhill."""

    stepped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem_box = QComboBox()
        for name, make in PROBLEMS.items():
            self.problem_box.addItem(make().label, name)
        self.step_button = QPushButton()
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.reset_button = QPushButton()
        self.lr_slider = LogSlider(1e-3, 1.0, START_LR)
        self.lr_label = QLabel()
        self.regime_label = QLabel()
        self.regime_label.setWordWrap(True)
        self.regime_label.setTextFormat(Qt.TextFormat.RichText)
        self.threshold_label = QLabel()
        self.threshold_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
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
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say every text again in the window's language, the readouts from the current state."""
        for index in range(self.problem_box.count()):
            problem = PROBLEMS[self.problem_box.itemData(index)]()
            self.problem_box.setItemText(index, _say(problem.label))
        self.problem_box.setToolTip(QCoreApplication.translate(
            "DescentView", "The one-weight model and loss to descend."))
        self.step_button.setText(QCoreApplication.translate("DescentView", "Step"))
        self.step_button.setToolTip(QCoreApplication.translate(
            "DescentView", "Move w by one gradient step: w ← w − lr · slope."))
        self._play_text()
        self.play_button.setToolTip(QCoreApplication.translate(
            "DescentView", "Take five steps a second until paused or diverged."))
        self.reset_button.setText(QCoreApplication.translate("DescentView", "Reset"))
        self.reset_button.setToolTip(QCoreApplication.translate(
            "DescentView", "Put w back at its start and clear the trail."))
        self.lr_label.setText(QCoreApplication.translate("DescentView", "learning rate"))
        self.lr_slider.set_tooltip(QCoreApplication.translate(
            "DescentView", "Learning rate on a log scale: watch the regime change."))
        self.regime_label.setToolTip(QCoreApplication.translate(
            "DescentView", "What gradient descent does at this learning rate."))
        self.threshold_label.setToolTip(QCoreApplication.translate(
            "DescentView", "Where the regimes change, from the loss's curvature L''."))
        self.state_label.setToolTip(QCoreApplication.translate(
            "DescentView", "The step count and where the marker is."))
        self._show_thresholds()
        self._show_state()
        self._show_regime()

    def _layout(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self.problem_box)
        for button in (self.step_button, self.play_button, self.reset_button):
            controls.addWidget(button)
        controls.addSpacing(16)
        controls.addWidget(self.lr_label)
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
        self._show_thresholds()
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
        self._play_text()
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
        self._show_state()
        self._show_regime()

    def _play_text(self) -> None:
        if self.play_button.isChecked():
            self.play_button.setText(QCoreApplication.translate("DescentView", "Pause"))
        else:
            self.play_button.setText(QCoreApplication.translate("DescentView", "Play"))

    def _show_thresholds(self) -> None:
        """Where the current problem's regimes change, from its curvature."""
        problem = self.descent.problem
        curvature = problem.curvature
        self.threshold_label.setText(QCoreApplication.translate(
            "DescentView",
            "Minimum at w* = {minimum}, curvature L″ = {curvature}: creeping below lr = {creep}, "
            "oscillating above 1/L″ = {oscillate}, diverging above 2/L″ = {diverge}.").format(
                minimum=f"{problem.minimum:.3g}", curvature=f"{curvature:.3g}",
                creep=f"{CREEP_FACTOR / curvature:.3g}", oscillate=f"{1 / curvature:.3g}",
                diverge=f"{2 / curvature:.3g}"))

    def _show_state(self) -> None:
        """The step count, w, L(w) and the slope; how the run ended if it diverged."""
        run = self.descent
        state = QCoreApplication.translate(
            "DescentView", "step {steps} · w = {w} · L(w) = {loss} · slope dL/dw = {slope}").format(
                steps=run.steps, w=f"{run.w:.4g}", loss=f"{run.loss:.4g}",
                slope=f"{run.slope:.4g}")
        if run.diverged:
            state += " · " + QCoreApplication.translate(
                "DescentView", "<b style='color:{color}'>diverged</b>: w left the plot, Reset"
            ).format(color=DIVERGED_COLOR)
        self.state_label.setText(state)

    def regime(self) -> str:
        """The regime the slider's learning rate puts the current problem in."""
        return regime(self.learning_rate(), self.descent.problem.curvature)

    def _show_regime(self) -> None:
        lr, curvature, name = self.learning_rate(), self.descent.problem.curvature, self.regime()
        color, shown, meaning = REGIMES[name]
        self.regime_label.setText(QCoreApplication.translate(
            "DescentView",
            "lr = {lr}: <b style='color:{color}'>{regime}</b>, {meaning} (near the minimum each "
            "step scales the gap by 1 − lr·L″ = {factor})").format(
                lr=f"{lr:.3g}", color=color, regime=_say(shown), meaning=_say(meaning),
                factor=f"{1 - lr * curvature:.3g}"))
