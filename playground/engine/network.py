"""Network: a fully connected net whose weights and biases are views into one flat parameter vector.

Keeping every parameter in one flat vector lets an optimizer update the whole network with a
handful of NumPy calls, which is what makes small-batch training fast in pure NumPy. Layer i is a
block of shape (sizes[i] + 1, sizes[i+1]) whose last row is the bias, so that one matrix product
with a ones-extended input computes both, forward and backward.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from playground.engine import activations

INITS = ("xavier", "he", "uniform", "zeros")
_MAX_WORKSPACES = 4
_DOT_MAX_ROWS = 256


class _Workspace:
    """Preallocated buffers for one batch size: ones-extended inputs, pre-activations, deltas."""

    def __init__(self, sizes: Sequence[int], n: int, dtype: np.dtype, dropout: bool) -> None:
        # Fortran order makes the column slices [:, :-1] contiguous, so activations write fast.
        self.inputs = [np.ones((n, s + 1), dtype, order="F") for s in sizes[:-1]]
        self.pre = [np.empty((n, s), dtype, order="F") for s in sizes[1:-1]]
        # np.dot (small batches) writes only C arrays; large ones run faster in Fortran order.
        self.pre.append(np.empty((n, sizes[-1]), dtype, order="C" if n <= _DOT_MAX_ROWS else "F"))
        self.deltas = [np.empty((n, s), dtype, order="F") for s in sizes[1:-1]]
        self.hidden = [np.empty((n, s), dtype, order="F") for s in sizes[1:-1]] if dropout else []
        self.masks = [np.empty((n, s), dtype) for s in sizes[1:-1]] if dropout else []


class Network:
    """Fully connected network: hidden layers share one activation, the output layer is linear."""

    def __init__(self, sizes: Sequence[int], activation: str = "tanh", init: str = "xavier",
                 seed: int = 0, dropout: float = 0.0, dtype: np.typing.DTypeLike = np.float64):
        sizes = tuple(sizes)
        if len(sizes) < 2 or any(not isinstance(s, (int, np.integer)) or s < 1 for s in sizes):
            raise ValueError(f"sizes must be two or more positive layer widths, got {sizes!r}")
        if not 0.0 <= dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {dropout!r}")
        self.sizes = tuple(int(s) for s in sizes)
        self.activation = activations.get(activation)
        self.dropout = float(dropout)
        self.dtype = np.dtype(dtype)
        shapes = [(a + 1, b) for a, b in zip(self.sizes[:-1], self.sizes[1:], strict=True)]
        total = sum(rows * cols for rows, cols in shapes)
        self.params = np.zeros(total, self.dtype)
        self.grads = np.zeros(total, self.dtype)
        self.blocks = _split(self.params, shapes)
        self.grad_blocks = _split(self.grads, shapes)
        self.weights = [block[:-1] for block in self.blocks]
        self.biases = [block[-1] for block in self.blocks]
        self.weight_grads = [block[:-1] for block in self.grad_blocks]
        self.bias_grads = [block[-1] for block in self.grad_blocks]
        self.weight_mask = np.zeros(total, self.dtype)
        for mask_block in _split(self.weight_mask, shapes):
            mask_block[:-1] = 1
        self.dropout_rng = np.random.default_rng([seed, 1])
        self._workspaces: dict[tuple[int, bool], _Workspace] = {}
        self._many: dict[tuple[int, int], list[np.ndarray]] = {}  # forward_many's inputs
        self._last: _Workspace | None = None
        self._last_input: np.ndarray | None = None
        self._last_training = False
        self.initialize(init, seed)

    @property
    def n_layers(self) -> int:
        """Number of weight layers (hidden layers + the output layer)."""
        return len(self.blocks)

    def initialize(self, init: str, seed: int) -> None:
        """Draw fresh weights: xavier (Glorot uniform), he (Kaiming normal), uniform, or zeros."""
        if init not in INITS:
            raise ValueError(f"unknown init {init!r}; known: {', '.join(INITS)}")
        rng = np.random.default_rng(seed)
        for weight, bias in zip(self.weights, self.biases, strict=True):
            fan_in, fan_out = weight.shape
            if init == "xavier":
                bound = np.sqrt(6.0 / (fan_in + fan_out))
                weight[...] = rng.uniform(-bound, bound, weight.shape)
                bias[...] = 0.0
            elif init == "he":
                weight[...] = rng.normal(0.0, np.sqrt(2.0 / fan_in), weight.shape)
                bias[...] = 0.0
            elif init == "uniform":
                weight[...] = rng.uniform(-0.5, 0.5, weight.shape)
                bias[...] = 0.1
            else:
                weight[...] = 0.0
                bias[...] = 0.0

    def set_activation(self, name: str) -> None:
        """Switch the hidden activation, keeping the weights."""
        self.activation = activations.get(name)

    def forward(self, X: np.ndarray, training: bool = False) -> np.ndarray:
        """Scores (n, sizes[-1]) for inputs X (n, sizes[0]), fresh; dropout only in training."""
        X = np.asarray(X)
        if X.ndim != 2 or X.shape[1] != self.sizes[0]:
            raise ValueError(f"X must have shape (n, {self.sizes[0]}), got {X.shape}")
        ws = self._workspace(X.shape[0], training)
        ws.inputs[0][:, :-1] = X
        return np.array(self.forward_ext(ws.inputs[0], training), order="C")

    def forward_ext(self, X_ext: np.ndarray, training: bool = False) -> np.ndarray:
        """Scores for inputs that already carry a trailing ones column (n, sizes[0] + 1).

        The hot path: writes into preallocated buffers and returns one of them, which the next
        forward overwrites.
        """
        ws = self._workspace(X_ext.shape[0], training)
        drop = training and self.dropout > 0.0
        forward = self.activation.forward
        layer_input = X_ext
        last = self.n_layers - 1
        for i, block in enumerate(self.blocks):
            z = ws.pre[i]
            if i == last:
                _product(len(z))(layer_input, block, out=z)
                break
            np.matmul(layer_input, block, out=z)
            nxt = ws.inputs[i + 1]
            if drop:
                forward(z, out=ws.hidden[i])
                mask = ws.masks[i]
                self.dropout_rng.random(out=mask, dtype=self.dtype)
                np.greater_equal(mask, self.dropout, out=mask)
                mask *= 1.0 / (1.0 - self.dropout)
                np.multiply(ws.hidden[i], mask, out=nxt[:, :-1])
            else:
                forward(z, out=nxt[:, :-1])
            layer_input = nxt
        self._last, self._last_input, self._last_training = ws, X_ext, drop
        return ws.pre[last]

    def forward_many(self, X: np.ndarray, params: np.ndarray) -> np.ndarray:
        """Scores (m, n, sizes[-1]) for inputs X (n, sizes[0]) under each of m flat weight
        vectors params (m, P), no dropout: a loss landscape's grid row in one pass per layer.
        Inputs carry a ones column, as in forward_ext, so each layer is one batched product."""
        params = np.asarray(params, dtype=self.dtype)
        if params.ndim != 2 or params.shape[1] != self.params.size:
            raise ValueError(f"params must have shape (m, {self.params.size}), got "
                             f"{params.shape}")
        m, n = len(params), len(X)
        buffers = self._many.get((m, n))
        if buffers is None:  # inputs with their ones column, kept: a grid asks row after row
            buffers = [np.ones((n, self.sizes[0] + 1), self.dtype),
                       *(np.ones((m, n, width + 1), self.dtype) for width in self.sizes[1:-1])]
            self._many = {(m, n): buffers}
        layer_input = buffers[0]
        layer_input[:, :-1] = X
        start, last = 0, self.n_layers - 1
        for i, block in enumerate(self.blocks):
            rows, cols = block.shape
            z = np.matmul(layer_input, params[:, start:start + rows * cols].reshape(m, rows, cols))
            start += rows * cols
            if i == last:
                return z
            layer_input = buffers[i + 1]
            self.activation.forward(z, out=layer_input[..., :-1])
        raise AssertionError("a network has an output layer")

    def backward(self, dscores: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Gradients of the last forward: (weight_grads, bias_grads) shaped like weights, biases.

        They are views into `self.grads`, overwritten by the next backward.
        """
        ws = self._last
        if ws is None:
            raise RuntimeError("backward() needs a forward() first")
        delta = dscores
        backprop = self.activation.backprop
        product = _product(len(delta))
        for i in range(self.n_layers - 1, -1, -1):
            if i == 0:
                product(self._last_input.T, delta, out=self.grad_blocks[0])
                break
            product(ws.inputs[i].T, delta, out=self.grad_blocks[i])
            previous = ws.deltas[i - 1]
            np.matmul(delta, self.weights[i].T, out=previous)
            if self._last_training:
                previous *= ws.masks[i - 1]
                backprop(previous, ws.pre[i - 1], ws.hidden[i - 1])
            else:
                backprop(previous, ws.pre[i - 1], ws.inputs[i][:, :-1])
            delta = previous
        return self.weight_grads, self.bias_grads

    def hidden_outputs(self, X: np.ndarray) -> list[np.ndarray]:
        """Each hidden layer's activations (n, width) for inputs X (n, sizes[0]), fresh arrays."""
        self.forward(X)
        ws = self._last
        return [np.array(ws.inputs[i][:, :-1], order="C") for i in range(1, self.n_layers)]

    def penalty(self, kind: str, rate: float) -> float:
        """Regularization penalty on weights only: l1 = rate*sum|w|, l2 = rate*0.5*sum w^2."""
        if kind == "none" or rate == 0.0:
            return 0.0
        if kind == "l1":
            return float(rate * sum(np.abs(w, dtype=np.float64).sum() for w in self.weights))
        if kind == "l2":
            squares = sum(np.square(w, dtype=np.float64).sum() for w in self.weights)
            return float(rate * 0.5 * squares)
        raise ValueError(f"unknown regularization {kind!r}; known: none, l1, l2")

    def _workspace(self, n: int, training: bool) -> _Workspace:
        key = (n, training and self.dropout > 0.0)
        ws = self._workspaces.get(key)
        if ws is None:
            if len(self._workspaces) >= _MAX_WORKSPACES:
                self._workspaces.pop(next(iter(self._workspaces)))
            ws = _Workspace(self.sizes, n, self.dtype, key[1])
            self._workspaces[key] = ws
        return ws


def _product(rows: int):
    """np.dot for small batches (~40 % less call overhead than matmul), matmul for large ones
    (np.dot copies strided operands). Both write into C-ordered `out` arrays here."""
    return np.dot if rows <= _DOT_MAX_ROWS else np.matmul


def _split(flat: np.ndarray, shapes: Sequence[tuple[int, int]]) -> list[np.ndarray]:
    """Views of consecutive blocks of `flat` with the given 2-D shapes."""
    views, start = [], 0
    for rows, cols in shapes:
        views.append(flat[start:start + rows * cols].reshape(rows, cols))
        start += rows * cols
    return views
