"""The dark theme, finished: each part reads the colour it draws with and checks it against what
it is drawn on (WCAG contrast), and that no light box is left on the dark window."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox, QTableWidget

from playground.app.views.colors import CLASS_COLORS
from playground.app.window.style import THEMES
from tests.app.contrast import contrast
from tests.app.windows import open_window

DARK = THEMES["dark"]
TEXT = 4.5  # WCAG AA for text
GRAPHICS = 3.0  # WCAG for lines and symbols
BELONGS = 1.5  # at most this far from the dark surface it sits on: no light box left


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720))
    win.appearance.set_theme("dark")
    yield win
    win.close()


def test_the_network_diagram_is_dark_and_its_text_and_buttons_read(window):
    view = window.inside.network_view
    background = view.backgroundBrush().color()
    assert contrast(background, DARK["plot"]) < BELONGS
    for item in view.diagram.texts:
        assert contrast(item.brush().color(), background) >= TEXT, item.text()
    for button in view.diagram.buttons:
        assert contrast(button.brush().color(), background) < BELONGS
        if button.isEnabled():
            assert contrast(button.glyph.pen().color(), button.brush().color()) >= GRAPHICS
    frame = view.diagram.frames[1][0].pen().color()
    assert contrast(frame, background) >= 1.5  # a thumbnail's frame still shows


def test_preset_thumbnails_are_drawn_on_the_dark_surface(window):
    button = window.data_panel.preset_group.buttons()[0]
    image = button.icon().pixmap(button.iconSize()).toImage()
    corner = image.pixelColor(1, 1)
    assert contrast(corner, DARK["panel"]) < BELONGS
    for color in CLASS_COLORS[:3]:
        assert contrast(QColor(*color), corner) >= GRAPHICS


def loss_plot_widget(window) -> pg.PlotWidget:
    return window.inside.loss_plot.findChildren(pg.PlotWidget)[0]


def test_the_loss_legend_box_is_dark_and_its_labels_read(window):
    plot = loss_plot_widget(window)
    background = plot.backgroundBrush().color()
    legend = plot.plotItem.legend
    box = legend.opts["brush"].color()
    assert contrast(box, background) < BELONGS
    for _, label in legend.items:
        assert contrast(QColor(label.opts["color"]), box) >= TEXT, label.text


def test_the_train_loss_curve_reads_on_the_dark_plot(window):
    plot = loss_plot_widget(window)
    background = plot.backgroundBrush().color()
    train = [item for item in plot.plotItem.listDataItems() if item.name() == "train"]
    assert train
    for curve in train:
        assert contrast(curve.opts["pen"].color(), background) >= GRAPHICS
    window.appearance.set_presenting(True)  # thicker pens keep the theme's colour
    assert contrast(train[0].opts["pen"].color(), background) >= GRAPHICS


def test_spin_box_arrows_show_on_the_dark_theme(window):
    box = window.training_panel.batch
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    image = box.grab().toImage()
    up = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                    QStyle.SubControl.SC_SpinBoxUp, box)
    background = image.pixelColor(up.left() - 6, box.rect().center().y())  # right of the text
    for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, box)
        assert rect.width() > 4 and rect.height() > 3
        best = max(contrast(image.pixelColor(QPoint(x, y)), background)
                   for x in range(rect.left(), rect.right() + 1)
                   for y in range(rect.top(), rect.bottom() + 1))
        assert best >= GRAPHICS, part


def test_the_other_tabs_read_on_the_dark_theme(qtbot, window):
    """The descent page's curve, the weight histograms' titles (rebuilt per network shape) and
    the metrics table's tinted diagonal."""
    descent = window.inside.concepts.descent
    background = descent.plot.backgroundBrush().color()
    assert contrast(descent.curve.opts["pen"].color(), background) >= GRAPHICS
    histograms = window.inside.histograms
    histograms.set_weights([np.ones((2, 4)), np.ones((4, 2))])  # built after the theme was set
    view = histograms.findChildren(pg.GraphicsView)[0]
    for layer in range(histograms.n_layers):
        title = QColor(histograms.plot(layer).titleLabel.opts["color"])
        assert contrast(title, view.backgroundBrush().color()) >= TEXT
    window.inside.plots.setCurrentWidget(window.inside.metrics)
    table = window.inside.metrics.findChildren(QTableWidget)[0]
    qtbot.waitUntil(lambda: table.item(0, 0) is not None, timeout=30_000)
    cell = table.item(0, 0)
    assert contrast(cell.foreground().color(), cell.background().color()) >= TEXT


def test_axis_titles_keep_their_colour_through_type_size_and_language(window):
    """A change of type size or language says an axis title again; its dark-theme colour
    stays (pyqtgraph keeps colour and size in one style that a new size once replaced)."""
    from PySide6.QtWidgets import QApplication

    window.appearance.set_presenting(True)  # bigger type
    window.language_menu.choose("zh_CN", remember=False)
    QApplication.processEvents()
    try:
        axes = [item for view in window.findChildren(pg.GraphicsView)
                for item in view.scene().items() if isinstance(item, pg.AxisItem)
                and item.labelText]
        assert axes and {axis.labelStyle.get("color") for axis in axes} == {
            QColor(THEMES["dark"]["axis"]).name()}
    finally:
        window.appearance.set_presenting(False)
        window.language_menu.choose("en", remember=False)
