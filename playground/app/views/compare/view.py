"""CompareView: the compare strip's tiles and the forks' loss curves, following the runs.

Shown only while forks exist: a tile per run with its boundary under the shared data, epoch and
losses and the settings that differ from run A; the loss plot gets a curve pair per fork, and run
A's curves take A's colour. A fork's curves start where it was forked: the history it copied is
run A's, already drawn, and drawn again on top it would hide A's curves.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from playground.app import i18n
from playground.app.runs.run import MAIN
from playground.app.runs.runs import Runs
from playground.app.session import Session
from playground.app.views.canvas import DataCanvas
from playground.app.views.compare.picture import points_layer
from playground.app.views.compare.strip import PICTURE, CompareStrip, differences
from playground.app.views.loss_plot import LossPlot
from playground.training.protocol import Frame

CURVE_INTERVAL_MS = 200  # fork curves are redrawn about 5 times a second, as the main run's
POINTS_DELAY_MS = 100  # while spraying, the tiles' points follow at most 10 times a second


class CompareView(QObject):
    """Draws every run's tile and every fork's curves; clicking a tile selects its run (shown
    in the big views, edited in the side panels)."""

    def __init__(self, runs: Runs, session: Session, canvas: DataCanvas, loss_plot: LossPlot,
                 strip: CompareStrip, parent: QObject | None = None):
        super().__init__(parent)
        self.runs, self.session, self.canvas, self.loss_plot = runs, session, canvas, loss_plot
        self.strip = strip
        self._rows: dict[str, list[dict]] = {}  # each fork's history rows not yet drawn
        self._starts: dict[str, int] = {}  # the epoch each fork (re)started from
        self._points_key: tuple | None = None  # (palette, test points shown) of the tiles' dots
        self._curve_timer = QTimer(self, singleShot=True, interval=CURVE_INTERVAL_MS)
        self._curve_timer.timeout.connect(self.flush)
        self._points_timer = QTimer(self, singleShot=True, interval=POINTS_DELAY_MS)
        self._points_timer.timeout.connect(self._draw_points)
        strip.selected.connect(session.select)
        strip.close_requested.connect(runs.close)
        runs.added.connect(self._added)
        runs.removed.connect(self._removed)
        runs.frame_arrived.connect(self._frame)
        runs.model.changed.connect(self._data_changed)
        session.config_changed.connect(lambda *_: self._show_settings())
        session.selected_changed.connect(strip.set_selected)
        i18n.retranslate_on_change(strip, self._show_settings)  # the differences, said again

    def flush(self) -> None:
        """Draw the forks' pending loss-curve rows now (a video frame is about to be grabbed)."""
        for name, pending in self._rows.items():
            if pending:
                rows = {key: np.concatenate([r[key] for r in pending]) for key in pending[0]}
                pending.clear()
                self.loss_plot.append_run(name, rows)

    @Slot(str, object)
    def _frame(self, name: str, frame: Frame) -> None:
        if name != MAIN:
            if frame.restart:
                self._rows[name] = []
                self._starts[name] = frame.snapshot.epoch
                self.loss_plot.clear_run(name)
            rows = since(frame.rows, self._starts.get(name, 0))
            if len(rows["epoch"]):
                self._rows.setdefault(name, []).append(rows)
                if not self._curve_timer.isActive():
                    self._curve_timer.start()
        self._draw_tile(name, frame)

    def _added(self, name: str) -> None:
        """Add the fork's tile and curves, and run A's tile if it is the first fork."""
        if MAIN not in self.strip.tiles:
            self.strip.add(MAIN, self.runs.main.color, closable=False)
            self.loss_plot.compare_main(MAIN, self.runs.main.color)
            self._draw_points()
            if self.runs.main.last_frame is not None:
                self._draw_tile(MAIN, self.runs.main.last_frame)
        run = self.runs.get(name)
        self.strip.add(name, run.color, closable=True)
        self.strip.set_selected(self.session.selected)
        self.loss_plot.add_run(name, run.color)
        self._rows[name] = []
        self._show_settings()
        self.strip.show()

    def _removed(self, name: str) -> None:
        self._rows.pop(name, None)
        self._starts.pop(name, None)
        self.loss_plot.remove_run(name)
        self.strip.remove(name)
        if not self.runs.forks():
            self.loss_plot.compare_main(MAIN, None)
            self.strip.remove(MAIN)
            self.strip.hide()

    def _draw_tile(self, name: str, frame: Frame) -> None:
        tile = self.strip.tiles.get(name)
        if tile is None:
            return
        if (self.canvas.class_colors, self.canvas.show_test) != self._points_key:
            self._draw_points()
        snapshot = frame.snapshot
        tile.picture.set_boundary(snapshot.output, snapshot.task, self.canvas.class_colors,
                                  self.canvas.discretize)
        tile.show_numbers(snapshot)

    def _data_changed(self) -> None:
        if self.runs.forks() and not self._points_timer.isActive():
            self._points_timer.start()

    def _draw_points(self) -> None:
        palette, show_test = self._points_key = (self.canvas.class_colors, self.canvas.show_test)
        self.strip.set_points(points_layer(self.runs.model.dataset, palette, PICTURE, show_test))

    def _show_settings(self) -> None:
        base = self.session.config()
        for name, tile in self.strip.tiles.items():
            if name == MAIN:
                tile.set_settings(
                    QCoreApplication.translate("RunTile", "the original"),
                    QCoreApplication.translate("RunTile", "Run A: the forks are copies of it."))
                continue
            if name not in self.session.names():
                continue
            changed = differences(base, self.session.config(name))
            if changed:
                text = QCoreApplication.translate("RunTile", ", ").join(changed)
                tip = QCoreApplication.translate("RunTile", "Run {name}: {settings}")
            else:
                text = QCoreApplication.translate("RunTile", "same settings as A")
                tip = QCoreApplication.translate(
                    "RunTile", "Run {name}: {settings} (so far: change one in the side panels)")
            tile.set_settings(text, tip.format(name=name, settings=text))


def since(rows: dict[str, np.ndarray], epoch: int) -> dict[str, np.ndarray]:
    """The history rows (columns (m,)) from `epoch` on: a fork's curve starts at its fork."""
    keep = np.asarray(rows["epoch"]) >= epoch
    return rows if keep.all() else {key: np.asarray(column)[keep] for key, column in rows.items()}
