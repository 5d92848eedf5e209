"""SteadyBox: a label's new text every frame no longer lays the whole window out again."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from playground.app.panels.steady_box import SteadyBox


class Counter(QObject):
    """Counts the events of one type that reach a widget."""

    def __init__(self, widget: QWidget, kind: QEvent.Type) -> None:
        super().__init__(widget)
        self.kind, self.count = kind, 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == self.kind:
            self.count += 1
        return False


def settle() -> None:
    """Deliver the posted layout requests, and those their handling posts."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def window_with(label: QLabel, boxed: bool) -> QWidget:
    top = QWidget()
    layout = QVBoxLayout(top)
    layout.addWidget(QLabel("above"))
    layout.addWidget(SteadyBox(label) if boxed else label)
    top.resize(400, 120)
    top.show()
    settle()
    return top


@pytest.mark.parametrize("boxed", [True, False])
def test_new_texts_reach_the_window_only_without_the_box(qtbot, boxed):
    label = QLabel("epoch 0")
    top = window_with(label, boxed)
    qtbot.addWidget(top)
    requests = Counter(top, QEvent.Type.LayoutRequest)
    for epoch in range(1, 12):
        label.setText(f"epoch {epoch * 1111:,}   train loss {1 / epoch:.4f}")
        settle()
    if boxed:
        assert requests.count == 0
        assert label.geometry() == label.parentWidget().rect()
    else:  # the control: a bare label asks the whole window for a new layout each time
        assert requests.count >= 10


def test_a_taller_font_makes_the_box_taller(qtbot):
    label = QLabel("epoch 12")
    top = window_with(label, True)
    qtbot.addWidget(top)
    before = label.height()
    label.setStyleSheet("font-size: 40px")
    settle()
    assert label.height() > before
    assert label.height() >= label.sizeHint().height()


def test_the_run_bar_and_timeline_numbers_leave_the_window_layout_alone(quiet_window):
    window = quiet_window

    def show(epoch: int) -> None:
        window.run_bar.show_numbers(epoch * 997, {"train_loss": 1 / epoch,
                                                  "test_loss": 2 / epoch}, 640.0 + epoch)
        window.history.timeline.show_epoch(epoch * 997, True)
        settle()

    show(1)  # the first numbers replace the "Press Space" hint; the fresh window settles
    show(2)
    requests = Counter(window, QEvent.Type.LayoutRequest)
    for epoch in range(3, 14):
        show(epoch)
    assert requests.count == 0
    assert "train loss" in window.run_bar.numbers.text()
    for label in (window.run_bar.epoch, window.run_bar.numbers, window.history.timeline.epoch):
        assert label.isVisible()
        assert label.height() >= label.sizeHint().height()
    timeline = window.history.timeline  # the fixed-width readout sits between slider and Live
    readout = timeline.epoch.parentWidget().geometry()
    assert timeline.slider.geometry().right() < readout.left()
    assert readout.right() < timeline.live.geometry().left()
    assert readout.width() >= timeline.epoch.fontMetrics().horizontalAdvance(
        timeline.epoch.text())


def test_the_window_is_told_it_is_modified_once_not_every_frame(quiet_window):
    window = quiet_window
    window.experiments.saved()
    assert not window.isWindowModified()
    changes = Counter(window, QEvent.Type.ModifiedChange)
    for _ in range(5):
        window.experiments.changed()
    assert window.isWindowModified()
    assert changes.count == 1
    window.experiments.saved()
    window.experiments.saved()
    assert not window.isWindowModified()
    assert changes.count == 2


def test_presentation_mode_makes_the_readouts_taller_and_back(quiet_window):
    window, epoch = quiet_window, quiet_window.run_bar.epoch
    window.run_bar.show_numbers(1234, {"train_loss": 0.5}, 100.0)
    settle()
    before = epoch.height()
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle()
    assert epoch.height() > before
    assert epoch.height() >= epoch.sizeHint().height()
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle()
    assert epoch.height() == before


def test_the_timeline_readout_fits_its_widest_bold_text_in_presentation_mode(quiet_window):
    timeline = quiet_window.history.timeline
    for _ in range(2):  # normal, then presentation mode's larger type
        font = QFont(timeline.epoch.font())
        font.setBold(True)
        widest = QFontMetrics(font).horizontalAdvance("epoch 1,000,000 (history)")
        assert timeline.epoch.parentWidget().width() >= widest
        QTest.keyClick(quiet_window, Qt.Key.Key_F5)
        settle()
