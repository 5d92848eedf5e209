"""Classes as a teacher sees them: numbered from 1 in every view, the Classes box true."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest

from playground.app.data.settings import DataSettings
from tests.app.mouse import LEFT, NONE, send, stroke
from tests.app.windows import FRAME_TIMEOUT, open_window, wait_frame


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1600, 960))
    yield win
    win.close()


def test_classes_are_numbered_from_1_in_diagram_metrics_point_details_and_swatches(
        qtbot, window):
    window.data.apply_settings(DataSettings(generator="blobs", classes=3, n_points=150))
    wait_frame(qtbot, window, lambda f: f.details is not None
               and len(f.details["class_counts"]) == 3)
    diagram = window.inside.network_view.diagram
    assert [label.text() for label in diagram.labels[-3:]] == ["class 1", "class 2", "class 3"]
    metrics = window.inside.metrics
    table = metrics.tables["train"]
    assert [table.horizontalHeaderItem(i).text() for i in range(3)] == ["1", "2", "3"]
    assert [table.verticalHeaderItem(i).toolTip() for i in range(3)] == [
        "class 1", "class 2", "class 3"]
    assert "class 3: 50" in metrics.class_counts.text()
    assert "class 0" not in metrics.class_counts.text()

    data = window.model.dataset
    index = int(np.flatnonzero(data.labels == 2)[0])  # a point of the engine's label 2
    x, y = data.points[index]
    window.canvas.brush_radius = 0.05  # the nearest point is this one
    with qtbot.waitSignal(window.runs.main.client.inspected, timeout=FRAME_TIMEOUT):
        send(window.canvas, QEvent.Type.MouseButtonPress, x, y, LEFT, LEFT,
             Qt.KeyboardModifier.ControlModifier)
        send(window.canvas, QEvent.Type.MouseButtonRelease, x, y, LEFT, NONE)
    qtbot.waitUntil(lambda: "Predicted" in metrics.point.text())
    assert "point of class 3" in metrics.point.text()

    QTest.keyClick(window, Qt.Key.Key_3)
    panel = window.data_panel
    assert window.canvas.current_class == 2
    assert panel.swatch_group.checkedButton().toolTip().startswith("Draw points of class 3")


def test_the_classes_box_follows_the_drawn_classes(qtbot, window):
    window.data.apply_settings(DataSettings(generator="spiral"))
    box = window.data_panel.classes
    assert box.value() == 2 and not box.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_3)
    stroke(window.canvas, [(-5.5, 5.5), (-4.0, 5.5)])
    assert window.model.dataset.n_classes == 3
    assert box.value() == 3  # drawn on a two-class preset: the box says what is in use
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.dataset.n_classes == 2 and box.value() == 2

    window.data.apply_settings(DataSettings(generator="blobs", classes=4))
    assert box.isEnabled() and box.value() == 4
    QTest.keyClick(window, Qt.Key.Key_5)
    stroke(window.canvas, [(-5.5, -5.5), (-4.0, -5.5)])
    assert box.value() == 5 and box.isEnabled()  # blobs makes five too: still editable

    window.data.apply_settings(DataSettings(task="regression", generator="plane", n_points=1200))
    assert not box.isVisibleTo(window.data_panel)  # no classes in use: no number shown


def test_switching_the_problem_type_keeps_the_drawing_for_ctrl_z(qtbot, window):
    window.data.apply_settings(DataSettings(generator="spiral"))
    QTest.keyClick(window, Qt.Key.Key_3)
    stroke(window.canvas, [(-5.5, 5.5), (-3.0, 5.5)])
    drawn = window.model.dataset.copy()
    panel = window.data_panel
    panel.task.setCurrentIndex(panel.task.findData("regression"))
    assert window.model.dataset.task == window.session.config().task == "regression"
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    wait_frame(qtbot, window, lambda f: f.snapshot.task == "regression")

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    data = window.model.dataset
    assert data.task == "classification" and data.n_classes == 3
    np.testing.assert_array_equal(data.points, drawn.points)  # the drawing is back
    config = window.session.config()
    assert config.task == "classification" and config.loss == "cross_entropy"
    assert panel.task.currentData() == "classification" and panel.classes.value() == 3
    assert window.session.data_settings.task == "classification"
    frame = wait_frame(qtbot, window, lambda f: f.snapshot.task == "classification")
    assert frame.snapshot.output.shape[-1] == 3  # the run trains on the drawing again

    QTest.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.session.config().task == window.model.dataset.task == "regression"
    assert panel.task.currentData() == "regression"
    wait_frame(qtbot, window, lambda f: f.snapshot.task == "regression")
