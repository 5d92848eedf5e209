"""The Runs menu: fork (Ctrl+F), close the forks (Ctrl+Shift+F) and the 'same start' option."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from playground.app import i18n
from playground.app.runs.runs import Runs
from playground.app.session import Session
from playground.app.window.messages import Sentence


def runs_menu(host: QWidget, runs: Runs, session: Session) -> tuple[QMenu, QAction]:
    """The menu, with window-wide keys, and its checkable 'same start' action (on)."""
    menu = QMenu(host)
    fork, close = QAction(host), QAction(host)
    for action, keys, slot in ((fork, "Ctrl+F", lambda: fork_and_edit(runs, session)),
                               (close, "Ctrl+Shift+F", runs.close_all)):
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        host.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    same_start = QAction(host, checkable=True, checked=runs.same_start)
    same_start.toggled.connect(lambda on: setattr(runs, "same_start", on))
    menu.addAction(same_start)
    menu.setToolTipsVisible(True)

    def retranslate() -> None:
        menu.setTitle(QCoreApplication.translate("RunsMenu", "&Runs"))
        fork.setText(QCoreApplication.translate("RunsMenu", "&Fork run"))
        fork.setToolTip(QCoreApplication.translate(
            "RunsMenu", "Copy run A (weights, optimizer, data, history) into a new run to "
            "compare."))
        close.setText(QCoreApplication.translate("RunsMenu", "&Close forks"))
        close.setToolTip(QCoreApplication.translate("RunsMenu",
                                                    "Stop every forked run and keep run A."))
        same_start.setText(QCoreApplication.translate(
            "RunsMenu", "Same start: reset all runs to run A's initial weights"))
        same_start.setToolTip(QCoreApplication.translate(
            "RunsMenu", "Reset gives every fork run A's new starting weights, so comparisons "
            "start equal."))

    i18n.retranslate_on_change(menu, retranslate)
    return menu, same_start


def fork_and_edit(runs: Runs, session: Session) -> None:
    """The menu's Fork: a copy of run A that the side panels then edit."""
    name = runs.fork()
    if name is not None:
        session.select(name)
        runs.news.emit(Sentence(lambda: QCoreApplication.translate(
            "RunsMenu", "Run {name} is a paused copy of run A; the side panels now edit it "
            "(click a run to switch). Change a setting, then press Space.").format(name=name)),
            10000)
