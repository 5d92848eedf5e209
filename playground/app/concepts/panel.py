"""ConceptsPanel: tabs that explain activations, losses and gradient descent with live plots.

Each tab's view is built the first time it is wanted (shown, or asked for by a lesson), not with
the window: the four views cost about 0.6 s, which the window's first frame need not wait for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from playground.app import i18n
from playground.app.concepts.activation_view import ActivationView
from playground.app.concepts.descent_view import DescentView
from playground.app.concepts.loss_view import LossView
from playground.app.concepts.race_view import RaceView

TABS: tuple[tuple[str, str, Callable[[], QWidget]], ...] = (  # shown translated (_say)
    (QT_TRANSLATE_NOOP("ConceptsPanel", "Activations"),
     QT_TRANSLATE_NOOP("ConceptsPanel", "Every activation f(z) and its derivative f′(z)."),
     ActivationView),
    (QT_TRANSLATE_NOOP("ConceptsPanel", "Losses"),
     QT_TRANSLATE_NOOP("ConceptsPanel",
                       "Every loss and its gradient, to compare how hard each one pushes."),
     LossView),
    (QT_TRANSLATE_NOOP("ConceptsPanel", "Gradient descent"),
     QT_TRANSLATE_NOOP("ConceptsPanel", "Gradient descent on a single weight, step by step."),
     DescentView),
    (QT_TRANSLATE_NOOP("ConceptsPanel", "Optimizers"),
     QT_TRANSLATE_NOOP("ConceptsPanel", "Optimizers racing down one surface from one start."),
     RaceView),
)


class ConceptsPanel(QTabWidget):
    """Teaching tabs drawn from the engine registries only, so training can run alongside."""

    built = Signal(QWidget)  # a tab's view now exists (the window themes and sizes it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: dict[int, QWidget] = {}
        self._activation: str | None = None
        self._loss: tuple[str, str] | None = None
        self._curve_color: str | None = None
        for title, _tip, _make in TABS:
            self.addTab(QWidget(), title)
        self.currentChanged.connect(self._view)
        i18n.retranslate_on_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Say the tab titles and tooltips in the window's language (the views say their own)."""
        for index in range(len(TABS)):
            self._say(index)

    def _say(self, index: int) -> None:
        title, tip, _make = TABS[index]
        self.setTabText(index, QCoreApplication.translate("ConceptsPanel", title))
        self.setTabToolTip(index, QCoreApplication.translate("ConceptsPanel", tip))

    @property
    def activations(self) -> ActivationView:
        return self._view(0)

    @property
    def losses(self) -> LossView:
        return self._view(1)

    @property
    def descent(self) -> DescentView:
        return self._view(2)

    @property
    def race(self) -> RaceView:
        return self._view(3)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The tab a person sees is built before it paints."""
        self._view(self.currentIndex())
        super().showEvent(event)

    def set_activation(self, name: str) -> None:
        """Highlight the activation in use (a name from activations.names())."""
        self._activation = name
        if 0 in self._views:
            self.activations.set_current(name)

    def set_loss(self, task: str, name: str) -> None:
        """Show task's losses with the one in use (a name from losses.names(task)) highlighted."""
        self._loss = (task, name)
        if 1 in self._views:
            self.losses.set_task(task)
            self.losses.set_current(name)

    def set_curve_color(self, colour: str) -> None:
        """The descent page's loss curve in the theme's colour."""
        self._curve_color = colour
        if 2 in self._views:
            self.descent.set_curve_color(colour)

    def _view(self, index: int):
        """Tab `index`'s view, built now if it was not yet."""
        if index < 0 or index in self._views:
            return self._views.get(index)
        _title, _tip, make = TABS[index]
        view = self._views[index] = make()
        current = self.currentIndex()
        placeholder = self.widget(index)
        self.blockSignals(True)  # swapping the page is no change of tab
        self.removeTab(index)
        self.insertTab(index, view, TABS[index][0])
        self._say(index)
        self.setCurrentIndex(current)
        self.blockSignals(False)
        placeholder.deleteLater()
        self._apply_state(index)
        self.built.emit(view)
        return view

    def _apply_state(self, index: int) -> None:
        if index == 0 and self._activation is not None:
            self.set_activation(self._activation)
        elif index == 1 and self._loss is not None:
            self.set_loss(*self._loss)
        elif index == 2 and self._curve_color is not None:
            self.set_curve_color(self._curve_color)
