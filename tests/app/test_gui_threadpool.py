"""The window paints on its own thread: Qt's image thread pool is off (playground/app)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="counts threads by name in /proc")

PAINT_BIG_IMAGES = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if sys.argv[1] == "playground":
    import playground.app  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
app = QGuiApplication([])
image = QImage(1920, 1080, QImage.Format.Format_RGB32)
painter = QPainter(image)
painter.fillRect(image.rect(), QColor(200, 60, 30))
painter.end()
image.scaled(2560, 1440, Qt.AspectRatioMode.IgnoreAspectRatio,
             Qt.TransformationMode.SmoothTransformation)
tasks = os.listdir("/proc/self/task")
names = [open(f"/proc/self/task/{tid}/comm").read().strip() for tid in tasks]
print(sum(name == "Thread (pooled)" for name in names))
"""


def _pooled_threads(first_import: str) -> int:
    env = {key: value for key, value in os.environ.items() if key != "QT_NO_GUI_THREADPOOL"}
    out = subprocess.run([sys.executable, "-c", PAINT_BIG_IMAGES, first_import], env=env,
                         capture_output=True, text=True, timeout=60, check=True)
    return int(out.stdout.strip().splitlines()[-1])


def test_large_paints_stay_on_the_painting_thread_once_playground_app_is_imported():
    assert _pooled_threads("playground") == 0


def test_without_it_qt_would_hand_them_to_its_thread_pool():
    """The control: the same paints start Qt's pool threads, so the test above can fail."""
    assert _pooled_threads("bare") > 0
