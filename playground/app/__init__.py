"""The Qt side of the playground: imports the engine; nothing imports it but the command line.

Importing this package loads no Qt (the spawned training process imports only
playground.training, playground.io and the engine).
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path

FIRST_FRAME_ENV = "PLAYGROUND_EXIT_AFTER_FIRST_FRAME"

# Qt's raster engine hands every fill, blend or scaling of 96 rows or more to a private thread
# pool and waits for it; on two cores that the training process (and a recording's encoder)
# keep busy, the GUI thread then waits for pool threads to be scheduled in the middle of a
# paint. Without the pool the GUI thread does that work itself: the live window's GUI timer
# p99 went from 21.3-21.7 to 19.5-19.9 ms, and while recording 1080p at 30 frames/s from
# 21.8-23.5 to 20.9-21.2 ms (benchmarks/live.py --record --rounds 5, alternating runs). Qt
# reads this when it first needs the pool, so setting it before any QImage is drawn suffices.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def run_window(argv: Sequence[str], experiment: str | None = None) -> int:
    """Open the playground window (with an experiment file, if given) and run until it closes."""
    from PySide6.QtWidgets import QApplication

    from playground.app.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(["playground", *argv])
    app.setOrganizationName("playground")
    app.setApplicationName("playground")
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    window = MainWindow(data_dir=Path(folder) if folder else None)
    window.show()
    if experiment:
        window.files.open(experiment)
    if os.environ.get(FIRST_FRAME_ENV):
        _report_first_frame(window)
    return app.exec()


def _report_first_frame(window) -> None:
    """For benchmarks/live.py: print the wall time once the first boundary frame is drawn (the
    window has painted it by the time a zero timer fires), then quit."""
    from PySide6.QtCore import QTimer

    def drawn(name, _frame) -> None:
        if name != "A":
            return
        window.runs.frame_drawn.disconnect(drawn)
        QTimer.singleShot(0, done)

    def done() -> None:
        print(f"first-frame {time.time():.6f}", flush=True)
        window.close()

    window.runs.frame_drawn.connect(drawn)
