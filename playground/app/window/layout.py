"""How the window is put together: the panels in docks, the run bar over a splitter that gives
the canvas most of the room, the diagram over the plots beside it; the Concepts page beside the
playground; and the window-wide keys.

The canvas is the product, so it is the one part that never gives way: the plot tabs have a
height of their own that no tab's content can grow, the panels scroll inside their docks, and
the canvas column takes the larger share of the width whatever the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QLayout,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from playground.app.panels.widgets import Section, VerticalScroll
from playground.app.window.banner import Banner

CANVAS_SHARE = 0.56    # of the middle's width, for the canvas column
DIAGRAM_SHARE = 0.5    # of the left column's height, for the diagram over the plots
PLOTS_MIN_HEIGHT = 150
SIDE_MIN_WIDTH = 236
DOCK_WIDTH = 300         # side by side on a wide screen; tabbed docks take their controls' width
WIDE = 1500            # window widths from here on get a dock on each side


@dataclass(frozen=True)
class Parts:
    """The widgets the layout places."""

    data_panel: Section
    network_panel: Section
    training_panel: Section
    run_bar: QWidget
    network_view: QWidget
    canvas: QWidget
    timeline: QWidget
    strip: QWidget
    plots: QTabWidget
    concepts: QWidget


@dataclass(frozen=True)
class Layout:
    """What the layout made: the page tabs (the central widget), the banner over the views, the
    docks holding the panels, and the splitters a person can drag."""

    pages: QTabWidget
    banner: Banner
    docks: tuple[QDockWidget, ...]
    middle: QSplitter      # the left column | the canvas column
    left: QSplitter        # the diagram over the plots
    below_canvas: QWidget  # the timeline and the compared runs' tiles


def build_layout(window: QMainWindow, parts: Parts) -> Layout:
    """Dock the panels into `window` and return the central page tabs and what moves."""
    for widget, name in ((parts.canvas, "canvas"), (parts.network_view, "network"),
                         (parts.plots, "plots"), (parts.run_bar, "run_bar"),
                         (parts.data_panel, "data_panel"), (parts.network_panel, "network_panel"),
                         (parts.training_panel, "training_panel")):
        widget.setObjectName(name)
    window.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                          | QMainWindow.DockOption.AllowNestedDocks
                          | QMainWindow.DockOption.AllowTabbedDocks)
    window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)
    docks = (_dock(window, "Data", "data_dock", parts.data_panel),
             _dock(window, "Network", "network_dock", parts.network_panel),
             _dock(window, "Training", "training_dock", parts.training_panel))
    arrange_docks(window, docks, wide=True)

    # No tab's content may grow the plots: an explicit minimum wins over the pages' hints.
    parts.plots.setMinimumSize(200, PLOTS_MIN_HEIGHT)
    left = QSplitter(Qt.Orientation.Vertical)
    left.setObjectName("left_column")
    left.addWidget(parts.network_view)
    left.addWidget(parts.plots)
    left.setChildrenCollapsible(False)
    left.setStretchFactor(0, 1)
    left.setStretchFactor(1, 1)
    left.setSizes([round(1000 * DIAGRAM_SHARE), round(1000 * (1 - DIAGRAM_SHARE))])
    middle = QSplitter(Qt.Orientation.Horizontal)
    middle.setObjectName("middle")
    middle.addWidget(left)
    column, below_canvas = _canvas_column(parts.canvas, parts.timeline, parts.strip)
    middle.addWidget(column)
    middle.setChildrenCollapsible(False)
    middle.setStretchFactor(0, 1)
    middle.setStretchFactor(1, 1)
    middle.setSizes([round(1000 * (1 - CANVAS_SHARE)), round(1000 * CANVAS_SHARE)])
    # The banner floats over a plain box around the splitter: a splitter would take any child
    # widget, the banner too, as one more pane beside the canvas.
    views_box = QWidget()
    box = QVBoxLayout(views_box)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(middle)
    banner = Banner(views_box)
    body = QWidget()
    centre = QVBoxLayout(body)
    centre.setContentsMargins(6, 6, 6, 6)
    centre.setSpacing(6)
    centre.addWidget(parts.run_bar)
    centre.addWidget(views_box, 1)
    pages = QTabWidget()
    pages.setDocumentMode(True)
    pages.addTab(body, "Playground")
    pages.addTab(parts.concepts, "Concepts")
    pages.setTabToolTip(1, "Activations, losses and gradient descent explained; "
                        "training goes on meanwhile.")
    return Layout(pages, banner, docks, middle, left, below_canvas)


def arrange_docks(window: QMainWindow, docks: Sequence[QDockWidget], wide: bool) -> None:
    """The panels' fresh places. A wide screen: Data left, Network over Training right, as the
    web playground reads (data, network, output). A narrower one (a 1280 or 1366 projector or
    laptop): the three as tabs of one dock on the right, so the canvas keeps ~500 px."""
    data, network, training = docks
    for dock in docks:
        window.removeDockWidget(dock)
        forget_sizes(dock.widget())
    if wide:
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, data)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, network)
        window.splitDockWidget(network, training, Qt.Orientation.Vertical)
    else:
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, data)
        window.tabifyDockWidget(data, network)
        window.tabifyDockWidget(network, training)
        network.raise_()
    for dock in docks:
        dock.setFloating(False)
        dock.show()
    if wide:
        window.resizeDocks(list(docks), [DOCK_WIDTH] * len(docks), Qt.Orientation.Horizontal)


def retranslate(layout: Layout) -> None:
    """The page tabs' and the docks' titles in the window's language (Qt's LanguageChange)."""
    pages = layout.pages
    pages.setTabText(0, QCoreApplication.translate("Layout", "Playground"))
    pages.setTabText(1, QCoreApplication.translate("Layout", "Concepts"))
    pages.setTabToolTip(1, QCoreApplication.translate(
        "Layout", "Activations, losses and gradient descent explained; training goes on "
                  "meanwhile."))
    titles = (QCoreApplication.translate("Layout", "Data"),
              QCoreApplication.translate("Layout", "Network"),
              QCoreApplication.translate("Layout", "Training"))
    for dock, title in zip(layout.docks, titles, strict=True):
        dock.setWindowTitle(title)
        _dock_tooltips(dock, title)


def _dock_tooltips(dock: QDockWidget, title: str) -> None:
    """What the dock's float and close buttons do, naming the panel."""
    for button, tip in (
            ("qt_dockwidget_floatbutton", QCoreApplication.translate(
                "Layout", "Float the {title} panel as a window of its own (double-click its "
                "title to dock it again).").format(title=title)),
            ("qt_dockwidget_closebutton", QCoreApplication.translate(
                "Layout", "Close the {title} panel; View > {title} brings it back.").format(
                    title=title))):
        found = dock.findChild(QAbstractButton, button)
        if found is not None:
            found.setToolTip(tip)


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


