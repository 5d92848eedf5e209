"""DataModel: the dataset being drawn, edited in whole strokes that undo and redo as one step."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from playground.engine.datasets import Dataset

UNDO_LIMIT = 100  # undo steps kept; each holds two dataset copies
translate = QCoreApplication.translate


class _Swap(QUndoCommand):
    """One undo step: the dataset copies before and after an edit."""

    def __init__(self, model: DataModel, before: Dataset, after: Dataset, text: str) -> None:
        super().__init__(text)
        self._model, self._before, self._after = model, before, after
        self._applied = True  # push() calls redo() at once, but the edit is already made

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._model._restore(self._after)

    def undo(self) -> None:
        self._model._restore(self._before)


class DataModel(QObject):
    """The current Dataset plus its undo stack; `changed` fires after every edit, undo or redo.

    Mouse edits come in strokes (begin_stroke, spray/erase..., end_stroke) that undo as one step;
    a spray or erase outside a stroke is a stroke of its own.
    """

    changed = Signal()
    restored = Signal()  # after `changed`, when an undo or redo brought back a stored dataset

    def __init__(self, dataset: Dataset, seed: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._undo_stack = QUndoStack(self)
        self._undo_stack.setUndoLimit(UNDO_LIMIT)
        self._rng = np.random.default_rng(seed)  # picks train or test for drawn points
        self._before: Dataset | None = None  # the dataset when the open stroke began
        self._stroke_text: str | None = None  # what the open stroke did so far, None: nothing
        self.train_fraction = 0.5  # share of drawn points that become train points
        self._adopt_train_fraction()

    @property
    def dataset(self) -> Dataset:
        """The current dataset; edit it only through this model so undo stays right."""
        return self._dataset

    @property
    def undo_stack(self) -> QUndoStack:
        """The stack behind Ctrl+Z / Ctrl+Shift+Z (make actions with createUndoAction)."""
        return self._undo_stack

    def replace(self, dataset: Dataset, text: str) -> None:
        """Swap in a whole new dataset (preset, regenerate, load, clear) as one undo step."""
        self.end_stroke()
        before, self._dataset = self._dataset.copy(), dataset
        self._adopt_train_fraction()
        self._undo_stack.push(_Swap(self, before, dataset.copy(), text))
        self.changed.emit()

    def clear(self) -> None:
        """Remove every point, keeping the task and number of classes, as one undo step."""
        ds = self._dataset
        labels = np.empty(0, np.int64 if ds.task == "classification" else np.float64)
        self.replace(Dataset(np.empty((0, 2)), labels, ds.task, ds.n_classes),
                     translate("DataModel", "Clear points"))

    def begin_stroke(self) -> None:
        """Start a stroke: the edits until end_stroke() undo together."""
        if self._before is None:
            self._before = self._dataset.copy()
            self._stroke_text = None

    def spray(self, points: np.ndarray, labels: np.ndarray) -> None:
        """Add points (m, 2) with labels (m,), each train with probability train_fraction."""
        if not len(points):
            return
        with self._edit():
            train = self._rng.random(len(points)) < self.train_fraction
            self._dataset.add_points(points, labels, train)
            self._note(translate("DataModel", "Draw points"))

    def erase(self, center: np.ndarray, radius: float) -> None:
        """Remove the points within radius of center (2,); a no-op if there are none."""
        with self._edit():
            if len(self._dataset.remove_within(center, radius)):
                self._note(translate("DataModel", "Erase points"))

    def end_stroke(self) -> None:
        """Close the open stroke and push it as one undo step, if it changed anything."""
        before, self._before = self._before, None
        if before is not None and self._stroke_text is not None:
            self._undo_stack.push(_Swap(self, before, self._dataset.copy(), self._stroke_text))

    @contextmanager
    def _edit(self) -> Iterator[None]:
        """Run an edit inside the open stroke, or inside a stroke of its own if none is open."""
        own = self._before is None
        self.begin_stroke()
        try:
            yield
        finally:
            if own:
                self.end_stroke()

    def _note(self, text: str) -> None:
        """Record that the stroke changed the data (and how, for the undo text); tell the views."""
        self._stroke_text = (text if self._stroke_text in (None, text)
                             else translate("DataModel", "Edit points"))
        self.changed.emit()

    def _restore(self, dataset: Dataset) -> None:
        """Make a copy of a stored dataset current (undo/redo) and tell the views."""
        self._dataset = dataset.copy()
        if self._before is not None:  # undo mid-stroke: the rest of the stroke starts from here
            self._before, self._stroke_text = self._dataset.copy(), None
        self.changed.emit()
        self.restored.emit()

    def _adopt_train_fraction(self) -> None:
        """Take the train share of a non-empty dataset for the points drawn next."""
        if self._dataset.n:
            self.train_fraction = float(self._dataset.is_train.mean())
