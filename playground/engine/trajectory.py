"""Trajectory: the weights a run passed through, one flat copy per epoch, kept within a bound.

The loss landscape draws the run's path on a plane through its current weights; the plane's
"pca" directions are the trajectory's main directions. At most MAX_POINTS are kept: when full,
every other one is dropped (the first and the newest stay) and only every 2x-th epoch is added
from then on, so a run of any length keeps an even sample of its whole path.
"""

from __future__ import annotations

import numpy as np

MAX_POINTS = 200


class Trajectory:
    """Epochs (k,) and flat weights (k, P) of a run, oldest first, float64."""

    def __init__(self, params: np.ndarray, epoch: int = 0, limit: int = MAX_POINTS) -> None:
        self.limit = limit
        self.every = 1  # keep an epoch when it is at least this far after the last kept one
        self._epochs = [int(epoch)]
        self._params = [np.array(params, dtype=float)]

    def __len__(self) -> int:
        return len(self._epochs)

    @property
    def epochs(self) -> np.ndarray:
        """The kept epochs (k,)."""
        return np.array(self._epochs)

    @property
    def params(self) -> np.ndarray:
        """The kept weights (k, P), a copy."""
        return np.array(self._params)

    def add(self, epoch: int, params: np.ndarray) -> None:
        """Keep the weights after `epoch` if it is far enough from the last kept one."""
        if epoch - self._epochs[-1] < self.every:
            return
        self._epochs.append(int(epoch))
        self._params.append(np.array(params, dtype=float))
        if len(self._epochs) > self.limit:
            keep = sorted({*range(0, len(self._epochs), 2), len(self._epochs) - 1})
            self._epochs = [self._epochs[i] for i in keep]
            self._params = [self._params[i] for i in keep]
            self.every *= 2
