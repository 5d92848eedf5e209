"""How the window is put together: its layout, keyboard shortcuts and menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from playground.app.banner import Banner


def build_layout(window) -> None:
    """Panels left and right, diagram and canvas in the middle, plots below; Concepts page."""
    left = _scrolling(window.data_panel, 290)
    right_box = QWidget()
    right = QVBoxLayout(right_box)
    right.setContentsMargins(0, 0, 0, 0)
    right.setSpacing(8)
    right.addWidget(window.network_panel)
    right.addWidget(window.training_panel)
    right.addStretch(1)
    right_scroll = _scrolling(right_box, 330)
    views = QSplitter(Qt.Orientation.Horizontal)
    views.addWidget(window.inside.network_view)
    views.addWidget(_column(window.canvas, window.history.timeline))
    # Half each: the canvas is square and limited by the height, so the diagram gets the
    # width the canvas cannot use, and its labels stay readable.
    views.setStretchFactor(0, 1)
    views.setStretchFactor(1, 1)
    views.setChildrenCollapsible(False)
    # The banner floats over a plain box around the splitter: a splitter would take any child
    # widget, the banner too, as one more pane beside the canvas.
    views_box = QWidget()
    box = QVBoxLayout(views_box)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(views)
    window.banner = Banner(views_box)
    centre = QVBoxLayout()
    centre.setSpacing(6)
    centre.addWidget(window.run_bar)
    centre.addWidget(views_box, 3)
    centre.addWidget(window.runs.strip)  # the compared runs' tiles, while forks exist
    window.inside.plots.setMinimumHeight(280)
    centre.addWidget(window.inside.plots, 1)
    body = QWidget()
    row = QHBoxLayout(body)
    row.setContentsMargins(8, 8, 8, 8)
    row.setSpacing(8)
    row.addWidget(left)
    row.addLayout(centre, 1)
    row.addWidget(right_scroll)
    window.side_panels = (left, right_scroll)
    window.pages = QTabWidget()
    window.pages.setDocumentMode(True)
    window.pages.addTab(body, "Playground")
    window.pages.addTab(window.inside.concepts, "Concepts")
    window.pages.setTabToolTip(1, "Activations, losses and gradient descent explained; "
                                "training goes on meanwhile.")
    window.setCentralWidget(window.pages)
    window.statusBar().showMessage("Draw points or pick a preset, then press Space to train.")



def install_shortcuts(window) -> None:
    """Every action has a key, window-wide, so a presenter never needs the mouse."""
    undo = window.model.undo_stack.createUndoAction(window, "Undo stroke")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.model.undo_stack.createRedoAction(window, "Redo stroke")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
    quit_action = QAction("Quit", window, shortcut=QKeySequence("Ctrl+Q"))
    quit_action.triggered.connect(window.close)
    shortcuts = [
        ("Play/pause", "Space", lambda: window.set_playing(not window.playing)),
        ("Step", "Right", lambda: _next(window)),
        ("Back (in a lesson)", "Left", lambda: _previous(window, False)),
        ("Step one batch", "Shift+Right",
         lambda: window.runs.broadcast("step_batch") if not window.playing else None),
        ("Reset", "R", window.reset),
        # What presenter remotes send: next = one epoch, previous = play/pause; in a lesson,
        # the lesson's next and previous step.
        ("Step (presenter remote)", "PgDown", lambda: _next(window)),
        ("Play/pause (presenter remote)", "PgUp", lambda: _previous(window, True)),
        ("Presentation mode", "F5", window.toggle_presentation),
        ("Dark theme", "Ctrl+Shift+D", window.toggle_theme),
    ]
    actions = [undo, redo, quit_action]
    for text, key, slot in shortcuts:
        action = QAction(text, window, shortcut=QKeySequence(key))
        action.triggered.connect(slot)
        actions.append(action)
    for index in range(9):
        action = QAction(f"Class {index + 1}", window, shortcut=QKeySequence(str(index + 1)))
        action.triggered.connect(lambda _=False, i=index: window.data_panel.select_class(i))
        actions.append(action)
    for action in actions:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)



def _next(window) -> None:
    """Right or PageDown: the lesson's next step while one is open, else one epoch."""
    if window.lessons.player.active:
        window.lessons.player.next()
    elif not window.playing:
        window.runs.broadcast("step")


def _previous(window, remote: bool) -> None:
    """Left or PageUp: the lesson's previous step while one is open; PageUp else plays."""
    if window.lessons.player.active:
        window.lessons.player.previous()
    elif remote:
        window.set_playing(not window.playing)


def install_menus(window) -> None:
    """The menu bar: File (from FileActions), Export, Lessons, Runs and View."""
    bar = window.menuBar()
    bar.addMenu(window.files.menu)
    bar.addMenu(window.exports.menu)
    bar.addMenu(window.lessons.menu)
    bar.addMenu(window.runs.menu)
    view = bar.addMenu("&View")
    for action in window.actions():
        if action.text() in ("Presentation mode", "Dark theme"):
            view.addAction(action)


def _column(top: QWidget, below: QWidget) -> QWidget:
    """top over below, edge to edge: the canvas with its timeline strip."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(top, 1)
    column.addWidget(below)
    return box


def _scrolling(widget: QWidget, width: int) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFixedWidth(width)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
