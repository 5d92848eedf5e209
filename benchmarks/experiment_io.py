"""Experiment files: save and load time and file size at 100,000 points, medians of repeats;
opening (reading and checking) a 20 MB file, time and peak memory; saving after 1M epochs.

Run: python benchmarks/experiment_io.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# playground first: importing it limits OpenBLAS to one thread before NumPy loads.
import playground  # noqa: E402, F401  # isort: skip

from playground.engine import TrainConfig, Trainer, datasets  # noqa: E402
from playground.io import Experiment, json_text, load, save, validation  # noqa: E402

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


def big_file(path: Path, megabytes: int = 20) -> None:
    """An experiment file of about `megabytes`: 200,000 points and extras of numbers."""
    exp = experiment(200_000)
    save(path, exp)
    missing = megabytes * 2**20 - path.stat().st_size
    exp.extras = {"numbers": [0.123456789] * max(0, missing // 13)}
    save(path, exp)


def open_cost(path: Path, work: Callable[[Path], object] = load) -> tuple[float, float]:
    """Seconds (untraced) and peak traced MB (a second, traced call) of work(path)."""
    start = time.perf_counter()
    work(path)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    work(path)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak


def parse_and_check(path: Path) -> None:
    """What load does after reading the bytes: parse the JSON, check every part."""
    validation.check_document(json_text.parse(path.read_text(encoding="utf-8")))


def long_run_save(folder: Path, epochs: int = 1_000_000) -> tuple[float, int]:
    """Seconds to save a run with `epochs` epochs of history, and the file's size."""
    trainer = experiment(1_000).trainer()
    row, norms = trainer.history.last(), trainer.history.grad_norms[-1]
    trainer.history.clear()
    for epoch in range(1, epochs + 1):
        trainer.history.append(norms, **{**row, "epoch": epoch})
    trainer.epoch = epochs
    path = folder / "long.json"
    start = time.perf_counter()
    save(path, Experiment.from_trainer(trainer))
    return time.perf_counter() - start, path.stat().st_size


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
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "20mb.json"
        big_file(path)
        size = path.stat().st_size / 2**20
        for what, work in (("open", load), ("parse and check", parse_and_check)):
            seconds, peak = open_cost(path, work)
            print(f"{what} a {size:.0f} MB experiment (200,000 points, extras of numbers): "
                  f"{seconds:.1f} s, peak {peak:.0f} MB traced ({peak / size:.1f}x the file)")
        seconds, size = long_run_save(Path(folder))
        print(f"save after 1,000,000 epochs (history thinned): {seconds * 1e3:.0f} ms, "
              f"{size / 2**20:.2f} MB")


if __name__ == "__main__":
    main()
