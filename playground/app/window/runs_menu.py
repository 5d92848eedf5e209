"""The Runs menu: fork (Ctrl+F), close the forks (Ctrl+Shift+F) and the 'same start' option."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from playground.app.runs.runs import Runs
from playground.app.session import Session


def runs_menu(host: QWidget, runs: Runs, session: Session) -> tuple[QMenu, QAction]:
    """The menu, with window-wide keys, and its checkable 'same start' action (on)."""
    menu = QMenu("&Runs", host)
    for text, keys, slot, tip in (
            ("&Fork run", "Ctrl+F", lambda: fork_and_edit(runs, session),
             "Copy run A (weights, optimizer, data, history) into a new run to compare."),
            ("&Close forks", "Ctrl+Shift+F", runs.close_all,
             "Stop every forked run and keep run A.")):
        action = QAction(text, host, shortcut=QKeySequence(keys), toolTip=tip)
        action.triggered.connect(slot)
        host.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    same_start = QAction("Same start: reset all runs to run A's initial weights", host,
                         checkable=True, checked=runs.same_start)
    same_start.setToolTip("Reset gives every fork run A's new starting weights, so comparisons "
                          "start equal.")
    same_start.toggled.connect(lambda on: setattr(runs, "same_start", on))
    menu.addAction(same_start)
    menu.setToolTipsVisible(True)
    return menu, same_start


def fork_and_edit(runs: Runs, session: Session) -> None:
    """The menu's Fork: a copy of run A that the side panels then edit."""
    name = runs.fork()
    if name is not None:
        session.select(name)
        runs.news.emit(
            f"Run {name} is a paused copy of run A; the side panels now edit it (click a run to "
            "switch). Change a setting, then press Space.", 10000)
