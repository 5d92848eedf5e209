"""RowLog: every run's history rows since its last restart, so a view that switches to another
run (the canvas showing a fork) can draw that run's whole history at once."""

from __future__ import annotations

import numpy as np

from playground.training.protocol import Frame

COMPACT_AFTER = 64  # pieces kept before they are joined into one


class RowLog:
    """Each run's history rows (History.arrays() columns), gathered from its frames."""

    def __init__(self) -> None:
        self._pieces: dict[str, list[dict[str, np.ndarray]]] = {}

    def add(self, name: str, frame: Frame) -> None:
        """Keep a frame's new rows; a restart forgets the run's earlier ones."""
        pieces = self._pieces.setdefault(name, [])
        if frame.restart:
            pieces.clear()
        if len(frame.rows["epoch"]):
            pieces.append(frame.rows)
        if len(pieces) > COMPACT_AFTER:
            pieces[:] = [joined(pieces)]

    def rows(self, name: str) -> dict[str, np.ndarray] | None:
        """The run's rows so far (columns (m,)), or None when it has none."""
        pieces = self._pieces.get(name)
        return joined(pieces) if pieces else None

    def forget(self, name: str) -> None:
        """A closed run."""
        self._pieces.pop(name, None)


def joined(pieces: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Row pieces with the same columns, one after the other."""
    return {key: np.concatenate([piece[key] for piece in pieces]) for key in pieces[0]}
