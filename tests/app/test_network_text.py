"""The diagram's text as a class sees it on a projector: never under ~11 screen pixels however many
layers, wordings that fit their columns, labels that never touch."""

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from playground.app.views import network_items as ni
from playground.app.views.network_view import NetworkView
from tests.app.test_network_view import make_snapshot
from tests.app.windows import shown

MIN_PIXELS = 11
DIAGRAM_AT_1280X720 = (340, 280)  # the diagram's size in the window at 1280x720


def screen_pixels(view: NetworkView, item) -> float:
    """The height in screen pixels of a text item's font."""
    return item.font().pixelSize() * item.scale() * view.transform().m11()


@pytest.mark.parametrize("layers", [3, 6])
@pytest.mark.parametrize("size", [DIAGRAM_AT_1280X720, (300, 230)])
def test_diagram_text_stays_readable_at_many_layers(qtbot, layers, size):
    view = shown(qtbot, NetworkView(), *size)
    hidden = (8,) * layers
    view.set_structure(("x1", "x2", "x1*x2"), hidden, 2, "classification", "tanh(z)")
    assert view.set_snapshot(make_snapshot([3, *hidden, 2]))
    texts = [item for item in view.scene().items()
             if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible()]
    assert len(texts) >= len(hidden) + 3 + 2 + 1
    assert min(screen_pixels(view, item) for item in texts) >= MIN_PIXELS - 1e-6
    header = sorted((item.sceneBoundingRect() for item in
                     [*view.diagram.titles, *view.diagram.counts, *view.diagram.buttons]),
                    key=lambda rect: (round(rect.top()), rect.left()))
    for left, right in pairwise(header):
        same_row = abs(left.top() - right.top()) < 1 and left.width() and right.width()
        assert not (same_row and left.intersects(right)), "header texts overlap"
    labels = [item.sceneBoundingRect() for item in view.diagram.labels]
    for upper, lower in pairwise(labels):
        assert not upper.intersects(lower), "input or output labels overlap"
    visible = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(visible)


def test_a_column_without_nodes_still_lays_out():
    """A network shown before its outputs are known (0 of them) must not break the layout."""
    g = ni.geometry([2, 3, 0], ni.MIN_GAP, unit=2.0)
    assert len(g.ys[2]) == 0 and g.height > 0


def test_presentation_text_is_larger_and_still_never_overlaps(qtbot):
    view = shown(qtbot, NetworkView(), 560, 290)  # the diagram presenting at 1280x720
    view.set_structure(("x1", "x2"), (8, 8), 2, "classification", "tanh(z)")
    assert view.set_snapshot(make_snapshot([2, 8, 8, 2]))

    def smallest() -> float:
        return min(screen_pixels(view, item) for item in view.scene().items()
                   if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible())

    plain = smallest()
    view.set_text_scale(1.3)
    assert smallest() >= 1.25 * plain
    titles = [item.sceneBoundingRect() for item in view.diagram.titles if item.isVisible()]
    assert all(not a.intersects(b) for a, b in pairwise(titles))
