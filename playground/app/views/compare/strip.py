"""The compare strip: one tile per run (A and its forks) with the boundaries side by side.

Shown only while forks exist. A tile has the run's colour and name, its boundary under the shared
data, the epoch and losses, the settings that differ from run A, and a close button (forks).
Clicking a tile picks the run the side panels edit and the big views show; that tile is outlined
in its colour. Tiles share the strip's width: a narrow window shrinks their pictures rather than
hiding a tile behind a scrollbar.
"""

from __future__ import annotations

import dataclasses
import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics, QImage, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.app import i18n
from playground.app.panels.run_bar import short_number
from playground.app.views.colors import RGB
from playground.app.views.compare.picture import BoundaryPicture
from playground.engine import TrainConfig

PICTURE = 88  # the pictures' side at full size (and the points layer's)
SMALLEST_PICTURE = 56
TILE_WIDTH = 226  # at most; tiles shrink to share a narrow strip
MARGINS, SPACING = 6, 8
SHORT_NAMES = {  # each setting's short name on a tile, marked for translation
    "features": QT_TRANSLATE_NOOP("RunTile", "features"),
    "hidden": QT_TRANSLATE_NOOP("RunTile", "hidden"),
    "activation": QT_TRANSLATE_NOOP("RunTile", "activation"),
    "init": QT_TRANSLATE_NOOP("RunTile", "init"),
    "loss": QT_TRANSLATE_NOOP("RunTile", "loss"),
    "label_smoothing": QT_TRANSLATE_NOOP("RunTile", "smoothing"),
    "focal_gamma": QT_TRANSLATE_NOOP("RunTile", "focal γ"),
    "huber_delta": QT_TRANSLATE_NOOP("RunTile", "huber δ"),
    "optimizer": QT_TRANSLATE_NOOP("RunTile", "optimizer"),
    "lr": QT_TRANSLATE_NOOP("RunTile", "lr"),
    "batch_size": QT_TRANSLATE_NOOP("RunTile", "batch"),
    "regularization": QT_TRANSLATE_NOOP("RunTile", "reg"),
    "reg_rate": QT_TRANSLATE_NOOP("RunTile", "reg rate"),
    "dropout": QT_TRANSLATE_NOOP("RunTile", "dropout"),
    "seed": QT_TRANSLATE_NOOP("RunTile", "seed"),
}


def differences(base: TrainConfig, other: TrainConfig) -> list[str]:
    """Short "setting value" texts, e.g. "lr 0.1", for each setting where other differs (the
    setting's name in the window's language, a registry name as it is)."""
    texts = []
    for field in dataclasses.fields(TrainConfig):
        value = getattr(other, field.name)
        if field.name == "task" or value == getattr(base, field.name):
            continue
        if isinstance(value, tuple):
            value = (",".join(str(v) for v in value)
                     or QCoreApplication.translate("RunTile", "none"))
        elif isinstance(value, float):
            value = f"{value:g}"
        name = QCoreApplication.translate("RunTile", SHORT_NAMES.get(field.name, field.name))
        texts.append(QCoreApplication.translate("RunTile", "{setting} {value}").format(
            setting=name, value=value))
    return texts


