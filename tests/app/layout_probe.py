"""Measure the canvas at teacher's screen sizes, for the layout tests (also run in a subprocess
with QT_SCALE_FACTOR set, since a process has one device pixel ratio).

python -m tests.app.layout_probe 1280x680 1366x728 ... prints one line per size and plot tab:
`WxH TAB SHORTER_SIDE`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def canvas_sides(window, app) -> dict[str, int]:
    """The canvas's shorter side with each plot tab selected (the window already shown)."""
    plots = window.inside.plots
    sides = {}
    for index in range(plots.count()):
        plots.setCurrentIndex(index)
        app.processEvents()
        sides[plots.tabText(index)] = min(window.canvas.width(), window.canvas.height())
    return sides


def main(sizes: list[str]) -> int:
    """Open a fresh window at each size (no training process) and print the canvas's sides."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from playground.app.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(["layout-probe"])
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            width, height = (int(v) for v in size.split("x"))
            settings = QSettings(str(Path(folder) / f"{size}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings, start_worker=False)
            window.resize(width, height)
            window.show()
            app.processEvents()
            for tab, side in canvas_sides(window, app).items():
                print(f"{window.width()}x{window.height()} {tab.replace(' ', '_')} {side}")
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
