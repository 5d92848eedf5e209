"""The canvas's scatter item remembers its bounding rect, and never a stale one."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from playground.app.views.scatter import Scatter


@pytest.fixture
def plotted(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    item = Scatter(size=10)
    widget.addItem(item)
    widget.setRange(xRange=(-6, 6), yRange=(-6, 6), padding=0)
    return widget, item


def _fresh(item: Scatter):
    """What pyqtgraph itself works out now."""
    return pg.ScatterPlotItem.boundingRect(item)


def test_the_rect_is_worked_out_once_until_something_changes(plotted, monkeypatch):
    _widget, item = plotted
    item.setData(np.array([0.0, 1.0]), np.array([0.0, 2.0]))
    first = item.boundingRect()
    calls = []
    monkeypatch.setattr(pg.ScatterPlotItem, "dataBounds",
                        lambda self, ax, *a, **k: calls.append(ax) or (0.0, 1.0))
    assert item.boundingRect() == first and not calls


def test_new_points_sizes_and_views_give_a_new_rect(plotted, qtbot):
    widget, item = plotted
    item.setData(np.array([0.0, 1.0]), np.array([0.0, 2.0]))
    before = item.boundingRect()
    item.setData(np.array([-5.0, 5.0]), np.array([-4.0, 4.0]))
    assert item.boundingRect() != before and item.boundingRect() == _fresh(item)
    item.setSize(30)
    assert item.boundingRect() == _fresh(item)
    widget.resize(800, 300)  # another view transform: the pixel padding in data units changes
    widget.setRange(xRange=(-1, 1), yRange=(-6, 6), padding=0)
    qtbot.wait(50)
    assert item.boundingRect() == _fresh(item)
    item.clear()
    assert item.boundingRect() == _fresh(item)