class RunTile(QFrame):
    """One run's picture, numbers and close button; a click shows it and selects it for
    editing."""

    clicked = Signal(str)
    close_clicked = Signal(str)

    def __init__(self, name: str, color: RGB, closable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.name, self.color = name, color
        self._selected = False
        self._snapshot = None  # the numbers shown, to say them again in another language
        self._text_width = 0
        self.setObjectName("runTile")
        self.setFixedHeight(PICTURE + 2 * MARGINS)
        self.setMaximumWidth(TILE_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.picture = BoundaryPicture(PICTURE)
        chip = QLabel()
        chip.setFixedSize(12, 12)
        chip.setStyleSheet(f"background: rgb{color}; border-radius: 6px;")
        self.title = QLabel()
        header = QHBoxLayout()
        header.setSpacing(5)
        header.addWidget(chip)
        header.addWidget(self.title, 1)
        self.close_button: QToolButton | None = None
        if closable:
            close = self.close_button = QToolButton()
            close.setText("×")
            close.setAutoRaise(True)
            close.setFixedSize(18, 18)
            close.clicked.connect(lambda: self.close_clicked.emit(self.name))
            header.addWidget(close)
        self.epoch = QLabel()
        self.losses = {split: QLabel() for split in ("train", "test")}
        self.settings = QLabel()
        self.settings.setObjectName("viewCaption")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.setContentsMargins(0, 0, 0, 0)
        text.addLayout(header)
        for label in (self.epoch, *self.losses.values(), self.settings):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            text.addWidget(label)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(MARGINS, 5, MARGINS, 5)
        row.setSpacing(SPACING)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the title, tooltips and numbers in the window's language, and make room for
        them (the wider of English and the language shown, so tiles keep their size)."""
        run = run_name(self.name)
        self.title.setText(f"<b>{run}</b>")
        if self.close_button is not None:
            self.close_button.setToolTip(QCoreApplication.translate(
                "RunTile", "Close run {name}: stop its training and remove its curves.").format(
                name=self.name))
        bold = self.font()
        bold.setBold(True)
        header = 12 + 5 + max(QFontMetrics(bold).horizontalAdvance(text)
                              for text in (f"Run {self.name}", run)) + 5 + 18
        numbers = max(self.fontMetrics().horizontalAdvance(text)
                      for text in ("train 0.0000", loss_text("train", 0.0)))
        self._text_width = max(header, numbers) + 6
        self.setMinimumWidth(2 * MARGINS + SMALLEST_PICTURE + SPACING + self._text_width)
        self.set_selected(self._selected)
        self.show_numbers(self._snapshot)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Give the text its room first; the picture takes what is left, up to full size."""
        room = self.width() - 2 * MARGINS - SPACING - self._text_width
        side = max(SMALLEST_PICTURE, min(PICTURE, room))
        self.picture.setFixedSize(side, side)
        super().resizeEvent(event)

    def set_selected(self, selected: bool) -> None:
        """Outline the tile in the run's colour while it is shown and edited."""
        # The window's background shows through, so the text reads in either theme.
        self._selected = selected
        border = f"2px solid rgb{self.color}" if selected else "1px solid rgba(128, 128, 128, 110)"
        self.setStyleSheet(f"QFrame#runTile {{ border: {border}; border-radius: 6px; }}")
        tip = (QCoreApplication.translate(
                   "RunTile", "Run {name}: shown in the canvas, diagram and plots, edited in the "
                   "side panels.") if selected else QCoreApplication.translate(
                   "RunTile", "Run {name}: click to show it in the canvas, diagram and plots and "
                   "edit it in the side panels."))
        self.setToolTip(tip.format(name=self.name))

    def set_settings(self, text: str, tip: str) -> None:
        """The settings that differ from run A, in short, with the long form as a tooltip."""
        self.settings.setText(text)
        self.settings.setToolTip(tip)

    def show_numbers(self, snapshot) -> None:
        """Epoch and train/test loss of a snapshot (None: nothing trained yet)."""
        self._snapshot = snapshot
        metrics = snapshot.metrics if snapshot is not None else {}
        if snapshot is None:
            self.epoch.setText(QCoreApplication.translate("RunTile", "starting…"))
        else:
            epoch = QCoreApplication.translate("RunTile", "Epoch {n}").format(
                n=f"{snapshot.epoch:,}")
            self.epoch.setText(epoch + QCoreApplication.translate("RunTile", "  diverged")
                               if snapshot.diverged else epoch)
        tips = {"train": QCoreApplication.translate("RunTile", "Run {name}'s train loss"),
                "test": QCoreApplication.translate("RunTile", "Run {name}'s test loss")}
        for split, label in self.losses.items():
            value = metrics.get(f"{split}_loss", math.nan)
            label.setText(loss_text(split, value) if math.isfinite(value) else "")
            label.setToolTip(tips[split].format(name=self.name))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """A left click shows this run and selects it for editing."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.name)
            event.accept()
            return
        super().mousePressEvent(event)


def run_name(name: str) -> str:
    """ "Run B", in the window's language."""
    return QCoreApplication.translate("RunTile", "Run {name}").format(name=name)


def loss_text(split: str, value: float) -> str:
    """ "train 0.1234" or "test 0.1234": a tile's loss line, in the window's language."""
    text = (QCoreApplication.translate("RunTile", "train {value}") if split == "train"
            else QCoreApplication.translate("RunTile", "test {value}"))
    return text.format(value=short_number(value))


class CompareStrip(QWidget):
    """A row of run tiles, shown while forks exist."""

    selected = Signal(str)
    close_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tiles: dict[str, RunTile] = {}
        self._points: QImage | None = None
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(SPACING)
        self._row.addStretch(0)  # what wide tiles leave
        self.setFixedHeight(PICTURE + 2 * MARGINS)
        self.setVisible(False)

    def add(self, name: str, color: RGB, closable: bool) -> RunTile:
        """A tile for a new run, after the others."""
        tile = RunTile(name, color, closable)
        tile.clicked.connect(self.selected)
        tile.close_clicked.connect(self.close_requested)
        tile.picture.set_points(self._points)
        self._row.insertWidget(len(self.tiles), tile, 1)
        self.tiles[name] = tile
        return tile

    def remove(self, name: str) -> None:
        """Take a run's tile away."""
        tile = self.tiles.pop(name, None)
        if tile is not None:
            self._row.removeWidget(tile)
            tile.deleteLater()

    def set_selected(self, name: str) -> None:
        """Outline the tile of the run the side panels edit."""
        for each, tile in self.tiles.items():
            tile.set_selected(each == name)

    def set_points(self, layer: QImage | None) -> None:
        """The data points drawn over every tile's boundary."""
        self._points = layer
        for tile in self.tiles.values():
            tile.picture.set_points(layer)
