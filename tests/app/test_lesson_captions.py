"""A lesson's caption as a class sees it: never over the part its step points at, gone when the
lesson closes."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from playground.app.lessons.player import WAITING
from tests.app.windows import FRAME_TIMEOUT, open_window

LESSON = """
title = "Captions"
speed = "max"

[[steps]]
dataset = { generator = "xor", seed = 4, points = 100, noise = 0.1 }
caption = "{caption}"
highlight = "{part}"
wait = true

[[steps]]
caption = "Still there."
"""
LONG = ("A caption long enough to wrap onto a second line at a projector's width, so that it is"
        " tall: the plots below show the loss.")


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720), choose_file=lambda *a: "")
    yield win
    win.close()


def rect_in(host, widget) -> QRect:
    """`widget`'s rectangle in `host`'s coordinates."""
    corner = host.mapFrom(widget.window(), widget.mapTo(widget.window(), QPoint(0, 0)))
    return QRect(corner, widget.size())


@pytest.mark.parametrize("part", ["plots", "canvas"])
def test_a_caption_keeps_clear_of_the_highlighted_part_and_leaves_with_the_lesson(
        qtbot, window, tmp_path, part):
    path = tmp_path / "captions.toml"
    path.write_text(LESSON.replace("{part}", part).replace("{caption}", LONG))
    player = window.lessons.player
    assert window.lessons.open(path)
    qtbot.waitUntil(lambda: player.phase == WAITING, timeout=FRAME_TIMEOUT)
    caption = window.exports.caption
    target = window.inside.plots if part == "plots" else window.canvas
    assert player.highlight.target is target and caption.isVisible()
    host = caption.parentWidget()
    assert not caption.geometry().intersects(rect_in(host, target))
    assert host.rect().contains(caption.geometry())
    window.lessons.menu.actions()[-1].trigger()  # Close lesson
    assert not player.active and not caption.isVisible() and not player.highlight.isVisible()


def test_beside_highlighted_plots_the_caption_spares_the_run_tiles(qtbot, window, tmp_path):
    """With forks, the tiles hold every run's numbers: the caption covers neither them nor the
    highlighted plots, also after the layout moves (another plot tab)."""
    path = tmp_path / "tiles.toml"
    fork = 'fork = { name = "B" }\nplot = "gradient"\nwait = true'
    path.write_text(LESSON.replace("{part}", "plots").replace("{caption}", LONG)
                    .replace("wait = true", fork))
    player = window.lessons.player
    assert window.lessons.open(path)
    qtbot.waitUntil(lambda: player.phase == WAITING, timeout=FRAME_TIMEOUT)
    caption, strip = window.exports.caption, window.strip
    qtbot.waitUntil(strip.isVisible, timeout=FRAME_TIMEOUT)
    for tab in (1, 0):
        window.inside.plots.setCurrentIndex(tab)
        QApplication.processEvents()  # the layout settles
        host = caption.parentWidget()
        assert not caption.geometry().intersects(rect_in(host, window.inside.plots))
        assert not caption.geometry().intersects(rect_in(host, strip))


def test_a_highlighted_panel_in_a_floating_dock_is_left_alone(qtbot, window, tmp_path, qtlog):
    """A panel the person floated is not in the main window: no frame is drawn around it there,
    the caption need not avoid it, and Qt has nothing to complain about."""
    dock = next(d for d in window.docks if d.objectName() == "training_dock")
    dock.setFloating(True)
    dock.show()
    path = tmp_path / "floating.toml"
    path.write_text(LESSON.replace("{part}", "training").replace("{caption}", LONG))
    player = window.lessons.player
    assert window.lessons.open(path)
    qtbot.waitUntil(lambda: player.phase == WAITING, timeout=FRAME_TIMEOUT)
    QApplication.processEvents()
    assert window.exports.caption.isVisible() and not player.highlight.isVisible()
    assert not [r for r in qtlog.records if "mapFrom" in r.message or "mapTo" in r.message]
