"""The Optimizers page's table: one row per optimizer (take part, learning rate, options, its
loss now), with the colours its trail and legend share."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QGridLayout, QLabel

from playground.app import i18n
from playground.app.concepts.race import OPTIONS, Race
from playground.app.views.colors import OKABE_ITO
from playground.engine import optimizers, surfaces

COLOURS = dict(zip(optimizers.names(), (  # Okabe-Ito: distinct for colour-blind viewers
    (0, 0, 0), OKABE_ITO[5], OKABE_ITO[4], OKABE_ITO[2], OKABE_ITO[6], OKABE_ITO[0]),
    strict=True))
DIVERGED = "#d93025"


class RacerRow:
    """One optimizer's row: take part, learning rate, options, and its loss."""

    def __init__(self, name: str, grid: QGridLayout, row: int) -> None:
        self.name = name
        self.check = QCheckBox(name)
        r, g, b = COLOURS[name]
        # Black (sgd's trail) would vanish on the dark theme: that row keeps the theme's text.
        colour = "" if (r, g, b) == (0, 0, 0) else f"color: rgb({r}, {g}, {b}); "
        self.check.setStyleSheet(f"QCheckBox {{ {colour}font-weight: 600; }}")
        self.lr = _spin(1e-5, 10.0, 5)
        self.options: dict[str, QDoubleSpinBox] = {}
        grid.addWidget(self.check, row, 0)
        grid.addWidget(self.lr, row, 1)
        column = 2
        for option, default in OPTIONS.get(name, {}).items():
            spin = _spin(0.0, 0.9999, 4)
            spin.setValue(default)
            spin.setPrefix(f"{option} ")  # the registry's option name, as in PyTorch code
            self.options[option] = spin
            grid.addWidget(spin, row, column)
            column += 1
        self.loss = QLabel()
        self.loss.setMinimumWidth(120)
        grid.addWidget(self.loss, row, 4)

    def retranslate(self) -> None:
        """The row's name and tooltips in the window's language."""
        name = i18n.name_label(self.name)
        # A translated name takes two lines, so the table leaves the picture its room.
        self.check.setText(name.replace(" (", "\n(", 1) if name != self.name else name)
        self.check.setToolTip(QCoreApplication.translate(
            "RaceView", "Race {name} (the same update rule that trains the network).").format(
                name=name))
        self.lr.setToolTip(QCoreApplication.translate(
            "RaceView", "{name}'s learning rate; changes apply at the next step.").format(
                name=name))
        for option, spin in self.options.items():
            spin.setToolTip(QCoreApplication.translate("RaceView", "{name}'s {option}").format(
                name=name, option=option))
        self.loss.setToolTip(QCoreApplication.translate(
            "RaceView", "The surface's value where {name} is now.").format(name=name))

    def values(self) -> dict[str, float]:
        """The row's option values by name."""
        return {option: spin.value() for option, spin in self.options.items()}


class RacerRows:
    """The optimizer rows, one per registry entry."""

    def __init__(self) -> None:
        self.grid = QGridLayout()
        self.headings: list[tuple[QLabel, str]] = []
        for column, text in ((0, QT_TRANSLATE_NOOP("RaceView", "optimizer")),
                             (1, QT_TRANSLATE_NOOP("RaceView", "learning rate")),
                             (2, QT_TRANSLATE_NOOP("RaceView", "options")),
                             (4, QT_TRANSLATE_NOOP("RaceView", "loss now"))):
            heading = QLabel(text)
            heading.setStyleSheet("color: #5f6368;")
            self.grid.addWidget(heading, 0, column)
            self.headings.append((heading, text))
        self.by_name = {name: RacerRow(name, self.grid, row + 1)
                        for row, name in enumerate(optimizers.names())}

    def retranslate(self) -> None:
        """The headings and every row in the window's language."""
        for heading, text in self.headings:
            heading.setText(QCoreApplication.translate("RaceView", text))
        for row in self.by_name.values():
            row.retranslate()

    def show(self, race: Race) -> None:
        """Each row shows its racer's settings (without emitting edits)."""
        for name, row in self.by_name.items():
            racer = race.racers[name]
            for widget in (row.check, row.lr, *row.options.values()):
                widget.blockSignals(True)
            row.check.setChecked(name in race.chosen)
            row.lr.setValue(racer.lr)
            for option, spin in row.options.items():
                spin.setValue(racer.options.get(option, spin.value()))
            for widget in (row.check, row.lr, *row.options.values()):
                widget.blockSignals(False)


def _spin(low: float, high: float, decimals: int) -> QDoubleSpinBox:
    """A spin box that steps by the shown decimal and applies a value once typed in full."""
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)  # 0.95 -> 0.96, 0.1 -> 0.11
    spin.setKeyboardTracking(False)
    return spin


def loss_text(walk: surfaces.Descent) -> str:
    """A racer's loss now, or where it diverged, for its row and the legend."""
    if walk.diverged_at is not None:
        return QCoreApplication.translate("RaceView", "diverged at step {step}").format(
            step=walk.diverged_at)
    loss = walk.loss
    if not math.isfinite(loss):
        return QCoreApplication.translate("RaceView", "not finite")
    return f"{loss:.4g}"
