"""HistoryStore: earlier boundary frames of the current run, thinned to a fixed memory bound.

A frame is kept when its epoch is at least `spacing` epochs after the last kept one (spacing
starts at 1). When CAPACITY frames are kept, every other one is dropped (the first frame of the
run and the newest stay) and the spacing at least doubles, so a run of any length keeps at most
CAPACITY frames spread roughly evenly over it. The newest frame is always stored, kept or not, so
the end of the timeline is "now".

Grids are stored compactly: class probabilities as uint8 (steps of 1/255, NaN as 1/k, as the
canvas draws it) and regression values as float16. The memory bound is CAPACITY frames of
resolution^2 x k bytes (k classes) or resolution^2 x 2 bytes (regression): at resolution 100,
256 x 100 x 100 x 2 B = 5.12 MB for two classes or regression, 23 MB for nine classes
(`memory_bound`), plus about 100 bytes of bookkeeping per frame.
"""

from __future__ import annotations

import bisect
import dataclasses

import numpy as np

CAPACITY = 256
REGRESSION_BYTES = 2  # float16 per cell


@dataclasses.dataclass(frozen=True)
class HistoryFrame:
    """One stored boundary frame: its epoch, task, extent and compact grid."""

    epoch: int
    task: str
    extent: tuple[float, float]
    grid: np.ndarray  # uint8 (res, res, k) probabilities x 255, or float16 (res, res) values

    def output(self) -> np.ndarray:
        """The grid as a snapshot holds it: float32 (res, res, k) probabilities or (res, res)."""
        if self.task == "regression":
            return self.grid.astype(np.float32)
        return self.grid.astype(np.float32) * np.float32(1 / 255)


def encode(output: np.ndarray, task: str) -> np.ndarray:
    """Compact copy of an output grid: uint8 (res, res, k) probabilities, float16 (res, res)."""
    if task == "regression":  # clipped to float16's range: a diverged run's values overflow
        limit = np.finfo(np.float16).max
        return np.clip(np.asarray(output, dtype=np.float32), -limit, limit).astype(np.float16)
    probs = np.asarray(output, dtype=np.float32)
    k = probs.shape[-1]
    probs = np.nan_to_num(probs, nan=1 / k, posinf=1.0, neginf=0.0)
    return np.rint(np.clip(probs, 0.0, 1.0) * 255).astype(np.uint8)


def frame_bytes(task: str, classes: int = 2, resolution: int = 100) -> int:
    """Bytes of one stored grid at this resolution."""
    per_cell = REGRESSION_BYTES if task == "regression" else classes
    return resolution * resolution * per_cell


def memory_bound(task: str, classes: int = 2, resolution: int = 100,
                 capacity: int = CAPACITY) -> int:
    """The most bytes a store's grids can hold: capacity frames of frame_bytes each."""
    return capacity * frame_bytes(task, classes, resolution)


class HistoryStore:
    """The stored frames of one run, oldest first, at most `capacity` of them."""

    def __init__(self, capacity: int = CAPACITY):
        if capacity < 3:
            raise ValueError(f"capacity must be at least 3, got {capacity}")
        self.capacity = capacity
        self.spacing = 1  # epochs between kept frames; doubles at every thinning
        self._frames: list[HistoryFrame] = []
        self._epochs: list[int] = []
        self._newest_only = False  # the last frame is stored only for being the newest

    def __len__(self) -> int:
        return len(self._frames)

    @property
    def nbytes(self) -> int:
        """Bytes held by the stored grids."""
        return sum(frame.grid.nbytes for frame in self._frames)

    @property
    def epochs(self) -> list[int]:
        """The stored frames' epochs, oldest first."""
        return list(self._epochs)

    def clear(self) -> None:
        """Forget the run (a reset or a rebuilt network)."""
        self._frames.clear()
        self._epochs.clear()
        self._newest_only = False
        self.spacing = 1

    def add(self, epoch: int, output: np.ndarray, task: str,
            extent: tuple[float, float] = (-6.0, 6.0)) -> None:
        """Store a drawn frame's output grid; an epoch before the newest one starts a new run."""
        if self._epochs and epoch < self._epochs[-1]:
            self.clear()
        frame = HistoryFrame(int(epoch), task, tuple(extent), encode(output, task))
        if self._newest_only:
            self._pop()
        if self._epochs and epoch == self._epochs[-1]:  # the same epoch drawn again (an edit)
            self._frames[-1] = frame
            return
        self._newest_only = bool(self._epochs) and epoch < self._epochs[-1] + self.spacing
        self._frames.append(frame)
        self._epochs.append(frame.epoch)
        if not self._newest_only and len(self._frames) >= self.capacity:
            self._thin()

    def at(self, index: int) -> HistoryFrame:
        """The stored frame at index (negative counts from the newest)."""
        return self._frames[index]

    def nearest(self, epoch: int) -> int:
        """Index of the stored frame whose epoch is closest to epoch (the earlier on a tie)."""
        if not self._frames:
            raise IndexError("the history is empty")
        right = bisect.bisect_left(self._epochs, epoch)
        if right == 0:
            return 0
        if right == len(self._epochs):
            return right - 1
        before, after = self._epochs[right - 1], self._epochs[right]
        return right if after - epoch < epoch - before else right - 1

    def earlier(self, index: int, count: int = 3) -> list[int]:
        """Indices of up to count frames evenly between the first and index, oldest first.

        They sit at 1/(count+1), 2/(count+1), ... of the way in epochs from the run's first
        stored frame to frame index, never at index itself, without repeats.
        """
        index = range(len(self._frames))[index]
        first, last = self._epochs[0], self._epochs[index]
        chosen: list[int] = []
        for j in range(1, count + 1):
            near = self.nearest(first + (last - first) * j / (count + 1))
            if near < index and near not in chosen:
                chosen.append(near)
        return chosen

    def _pop(self) -> None:
        self._frames.pop()
        self._epochs.pop()
        self._newest_only = False

    def _thin(self) -> None:
        """Drop every other frame after the first, keeping the newest; at least double spacing.

        Frames may arrive further apart than the spacing (20 epochs per frame at 1000 epochs/s
        and 50 frames/s), so the spacing becomes the kept frames' median gap if that is larger:
        new frames then come as densely as the old ones, and the timeline stays even.
        """
        keep = [0, *range(len(self._frames) - 1, 0, -2)[::-1]]
        self._frames = [self._frames[i] for i in keep]
        self._epochs = [self._epochs[i] for i in keep]
        gaps = np.diff(self._epochs[1:])
        self.spacing = max(2 * self.spacing, int(np.median(gaps)) if len(gaps) else 0)
