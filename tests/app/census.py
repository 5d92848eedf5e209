"""Every text the window can show a person, and whether it is Chinese or still English.

The census walks the whole widget tree (hidden tabs included: a click shows them), the menus,
tooltips, the Concepts pages (built first) and the plots' axes and legends. A text "still
contains English words" when a run of two or more Latin letters remains after the names a
learner matches to code are taken out: registry names, key names, file formats, acronyms.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from playground.app.concepts import race
from playground.engine import activations, features, generators, losses, optimizers, surfaces
from playground.engine.config import INITS, REGULARIZATIONS, TASKS

CJK = re.compile(r"[\u4e00-\u9fff]")
WORD = re.compile(r"[A-Za-z][A-Za-z]+")
KEYS = {"Space", "Ctrl", "Shift", "Alt", "Esc", "Escape", "Enter", "Return", "Tab", "Del",
        "Delete", "Backspace", "Home", "End", "Left", "Right", "Up", "Down", "PgUp", "PgDown",
        "Meta", "Cmd", "Plus", "Minus"}
FORMATS = {"CSV", "JSON", "MP4", "GIF", "PNG", "SVG", "TOML", "AAC", "HTML", "csv", "json",
           "mp4", "gif", "png", "svg", "toml", "txt", "ini"}
ACRONYMS = {"RMSE", "MSE", "MAE", "SGD", "ReLU", "PyTorch", "NumPy", "Qt", "Adam", "AdamW",
            "RMSprop", "AdaGrad", "Adagrad", "FPS", "fps", "GPU", "CPU", "ID", "UI", "XOR", "lr",
            "Nesterov", "Tikhonov", "Lasso", "Ridge", "Softmax", "softmax", "Sigmoid", "ELU",
            "GELU", "SiLU", "Leaky", "Xavier", "Glorot", "He", "Kaiming", "Hinge", "Huber",
            "Momentum", "dpi", "px", "ms", "sin", "cos", "tan", "exp", "log", "max", "min",
            "argmax", "std", "var", "sqrt", "pi", "logit", "atan", "REC", "zh", "CN", "en",
            "English", "Playground", "TensorFlow",
            "OBS", "PCA", "Goodfellow", "Saito", "Linux", "Debian", "fonts", "wqy", "microhei",
            "noto", "cjk"}


def technical_names() -> set[str]:
    """The names a learner matches to code: registries, features, generators."""
    names = set(KEYS) | FORMATS | ACRONYMS
    registries = (*map(list, race.OPTIONS.values()), activations.names(),
                  losses.names("classification"), losses.names("regression"),
                  optimizers.names(), features.names(), generators.names(), surfaces.names(),
                  INITS, REGULARIZATIONS, TASKS)
    for registry in registries:
        for name in registry:
            names.update(WORD.findall(str(name)))
            names.add(str(name))
    return names


def english_words(text: str, allowed: set[str]) -> list[str]:
    """The English words left in `text` once technical names are taken out."""
    plain = re.sub(r"<[^>]+>", " ", text)  # rich text tags are not words
    plain = re.sub(r"&\w+;", " ", plain)
    plain = re.sub(r"\b[\w.-]+\.(?:toml|json|csv|mp4|gif|png|svg|md|py)\b", " ", plain)
    plain = re.sub(r"\b[a-z]+(?:_[a-z0-9]+)+\b", " ", plain)  # snake_case registry names
    plain = re.sub(r"\b[xyw]\d\b|\b[xyw]_?\{?\d", " ", plain)  # x1, w2: variables
    plain = re.sub(r"\b[xyz]{2,3}(?![A-Za-z])|\bd\w+/d\w+", " ", plain)  # xy, dL/dw: math
    plain = re.sub(r"\b[A-Za-z]+\d\w*\b",  # names with a digit: mp4, beta1
                   lambda m: " " if m.group().lower() in allowed else m.group(), plain)
    return [word for word in WORD.findall(plain)
            if word not in allowed and word.lower() not in allowed]


def _axis_texts(plot: pg.PlotItem) -> list[str]:
    texts = []
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name) if name in plot.axes else None
        if axis is not None and axis.isVisible() and axis.labelText:
            texts.append(axis.labelText)
    if plot.titleLabel.isVisible() and plot.titleLabel.text:
        texts.append(plot.titleLabel.text)
    legend = plot.legend
    if legend is not None:
        texts.extend(label.text for _, label in legend.items if label.text)
    return texts


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    texts = [(where, menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            texts.extend(_menu_texts(action.menu(), f"{where} > {menu.title()}"))
        elif action.text() and not action.isSeparator():
            texts.append((f"{where} > {menu.title()}", action.text()))
            if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
                texts.append((f"{where} > {menu.title()} tip", action.toolTip()))
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
        texts.extend(str(widget.itemData(i, 3) or "") for i in range(widget.count()))  # tooltips
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            texts.extend((widget.tabText(i), widget.tabToolTip(i)))
    if isinstance(widget, QDockWidget):
        texts.append(widget.windowTitle())
    if isinstance(widget, pg.PlotWidget):
        texts.extend(_axis_texts(widget.getPlotItem()))
    if isinstance(widget, pg.GraphicsLayoutWidget):
        for item in widget.ci.items:
            if isinstance(item, pg.PlotItem):
                texts.extend(_axis_texts(item))
    return texts


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every text the window can show, once each, numbers and marks left out."""
    concepts = window.inside.concepts
    for page in (concepts.activations, concepts.losses, concepts.descent, concepts.race):
        assert page is not None  # reading each property builds its page
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        where = f"{type(widget).__name__}:{widget.objectName()}"
        found.extend((where, text) for text in _widget_texts(widget))
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found.extend(_menu_texts(action.menu(), "menu"))
    seen: set[str] = set()
    unique = []
    for where, text in found:
        text = text.strip()
        if text and text not in seen and (CJK.search(text) or WORD.search(text)):
            seen.add(text)
            unique.append((where, text))
    return unique


def census(window) -> tuple[list[tuple[str, str]], list[tuple[str, str, list[str]]]]:
    """(Chinese texts, texts that still contain English words with those words)."""
    allowed = technical_names()
    chinese, english = [], []
    for where, text in visible_texts(window):
        words = english_words(text, allowed)
        if words:
            english.append((where, text, words))
        elif CJK.search(text):
            chinese.append((where, text))
    return chinese, english


def missing_glyphs(texts: list[str], font: QFont) -> dict[str, str]:
    """{text: its characters that no font Qt falls back to can draw} (they would show as boxes).

    Qt lays each character out as it would draw it; glyph index 0 is a font's "missing glyph",
    which is what a bare Debian without a CJK font shows for every Chinese character.
    """
    boxes = {char for char in set("".join(texts)) if not char.isspace() and _is_box(char, font)}
    return {text: "".join(c for c in text if c in boxes) for text in texts
            if boxes.intersection(text)}


def _is_box(char: str, font: QFont) -> bool:
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())
