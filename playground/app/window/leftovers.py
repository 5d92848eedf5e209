"""At start-up: tidy what a killed session left beside the files it was writing.

A save or export killed half-way leaves a hidden `.x.json.<pid>-<hex>.tmp` (removed here); a
recording leaves `.x.<pid>-<hex>.part.mp4`, which holds the frames encoded so far (ffmpeg
finishes the file when the window's pipe closes, and fragments it every second), so it is
kept as `x (unfinished).mp4` and the status bar says where.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from playground.app.window.messages import Messages
from playground.engine import files


def tidy_leftovers(folders: Iterable[Path], messages: Messages) -> list[Path]:
    """Clear stale temporaries in `folders`; the unfinished recordings kept, said in the status
    bar (until another message replaces it)."""
    kept: list[Path] = []
    for folder in dict.fromkeys(Path(f) for f in folders):
        kept += files.tidy(folder)
    if kept:
        names = ", ".join(str(path) for path in kept)
        messages.status(QCoreApplication.translate(
            "Leftovers", "A recording was cut short last time; what it holds is kept in "
            "{names}").format(names=names))
    return kept
