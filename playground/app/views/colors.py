"""Colour maps for the data canvas: class palettes, decision-boundary images, value colours."""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce

import numpy as np
from PySide6.QtCore import QCoreApplication

RGB = tuple[int, int, int]

CLASS_COLORS: tuple[RGB, ...] = (
    (245, 147, 34),  # orange, the web playground's #f59322
    (8, 119, 189),  # blue, the web playground's #0877bd
    (44, 160, 44),  # green
    (148, 103, 189),  # purple
    (214, 39, 40),  # red
    (23, 190, 207),  # teal
    (140, 86, 75),  # brown
    (227, 119, 194),  # pink
    (188, 189, 34),  # olive
)

OKABE_ITO: tuple[RGB, ...] = (  # Okabe & Ito (2008), safe for colour-blind viewers
    (230, 159, 0),  # orange
    (86, 180, 233),  # sky blue
    (0, 158, 115),  # bluish green
    (240, 228, 66),  # yellow
    (0, 114, 178),  # blue
    (213, 94, 0),  # vermillion
    (204, 121, 167),  # reddish purple
    (0, 0, 0),  # black
)

NEUTRAL = np.array([245.0, 245.0, 245.0], dtype=np.float32)  # background where the model is unsure
WHITE = np.array([255.0, 255.0, 255.0], dtype=np.float32)
# The web playground's one map for labels, values and weights: -1 orange (class 0), +1 blue.
NEGATIVE = np.array(CLASS_COLORS[0], dtype=np.float32)  # regression value -1
POSITIVE = np.array(CLASS_COLORS[1], dtype=np.float32)  # regression value +1
STRENGTH = 0.55  # the strongest a boundary colour gets, so points drawn over it stay readable


def contrast(a: Sequence[float], b: Sequence[float]) -> float:
    """WCAG contrast ratio (1 to 21) of two sRGB colours with 0-255 channels."""
    lighter, darker = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_shade(color: RGB, background: Sequence[float], ratio: float) -> RGB:
    """color darkened (in 5 % steps, hue kept) until its contrast with background is ratio."""
    shade = np.asarray(color, dtype=float)
    while contrast(shade, background) < ratio and shade.max() > 0:
        shade *= 0.95
    return tuple(int(round(c)) for c in shade)


def own_area(color: RGB) -> np.ndarray:
    """The boundary colour (3,) where the network is sure of the class drawn in color."""
    return NEUTRAL + STRENGTH * (np.asarray(color, dtype=np.float32) - NEUTRAL)


def class_name(label: int) -> str:
    """How class `label` is named on screen: from 1, as keys 1-9 pick them (files keep 0-based);
    in the window's language, so a view that shows it says it again on a language change."""
    return QCoreApplication.translate("Colors", "class {number}").format(number=label + 1)


def class_color(palette: Sequence[RGB], label: int) -> RGB:
    """The colour of class `label`, cycling through palette when there are more classes."""
    return tuple(palette[label % len(palette)])


def boundary_rgba(
    output: np.ndarray,
    task: str,
    palette: Sequence[RGB] = CLASS_COLORS,
    discretize: bool = False,
) -> np.ndarray:
    """Light RGBA image (res, res, 4) uint8 of a boundary grid, for an ImageItem under the points.

    Classification output (res, res, k) holds class probabilities: the probability-weighted class
    colour, faded toward a neutral grey as confidence (max p - 1/k) / (1 - 1/k) drops (or, if
    discretize, each cell's argmax class at the strongest boundary strength). Regression output
    (res, res) holds values, drawn with the diverging map (orange -1, neutral 0, blue +1). NaN (a
    diverged network) is drawn neutral.
    """
    values = np.asarray(output, dtype=np.float32)
    if task == "regression":
        values = np.nan_to_num(values, nan=0.0)
        if discretize:  # hard regions: the sign of the predicted value, at full strength
            values = np.sign(values)
        rgb = _diverging(values, NEUTRAL, STRENGTH)
    else:
        if not np.isfinite(values).all():
            values = np.nan_to_num(values, nan=1 / values.shape[-1], posinf=1.0, neginf=0.0)
        rgb = _class_blend(values, palette, discretize)
    rgba = np.empty(rgb.shape[:-1] + (4,), dtype=np.uint8)
    np.rint(rgb, out=rgb)
    rgba[..., :3] = rgb
    rgba[..., 3] = 255
    return rgba


def regression_point_colors(values: np.ndarray) -> np.ndarray:
    """Full colours (n, 3) uint8 of values (n,) on the diverging map, clipped to [-1, 1]."""
    rgb = _diverging(np.asarray(values, dtype=np.float32), WHITE, 1.0)
    return np.rint(rgb).astype(np.uint8)


def _class_blend(probs: np.ndarray, palette: Sequence[RGB], discretize: bool) -> np.ndarray:
    """Float RGB (res, res, 3) of class probabilities (res, res, k), faded by unsureness."""
    k = probs.shape[-1]
    colors = np.array([class_color(palette, j) for j in range(k)], dtype=np.float32)
    top = reduce(np.maximum, np.moveaxis(probs, -1, 0))[..., None]  # 20x faster than max(axis=-1)
    if discretize:  # fixed strength, but a cell that favours no class stays neutral
        strength = np.float32(STRENGTH) * (top > 1 / k + 1e-6)  # float32, not float64
        target = colors[np.argmax(probs, axis=-1)]
    else:
        strength = STRENGTH * np.clip((top - 1 / k) / (1 - 1 / k), 0.0, 1.0)
        target = (probs.reshape(-1, k) @ colors).reshape(probs.shape[:-1] + (3,))
    return NEUTRAL + strength * (target - NEUTRAL)


def _diverging(values: np.ndarray, zero: np.ndarray, strength: float) -> np.ndarray:
    """Float RGB (..., 3) of values (...): `zero` at 0, toward orange below and blue above."""
    v = np.clip(values, -1.0, 1.0)[..., None]
    end = np.where(v < 0, NEGATIVE, POSITIVE)
    return zero + (strength * np.abs(v)) * (end - zero)


def _luminance(rgb: Sequence[float]) -> float:
    """WCAG relative luminance of an sRGB colour with 0-255 channels."""
    c = np.asarray(rgb[:3], dtype=float) / 255
    c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return float(c @ [0.2126, 0.7152, 0.0722])
