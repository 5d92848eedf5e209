"""Frames fit the output size, the pointer, click rings and shortcuts are drawn into them, and the
recorder's own widgets are painted over; pause and resume keep time."""

import threading

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QCursor, QImage, QKeySequence, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from playground.app.recording.clean import edge_colour
from playground.app.recording.frames import (
    grab_image,
    to_output,
    to_rgb,
    to_xrgb32,
    with_channels,
)
from playground.app.recording.overlay import FrameOverlay
from playground.app.recording.recorder import Recorder
from tests.app.test_recorder import later, mp4_frames


@pytest.fixture
def plain(qtbot) -> QWidget:
    """A 400x300 grey widget with a Ctrl+F "&Fork run" action and a REC label."""
    widget = QWidget()
    widget.setObjectName("plain")
    widget.setStyleSheet("QWidget#plain { background: #e0e0e0; }")
    action = QAction("&Fork run", widget)
    action.setShortcut(QKeySequence("Ctrl+F"))
    widget.addAction(action)
    widget.label = QLabel("● REC 0:12", widget)
    widget.label.setStyleSheet("color: #d93025;")
    widget.label.move(300, 10)
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    return widget


def frame(widget: QWidget, overlay: FrameOverlay | None = None, now: float | None = None):
    image = grab_image(widget, widget.rect())
    if overlay is not None:
        overlay.paint(image, widget.rect(), now)
    return to_rgb(image).astype(int)


def away(widget: QWidget) -> None:
    QCursor.setPos(widget.mapToGlobal(QPoint(-500, -500)))


def test_frames_are_scaled_and_letterboxed_in_black():
    image = QImage(400, 300, QImage.Format.Format_RGB888)
    image.fill(QColor(200, 100, 50))
    wide = to_output(image, (1280, 720))
    assert wide.shape == (720, 1280, 3)
    assert not wide[:, :160].any() and not wide[:, -160:].any()  # 4:3 in 16:9: bars each side
    assert (np.abs(wide[:, 170:1110].astype(int) - (200, 100, 50)) <= 2).all()
    same = to_output(np.full((720, 1280, 3), 9, np.uint8), (1920, 1080))
    assert same.shape == (1080, 1920, 3) and (same == 9).all()  # the same aspect: no bars
    assert to_output(image, None).shape == (300, 400, 3)


def test_frames_for_the_mp4_encoder_are_the_same_pixels_as_xrgb32():
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 100, 50))
    image.setPixelColor(7, 5, QColor(1, 2, 3))
    rgb, xrgb = to_output(image, None), to_output(image, None, channels=4)
    assert xrgb.shape == (300, 400, 4) and (with_channels(xrgb, 3) == rgb).all()
    assert tuple(with_channels(xrgb, 3)[5, 7]) == (1, 2, 3)
    assert (with_channels(rgb, 4) == xrgb).all()  # the fourth byte is 255 both ways
    wide = to_output(image, (1280, 720), channels=4)  # letterboxed: black, opaque bars
    assert wide.shape == (720, 1280, 4)
    assert (with_channels(wide, 3)[:, :160] == 0).all()
    assert (with_channels(wide, 3) == to_output(image, (1280, 720))).all()
    array = np.full((72, 128, 3), 9, np.uint8)  # an array in, of the right size: as it is
    assert (to_output(array, (128, 72), channels=4) == with_channels(array, 4)).all()


def test_the_writer_may_read_a_grab_in_place_but_never_a_converted_one():
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    view, copied = to_xrgb32(image, copy=False), to_xrgb32(image)
    assert (view == copied).all()
    image.fill(QColor("#ffffff"))
    assert (view == 255).all() and (copied != 255).any()  # a view sees the image change
    rgb888 = image.convertToFormat(QImage.Format.Format_RGB888)
    converted = to_output(rgb888, None, channels=4, copy=False)
    rgb888.fill(QColor("#000000"))
    assert (converted == 255).all() and converted.flags.owndata  # converted: its own pixels
    assert not view.flags.owndata and copied.flags.owndata


def test_the_pointer_is_drawn_where_the_mouse_is(plain):
    QCursor.setPos(plain.mapToGlobal(QPoint(100, 80)))
    bare, drawn = frame(plain), frame(plain, FrameOverlay(plain))
    changed = np.argwhere(np.abs(drawn - bare).sum(axis=2) > 60)
    assert len(changed) > 50
    assert (np.abs(changed.min(axis=0) - [80, 100]) <= 2).all()  # the arrow's tip
    assert (changed.max(axis=0) < [80 + 25, 100 + 15]).all()
    assert (frame(plain, FrameOverlay(plain, pointer=False)) == bare).all()


