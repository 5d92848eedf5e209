"""MetricsPanel: confusion matrices or regression errors per split, a clicked point's details."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from playground.app import i18n
from playground.app.views.colors import RGB, class_color, class_name
from playground.app.views.gradient_plot import CAPTION_STYLE, TITLE_STYLE

DASH = "—"
CELL_WIDTH = 40
CELL_HEIGHT = 22
CORRECT_TINT = QColor(230, 244, 234)  # a light green behind the diagonal
CORRECT_TEXT = QColor(32, 33, 36)  # dark on the tint, in either theme
POINT_HINT = QT_TRANSLATE_NOOP("MetricsPanel", "Click a data point to see its details.")
POINT_STYLE = "pointBox"  # styled by the window's theme (style.py)
SPLITS = ("train", "test")


class MetricsPanel(QWidget):
    """Per-split confusion matrices and accuracy, or RMSE and R^2, and a clicked point's details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette: tuple[RGB, ...] = ()
        self._classification = QWidget()
        tables = QHBoxLayout()
        tables.setSpacing(12)
        self.tables: dict[str, QTableWidget] = {}
        self.accuracy: dict[str, QLabel] = {}
        self._shares = dict.fromkeys(SPLITS, DASH)  # each split's accuracy, as shown
        self._counts: list[int] = []  # points per class, as shown
        self._table_titles: dict[str, QLabel] = {}
        for split in SPLITS:
            column = QVBoxLayout()
            column.setSpacing(2)
            self._table_titles[split] = _title(split)
            column.addWidget(self._table_titles[split])
            self.tables[split] = _confusion_table()
            self.accuracy[split] = QLabel()
            column.addWidget(self.tables[split])
            column.addWidget(self.accuracy[split])
            column.addStretch(1)
            tables.addLayout(column)
        tables.addStretch(1)
        self.class_counts = QLabel()
        self.class_counts.setWordWrap(True)
        box = QVBoxLayout(self._classification)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self._caption = QLabel()
        self._caption.setObjectName(CAPTION_STYLE)
        box.addWidget(self._caption)
        box.addLayout(tables)
        box.addWidget(self.class_counts)

        self._regression = QWidget()
        grid = QGridLayout(self._regression)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.errors: dict[str, QLabel] = {}
        self._headings = [_title("RMSE"), _title("R²")]
        for col, heading in enumerate(self._headings):
            grid.addWidget(heading, 0, col + 1, Qt.AlignmentFlag.AlignRight)
        self._error_rows: dict[str, QLabel] = {}
        for row, split in enumerate(SPLITS):
            self._error_rows[split] = QLabel(split)
            grid.addWidget(self._error_rows[split], row + 1, 0)
            for col, key in enumerate(("rmse", "r2")):
                label = QLabel(DASH)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.errors[f"{split}_{key}"] = label
                grid.addWidget(label, row + 1, col + 1)
        grid.setColumnStretch(3, 1)

        self._point_text: Callable[[], str] | str | None = None  # None: the hint
        self.point = QLabel()
        self.point.setTextFormat(Qt.TextFormat.PlainText)
        self.point.setWordWrap(True)
        self.point.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.point.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.point.setObjectName(POINT_STYLE)
        self.point.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._performance = _title("Performance", TITLE_STYLE)
        layout.addWidget(self._performance)
        layout.addWidget(self._classification)
        layout.addWidget(self._regression)
        layout.addSpacing(6)
        self._clicked = _title("Clicked point", TITLE_STYLE)
        layout.addWidget(self._clicked)
        layout.addWidget(self.point)
        layout.addStretch(1)
        self._regression.hide()
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say every title, caption, tooltip and number's words in the window's language."""
        self._performance.setText(QCoreApplication.translate("MetricsPanel", "Performance"))
        self._clicked.setText(QCoreApplication.translate("MetricsPanel", "Clicked point"))
        self._caption.setText(QCoreApplication.translate(
            "MetricsPanel", "Rows: true class. Columns: predicted class."))
        self.class_counts.setToolTip(QCoreApplication.translate(
            "MetricsPanel", "How many points (train and test) each class has."))
        names = {"train": QCoreApplication.translate("MetricsPanel", "train"),
                 "test": QCoreApplication.translate("MetricsPanel", "test")}
        accuracy_tips = {
            "train": QCoreApplication.translate(
                "MetricsPanel", "Share of train points whose predicted class is their true class."),
            "test": QCoreApplication.translate(
                "MetricsPanel", "Share of test points whose predicted class is their true class."),
        }
        table_tips = {
            "train": QCoreApplication.translate(
                "MetricsPanel", "Train points counted by true class (row) and predicted class "
                "(column); the shaded diagonal counts the correct ones."),
            "test": QCoreApplication.translate(
                "MetricsPanel", "Test points counted by true class (row) and predicted class "
                "(column); the shaded diagonal counts the correct ones."),
        }
        for split in SPLITS:
            self._table_titles[split].setText(names[split])
            self._error_rows[split].setText(names[split])
            self.accuracy[split].setToolTip(accuracy_tips[split])
            self.tables[split].setToolTip(table_tips[split])
        self._headings[0].setToolTip(QCoreApplication.translate(
            "MetricsPanel", "Root mean squared error: the typical size of a prediction's miss."))
        self._headings[1].setToolTip(QCoreApplication.translate(
            "MetricsPanel", "Share of the targets' variance the network explains: 1 is perfect, "
            "0 no better than the mean."))
        self.point.setToolTip(QCoreApplication.translate(
            "MetricsPanel", "Details of the data point you last clicked on the canvas."))
        self._say_point()
        self._say_classes()

    def _say_point(self) -> None:
        text = self._point_text
        if text is None:
            text = QCoreApplication.translate("MetricsPanel", POINT_HINT)
        elif callable(text):
            text = text()
        self.point.setText(text)

    def _say_classes(self) -> None:
        """The accuracies, the class names in the tables' headers and the points per class."""
        for split in SPLITS:
            self.accuracy[split].setText(QCoreApplication.translate(
                "MetricsPanel", "accuracy {share}").format(share=self._shares[split]))
        for table in self.tables.values():
            for i in range(table.rowCount()):
                for header in (table.horizontalHeaderItem(i), table.verticalHeaderItem(i)):
                    header.setToolTip(class_name(i))
        swatches = "&nbsp;&nbsp; ".join(
            f'<span style="color: rgb{class_color(self._palette, i)}">&#9632;</span>&nbsp;'
            f"{class_name(i)}: {count}"
            for i, count in enumerate(self._counts)
        )
        self.class_counts.setText(QCoreApplication.translate(
            "MetricsPanel", "points per class: {classes}").format(classes=swatches)
            if self._counts else "")

    def set_details(self, details: dict, task: str, class_colors: Sequence[RGB]) -> None:
        """Show inspection.detailed_metrics() output for task; an empty dict shows dashes."""
        classification = task == "classification"
        self._classification.setVisible(classification)
        self._regression.setVisible(not classification)
        if classification:
            self._show_classes(details, tuple(tuple(int(v) for v in c[:3]) for c in class_colors))
        else:
            for name, label in self.errors.items():
                label.setText(_number(details.get(name, math.nan)))

    def show_point(self, text: str | Callable[[], str]) -> None:
        """Show a clicked point's details (plain text, several lines allowed); a function that
        gives the text is asked again when the language changes."""
        self._point_text = text
        self._say_point()

    def clear_point(self) -> None:
        """Go back to the hint that clicking a point shows its details."""
        self._point_text = None
        self._say_point()

    def _show_classes(self, details: dict, palette: tuple[RGB, ...]) -> None:
        """Fill the confusion tables, accuracies and class counts, resizing only if k changed."""
        counts = np.asarray(details.get("class_counts", ()), dtype=np.int64)
        k = len(counts)
        if (k, palette) != (self.tables["train"].rowCount(), self._palette):
            self._palette = palette
            for table in self.tables.values():
                _resize(table, k, palette)
        for split in SPLITS:
            table = self.tables[split]
            matrix = np.asarray(details.get(f"{split}_confusion", np.zeros((k, k))), dtype=np.int64)
            for i in range(k):
                for j in range(k):
                    table.item(i, j).setText(str(matrix[i, j]))
            total = int(matrix.sum())
            self._shares[split] = f"{np.trace(matrix) / total:.1%}" if total else DASH
        self._counts = counts.tolist()
        self._say_classes()


