"""ConceptsPanel: tabs that explain activations, losses and gradient descent with live plots."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from playground.app.concepts.activation_view import ActivationView
from playground.app.concepts.descent_view import DescentView
from playground.app.concepts.loss_view import LossView
from playground.app.concepts.race_view import RaceView


class ConceptsPanel(QTabWidget):
    """Teaching tabs drawn from the engine registries only, so training can run alongside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activations = ActivationView()
        self.losses = LossView()
        self.descent = DescentView()
        self.race = RaceView()
        self.addTab(self.activations, "Activations")
        self.addTab(self.losses, "Losses")
        self.addTab(self.descent, "Gradient descent")
        self.addTab(self.race, "Optimizers")
        self.setTabToolTip(0, "Every activation f(z) and its derivative f′(z).")
        self.setTabToolTip(1, "Every loss and its gradient, to compare how hard each one pushes.")
        self.setTabToolTip(2, "Gradient descent on a single weight, step by step.")
        self.setTabToolTip(3, "Optimizers racing down one surface from one start.")

    def set_activation(self, name: str) -> None:
        """Highlight the activation in use (a name from activations.names())."""
        self.activations.set_current(name)

    def set_loss(self, task: str, name: str) -> None:
        """Show task's losses with the one in use (a name from losses.names(task)) highlighted."""
        self.losses.set_task(task)
        self.losses.set_current(name)
