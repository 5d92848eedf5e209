"""A lesson's caption as a class sees it: never over the part its step points at, gone when the
lesson closes."""

import pytest
from PySide6.QtCore import QPoint, QRect

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