def _canvas_column(canvas: QWidget, timeline: QWidget, strip: QWidget) -> tuple[QWidget, QWidget]:
    """The canvas over its timeline and, while runs are compared, their tiles: only the canvas
    stretches, so the timeline and the tiles keep their height. Returns the column and the box
    under the canvas."""
    box = QWidget()
    box.setObjectName("canvas_column")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    column.addWidget(canvas, 1)
    below = QWidget()
    below.setObjectName("below_canvas")
    rows = QVBoxLayout(below)
    rows.setContentsMargins(0, 0, 0, 0)
    rows.setSpacing(4)
    rows.addWidget(timeline)
    rows.addWidget(strip)
    column.addWidget(below)
    return box, below


def _dock(window: QMainWindow, title: str, name: str, panel: Section) -> QDockWidget:
    """A panel in a dock a person can move, float, close and bring back from the View menu; it
    scrolls rather than squeezing its controls when the screen is short."""
    panel.heading.hide()  # the dock's title says it
    holder = QWidget()
    rows = QVBoxLayout(holder)
    rows.setContentsMargins(4, 0, 4, 4)
    rows.addWidget(panel)
    rows.addStretch(1)  # a tall dock leaves room below the controls, not between them
    area_widget = VerticalScroll(SIDE_MIN_WIDTH)
    area_widget.setWidget(holder)
    area_widget.setWidgetResizable(True)
    area_widget.setFrameShape(QScrollArea.Shape.NoFrame)
    dock = QDockWidget(title, window)
    dock.setObjectName(name)  # saveState() and restoreState() know docks by their names
    dock.setWidget(area_widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    _dock_tooltips(dock, title)
    return dock


def forget_sizes(widget: QWidget) -> None:
    """Polish widget in the window's style and drop the sizes its layouts measured before that
    (the native style's wide buttons), so its true minimum width counts."""
    children = (widget, *widget.findChildren(QWidget))
    for child in children:
        child.ensurePolished()
    for layout in widget.findChildren(QLayout):
        layout.invalidate()
    for child in children:
        child.updateGeometry()  # layout items cache their widget's sizes until told


def menu_actions(menu: QMenu) -> list[QAction]:
    """Every action of a menu and its submenus."""
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
        elif not action.isSeparator():
            found.append(action)
    return found
