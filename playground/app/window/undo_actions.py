"""Undo and redo of a stroke in the Edit keys, said again in a new language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget


class UndoAction(QAction):
    """Undo or redo a stroke: the stack's own actions keep the prefix they were made with, so
    this one says it again in a new language."""

    def __init__(self, stack: QUndoStack, parent: QWidget, redo: bool):
        super().__init__(parent)
        self._redo = redo
        self._what = stack.redoText() if redo else stack.undoText()  # the stroke's own words
        self.triggered.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self._new_text)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self.retranslate()

    def _new_text(self, what: str) -> None:
        self._what = what
        self.retranslate()

    def retranslate(self) -> None:
        """"Undo stroke" and the stroke's own words, as QUndoStack's action writes them."""
        if self._redo:
            prefix = QCoreApplication.translate("MainWindow", "Redo stroke")
        else:
            prefix = QCoreApplication.translate("MainWindow", "Undo stroke")
        self.setText(f"{prefix} {self._what}" if self._what else prefix)
