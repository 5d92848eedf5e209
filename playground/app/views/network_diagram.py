"""NetworkDiagram: the scene items of a network drawing, built per shape, restyled per snapshot."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
)

from playground.app.views import network_items as ni
from playground.app.views.colors import CLASS_COLORS, RGB, class_color, class_name
from playground.engine import features as feature_maps
from playground.engine.config import MAX_LAYERS, MAX_NEURONS
from playground.engine.snapshot import Snapshot, grid_points

INPUT_RESOLUTION = 24  # input thumbnails, computed once per structure
OUTPUT_RESOLUTION = 24  # output thumbnails are downsampled to about this


class Structure(NamedTuple):
    """The shape of the drawn network."""

    features: tuple[str, ...]
    hidden: tuple[int, ...]
    n_outputs: int
    task: str


class NetworkDiagram:
    """Every item of one network shape in a scene: links, framed thumbnails, bias dots, labels,
    and the - / + buttons, whose clicks call on_layers(count) and on_width(layer, width)."""

    def __init__(self, scene: QGraphicsScene, structure: Structure,
                 on_layers: Callable[[int], None], on_width: Callable[[int, int], None]) -> None:
        self.scene = scene
        self.structure = structure
        self.sizes = [len(structure.features), *structure.hidden, structure.n_outputs]
        self.pairs = list(pairwise(self.sizes))
        self.starts = np.cumsum([0] + [a * b for a, b in self.pairs])  # first link of each layer
        self.weights = [np.full(pair, np.nan) for pair in self.pairs]  # own copies, for tooltips
        self.biases = [np.full(b, np.nan) for _, b in self.pairs]
        self.output: np.ndarray | None = None  # own downsampled copy, for palette changes
        self.palette: tuple[RGB, ...] = CLASS_COLORS
        self.selected: tuple[int, int] | None = None
        self.colors = ni.THEMES["light"]
        self.geometry: ni.Geometry | None = None
        self.gap, self.unit = -1.0, 1.0
        self._pens = ni.link_pens()
        self._pen_index = np.full(int(self.starts[-1]), ni.UNKNOWN_PEN)
        scene.clear()
        self.links = [self._add(QGraphicsLineItem()) for _ in range(int(self.starts[-1]))]
        for link in self.links:
            link.setPen(self._pens[ni.UNKNOWN_PEN])
        nodes = [[self._add_node(column > 0) for _ in range(size)]
                 for column, size in enumerate(self.sizes)]
        self.frames = [[frame for frame, _, _ in column] for column in nodes]
        self.thumbnails = [[thumbnail for _, thumbnail, _ in column] for column in nodes]
        self.dots = [[dot for _, _, dot in column] for column in nodes[1:]]
        self._draw_inputs()
        hidden = structure.hidden
        self.labels = [self._add(ni.text_item(feature_maps.get(n).label, 13))
                       for n in structure.features]
        self.labels += [self._add(ni.text_item("", 11)) for _ in range(structure.n_outputs)]
        self.title_texts: list[tuple[str, str]] = []  # per column, longest first (see place)
        self.titles = [self._add(ni.text_item("", 12, bold=True)) for _ in self.sizes]
        self.count_texts: list[tuple[str, str]] = []
        self.counts = [self._add(ni.text_item("", 11)) for _ in hidden]
        self.layers_text = self._add(ni.text_item("", 12))
        self.layer_buttons = self._button_pair(len(hidden), 0, MAX_LAYERS, on_layers)
        self.width_buttons = [
            self._button_pair(w, 1, MAX_NEURONS, lambda new, layer=i: on_width(layer, new))
            for i, w in enumerate(hidden)]
        self.retranslate()
        self.restyle(self.colors)

    def retranslate(self) -> None:
        """Say every text in the window's language, and place them again if placed."""
        translate = QCoreApplication.translate
        hidden = self.structure.hidden
        outputs = ([translate("NetworkView", "value")] if self.structure.task == "regression"
                   else [class_name(k) for k in range(self.structure.n_outputs)])
        for label, text in zip(self.labels[self.sizes[0]:], outputs, strict=True):
            label.setText(text)
        # A column's title and neuron count, longest first: place() shows the longest that fits.
        self.title_texts = [
            (translate("NetworkView", "Input"), translate("NetworkView", "In")),
            *((translate("NetworkView", "Layer {n}").format(n=i + 1),
               translate("NetworkView", "L{n}").format(n=i + 1)) for i in range(len(hidden))),
            (translate("NetworkView", "Output"), translate("NetworkView", "Out"))]
        self.count_texts = [
            (translate("NetworkView", "1 neuron") if w == 1
             else translate("NetworkView", "{n} neurons").format(n=w), str(w)) for w in hidden]
        for item, texts in ((*zip(self.titles, self.title_texts, strict=True),
                             *zip(self.counts, self.count_texts, strict=True))):
            item.setText(texts[0])
        self.layers_text.setText(
            translate("NetworkView", "1 hidden layer") if len(hidden) == 1
            else translate("NetworkView", "{n} hidden layers").format(n=len(hidden)))
        minus, plus = self.layer_buttons
        minus.setToolTip(translate("NetworkView", "Remove a hidden layer"))
        plus.setToolTip(translate("NetworkView", "Add a hidden layer"))
        for i, (minus, plus) in enumerate(self.width_buttons):
            minus.setToolTip(
                translate("NetworkView", "Remove a neuron from layer {n}").format(n=i + 1))
            plus.setToolTip(translate("NetworkView", "Add a neuron in layer {n}").format(n=i + 1))
        if self.geometry is not None:
            self.place(self.gap, self.unit)

    @property
    def buttons(self) -> list[ni.StepButton]:
        """Every - / + button shown."""
        every = [*self.layer_buttons, *(b for pair in self.width_buttons for b in pair)]
        return [button for button in every if button.isVisible()]

    @property
    def texts(self) -> list:
        """Every text item: input and output labels, column titles, counts, the layer count."""
        return [*self.labels, *self.titles, *self.counts, self.layers_text]

    def restyle(self, colors: ni.Colors) -> None:
        """Draw text, frames and buttons in these theme colours."""
        self.colors = colors
        muted = {*map(id, self.counts), *map(id, self.labels[self.sizes[0]:])}
        for item in self.texts:
            item.setBrush(QColor(colors.muted if id(item) in muted else colors.text))
        for button in (*self.layer_buttons, *(b for pair in self.width_buttons for b in pair)):
            button.restyle(colors)
        for column in self.frames:
            for frame in column:
                frame.setPen(QPen(QColor(colors.frame), 1))
        for column in self.dots:
            for dot in column:
                dot.setPen(QPen(QColor(colors.muted), 0.8))
        self.select(self.selected)

    def link_index(self, layer: int, source: int, target: int) -> int:
        """Position in self.links of the link drawing weights[layer][source, target]."""
        return int(self.starts[layer]) + source * self.sizes[layer + 1] + target

    def link_where(self, index: int) -> tuple[int, int, int]:
        """(layer, source, target) of the link at position index in self.links."""
        layer = int(np.searchsorted(self.starts, index, side="right")) - 1
        source, target = divmod(index - int(self.starts[layer]), self.sizes[layer + 1])
        return layer, source, target

    def matches(self, snapshot: Snapshot) -> bool:
        """Whether the snapshot's shapes are those of this network."""
        task, output = self.structure.task, np.shape(snapshot.output)
        expected = 3 if task == "classification" else 2
        return (snapshot.task == task
                and [np.shape(w) for w in snapshot.weights] == self.pairs
                and [np.shape(b) for b in snapshot.biases] == [(b,) for _, b in self.pairs]
                and [np.shape(n)[:1] for n in snapshot.neurons] == [(h,) for h in self.sizes[1:-1]]
                and all(np.ndim(n) == 3 for n in snapshot.neurons)
                and (len(output) == expected or (len(output) == 3 and output[2] == 1))
                and (task != "classification" or output[2] == self.sizes[-1]))

    def draw(self, snapshot: Snapshot) -> None:
        """Restyle links, bias dots and thumbnails from a snapshot that matches()."""
        self.weights = [np.array(w, dtype=np.float64) for w in snapshot.weights]
        self.biases = [np.array(b, dtype=np.float64) for b in snapshot.biases]
        flat = np.concatenate([w.ravel() for w in self.weights])
        index = ni.pen_indices(flat)
        for i in np.flatnonzero(index != self._pen_index).tolist():
            self.links[i].setPen(self._pens[index[i]])
        self._pen_index = index
        biases = np.concatenate(self.biases)
        colors = ni.diverging_rgba(biases / ni.bias_scale(biases, flat)).tolist()
        dots = (dot for column in self.dots for dot in column)
        for dot, (r, g, b, _) in zip(dots, colors, strict=True):
            dot.setBrush(QColor(r, g, b))
        for layer, values in enumerate(snapshot.neurons):
            values = np.nan_to_num(np.asarray(values, dtype=np.float32), nan=0.0)
            scale = max(float(np.abs(values).max(initial=0.0)), 1e-6)
            rgba = ni.diverging_rgba(values / scale)
            for thumbnail, image in zip(self.thumbnails[layer + 1], rgba, strict=True):
                _set_thumbnail(thumbnail, image)
        output = np.asarray(snapshot.output)
        step = max(1, output.shape[0] // OUTPUT_RESOLUTION)
        self.output = np.array(output[::step, ::step], dtype=np.float32)
        self.draw_output()

    def draw_output(self) -> None:
        """The output thumbnails from the kept output grid: class probabilities or values."""
        if self.output is None:
            return
        thumbnails = self.thumbnails[-1]
        if self.structure.task == "regression":
            values = self.output.reshape(self.output.shape[:2])
            _set_thumbnail(thumbnails[0], ni.diverging_rgba(values))
            return
        for k, thumbnail in enumerate(thumbnails):
            color = class_color(self.palette, k)
            _set_thumbnail(thumbnail, ni.probability_rgba(self.output[..., k], color))

    def select(self, selected: tuple[int, int] | None) -> None:
        """Frame the selected neuron (hidden layer or output = len(hidden), index) heavily."""
        for where in (self.selected, selected):
            if where is not None:
                thick = where == selected
                pen = QPen(QColor(self.colors.selected if thick else self.colors.frame),
                           3 if thick else 1)
                self.frames[where[0] + 1][where[1]].setPen(pen)
        self.selected = selected

    def place(self, gap: float, unit: float = 1.0) -> None:
        """Move every item to where the geometry for this column gap puts it; text and buttons
        are drawn `unit` scene units per screen pixel, in the longest wording that fits."""
        self.gap, self.unit = gap, unit
        g = self.geometry = ni.geometry(self.sizes, gap, unit)
        for link, (x0, y0, x1, y1) in zip(self.links, g.segments.tolist(), strict=True):
            link.setLine(x0, y0, x1, y1)
        for frames, x, ys in zip(self.frames, g.xs, g.ys, strict=True):
            for frame, y in zip(frames, ys.tolist(), strict=True):
                frame.setPos(x - ni.NODE / 2, y - ni.NODE / 2)
        for item in (*self.texts, *self.layer_buttons,
                     *(b for pair in self.width_buttons for b in pair)):
            item.setScale(unit)
        n_inputs = self.sizes[0]
        for k, label in enumerate(self.labels):
            column, index = (0, k) if k < n_inputs else (-1, k - n_inputs)
            x = g.xs[column] + (ni.NODE / 2 + 6) * (1 if column else -1)
            height = label.boundingRect().height()
            y = g.ys[column][index] - height * unit / 2
            ni.place_text(label, x, y, "left" if column else "right")
            ys = g.ys[column]  # a view too short for the labels shows none rather than a pile
            label.setVisible(bool(len(ys) < 2 or (ys[1] - ys[0]) / unit >= height))
        room = gap / unit - 6  # screen pixels between two column centres, less a margin
        for title, texts, x in zip(self.titles, self.title_texts, g.xs, strict=True):
            title.setVisible(_longest_fitting(title, texts, room))
            ni.place_text(title, x, 30 * unit)
        size = ni.StepButton.SIZE
        for count, texts, x, (minus, plus) in zip(self.counts, self.count_texts, g.xs[1:],
                                                  self.width_buttons, strict=False):
            with_buttons = _longest_fitting(count, texts, room - 2 * (size + 4))
            count.setVisible(with_buttons or _longest_fitting(count, texts, room))
            half = count.boundingRect().width() / 2
            minus.setVisible(with_buttons)
            plus.setVisible(with_buttons)
            ni.place_text(count, x, 50 * unit)
            minus.setPos(x - (half + 4 + size) * unit, 49 * unit)
            plus.setPos(x + (half + 4) * unit, 49 * unit)
        middle = (g.xs[0] + g.xs[-1]) / 2
        ni.place_text(self.layers_text, middle, 4 * unit)
        half = self.layers_text.boundingRect().width() / 2
        self.layer_buttons[0].setPos(middle - (half + 6 + size) * unit, 4 * unit)
        self.layer_buttons[1].setPos(middle + (half + 6) * unit, 4 * unit)
        self.scene.setSceneRect(0, 0, g.width, g.height)

    def _add(self, item):
        self.scene.addItem(item)
        return item

    def _add_node(self, with_bias: bool):
        """A frame, the thumbnail inside it, and a bias dot (or None) at its lower-left corner."""
        frame = QGraphicsRectItem(0, 0, ni.NODE, ni.NODE)
        frame.setZValue(2)
        thumbnail = QGraphicsPixmapItem(frame)
        thumbnail.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        thumbnail.setFlag(QGraphicsPixmapItem.GraphicsItemFlag.ItemStacksBehindParent)
        dot = None
        if with_bias:
            r = ni.BIAS_RADIUS
            dot = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r, frame)
            dot.setPos(0, ni.NODE)
            dot.setBrush(QBrush(QColor("white")))
        self.scene.addItem(frame)
        return frame, thumbnail, dot

    def _draw_inputs(self) -> None:
        """Each input feature over the plane, scaled by its own largest |value|."""
        points = grid_points(INPUT_RESOLUTION, (-6.0, 6.0))
        values = feature_maps.transform(points, self.structure.features)
        values = values.T.reshape(-1, INPUT_RESOLUTION, INPUT_RESOLUTION)
        for thumbnail, value in zip(self.thumbnails[0], values, strict=True):
            scale = max(float(np.abs(value).max()), 1e-6)
            _set_thumbnail(thumbnail, ni.diverging_rgba(value / scale))

    def _button_pair(self, value: int, low: int, high: int,
                     emit: Callable[[int], None]) -> tuple[ni.StepButton, ni.StepButton]:
        """- and + buttons that call emit(value -/+ 1), each disabled at its bound (their
        tooltips are said by retranslate)."""
        pair = []
        for step in (-1, 1):
            button = self._add(ni.StepButton(step, "", lambda s=step: emit(value + s)))
            button.set_enabled(low <= value + step <= high)
            pair.append(button)
        return pair[0], pair[1]


def _longest_fitting(item, texts: tuple[str, ...], room: float) -> bool:
    """Give `item` the first of `texts` (longest first) at most `room` screen pixels wide;
    False if none fits."""
    for text in texts:
        item.setText(text)
        if item.boundingRect().width() <= room:
            return True
    return False


def _set_thumbnail(thumbnail: QGraphicsPixmapItem, rgba: np.ndarray) -> None:
    """Show rgba (t, t, 4) indexed [y, x] in a node, stretched over its square."""
    size = rgba.shape[0]
    if thumbnail.pixmap().width() != size:
        thumbnail.setScale(ni.NODE / size)
    thumbnail.setPixmap(QPixmap.fromImage(ni.to_image(rgba)))