def _title(text: str, name: str = "tableTitle") -> QLabel:
    """A bold heading label; the window's theme colours it by its object name."""
    label = QLabel(text)
    label.setObjectName(name)
    return label


def _confusion_table() -> QTableWidget:
    """An empty read-only table with fixed cells, sized to its contents, for one split."""
    table = QTableWidget(0, 0)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for header, size in (
        (table.horizontalHeader(), CELL_WIDTH),
        (table.verticalHeader(), CELL_HEIGHT),
    ):
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(size)
        header.setMinimumSectionSize(size)
        header.setHighlightSections(False)
    return table


def _resize(table: QTableWidget, k: int, palette: tuple[RGB, ...]) -> None:
    """Give table k x k fresh cells (diagonal bold and tinted) and class-coloured headers."""
    table.setRowCount(k)
    table.setColumnCount(k)
    bold = QFont(table.font())
    bold.setBold(True)
    for i in range(k):
        icon = _swatch(class_color(palette, i))
        for setter in (table.setHorizontalHeaderItem, table.setVerticalHeaderItem):
            item = QTableWidgetItem(icon, str(i + 1))
            item.setToolTip(class_name(i))
            setter(i, item)
        for j in range(k):
            cell = QTableWidgetItem("0")
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if i == j:
                cell.setFont(bold)
                cell.setBackground(QBrush(CORRECT_TINT))
                cell.setForeground(QBrush(CORRECT_TEXT))
            table.setItem(i, j, cell)
    frame = 2 * table.frameWidth()
    table.setFixedSize(
        table.verticalHeader().sizeHint().width() + k * CELL_WIDTH + frame,
        table.horizontalHeader().sizeHint().height() + k * CELL_HEIGHT + frame,
    )


def _swatch(color: RGB) -> QIcon:
    """A small filled square of color, for a class header."""
    pixmap = QPixmap(10, 10)
    pixmap.fill(QColor(*color))
    return QIcon(pixmap)


def _number(value: float) -> str:
    """value to 4 significant digits, or a dash when it is NaN (no points in the split)."""
    return DASH if not math.isfinite(value) else f"{value:#.4g}"
