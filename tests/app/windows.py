"""Opening the real window for a test, and waiting on its frames (signals, never sleeps)."""

from PySide6.QtCore import QSettings

from playground.app.main_window import MainWindow

FRAME_TIMEOUT = 30_000


def shown(qtbot, widget, width: int = 500, height: int = 360):
    """`widget` at this size, shown and exposed; the test's qtbot closes it."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_window(qtbot, folder, size=None, **options) -> MainWindow:
    """A shown MainWindow with its own settings file in `folder`; the test closes it."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, **options)
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_frame(qtbot, window, condition=lambda frame: True):
    """The first drawn frame that meets `condition` (waits on the frame_drawn signal)."""
    with qtbot.waitSignal(window.frame_drawn, timeout=FRAME_TIMEOUT,
                          check_params_cb=condition) as blocker:
        pass
    return blocker.args[0]