def test_a_click_leaves_a_ring_that_fades(plain):
    away(plain)
    overlay = FrameOverlay(plain)
    overlay.attach()
    try:
        QTest.mouseClick(plain, Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
        QTest.mouseClick(plain, Qt.MouseButton.RightButton, pos=QPoint(60, 220))
    finally:
        overlay.detach()
    assert [m.drag for m in overlay._marks] == [False, True]  # one mark per click, not per parent
    at = overlay._marks[0].at
    bare, ringed = frame(plain), frame(plain, overlay, at + 0.2)
    changed = np.argwhere(np.abs(ringed - bare).sum(axis=2) > 60)
    near = changed[np.hypot(changed[:, 0] - 150, changed[:, 1] - 200) < 30]
    assert len(near) > 40 and not (np.hypot(near[:, 0] - 150, near[:, 1] - 200) < 8).any()
    assert (frame(plain, overlay, at + 1.0) == bare).all()  # gone after the pulse


def press_ctrl_f(qtbot, plain: QWidget) -> FrameOverlay:
    """Ctrl+F on `plain` (its action fires) with a keys overlay watching; the overlay."""
    away(plain)
    overlay = FrameOverlay(plain, pointer=False, keys=True)
    overlay.attach()
    try:
        with qtbot.waitSignal(plain.actions()[0].triggered, timeout=2000):
            QTest.keyClick(plain, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    finally:
        overlay.detach()
    return overlay


def test_a_shortcut_shows_with_its_actions_name(plain, qtbot):
    overlay = press_ctrl_f(qtbot, plain)
    assert [k.text for k in overlay._keys] == ["Ctrl+F  Fork run"]
    changed = np.argwhere(np.abs(frame(plain, overlay) - frame(plain)).sum(axis=2) > 60)
    assert len(changed) > 100 and changed[:, 0].min() > 200  # at the bottom


def test_a_translated_shortcut_shows_without_its_bracketed_mnemonic(plain, qtbot):
    """Chinese menus write the mnemonic after the words, '创建分支(&F)': the overlay says
    '创建分支', not '创建分支(F)'."""
    plain.actions()[0].setText("创建分支(&F)")
    overlay = press_ctrl_f(qtbot, plain)
    assert [k.text for k in overlay._keys] == ["Ctrl+F  创建分支"]


def test_hidden_widgets_are_painted_with_their_parents_background(plain):
    away(plain)
    label = plain.label
    area = frame(plain, FrameOverlay(plain, hidden=[label]))[
        label.y():label.y() + label.height(), label.x():label.x() + label.width()]
    assert (area == (0xe0, 0xe0, 0xe0)).all()
    assert (frame(plain)[label.y():label.y() + label.height(),
                         label.x():label.x() + label.width()] != 0xe0).any()  # REC on screen


@pytest.mark.parametrize("layout", [QImage.Format.Format_RGB32, QImage.Format.Format_RGB888])
@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_covers_colour_is_the_commonest_on_its_inset_edge(layout, ratio):
    def device(x, y, width, height):
        return QRect(*(round(v * ratio) for v in (x, y, width, height)))

    image = QImage(round(200 * ratio), round(100 * ratio), QImage.Format.Format_RGB32)
    image.fill(QColor("#102030"))
    painter = QPainter(image)  # device pixels: the area (20, 10, 60x30) with a 1-pixel border
    painter.fillRect(device(20, 10, 60, 30).adjusted(1, 1, -1, -1), QColor("#e0e0e0"))
    painter.fillRect(device(30, 10, 5, 2), QColor("#d93025"))  # a readout touching the edge
    painter.fillRect(device(40, 20, 10, 5), QColor("#ff00ff"))  # text inside: never read
    painter.end()
    image.setDevicePixelRatio(ratio)
    image = image.convertToFormat(layout)
    assert edge_colour(image, QRect(20, 10, 60, 30)).name() == "#e0e0e0"
    assert edge_colour(image, QRect(0, 0, 2, 2)).name() == "#102030"  # too small for an inset
    assert edge_colour(image, QRect(500, 500, 10, 10)).name() == "#000000"  # outside the image


def test_paused_time_is_not_in_the_video(qtbot, plain, tmp_path):
    recorder, path = Recorder(), tmp_path / "paused.mp4"
    timers = []
    with qtbot.waitSignal(recorder.finished, timeout=30_000) as blocker:
        recorder.start(plain, path, 30, size=(640, 360))
        timers += [later(400, recorder.pause), later(900, recorder.resume),
                   later(1300, recorder.stop)]
    result = blocker.args[0]
    assert result.error is None
    assert 0.75 < result.duration < 0.95  # 1.3 s less the 0.5 s paused
    size, frames = mp4_frames(path)
    assert size == (640, 360)
    assert abs(len(frames) - result.duration * 30) <= 1


def test_the_overlay_is_read_on_the_gui_thread_and_painted_on_the_writer_thread(
        qtbot, plain, tmp_path, monkeypatch):
    from playground.app.recording import scene as scene_module
    painted_on = []
    paint = scene_module.OverlayScene.paint

    def spy(self, image):
        painted_on.append(threading.current_thread())
        paint(self, image)

    monkeypatch.setattr(scene_module.OverlayScene, "paint", spy)
    QCursor.setPos(plain.mapToGlobal(QPoint(100, 80)))
    recorder = Recorder()
    with qtbot.waitSignal(recorder.finished, timeout=30_000) as blocker:
        recorder.start(plain, tmp_path / "o.mp4", 30, overlay=FrameOverlay(plain))
        stopper = later(300, recorder.stop)
    assert stopper and blocker.args[0].error is None
    assert painted_on and threading.main_thread() not in painted_on
    _, frames = mp4_frames(tmp_path / "o.mp4")
    assert (frames[-1][86:90, 102:104] < 90).all()  # the pointer's black body, in the video
