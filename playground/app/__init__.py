"""The Qt side of the playground: imports the engine; nothing imports it but the command line."""

from __future__ import annotations

from collections.abc import Sequence


def run_window(argv: Sequence[str]) -> int:
    """Open the playground window and run the Qt event loop until it closes."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(["playground", *argv])
    window = QMainWindow()
    window.setWindowTitle("playground")
    label = QLabel("The playground window arrives with the next milestone;\n"
                   "meanwhile `python main.py train --help` trains headless.")
    label.setMargin(24)
    window.setCentralWidget(label)
    window.show()
    return app.exec()
