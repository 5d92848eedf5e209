"""The Runs menu: fork (Ctrl+F), close the forks (Ctrl+Shift+F) and the 'same start' option."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def runs_menu(window, runs) -> tuple[QMenu, QAction]:
    """The menu, with window-wide keys, and its checkable 'same start' action (on)."""
    menu = QMenu("&Runs", window)
    for text, keys, slot, tip in (
            ("&Fork run", "Ctrl+F", lambda: fork_and_edit(runs),
             "Copy run A (weights, optimizer, data, history) into a new run to compare."),
            ("&Close forks", "Ctrl+Shift+F", runs.close_all,
             "Stop every forked run and keep run A.")):
        action = QAction(text, window, shortcut=QKeySequence(keys), toolTip=tip)
        action.triggered.connect(slot)
        window.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    same_start = QAction("Same start: reset all runs to run A's initial weights", window,
                         checkable=True, checked=True)
    same_start.setToolTip("Reset gives every fork run A's new starting weights, so comparisons "
                          "start equal.")
    menu.addAction(same_start)
    menu.setToolTipsVisible(True)
    return menu, same_start


def fork_and_edit(runs) -> None:
    """The menu's Fork: a copy of run A that the side panels then edit."""
    name = runs.fork()
    if name is not None:
        runs.select(name)
        runs.window.statusBar().showMessage(
            f"Run {name} is a paused copy of run A; the side panels now edit it (click a run to "
            "switch). Change a setting, then press Space.", 10000)
