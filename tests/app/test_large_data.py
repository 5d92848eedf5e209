"""Large point sets: a CSV import is read off the GUI thread, and a boundary frame over many
points repaints no point (the points are cached; above MAX_DRAWN an even sample is drawn)."""

import threading

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication

from playground.app.data.model import DataModel
from playground.app.data.settings import DataSettings
from playground.app.views import canvas as canvas_module
from playground.app.views.canvas import MAX_DRAWN, DataCanvas
from playground.app.views.colors import CLASS_COLORS
from playground.app.views.compare.picture import MAX_TILE_POINTS, points_layer
from playground.engine import Dataset
from tests.app.windows import FRAME_TIMEOUT, open_window, shown

BIG = 120_000


def big_dataset(n: int = BIG) -> Dataset:
    rng = np.random.default_rng(0)
    return Dataset(rng.uniform(-5, 5, (n, 2)), np.arange(n) % 3, "classification", 3,
                   rng.random(n) < 0.5)


def drawn_points(canvas: DataCanvas) -> int:
    return sum(len(item.data) for pair in canvas._class_items for item in pair)


def test_a_csv_import_is_read_while_the_gui_keeps_turning(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path, choose_file=lambda *_: "")
    window.data.apply_settings(DataSettings(generator="circle", n_points=200))
    path = tmp_path / "big.csv"
    big_dataset().to_csv(path)
    turned = threading.Event()  # set by a GUI-thread timer: proof the event loop ran
    read_on = []
    original = Dataset.from_csv

    def slow_read(*args, **kwargs):
        read_on.append(QThread.currentThread() is window.thread())
        turned.wait(timeout=20)  # on the GUI thread this wait would block the timer below
        return original(*args, **kwargs)

    monkeypatch.setattr(Dataset, "from_csv", slow_read)
    heartbeat = QTimer(window, interval=5)
    heartbeat.timeout.connect(turned.set)
    heartbeat.start()
    with qtbot.waitSignal(window.files.imported, timeout=FRAME_TIMEOUT) as blocker:
        window.files.import_csv(path)
        assert window.model.dataset.n == 200  # not yet: the read runs on its thread
    assert blocker.args == [True] and read_on == [False] and turned.is_set()
    assert window.model.dataset.n == BIG
    heartbeat.stop()
    window.close()


def test_a_refused_csv_says_why_and_changes_nothing(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, choose_file=lambda *_: "")
    window.data.apply_settings(DataSettings(generator="circle", n_points=200))
    broken = tmp_path / "broken.csv"
    broken.write_text("x,y,label\n1,2,0\n3,nan,1\n")
    with qtbot.waitSignal(window.files.imported, timeout=FRAME_TIMEOUT) as blocker:
        window.files.import_csv(broken)
    assert blocker.args == [False]
    assert window.model.dataset.n == 200 and "line 3" in window.banner.text()
    window.close()


def test_a_boundary_frame_repaints_no_point(qtbot, monkeypatch):
    model = DataModel(big_dataset(100))
    canvas = shown(qtbot, DataCanvas(model), 600, 600)
    painted = []
    cull = pg.ScatterPlotItem._maskAt  # the first step of each paint of the points
    monkeypatch.setattr(pg.ScatterPlotItem, "_maskAt",
                        lambda item, *args: (painted.append(item), cull(item, *args))[1])
    model.replace(big_dataset(2_000), "more")
    QApplication.processEvents()
    canvas.viewport().repaint()
    assert painted  # new points are painted once
    counts = []
    for value in np.linspace(0.1, 0.9, 4):
        painted.clear()
        canvas.set_output(np.stack([np.full((20, 20), value), np.full((20, 20), 1 - value),
                                    np.zeros((20, 20))], axis=-1), "classification")
        QApplication.processEvents()  # the scene gathers its changes in the event loop
        canvas.viewport().repaint()
        counts.append(len(painted))
    assert counts[1:] == [0, 0, 0]  # the first boundary may bring the colour key


@pytest.mark.parametrize("n", [MAX_DRAWN, 1_000_000])
def test_the_canvas_draws_at_most_max_drawn_points_evenly(qtbot, n):
    canvas = shown(qtbot, DataCanvas(DataModel(big_dataset(n))), 600, 600)
    assert drawn_points(canvas) == min(n, MAX_DRAWN)
    # an even sample: each class keeps its share (a third) of the drawn points
    shares = [sum(len(i.data) for i in pair) for pair in canvas._class_items]
    assert max(shares) - min(shares) <= 1


def test_drawn_sample_keeps_small_sets_whole_and_thins_large_ones():
    small = big_dataset(100)
    assert canvas_module.drawn_sample(small) is small
    thinned = canvas_module.drawn_sample(big_dataset(10 * MAX_DRAWN + 1))
    assert thinned.n <= MAX_DRAWN and thinned.n_classes == 3 and thinned.task == "classification"


def test_a_tile_draws_a_sample_of_a_large_set(monkeypatch):
    seen = []
    monkeypatch.setattr(canvas_module, "Dataset",
                        lambda *a: seen.append(len(a[0])) or Dataset(*a))
    image = points_layer(big_dataset(), CLASS_COLORS, 88, True)
    assert seen and max(seen) <= MAX_TILE_POINTS and not image.isNull()


def test_a_burst_of_edits_to_a_large_set_draws_once(qtbot, monkeypatch):
    model = DataModel(big_dataset(3 * MAX_DRAWN))
    canvas = shown(qtbot, DataCanvas(model), 600, 600)
    drawn = []
    monkeypatch.setattr(canvas, "_draw_points", lambda: drawn.append(model.dataset.n))
    canvas._redraw.timeout.disconnect()
    canvas._redraw.timeout.connect(canvas._draw_points)
    model.begin_stroke()
    for x in np.linspace(-4, 4, 20):  # a right-drag erasing along its way
        model.erase(np.array([x, 0.0]), 0.5)
    model.end_stroke()
    assert drawn == []  # not once per erase: 20 redraws of 20,000 dots stalled the window
    qtbot.waitUntil(lambda: bool(drawn))
    assert drawn == [model.dataset.n]


def test_points_changed_while_an_import_is_read_stay(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot, tmp_path, choose_file=lambda *_: "")
    window.data.apply_settings(DataSettings(generator="circle", n_points=200))
    path = tmp_path / "points.csv"
    big_dataset(1000).to_csv(path)
    release = threading.Event()
    original = Dataset.from_csv
    monkeypatch.setattr(Dataset, "from_csv", lambda *a, **k: (release.wait(20),
                                                              original(*a, **k))[1])
    with qtbot.waitSignal(window.files.imported, timeout=FRAME_TIMEOUT) as blocker:
        window.files.import_csv(path)
        window.model.spray(np.array([[1.0, 1.0]]), np.array([1]))  # a click on the canvas
        release.set()
    assert blocker.args == [False]
    assert window.model.dataset.n == 201 and "dropped" in window.statusBar().currentMessage()
    window.close()
