"""NetworkView: the network drawn left to right, a thumbnail per neuron, links sized by weight."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from playground.app import i18n
from playground.app.views import network_items as ni
from playground.app.views.colors import CLASS_COLORS, RGB, class_name
from playground.app.views.network_diagram import NetworkDiagram, Structure
from playground.engine import features as feature_maps
from playground.engine.snapshot import Snapshot

PAD = 6  # viewport pixels kept free around the scene
HIT = 4.0  # viewport pixels of slack when clicking a thin link or a bias dot


def weighted_sum() -> str:
    """How a tooltip writes a neuron's weighted sum, in the window's language."""
    return QCoreApplication.translate("NetworkView", "sum of w x + b")


def neuron_formula(formula: str) -> str:
    """An activation formula in z written over the weighted sum: tanh(z) -> tanh(sum of ...)."""
    total = weighted_sum()
    if formula == "z":
        return total
    if formula.count("z") == 1 and re.search(r"(\(|, )z\)", formula):
        return formula.replace("z", total)
    return QCoreApplication.translate("NetworkView", "{formula} with z = {sum}").format(
        formula=formula, sum=total)


class NetworkView(QGraphicsView):
    """Inputs, hidden layers and outputs as columns of activation thumbnails joined by links.

    Clicking a link or a bias dot edits it inline; clicking a hidden or output neuron selects it;
    the - and + buttons ask for one hidden layer or neuron less or more. All of these only emit
    signals: the window changes its config and calls set_structure / set_snapshot again.
    """

    weight_edited = Signal(int, int, int, float)  # layer (weights[layer]), source, target, value
    bias_edited = Signal(int, int, float)  # layer (biases[layer]), target, value
    neuron_selected = Signal(int, int)  # hidden layer (len(hidden): output), index; or -1, -1
    layers_changed = Signal(int)  # the new number of hidden layers
    width_changed = Signal(int, int)  # hidden layer, its new width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # restyled every frame
        self.setScene(scene)
        self.colors = ni.THEMES["light"]
        self._text_scale = 1.0
        self.setBackgroundBrush(QColor(self.colors.background))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform
                            | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.viewport().setMouseTracking(True)
        self.editor = ni.ValueEditor(self.viewport())
        self.editor.committed.connect(self._commit_edit)
        self.editor.cancelled.connect(self._forget_edit)
        self.diagram: NetworkDiagram | None = None
        self._formula = "z"
        self._palette: tuple[RGB, ...] = CLASS_COLORS
        self._edit: tuple[int, ...] | None = None  # (layer, source, target) or (layer, target)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the view's and the diagram's texts again in the window's language (Qt's
        LanguageChange); hover tooltips are made in the language of the moment."""
        self.setToolTip(QCoreApplication.translate(
            "NetworkView", "The network: click a link or bias to edit it, a neuron to show its "
            "map on the canvas."))
        if self.diagram is not None:
            self.diagram.retranslate()

    @property
    def selection(self) -> tuple[int, int] | None:
        """The selected (layer, index), layer len(hidden) being the output; None if none."""
        return None if self.diagram is None else self.diagram.selected

    def set_structure(self, features: Sequence[str], hidden: Sequence[int], n_outputs: int,
                      task: str, activation_formula: str) -> None:
        """Rebuild the diagram for a new network shape; a no-op when the shape is unchanged.

        A selected neuron that the new shape still has stays selected; otherwise the selection
        is dropped and neuron_selected(-1, -1) emitted.
        """
        self._formula = activation_formula
        structure = Structure(tuple(features), tuple(int(h) for h in hidden), int(n_outputs),
                              task)
        if self.diagram is not None and structure == self.diagram.structure:
            return
        self.editor.cancel()
        selected = self.selection
        self.diagram = NetworkDiagram(self.scene(), structure, self.layers_changed.emit,
                                      self.width_changed.emit)
        self.diagram.palette = self._palette
        self.diagram.restyle(self.colors)
        self._fit()
        if selected is None:
            return
        layer, index = selected
        if layer + 1 < len(self.diagram.sizes) and index < self.diagram.sizes[layer + 1]:
            self.diagram.select(selected)
        else:
            self.neuron_selected.emit(-1, -1)

    def set_snapshot(self, snapshot: Snapshot) -> bool:
        """Draw a snapshot's thumbnails, links and bias dots; False, drawing nothing, if its
        shapes are not those of the current structure (a snapshot of an older network)."""
        if self.diagram is None or not self.diagram.matches(snapshot):
            return False
        self.diagram.draw(snapshot)
        return True

    def set_text_scale(self, scale: float) -> None:
        """Draw the diagram's text `scale` times its size (presentation mode), and refit."""
        self._text_scale = scale
        self._fit()

    def set_palette(self, colors: Sequence[RGB]) -> None:
        """Use other class colours (e.g. OKABE_ITO) for the output thumbnails."""
        self._palette = tuple(colors)
        if self.diagram is not None:
            self.diagram.palette = self._palette
            self.diagram.draw_output()

    def set_theme(self, theme: str) -> None:
        """Draw the background, text, frames and buttons in a theme's colours (style.THEMES)."""
        self.colors = ni.THEMES[theme]
        self.setBackgroundBrush(QColor(self.colors.background))
        if self.diagram is not None:
            self.diagram.restyle(self.colors)

    def clear_selection(self) -> None:
        """Drop the highlighted neuron, without emitting."""
        if self.diagram is not None:
            self.diagram.select(None)

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip at scene point pos, from the newest snapshot: weight, bias, neuron, ""."""
        hit = self._hit(pos)
        if hit is None:
            return ""
        d = self.diagram
        translate = QCoreApplication.translate
        kind, *where = hit
        if kind == "button":
            return where[0].toolTip()
        if kind == "link":
            layer, source, target = where
            return translate("NetworkView", "w = {w} (from {source} to {target})").format(
                w=f"{d.weights[layer][source, target]:.4f}", source=self._name(layer, source),
                target=self._name(layer + 1, target))
        column, index = where
        name = self._name(column, index)
        if column == 0:
            return translate("NetworkView", "Input {name}, over the plane").format(name=name)
        bias = d.biases[column - 1][index]
        if kind == "bias":
            return translate("NetworkView", "b = {b} (bias of {name}); click to edit").format(
                b=f"{bias:.4f}", name=name)
        if column < len(d.sizes) - 1:
            text = translate("NetworkView", "Layer {layer}, neuron {neuron}: {formula}").format(
                layer=column, neuron=index + 1, formula=neuron_formula(self._formula))
        elif d.structure.task == "regression":
            text = translate("NetworkView", "Output: value = {sum}").format(sum=weighted_sum())
        else:
            text = translate(
                "NetworkView", "Output, {cls}: probability from the scores {sum}").format(
                cls=class_name(index), sum=weighted_sum())
        return translate(
            "NetworkView", "{text}; b = {b}\nClick to show it over the data; again to go back"
        ).format(text=text, b=f"{bias:.4g}")

    def resizeEvent(self, event) -> None:
        """Refit the scene to the new size."""
        super().resizeEvent(event)
        self.editor.cancel()
        self._fit()

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips made on hover from the newest weights."""
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(self.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Edit a link or bias, select a neuron, or press a - / + button."""
        self.editor.cancel()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        event.accept()
        hit = self._hit(self.mapToScene(event.position().toPoint()))
        if hit is None:
            return
        d = self.diagram
        kind, *where = hit
        if kind == "button":
            if where[0].isEnabled():
                where[0].action()
        elif kind == "link":
            layer, source, target = where
            middle = d.geometry.segments[d.link_index(*where)].reshape(2, 2).mean(axis=0)
            self._open_editor(tuple(where), d.weights[layer][source, target], QPointF(*middle))
        elif kind == "bias":
            column, index = where
            corner = d.frames[column][index].sceneBoundingRect().bottomLeft()
            self._open_editor((column - 1, index), d.biases[column - 1][index], corner)
        elif where[0] > 0:
            chosen = (where[0] - 1, where[1])
            d.select(None if chosen == d.selected else chosen)
            self.neuron_selected.emit(*(d.selected or (-1, -1)))

    mouseDoubleClickEvent = mousePressEvent  # a quick second click is a click too

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A pointing hand over what a click acts on."""
        hit = self._hit(self.mapToScene(event.position().toPoint()))
        active = hit is not None and hit[:2] != ("node", 0) and (
            hit[0] != "button" or hit[1].isEnabled())
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if active
                                  else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def _fit(self) -> None:
        """Spread the columns to the viewport's shape, then scale the scene to fit, centred."""
        if self.diagram is None:
            return
        width = max(self.viewport().width() - 2 * PAD, 1)
        height = max(self.viewport().height() - 2 * PAD, 1)
        fit = ni.fit(self.diagram.sizes, width, height, self._text_scale)
        if abs(fit.gap - self.diagram.gap) > 0.5 or abs(fit.unit - self.diagram.unit) > 1e-3:
            self.diagram.place(fit.gap, fit.unit)
        rect = self.sceneRect()
        scale = min(width / rect.width(), height / rect.height(), ni.MAX_SCALE)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(rect.center())

    def _name(self, column: int, index: int) -> str:
        """How a tooltip names a node: x₁, layer 2, neuron 3, output, output, class 1 (from 1)."""
        d = self.diagram
        if column == 0:
            return feature_maps.get(d.structure.features[index]).label
        translate = QCoreApplication.translate
        if column < len(d.sizes) - 1:
            return translate("NetworkView", "layer {layer}, neuron {neuron}").format(
                layer=column, neuron=index + 1)
        if d.structure.task == "regression":
            return translate("NetworkView", "output")
        return translate("NetworkView", "output, {cls}").format(cls=class_name(index))

    def _hit(self, pos: QPointF) -> tuple | None:
        """What scene point pos is on: ("button", item), ("bias" | "node", column, index),
        ("link", layer, source, target), or None. Buttons, then dots, nodes, links."""
        d = self.diagram
        if d is None or d.geometry is None:
            return None
        x, y = pos.x(), pos.y()
        for button in d.buttons:
            if button.contains_scene(x, y):
                return ("button", button)
        slack = HIT / max(self.transform().m11(), 1e-6)
        g, half = d.geometry, ni.NODE / 2
        reach = max(ni.BIAS_RADIUS + 1.5, slack)
        for column, (cx, ys) in enumerate(zip(g.xs.tolist(), g.ys, strict=True)):
            if abs(x - cx) > half + reach:
                continue
            index = int(np.argmin(np.abs(ys - y)))
            cy = float(ys[index])
            if column and np.hypot(x - (cx - half), y - (cy + half)) <= reach:
                return ("bias", column, index)
            if abs(x - cx) <= half and abs(y - cy) <= half:
                return ("node", column, index)
        index, distance = ni.nearest_segment(g.segments, x, y)
        return None if distance > slack else ("link", *d.link_where(index))

    def _open_editor(self, where: tuple[int, ...], value: float, scene_pos: QPointF) -> None:
        """Put the editor over scene_pos holding value, for the weight or bias at where."""
        self._edit = where
        self.editor.open(float(np.nan_to_num(value)), self.mapFromScene(scene_pos))

    def _forget_edit(self) -> None:
        self._edit = None

    def _commit_edit(self, value: float) -> None:
        where, self._edit = self._edit, None
        if where is None:
            return
        if len(where) == 3:
            self.weight_edited.emit(*where, value)
        else:
            self.bias_edited.emit(*where, value)
