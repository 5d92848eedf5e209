"""A desktop neural-network playground: draw 2-D data, train a NumPy network, watch it learn."""

import os

# The playground's matrices are tiny (tens of columns); OpenBLAS threads only add hand-over costs
# (measured: a 10,000-row gradient product takes 160 us on 2 threads, 36 us on one). It takes
# effect when playground is imported before NumPy, as `main.py` and the benchmarks do.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
