"""PNG export and clipboard copy at 1x and 2x, export errors, and the caption bar in grabs."""

from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QWidget

from playground.app.recording.images import ExportError, copy_to_clipboard, grab_png, render_image
from playground.app.views.caption import CaptionBar

RED = QColor(220, 30, 30)


def solid(color: QColor, parent: QWidget | None = None) -> QWidget:
    """A widget painted all in `color`."""
    widget = QWidget(parent)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, color)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    return widget


@pytest.fixture
def panel(qtbot) -> QWidget:
    """A white 301x201 widget with a red 20x20 square in its bottom-right corner."""
    widget = solid(QColor("white"))
    qtbot.addWidget(widget)
    widget.resize(301, 201)
    corner = solid(RED, widget)
    corner.setGeometry(281, 181, 20, 20)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def pixels(image: QImage) -> np.ndarray:
    """An image's RGB values as an (h, w, 3) int array."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


@pytest.mark.parametrize("scale", [1, 2])
def test_png_has_the_scaled_pixel_size_and_all_of_the_widget(panel, tmp_path, scale):
    path = grab_png(panel, tmp_path / "panel.png", scale)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (301 * scale, 201 * scale)
    assert image.pixelColor(image.width() - 2, image.height() - 2) == RED
    assert image.pixelColor(scale * 100, scale * 100) == QColor("white")
    assert [p.name for p in tmp_path.iterdir()] == ["panel.png"]  # no temporary left


def test_scale_none_is_the_screens_resolution(panel):
    image = render_image(panel)
    ratio = panel.devicePixelRatioF()
    assert image.width() == round(301 * ratio)


def test_a_plot_renders_sharp_at_2x(qtbot, tmp_path):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(300, 200)
    plot.plot([0, 1, 2], [0, 2, 1])
    plot.show()
    qtbot.waitExposed(plot)
    image = QImage(str(grab_png(plot, tmp_path / "plot.png", 2)))
    assert (image.width(), image.height()) == (600, 400)
    half = pixels(image.scaled(300, 200, mode=Qt.TransformationMode.SmoothTransformation))
    assert np.abs(half - pixels(render_image(plot, 1))).mean() < 8  # the same picture


def test_png_overwrites_an_existing_file(panel, tmp_path):
    path = tmp_path / "panel.png"
    path.write_bytes(b"old")
    grab_png(panel, path)
    assert not QImage(str(path)).isNull()


def test_an_unwritable_path_raises_a_clear_export_error(panel, tmp_path):
    path = tmp_path / "missing" / "panel.png"
    with pytest.raises(ExportError, match="does not exist") as caught:
        grab_png(panel, path)
    assert isinstance(caught.value, ValueError) and str(path) in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_clipboard_gets_the_image(panel):
    QGuiApplication.clipboard().clear()
    copy_to_clipboard(panel, 2)
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert (image.width(), image.height()) == (602, 402)


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = solid(QColor("white"))
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def lower_third_pixel(widget: QWidget) -> QColor:
    """The colour of a grab of `widget` a little above its bottom, at the centre-left."""
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 8, image.height() - image.height() // 12)


def test_caption_shows_in_a_grab_of_its_host(host):
    caption = CaptionBar("Adam finds the spiral in 300 epochs", host)
    assert lower_third_pixel(host) == QColor("white")  # off until switched on
    caption.set_visible_caption(True)
    shaded = lower_third_pixel(host)
    assert shaded.red() < 120 and shaded.red() == shaded.green() == shaded.blue()
    assert caption.geometry().bottom() > host.height() * 2 // 3
    caption.toggle()
    assert lower_third_pixel(host) == QColor("white")


def test_caption_follows_the_host_and_lets_the_mouse_through(host):
    caption = CaptionBar("A caption", host)
    caption.set_visible_caption(True)
    host.resize(640, 480)
    assert caption.geometry().bottom() > 480 * 0.9
    assert caption.geometry().center().x() in (319, 320)
    assert caption.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    wide = caption.font().pixelSize()
    host.resize(320, 200)
    assert caption.font().pixelSize() < wide


def test_an_empty_caption_hides_the_bar_and_long_text_wraps(host):
    caption = CaptionBar("", host)
    caption.set_visible_caption(True)
    assert caption.isHidden()
    caption.set_text("one line")
    one_line = caption.height()
    caption.set_text("a much longer caption that cannot fit on a single line of this host")
    assert caption.isVisible() and caption.height() > one_line


def test_caption_reports_its_visibility(qtbot, host):
    caption = CaptionBar("x", host)
    with qtbot.waitSignal(caption.visibility_changed) as blocker:
        caption.toggle()
    assert blocker.args == [True] and caption.caption_visible


def test_caption_is_in_a_png_export_too(host, tmp_path: Path):
    CaptionBar("in the export", host).set_visible_caption(True)
    image = QImage(str(grab_png(host, tmp_path / "host.png", 2)))
    assert image.pixelColor(800 // 8, 600 - 600 // 12).red() < 120
