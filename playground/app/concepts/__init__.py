"""The Concepts panel: activations, losses and gradient descent drawn from the engine's registries.

curves.py and descent.py hold the NumPy side (no Qt); the *_view.py modules draw it.
"""
