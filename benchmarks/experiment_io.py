"""Experiment files: save and load time and file size at 100,000 points, medians of repeats.

Run: python benchmarks/experiment_io.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# playground first: importing it limits OpenBLAS to one thread before NumPy loads.
import playground  # noqa: E402, F401  # isort: skip

from playground.engine import TrainConfig, Trainer, datasets  # noqa: E402
from playground.io import Experiment, load, save  # noqa: E402

REPEATS = 5
N_POINTS = 100_000


def median_seconds(work: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median wall time of work() over repeats, after one warm-up call."""
    work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def experiment(n_points: int) -> Experiment:
    """A spiral of n_points (half train), [8, 8] adam, one epoch trained: state included."""
    data = datasets.generate("spiral", n_points=n_points, noise=0.1, seed=0)
    trainer = Trainer(TrainConfig(hidden=(8, 8), optimizer="adam", batch_size=100), data)
    trainer.run(1)
    return Experiment.from_trainer(trainer, title="benchmark")


def main() -> None:
    exp = experiment(N_POINTS)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.json"
        saving = median_seconds(lambda: save(path, exp))
        loading = median_seconds(lambda: load(path))
        trainer = median_seconds(exp.trainer)
        size = path.stat().st_size
    print(f"save {N_POINTS:,} points with state: {saving * 1e3:.0f} ms (median of {REPEATS})")
    print(f"load {N_POINTS:,} points with state, fully checked: {loading * 1e3:.0f} ms "
          f"(median of {REPEATS})")
    print(f"experiment.trainer() after load (restore again): {trainer * 1e3:.0f} ms")
    print(f"file size {N_POINTS:,} points with state: {size / 2**20:.2f} MB ({size:,} bytes)")


if __name__ == "__main__":
    main()
