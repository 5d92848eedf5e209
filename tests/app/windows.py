"""Opening the real window for a test, and waiting on its frames (signals, never sleeps)."""

import threading

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from playground.app.window.main_window import MainWindow

FRAME_TIMEOUT = 30_000


# Widgets shown() gave out, kept (closed) until the session ends. Freed at a test's end, a
# pyqtgraph plot crashed a later test in QGraphicsView's paint: a GradientPlot test run 40 times
# in one process segfaulted within ~25 runs when its test ended as soon as the curve had data
# (qtbot.waitUntil), in none when the widgets were kept or the test waited 200 ms.
KEPT: list = []


def shown(qtbot, widget, width: int = 500, height: int = 360):
    """`widget` at this size, shown and exposed; the test's qtbot closes it (KEPT keeps it)."""
    KEPT.append(widget)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_window(qtbot, folder, size=None, **options) -> MainWindow:
    """A shown MainWindow with its own settings file in `folder`; the test closes it."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, **options)
    window.run_bar.speed.setCurrentIndex(0)  # tests train at full speed (it opens at 30/s)
    qtbot.addWidget(window)
    if size:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def started_window(qtbot, folder, size) -> MainWindow:
    """A shown window of `size` whose run A has drawn its first frame; the test closes it."""
    window = open_window(qtbot, folder, size)
    first_frame(qtbot, window)
    return window


def answering_window(qtbot, folder) -> MainWindow:
    """A shown window on 200 circle points whose file dialogs answer `window.answers[kind]`
    (a kind not set: the dialog is cancelled); the test closes it."""
    from playground.app.data.settings import DataSettings

    answers = {}
    window = open_window(qtbot, folder, choose_file=lambda kind, title, flt: answers.get(kind, ""))
    window.answers = answers
    window.data.apply_settings(DataSettings(generator="circle", n_points=200))
    return window


def wait_frame(qtbot, window, condition=lambda frame: True):
    """Run A's first drawn frame that meets `condition` (waits on the runs' frame_drawn)."""
    with qtbot.waitSignal(window.runs.frame_drawn, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda name, frame: name == "A" and condition(frame)
                          ) as blocker:
        pass
    return blocker.args[1]


def first_frame(qtbot, window):
    """Run A's first drawn frame: the one already drawn, or the next (a fast start may have
    drawn it while the window was being shown)."""
    if window.runs.main.last_frame is not None:
        return window.runs.main.last_frame
    return wait_frame(qtbot, window)


def refused_off_the_gui_thread(call, *arguments) -> bool:
    """Whether call(*arguments), made from another thread, stops with the GUI-thread assertion."""
    errors = []

    def from_another_thread():
        try:
            call(*arguments)
        except AssertionError as err:
            errors.append(err)

    thread = threading.Thread(target=from_another_thread)
    thread.start()
    thread.join()
    return bool(errors) and "GUI thread" in str(errors[0])


def speak(window, language: str) -> None:
    """Switch the window's language now, as View > Language does, without remembering it."""
    window.language_menu.choose(language, remember=False)
    QApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert window.language.language == language


def closed_in_english(window):
    """A fixture's body: yield the window, then put English back (the translators are the
    application's, so the next test must not start in Chinese) and close it."""
    yield window
    window.set_playing(False)
    window.language_menu.choose("en", remember=False)
    window.close()
