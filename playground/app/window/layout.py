"""How the window is put together: panels left and right, the views in the middle, plots below,
the Concepts page beside; and the window-wide keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from playground.app.window.banner import Banner


@dataclass(frozen=True)
class Parts:
    """The widgets the layout places."""

    data_panel: QWidget
    network_panel: QWidget
    training_panel: QWidget
    run_bar: QWidget
    network_view: QWidget
    canvas: QWidget
    timeline: QWidget
    strip: QWidget
    plots: QWidget
    concepts: QWidget


@dataclass(frozen=True)
class Layout:
    """What the layout made: the page tabs (the central widget), the banner over the views and
    the two side panels (presentation mode hides them)."""

    pages: QTabWidget
    banner: Banner
    side_panels: tuple[QWidget, QWidget]


def build_layout(parts: Parts) -> Layout:
    """Panels left and right, diagram and canvas in the middle, plots below; Concepts page."""
    left = _scrolling(parts.data_panel, 290)
    right_box = QWidget()
    right = QVBoxLayout(right_box)
    right.setContentsMargins(0, 0, 0, 0)
    right.setSpacing(8)
    right.addWidget(parts.network_panel)
    right.addWidget(parts.training_panel)
    right.addStretch(1)
    right_scroll = _scrolling(right_box, 330)
    views = QSplitter(Qt.Orientation.Horizontal)
    views.addWidget(parts.network_view)
    views.addWidget(_column(parts.canvas, parts.timeline))
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
    banner = Banner(views_box)
    centre = QVBoxLayout()
    centre.setSpacing(6)
    centre.addWidget(parts.run_bar)
    centre.addWidget(views_box, 3)
    centre.addWidget(parts.strip)  # the compared runs' tiles, while forks exist
    parts.plots.setMinimumHeight(280)
    centre.addWidget(parts.plots, 1)
    body = QWidget()
    row = QHBoxLayout(body)
    row.setContentsMargins(8, 8, 8, 8)
    row.setSpacing(8)
    row.addWidget(left)
    row.addLayout(centre, 1)
    row.addWidget(right_scroll)
    pages = QTabWidget()
    pages.setDocumentMode(True)
    pages.addTab(body, "Playground")
    pages.addTab(parts.concepts, "Concepts")
    pages.setTabToolTip(1, "Activations, losses and gradient descent explained; "
                        "training goes on meanwhile.")
    return Layout(pages, banner, (left, right_scroll))


Shortcut = tuple[str, str, Callable[[], object]]  # text, key, what it does


def install_shortcuts(host: QWidget, shortcuts: Sequence[Shortcut],
                      actions: Sequence[QAction] = ()) -> list[QAction]:
    """Every action has a key, window-wide, so a presenter never needs the mouse."""
    made = list(actions)
    for text, key, slot in shortcuts:
        action = QAction(text, host, shortcut=QKeySequence(key))
        action.triggered.connect(lambda _checked=False, run=slot: run())
        made.append(action)
    for action in made:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        host.addAction(action)
    return made


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
