"""HistoryTimeline: keeps the run's drawn frames and lets the timeline show an earlier one.

Every drawn frame goes into a HistoryStore (a restart empties it). Moving the timeline's slider
shows a stored frame in the canvas and holds it there while training goes on: live frames keep
updating the plots, the numbers and the diagram but not the canvas, until the Live button, the
slider's right end or a restart (Reset, a rebuilt network) brings the live boundary back. The
slider, the epoch label and a live onion skin are refreshed at most 1000 / REFRESH_MS times a
second, never per frame. It keeps run A's frames: while the canvas shows a fork, the timeline
rests (live, no onion skin) until run A is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from playground.app import i18n
from playground.app.runs.runs import Runs
from playground.app.session import MAIN
from playground.app.views.canvas import DataCanvas
from playground.app.views.frame_renderer import FrameRenderer
from playground.app.views.history.onion import OnionSkin
from playground.app.views.history.slider import Timeline
from playground.app.views.history.store import HistoryFrame, HistoryStore
from playground.training.protocol import Frame

REFRESH_MS = 200
ONION_FRAMES = 3


class HistoryTimeline(QObject):
    """Feeds the store with run A's drawn frames and drives the timeline and the onion skin."""

    def __init__(self, runs: Runs, renderer: FrameRenderer, canvas: DataCanvas,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runs, self.renderer, self.canvas = runs, renderer, canvas
        self.store = HistoryStore()
        self.timeline = Timeline()
        self.onion = OnionSkin(canvas.plotItem)
        self.shown: HistoryFrame | None = None  # the stored frame in the canvas; None = live
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._following = True
        self._resting = False  # whether another run than A is shown (the timeline rests)
        runs.frame_drawn.connect(self._drawn)
        self.timeline.scrubbed.connect(self.show_index)
        self.timeline.live_requested.connect(self.go_live)
        self.timeline.onion_toggled.connect(lambda _: self._draw_onion())
        runs.session.selected_changed.connect(self._shown_run)
        i18n.retranslate_on_change(self.timeline, self._say_tip)

    @property
    def live(self) -> bool:
        """Whether the canvas follows training (else it shows self.shown)."""
        return self.shown is None

    def show_index(self, index: int) -> None:
        """Show stored frame index in the canvas and hold it there."""
        if not len(self.store):
            return
        frame = self.store.at(min(index, len(self.store) - 1))  # it may have thinned since
        self.shown = frame
        self.renderer.boundary_held = True
        self.canvas.set_output(frame.output(), frame.task)
        self.timeline.show_epoch(frame.epoch, live=False)
        self._draw_onion()

    def go_live(self) -> None:
        """Let live frames draw the canvas again, starting with the newest."""
        self.shown = None
        self.renderer.boundary_held = False
        if self.runs.shown.last_frame is not None:
            self.renderer.draw_boundary(self.runs.shown.last_frame)
        self.refresh()

    def _shown_run(self, name: str) -> None:
        """The timeline holds run A's frames: it rests while another run is shown."""
        main = name == MAIN
        if not main and not self.live:
            self.go_live()
        self.timeline.setEnabled(main)
        self._resting = not main
        self._say_tip()
        self._draw_onion()

    def _say_tip(self) -> None:
        """Why the timeline rests while a fork is shown (nothing to say while run A is)."""
        self.timeline.setToolTip("" if not self._resting else QCoreApplication.translate(
            "HistoryTimeline", "The timeline keeps run A's frames: click run A's tile to go back "
            "through them."))

    def refresh(self) -> None:
        """Bring the slider, the label and the onion skin up to date with the store."""
        if not len(self.store):
            self.timeline.set_frames(0, 0)
            self.timeline.show_epoch(0, live=self.live)
        elif self.live:
            self.timeline.set_frames(len(self.store), len(self.store) - 1)
            self.timeline.show_epoch(self.store.at(-1).epoch, live=True)
        else:  # the handle follows the shown frame's epoch as the store thins out
            self.timeline.set_frames(len(self.store), self._shown_index())
        self._draw_onion()

    def follow_frames(self, following: bool) -> None:
        """Store every drawn frame (the default), or only those given to add_frame: a lesson
        video stores the frames it grabs, so its timeline does not depend on the clock."""
        self._following = following

    def _drawn(self, name: str, frame: Frame) -> None:
        if name == MAIN and self._following:
            self.add_frame(frame)

    def add_frame(self, frame: Frame) -> None:
        """Store a drawn frame; a restart (or an earlier epoch) empties the store first."""
        snapshot = frame.snapshot
        if frame.restart or (len(self.store) and snapshot.epoch < self.store.at(-1).epoch):
            self.store.clear()
            self.onion.clear()
            if not self.live:
                self.go_live()
        self.store.add(snapshot.epoch, snapshot.output, snapshot.task, snapshot.extent)
        if not self._timer.isActive():
            self._timer.start()

    def _shown_index(self) -> int:
        """Index of the shown frame, or of the nearest one still stored, in the store."""
        index = self.store.nearest(self.shown.epoch)
        return min(index, len(self.store) - 2) if len(self.store) > 1 else 0

    def _draw_onion(self) -> None:
        """Contours of ONION_FRAMES earlier frames, evenly back from the shown one, if on."""
        if (not self.timeline.onion.isChecked() or not len(self.store)
                or self.runs.shown is not self.runs.main):
            self.onion.show([])
            return
        current = len(self.store) - 1 if self.live else self._shown_index()
        self.onion.show([self.store.at(i) for i in self.store.earlier(current, ONION_FRAMES)])
