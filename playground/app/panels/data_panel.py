"""Data panel: task, preset generators with thumbnails, noise and size, and the drawing brush."""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)
from superqt import QLabeledDoubleSlider, QLabeledSlider

from playground.app import i18n, names
from playground.app.data.settings import DataSettings
from playground.app.panels.widgets import Section
from playground.app.views.colors import CLASS_COLORS, regression_point_colors
from playground.engine import datasets

THUMB = 56
PRESET_COLUMNS = 3  # keeps the Data dock narrow enough for a 1280-pixel screen
EDIT_PAUSE_MS = 250
MAX_DRAW_CLASSES = 9
TASKS = ("classification", "regression")
translate = QCoreApplication.translate


def task_label(task: str) -> str:
    """How the Problem list names a task: 'Classification' in English, '分类 (classification)'
    when translated (the name a learner matches to code stays beside the word)."""
    label = i18n.name_label(task)
    return task.capitalize() if label == task else label


def preset_tip(name: str) -> str:
    """A preset button's tooltip: the generator's name and what it draws."""
    return translate("DataPanel", "{name}: {description}.").format(
        name=i18n.name_label(name), description=names.description(datasets.info(name).description))


THUMB_BACKGROUNDS = {"light": "#fafafa", "dark": "#26272b"}  # the theme's plot colour, near


def thumbnail(name: str, palette=CLASS_COLORS, background: str = "#fafafa") -> QPixmap:
    """A small picture of a generator's points on `background`, for its preset button."""
    spec = datasets.info(name)
    classes = min(3, spec.max_classes) if spec.task == "classification" else 2
    data = datasets.generate(name, n_points=240, noise=0.05, seed=3, classes=max(2, classes))
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor(background))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    xy = (np.clip(data.points, -6, 6) + 6) / 12 * (THUMB - 6) + 3
    if spec.task == "classification":
        colors = [palette[int(label) % len(palette)] for label in data.labels]
    else:
        colors = [tuple(c) for c in regression_point_colors(np.clip(data.labels, -1, 1))]
    for (x, y), color in zip(xy, colors, strict=True):
        painter.setBrush(QColor(*color))
        painter.drawEllipse(int(x) - 2, THUMB - int(y) - 2, 4, 4)
    painter.end()
    return pixmap


