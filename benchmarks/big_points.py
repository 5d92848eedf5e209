"""Large point sets in the canvas: what a data change and a boundary frame cost at N points.

Run: python benchmarks/big_points.py [--points 1000000]
Prints one line per figure: CSV parse time (off the GUI thread in the window), the canvas's
redraw of the points after a data change, and the paint of a boundary frame (median of 10).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import playground  # noqa: E402, F401  # isort: skip
import numpy as np  # noqa: E402  # isort: skip
from PySide6.QtWidgets import QApplication  # noqa: E402

from playground.app.data.model import DataModel  # noqa: E402
from playground.app.views.canvas import DataCanvas  # noqa: E402
from playground.engine import Dataset, datasets  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    n = parser.parse_args().points
    app = QApplication.instance() or QApplication([])
    rng = np.random.default_rng(0)
    data = Dataset(rng.uniform(-6, 6, (n, 2)), rng.integers(0, 2, n), "classification", 2,
                   rng.random(n) < 0.5)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "points.csv"
        data.to_csv(path)
        start = time.perf_counter()
        Dataset.from_csv(path)
        print(f"CSV parse, {n:,} points: {time.perf_counter() - start:.2f} s (worker thread)")
    model = DataModel(datasets.generate("spiral", n_points=200))
    canvas = DataCanvas(model)
    canvas.resize(600, 600)
    canvas.show()
    app.processEvents()
    start = time.perf_counter()
    model.replace(data, "big")
    app.processEvents()
    canvas.viewport().repaint()
    print(f"points redrawn after the data change: {time.perf_counter() - start:.3f} s")
    times = []
    for value in np.linspace(0.1, 0.9, 10):
        output = np.stack([np.full((50, 50), value), np.full((50, 50), 1 - value)], axis=-1)
        start = time.perf_counter()
        canvas.set_output(output, "classification")
        app.processEvents()
        canvas.viewport().repaint()
        times.append(time.perf_counter() - start)
    print(f"boundary frame painted over {n:,} points: {1000 * statistics.median(times):.1f} ms "
          f"median, {1000 * max(times):.1f} ms max")
    canvas.close()


if __name__ == "__main__":
    main()
