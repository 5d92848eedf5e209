"""Onion skin: faint decision contours of earlier frames over the canvas's current boundary.

A contour is where the decision changes: the most likely class, or the sign of a regression
value. It is found on the grid upsampled UPSAMPLE times (bilinear), so lines are thin and follow
the boundary between cells, and drawn as one RGBA image above the boundary, under the points.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

UPSAMPLE = 4
COLOR = (25, 25, 25)  # the boundary image is light in both themes
ALPHAS = (70, 110, 150)  # oldest faintest; the last value is for the newest earlier frame
Z_VALUE = -50  # above the boundary image (-100), below the points


def decision_edges(output: np.ndarray, task: str, upsample: int = UPSAMPLE) -> np.ndarray:
    """Bool mask (res*u, res*u), True where the decision differs from the right or lower pixel.

    output: (res, res, k) class probabilities or (res, res) regression values, indexed [y, x].
    Bilinear sampling is linear, so the upsampled decision is taken from upsampled fields: the
    value, the difference of two classes' probabilities, or each class's probability.
    """
    values = np.nan_to_num(np.asarray(output, dtype=np.float32))
    if task == "regression":
        labels = _bilinear(values, upsample) > 0
    elif values.shape[-1] == 2:
        labels = _bilinear(values[..., 1] - values[..., 0], upsample) > 0
    else:
        labels = _argmax(_bilinear(np.moveaxis(values, -1, 0), upsample))
    edges = np.zeros(labels.shape, dtype=bool)
    np.not_equal(labels[:, 1:], labels[:, :-1], out=edges[:, :-1])
    edges[:-1] |= labels[1:] != labels[:-1]
    return edges


def onion_rgba(masks: Sequence[np.ndarray], alphas: Sequence[int] = ALPHAS) -> np.ndarray:
    """RGBA image (n, n, 4) uint8 of edge masks (n, n), oldest first: newer drawn stronger."""
    alpha = np.zeros(masks[0].shape, dtype=np.uint8)
    for mask, value in zip(masks, alphas[len(alphas) - len(masks):], strict=True):
        np.copyto(alpha, np.uint8(value), where=mask)
    image = _blank(alpha.shape[0]).copy()
    image[..., 3] = alpha
    return image


class OnionSkin:
    """The overlay item on a canvas; recomputes only when the chosen earlier frames change."""

    def __init__(self, plot_item: pg.PlotItem):
        self._item = pg.ImageItem(axisOrder="row-major")
        self._item.setZValue(Z_VALUE)
        self._item.hide()
        plot_item.addItem(self._item)
        self._shown: tuple = ()
        self._edges: dict[tuple, np.ndarray] = {}

    @property
    def item(self) -> pg.ImageItem:
        """The image item drawn over the boundary."""
        return self._item

    @property
    def shown(self) -> tuple:
        """Keys (epoch, task) of the frames whose contours are drawn, oldest first."""
        return self._shown

    def show(self, frames: Sequence) -> None:
        """Draw the contours of frames (HistoryFrame-like, oldest first); none hides the overlay."""
        keys = tuple((frame.epoch, frame.task) for frame in frames)
        if keys == self._shown:
            return
        self._shown = keys
        if not frames:
            self._item.hide()
            return
        edges = {key: self._edges.get(key) for key in keys}
        for key, frame in zip(keys, frames, strict=True):
            if edges[key] is None:
                edges[key] = decision_edges(frame.output(), frame.task)
        self._edges = edges  # only the frames drawn now are worth keeping
        sizes = {mask.shape for mask in edges.values()}
        masks = [edges[key] for key in keys if edges[key].shape == max(sizes)]
        low, high = frames[-1].extent
        self._item.setImage(onion_rgba(masks), autoLevels=False)
        self._item.setRect(QRectF(low, low, high - low, high - low))
        self._item.show()

    def clear(self) -> None:
        """Hide the overlay and forget the cached contours."""
        self._shown = ()
        self._edges.clear()
        self._item.hide()


def _argmax(fields: np.ndarray) -> np.ndarray:
    """Index (n, n) of the largest of k fields (k, n, n), without an argmax over axis 0."""
    best, labels = fields[0].copy(), np.zeros(fields.shape[1:], dtype=np.uint8)
    for index in range(1, len(fields)):
        higher = fields[index] > best
        labels[higher] = index
        np.maximum(best, fields[index], out=best)
    return labels


@lru_cache(maxsize=4)
def _blank(size: int) -> np.ndarray:
    """A transparent RGBA image (size, size, 4) in the contour colour, to copy."""
    image = np.zeros((size, size, 4), dtype=np.uint8)
    image[..., :3] = COLOR
    image.setflags(write=False)
    return image


def _bilinear(grid: np.ndarray, upsample: int) -> np.ndarray:
    """Fields (..., r, r) sampled bilinearly at the cell centres of (..., r*u, r*u) grids."""
    spread = _spread(grid.shape[-1], upsample)
    return spread @ grid @ spread.T


@lru_cache(maxsize=4)
def _spread(size: int, upsample: int) -> np.ndarray:
    """Bilinear weights (size*u, size) from coarse cell centres to fine ones, clamped at edges."""
    position = np.clip((np.arange(size * upsample) + 0.5) / upsample - 0.5, 0, size - 1)
    low = np.minimum(np.floor(position).astype(int), max(size - 2, 0))
    high = np.minimum(low + 1, size - 1)
    weights = np.zeros((size * upsample, size), dtype=np.float32)
    rows = np.arange(size * upsample)
    np.add.at(weights, (rows, low), 1 - (position - low))
    np.add.at(weights, (rows, high), position - low)
    weights.setflags(write=False)
    return weights
