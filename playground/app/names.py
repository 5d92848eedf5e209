"""The registry names and engine descriptions the window shows, marked for translation.

The engine stays English and Qt-free; the window translates what it shows of it here
(`QT_TRANSLATE_NOOP` only marks a text for pyside6-lupdate). `i18n.name_label(name)` shows a
name as '交叉熵 (cross_entropy)'; `description(text)` says an engine description in the window's
language. tests/app/test_names.py fails when the engine gains a name or description not listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NAMES = (
    # activations
    QT_TRANSLATE_NOOP("Names", "linear"), QT_TRANSLATE_NOOP("Names", "sigmoid"),
    QT_TRANSLATE_NOOP("Names", "tanh"), QT_TRANSLATE_NOOP("Names", "relu"),
    QT_TRANSLATE_NOOP("Names", "leaky_relu"), QT_TRANSLATE_NOOP("Names", "elu"),
    QT_TRANSLATE_NOOP("Names", "softplus"), QT_TRANSLATE_NOOP("Names", "gelu"),
    QT_TRANSLATE_NOOP("Names", "silu"), QT_TRANSLATE_NOOP("Names", "sine"),
    # losses
    QT_TRANSLATE_NOOP("Names", "cross_entropy"), QT_TRANSLATE_NOOP("Names", "mse"),
    QT_TRANSLATE_NOOP("Names", "bce"), QT_TRANSLATE_NOOP("Names", "hinge"),
    QT_TRANSLATE_NOOP("Names", "focal"), QT_TRANSLATE_NOOP("Names", "mae"),
    QT_TRANSLATE_NOOP("Names", "huber"),
    # optimizers
    QT_TRANSLATE_NOOP("Names", "sgd"), QT_TRANSLATE_NOOP("Names", "momentum"),
    QT_TRANSLATE_NOOP("Names", "nesterov"), QT_TRANSLATE_NOOP("Names", "adagrad"),
    QT_TRANSLATE_NOOP("Names", "rmsprop"), QT_TRANSLATE_NOOP("Names", "adam"),
    # weight inits, regularizations, tasks
    QT_TRANSLATE_NOOP("Names", "xavier"), QT_TRANSLATE_NOOP("Names", "he"),
    QT_TRANSLATE_NOOP("Names", "uniform"), QT_TRANSLATE_NOOP("Names", "zeros"),
    QT_TRANSLATE_NOOP("Names", "none"), QT_TRANSLATE_NOOP("Names", "l1"),
    QT_TRANSLATE_NOOP("Names", "l2"),
    QT_TRANSLATE_NOOP("Names", "classification"), QT_TRANSLATE_NOOP("Names", "regression"),
    # datasets
    QT_TRANSLATE_NOOP("Names", "circle"), QT_TRANSLATE_NOOP("Names", "xor"),
    QT_TRANSLATE_NOOP("Names", "gauss"), QT_TRANSLATE_NOOP("Names", "spiral"),
    QT_TRANSLATE_NOOP("Names", "spiral_k"), QT_TRANSLATE_NOOP("Names", "blobs"),
    QT_TRANSLATE_NOOP("Names", "moons"), QT_TRANSLATE_NOOP("Names", "plane"),
    QT_TRANSLATE_NOOP("Names", "reg_gauss"),
    # optimizer surfaces
    QT_TRANSLATE_NOOP("Names", "ravine"), QT_TRANSLATE_NOOP("Names", "rosenbrock"),
    QT_TRANSLATE_NOOP("Names", "beale"), QT_TRANSLATE_NOOP("Names", "saddle"),
    QT_TRANSLATE_NOOP("Names", "himmelblau"),
)

DESCRIPTIONS = (
    # datasets (engine/generators.py)
    QT_TRANSLATE_NOOP("Engine", "A disc inside a ring"),
    QT_TRANSLATE_NOOP("Engine", "Four quadrants, alternating"),
    QT_TRANSLATE_NOOP("Engine", "Two Gaussian blobs"),
    QT_TRANSLATE_NOOP("Engine", "Two interleaved spirals"),
    QT_TRANSLATE_NOOP("Engine", "A spiral with k arms"),
    QT_TRANSLATE_NOOP("Engine", "k Gaussian blobs on a ring"),
    QT_TRANSLATE_NOOP("Engine", "Two interleaved half moons"),
    QT_TRANSLATE_NOOP("Engine", "A tilted plane, (x + y) / 10"),
    QT_TRANSLATE_NOOP("Engine", "Six signed bumps"),
)


def description(text: str) -> str:
    """An engine description in the window's language (the text itself when not listed)."""
    return QCoreApplication.translate("Engine", text)
