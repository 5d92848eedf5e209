"""Engine speed: one line per workload, each the median of timed repeats.

Run: python benchmarks/engine.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# playground first: importing it limits OpenBLAS to one thread before NumPy loads.
import playground  # noqa: E402, F401  # isort: skip
import numpy as np  # noqa: E402  # isort: skip

from playground.engine import Dataset, TrainConfig, Trainer, datasets  # noqa: E402

REPEATS = 7


def median_seconds(work: Callable[[], None], count: int, repeats: int = REPEATS) -> float:
    """Median over repeats of the time per call of `work`, each repeat `count` calls."""
    work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(count):
            work()
        times.append((time.perf_counter() - start) / count)
    return statistics.median(times)


def web_task() -> Trainer:
    """The web playground's task: spiral, 500 training points, [8, 8] tanh, batch 10, lr 0.03."""
    data = datasets.generate("spiral", n_points=1000, noise=0.0, seed=0, train_fraction=0.5)
    return Trainer(TrainConfig(hidden=(8, 8), activation="tanh", batch_size=10, lr=0.03), data)


def full_batch(n: int) -> Trainer:
    """n training points, one step per epoch over all of them, [8, 8] tanh."""
    rng = np.random.default_rng(0)
    points = rng.uniform(-6, 6, (n, 2))
    labels = (np.hypot(points[:, 0], points[:, 1]) < 3).astype(int)
    data = Dataset(points, labels, n_classes=2)
    return Trainer(TrainConfig(hidden=(8, 8), batch_size=n, lr=0.03), data)


def main() -> None:
    trainer = web_task()
    per_epoch = median_seconds(trainer.run_epoch, 200)
    print(f"(a) spiral 500 train, [8,8] tanh, batch 10, with train+test loss: "
          f"{1 / per_epoch:,.0f} epochs/s ({per_epoch * 1e3:.3f} ms/epoch)")
    for label, n, count in (("(b)", 500, 2000), ("(c)", 10_000, 200), ("(d)", 100_000, 20)):
        trainer = full_batch(n)
        trainer.run_epoch()
        # The update alone, as PyTorch's figures in reference.md are measured ...
        per_step = median_seconds(lambda t=trainer, n=n: t._train_slice(0, n, check=False), count)
        # ... and as `main.py train` runs it: each full-batch epoch also evaluates the loss.
        per_epoch = median_seconds(trainer.run_epoch, count)
        print(f"{label} {n:,} points full batch: {1 / per_step:,.0f} steps/s "
              f"({1 / per_epoch:,.0f} epochs/s with the per-epoch loss)")
    trainer = web_task()
    trainer.run(5)
    for resolution in (100, 200):
        per_frame = median_seconds(lambda r=resolution: trainer.snapshot(resolution=r), 50)
        print(f"(e) snapshot {resolution}x{resolution} with neuron thumbnails: "
              f"{per_frame * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