class DataPanel(Section):
    """Chooses and generates data, and sets the brush that draws on the canvas."""

    settings_changed = Signal(object)   # DataSettings: regenerate with these
    split_changed = Signal(float)       # a new train share for the current points
    class_selected = Signal(int)
    brush_changed = Signal()
    eraser_toggled = Signal(bool)
    inspect_toggled = Signal(bool)
    clear_requested = Signal()
    show_test_toggled = Signal(bool)
    discretize_toggled = Signal(bool)

    def __init__(self, settings: DataSettings, parent: QWidget | None = None):
        super().__init__("Data", parent)
        self.settings = settings
        self.palette = tuple(CLASS_COLORS)
        self._shown_classes = 0
        self._thumbs: dict[str, QIcon] = {}
        self._thumb_background = THUMB_BACKGROUNDS["light"]
        self.task = QComboBox()
        for task in TASKS:
            self.task.addItem(task_label(task), task)
        self.task.currentIndexChanged.connect(self._task_changed)
        task_row = QFormLayout()
        self.task_label = QLabel()
        task_row.addRow(self.task_label, self.task)
        self.body.addLayout(task_row)

        self.presets = QGridLayout()
        self.presets.setSpacing(4)
        self.presets.setAlignment(Qt.AlignmentFlag.AlignLeft)  # two regression presets stay small
        self.preset_group = QButtonGroup(self)
        self.preset_group.setExclusive(True)
        self.body.addLayout(self.presets)

        form = self._form = QFormLayout()
        self.noise = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.noise.setRange(0.0, 0.5)
        self.noise.setDecimals(2)
        self.noise.setSingleStep(0.05)
        # Every way of changing a value (drag, track click, arrows, typing) lands, after a
        # short pause so that a drag or typed digits make one change, not many.
        self._regenerate_timer = QTimer(self, singleShot=True, interval=EDIT_PAUSE_MS)
        self._regenerate_timer.timeout.connect(self._regenerate_same_seed)
        self._split_timer = QTimer(self, singleShot=True, interval=EDIT_PAUSE_MS)
        self._split_timer.timeout.connect(self._split_changed)
        self.noise.valueChanged.connect(lambda _: self._regenerate_timer.start())
        self.points = QSpinBox()
        self.points.setRange(10, 100_000)
        self.points.setSingleStep(50)
        self.points.valueChanged.connect(lambda _: self._regenerate_timer.start())
        self.classes = QSpinBox()
        self.classes.setRange(2, 6)
        self.classes.valueChanged.connect(self._regenerate_same_seed)
        self.train_share = QLabeledSlider(Qt.Orientation.Horizontal)
        self.train_share.setRange(10, 90)
        self.train_share.setSingleStep(5)
        self.train_share.valueChanged.connect(lambda _: self._split_timer.start())
        self.noise_label, self.points_label = QLabel(), QLabel()
        self.classes_label, self.train_label = QLabel(), QLabel()
        form.addRow(self.noise_label, self.noise)
        form.addRow(self.points_label, self.points)
        form.addRow(self.classes_label, self.classes)
        form.addRow(self.train_label, self.train_share)
        self.body.addLayout(form)
        self.regenerate = QPushButton()
        self.regenerate.clicked.connect(self._regenerate_new_seed)
        self.body.addWidget(self.regenerate)

        self.draw_label = QLabel()
        self.body.addWidget(self.draw_label)
        swatches = QHBoxLayout()
        swatches.setSpacing(3)
        self.swatch_group = QButtonGroup(self)
        self.swatches: list[QToolButton] = []
        for index in range(MAX_DRAW_CLASSES):
            button = QToolButton()
            button.setCheckable(True)
            button.setFixedSize(22, 22)
            button.clicked.connect(lambda _=False, i=index: self.select_class(i))
            self.swatch_group.addButton(button, index)
            self.swatches.append(button)
            swatches.addWidget(button)
        swatches.addStretch(1)
        self.body.addLayout(swatches)
        self.paint_value = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.paint_value.setRange(-1.0, 1.0)
        self.paint_value.setValue(1.0)
        self.paint_value.valueChanged.connect(lambda _: self.brush_changed.emit())
        brush = QFormLayout()
        self.paint_label = QLabel()
        brush.addRow(self.paint_label, self.paint_value)
        self.radius = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.radius.setRange(0.1, 3.0)
        self.radius.setValue(0.5)
        self.radius.valueChanged.connect(lambda _: self.brush_changed.emit())
        self.density = QLabeledSlider(Qt.Orientation.Horizontal)
        self.density.setRange(1, 30)
        self.density.setValue(5)
        self.density.valueChanged.connect(lambda _: self.brush_changed.emit())
        self.radius_label, self.density_label = QLabel(), QLabel()
        brush.addRow(self.radius_label, self.radius)
        brush.addRow(self.density_label, self.density)
        self.body.addLayout(brush)
        tools = QHBoxLayout()
        self.eraser = QPushButton()
        self.eraser.setCheckable(True)
        self.eraser.toggled.connect(self.eraser_toggled)
        self.clear = QPushButton()
        self.clear.clicked.connect(self.clear_requested)
        self.inspect = QPushButton()
        self.inspect.setCheckable(True)
        self.inspect.toggled.connect(self.inspect_toggled)
        tools.addWidget(self.eraser)
        tools.addWidget(self.inspect)
        tools.addWidget(self.clear)
        self.body.addLayout(tools)

        self.show_test = QCheckBox()
        self.show_test.setChecked(True)
        self.show_test.toggled.connect(self.show_test_toggled)
        self.discretize = QCheckBox()
        self.discretize.toggled.connect(self.discretize_toggled)
        self.body.addWidget(self.show_test)
        self.body.addWidget(self.discretize)
        self.body.addStretch(1)
        self.set_settings(settings, n_classes=settings.classes)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say every text again in the window's language (Qt's LanguageChange)."""
        self.heading.setText(translate("DataPanel", "Data").upper())
        self.task_label.setText(translate("DataPanel", "Problem"))
        for index in range(self.task.count()):
            self.task.setItemText(index, task_label(self.task.itemData(index)))
        self.task.setToolTip(translate("DataPanel",
                                       "Predict a class for each point, or a number."))
        self.noise_label.setText(translate("DataPanel", "Noise"))
        self.noise.setToolTip(translate(
            "DataPanel", "How much the points scatter away from the clean pattern."))
        self.points_label.setText(translate("DataPanel", "Points"))
        self.points.setToolTip(translate("DataPanel", "How many points the preset generates."))
        self.classes_label.setText(translate("DataPanel", "Classes"))
        self.classes.setToolTip(translate(
            "DataPanel", "The classes in the data (drawing a new colour adds one); the presets "
            "with more than two arms or blobs make this many."))
        self.train_label.setText(translate("DataPanel", "Train %"))
        self.train_share.setToolTip(translate(
            "DataPanel", "Percent of the points used for training; the rest test it."))
        self.regenerate.setText(translate("DataPanel", "Regenerate"))
        self.regenerate.setToolTip(translate(
            "DataPanel", "Draw a fresh sample of the preset with a new seed."))
        for button in self.preset_group.buttons():
            button.setToolTip(preset_tip(button.property("generator")))
        self.draw_label.setText(translate("DataPanel", "Draw"))
        for index, button in enumerate(self.swatches):
            button.setToolTip(translate(
                "DataPanel", "Draw points of class {n} (key {key}).").format(
                    n=index + 1, key=index + 1))
        self.paint_label.setText(translate("DataPanel", "Value"))
        self.paint_value.setToolTip(translate(
            "DataPanel", "The value the brush paints in regression mode."))
        self.radius_label.setText(translate("DataPanel", "Brush"))
        self.radius.setToolTip(translate(
            "DataPanel", "Radius of the spray brush and the eraser, in data units."))
        self.density_label.setText(translate("DataPanel", "Density"))
        self.density.setToolTip(translate("DataPanel",
                                          "Points the brush sprays per stroke step."))
        self.eraser.setText(translate("DataPanel", "Eraser"))
        self.eraser.setToolTip(translate(
            "DataPanel", "Left-drag erases points (right-drag always does)."))
        self.inspect.setText(translate("DataPanel", "Inspect"))
        self.inspect.setToolTip(translate(
            "DataPanel", "Click a point to see the network's prediction and its loss "
            "(Ctrl+click does it with any tool)."))
        self.clear.setText(translate("DataPanel", "Clear"))
        self.clear.setToolTip(translate("DataPanel",
                                        "Remove every point (Ctrl+Z brings them back)."))
        self.show_test.setText(translate("DataPanel", "Show test data"))
        self.show_test.setToolTip(translate(
            "DataPanel", "Draw the test points too, as outlined circles."))
        self.discretize.setText(translate("DataPanel", "Discretize output"))
        self.discretize.setToolTip(translate(
            "DataPanel", "Hard regions: each place coloured by its most likely class "
            "(regression: by the sign of the value)."))

    # ----- showing state ------------------------------------------------------------------

    def set_settings(self, settings: DataSettings, n_classes: int) -> None:
        """Show `settings` (without emitting) and offer swatches for n_classes + 1 classes."""
        widgets = (self.task, self.noise, self.points, self.classes, self.train_share)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            task_changed = settings.task != self.settings.task or not self.preset_group.buttons()
            self.settings = settings
            self.task.setCurrentIndex(self.task.findData(settings.task))
            if task_changed:
                self._build_presets(settings.task)
            for button in self.preset_group.buttons():
                button.setChecked(button.property("generator") == settings.generator)
            self.noise.setValue(settings.noise)
            self.points.setValue(settings.n_points)
            self.train_share.setValue(round(settings.train_fraction * 100))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        regression = settings.task == "regression"
        self.paint_label.setVisible(regression)
        self.paint_value.setVisible(regression)
        self.set_class_count(n_classes if not regression else 0)

    def set_class_count(self, n_classes: int) -> None:
        """Show swatches for the existing classes plus one new class (none in regression), and
        the number of classes in the Classes box."""
        self._shown_classes = n_classes
        self._show_classes_box(n_classes)
        shown = 0 if n_classes == 0 else min(MAX_DRAW_CLASSES, n_classes + 1)
        for index, button in enumerate(self.swatches):
            button.setVisible(index < shown)
            r, g, b = self.palette[index % len(self.palette)]
            button.setStyleSheet(
                f"QToolButton {{ background: rgb({r},{g},{b}); border: 2px solid #ffffff;"
                " border-radius: 11px; }"
                f"QToolButton:checked {{ border: 2px solid #202124; }}")
        checked = self.swatch_group.checkedId()
        if shown and not 0 <= checked < shown:
            self.swatches[0].setChecked(True)

    def _show_classes_box(self, n_classes: int) -> None:
        """The box shows the classes in use (hidden in regression); it is editable only when the
        preset can make that many, since changing it regenerates the preset."""
        self._form.setRowVisible(self.classes, n_classes > 0)
        spec = datasets.info(self.settings.generator)
        editable = spec.max_classes > 2 and spec.min_classes <= n_classes <= spec.max_classes
        self.classes.blockSignals(True)
        if editable:
            self.classes.setRange(spec.min_classes, spec.max_classes)
        else:
            self.classes.setRange(n_classes, n_classes)
        self.classes.setValue(n_classes)
        self.classes.setEnabled(editable)
        self.classes.blockSignals(False)

    def set_palette(self, palette) -> None:
        """Colour the class swatches with another palette (presentation mode)."""
        self.palette = tuple(palette)
        self.set_class_count(self._shown_classes)

    def set_theme(self, theme: str) -> None:
        """Draw the preset thumbnails on the theme's plot colour (light or dark)."""
        self._thumb_background = THUMB_BACKGROUNDS[theme]
        self._thumbs.clear()
        for button in self.preset_group.buttons():
            button.setIcon(self._thumb(button.property("generator")))

    def select_class(self, index: int) -> None:
        """Make class `index` the one the brush draws (keys 1-9 call this too)."""
        if index < len(self.swatches) and self.swatches[index].isVisible():
            self.swatches[index].setChecked(True)
            self.class_selected.emit(index)

    # ----- user edits ---------------------------------------------------------------------

    def _thumb(self, name: str) -> QIcon:
        if name not in self._thumbs:
            self._thumbs[name] = QIcon(thumbnail(name, background=self._thumb_background))
        return self._thumbs[name]

    def _build_presets(self, task: str) -> None:
        for button in self.preset_group.buttons():
            self.preset_group.removeButton(button)
            button.deleteLater()
        for i, name in enumerate(datasets.names(task)):
            button = QToolButton()
            button.setCheckable(True)
            button.setProperty("generator", name)
            button.setIcon(self._thumb(name))
            button.setIconSize(QSize(THUMB, THUMB))
            button.setToolTip(preset_tip(name))
            button.clicked.connect(lambda _=False, n=name: self._preset_chosen(n))
            self.preset_group.addButton(button)
            self.presets.addWidget(button, i // PRESET_COLUMNS, i % PRESET_COLUMNS)

    def _current(self, **changes) -> DataSettings:
        values = {"noise": round(self.noise.value(), 2), "n_points": self.points.value(),
                  "classes": self.classes.value() if self.classes.isEnabled() else 2,
                  "train_fraction": self.train_share.value() / 100.0}
        values.update(changes)
        return dataclasses.replace(self.settings, **values)

    def _task_changed(self) -> None:
        task = self.task.currentData()
        generator = datasets.names(task)[0] if task == "regression" else "spiral"
        points = datasets.info(generator).default_points
        self.settings_changed.emit(self._current(task=task, generator=generator,
                                                 n_points=points, classes=2))

    def _preset_chosen(self, name: str) -> None:
        spec = datasets.info(name)
        classes = min(max(self.classes.value(), spec.min_classes), spec.max_classes)
        self.settings_changed.emit(self._current(generator=name, classes=max(2, classes)))

    def _regenerate_same_seed(self, *_args) -> None:
        if self._current() != self.settings:
            self.settings_changed.emit(self._current())

    def _regenerate_new_seed(self) -> None:
        self.settings_changed.emit(self._current(seed=self.settings.seed + 1))

    def _split_changed(self) -> None:
        fraction = self.train_share.value() / 100.0
        if fraction != self.settings.train_fraction:
            self.settings = dataclasses.replace(self.settings, train_fraction=fraction)
            self.split_changed.emit(fraction)
