"""FrameRenderer: draws training frames into the views, cheap ones every frame, costly ones less.

The views show one run, the selected one (run A unless a fork's tile was clicked); the loss plot
shows run A's curves whichever run is shown (forks add theirs). The boundary is the live picture
and is drawn on every frame (unless boundary_held: the timeline
shows a stored one). Plots, the network diagram, the weight histograms and the metrics redraw
axes, thick antialiased links or tables (2-8 ms each offscreen), so their updates are gathered
and drawn in turns, one group every SLOW_INTERVAL_MS (each of the three groups about 5 times a
second) times the pacer's stretch (further apart when drawing costs this machine more), and
only what is visible: a plot in a hidden tab keeps its rows until its tab is shown (setData on
the hidden loss plot's curves took ~1 ms of every turn), the diagram and histograms wait for the
next frame. One long redraw of everything would stall the GUI past a frame.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from playground.app.views.canvas import DataCanvas
from playground.app.views.gradient_plot import GradientPlot
from playground.app.views.landscape_view import LandscapeView
from playground.app.views.loss_plot import LossPlot
from playground.app.views.metrics_panel import MetricsPanel
from playground.app.views.network_view import NetworkView
from playground.app.views.weight_histograms import WeightHistograms

SLOW_INTERVAL_MS = 60
MOST_PENDING = 32  # row blocks a hidden plot keeps apart before they are joined into one


class FrameRenderer(QObject):
    """Routes each frame's parts to the views that show them."""

    drew = Signal(float)  # seconds a turn of the slow views took (the pacer counts them)

    def __init__(self, canvas: DataCanvas, network_view: NetworkView, loss_plot: LossPlot,
                 gradient_plot: GradientPlot, histograms: WeightHistograms,
                 metrics: MetricsPanel, landscape: LandscapeView, palette,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.landscape = landscape
        self.canvas, self.network_view, self.loss_plot = canvas, network_view, loss_plot
        self.gradient_plot, self.histograms, self.metrics = gradient_plot, histograms, metrics
        self.palette = palette
        self._rows: dict[QObject, list[dict]] = {loss_plot: [], gradient_plot: []}
        self._latest = None
        self._landscape = None  # the newest frame that carried a landscape, not yet drawn
        self._turn = 0
        self.boundary_held = False  # the timeline shows a stored frame: live ones leave the canvas
        self._timer = QTimer(self, singleShot=True, interval=SLOW_INTERVAL_MS)
        self._timer.timeout.connect(self.flush)
        for plot in self._rows:
            plot.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A plot's tab was shown: draw the rows it kept while hidden."""
        if event.type() == QEvent.Type.Show and self._rows.get(watched):
            self._wake()
        return False

    def draw(self, frame) -> None:
        """Draw the shown run's frame: the boundary (or the selected neuron's map) now, the
        rest queued. Run A's loss rows go to the loss plot through add_main."""
        if frame.restart:
            self.clear_shown()
        if len(frame.rows["epoch"]):
            self._rows[self.gradient_plot].append(frame.rows)
        self._show(frame)

    def _show(self, frame) -> None:
        """Everything of a frame but its history rows."""
        if not self.boundary_held:
            self.draw_boundary(frame)
        if frame.details is not None:
            self.metrics.set_details(frame.details, frame.snapshot.task, self.palette())
        if frame.landscape is not None:
            self._landscape = frame
        self._latest = frame
        self._wake()

    def add_main(self, frame) -> None:
        """Run A's history rows and divergence for the loss plot's own curves (whichever run
        the other views show; the forks' curves are the compare view's)."""
        if frame.restart:
            self.clear_main()
        if len(frame.rows["epoch"]):
            self._rows[self.loss_plot].append(frame.rows)
        if frame.snapshot.diverged and self.loss_plot.diverged_at is None:
            self.loss_plot.mark_divergence(frame.snapshot.epoch + 1)  # it blew up in the next
        self._wake()

    def show_run(self, frame, rows: dict | None) -> None:
        """Another run is shown: its newest frame, and its whole history in the gradient plot."""
        self.clear_shown()
        if rows is not None:
            self._rows[self.gradient_plot].append(rows)
        if frame is not None:
            self._show(frame)

    def _wake(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def set_stretch(self, factor: float) -> None:
        """Spread the slow views' turns by the pacer's factor (1: every SLOW_INTERVAL_MS)."""
        self._timer.setInterval(round(SLOW_INTERVAL_MS * factor))

    @property
    def turn_ms(self) -> int:
        """Milliseconds between the slow views' turns now."""
        return self._timer.interval()

    def draw_boundary(self, frame) -> None:
        """The frame's boundary (or the selected neuron's map) into the canvas; a diverged run's
        non-finite output leaves the last finite boundary on the canvas instead of a blank."""
        shown = frame.focus_map if frame.focus_map is not None else frame.snapshot.output
        if frame.snapshot.diverged and not np.isfinite(shown).all():
            return
        if frame.focus_map is not None:
            values, peak = _scaled(frame.focus_map)
            self.canvas.set_output(values, "regression", span=peak)
        else:
            self.canvas.set_output(frame.snapshot.output, frame.snapshot.task)

    def flush(self) -> None:
        """Draw the next group of slow views; come back while any group has something new."""
        start = time.perf_counter()
        self._flush()
        self.drew.emit(time.perf_counter() - start)

    def _flush(self) -> None:
        self._turn = (self._turn + 1) % 3
        if self._turn == 0:
            self._append(self.loss_plot)
        elif self._turn == 1:
            self._append(self.gradient_plot)
            frame, self._landscape = self._landscape, None
            if frame is not None and self.landscape.isVisible():
                self.landscape.set_landscape(frame.landscape, frame.line)
        else:
            frame, self._latest = self._latest, None
            if frame is not None and self.network_view.isVisible():
                self.network_view.set_snapshot(frame.snapshot)
            if frame is not None and self.histograms.isVisible():
                self.histograms.set_weights(frame.snapshot.weights)
        if self._latest is not None or self._landscape is not None or any(
                rows and plot.isVisible() for plot, rows in self._rows.items()):
            self._timer.start()

    def draw_pending(self) -> None:
        """Draw every group now (a lesson video's frames must not depend on the clock)."""
        self._timer.stop()
        for _ in range(3):
            self.flush()
        self._timer.stop()

    def _append(self, plot) -> None:
        """Give a visible plot its pending rows; a hidden one keeps them, joined now and then."""
        pending = self._rows[plot]
        if not pending or (not plot.isVisible() and len(pending) <= MOST_PENDING):
            return
        rows = {key: np.concatenate([r[key] for r in pending]) for key in pending[0]}
        pending.clear()
        if plot.isVisible():
            plot.append(rows)
        else:
            pending.append(rows)

    def clear_main(self) -> None:
        """Forget run A's loss curves and divergence mark (its reset or rebuilt network)."""
        self._rows[self.loss_plot].clear()
        self.loss_plot.clear()

    def clear_shown(self) -> None:
        """Forget what is drawn of the shown run's history (its restart, or another run)."""
        self.boundary_held = False
        self._landscape = None
        self._rows[self.gradient_plot].clear()
        self.gradient_plot.clear()


def _scaled(values: np.ndarray) -> tuple[np.ndarray, float]:
    """A neuron's map scaled into [-1, 1] by its largest magnitude, for the diverging colours,
    and that magnitude (1 for a map of zeros), which the colour key's ends read."""
    finite = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
    peak = float(np.abs(finite).max()) if finite.size else 0.0
    return (finite / peak, peak) if peak > 0 else (finite, 1.0)
