"""A desktop neural-network playground: draw 2-D data, train a NumPy network, watch it learn."""

__version__ = "0.1.0"
