"""Element-wise activation functions, their derivatives and in-place backprop, keyed by name.

Every function computes in the dtype it is given (float32 in, float32 out) and matches
torch.nn.functional (gelu with approximate="tanh", derivatives as torch autograd computes them).
Arguments may be as large as |z| = 1e4: nothing overflows or produces nan; tiny values may
underflow to zero, as numpy allows by default.
"""

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

LEAKY_SLOPE = 0.01
SOFTPLUS_THRESHOLD = 20.0
_GELU_BETA = math.sqrt(2.0 / math.pi)
_GELU_KAPPA = 0.044715


@dataclass(frozen=True)
class Activation:
    """A named element-wise nonlinearity a = f(z) with f'(z), for a layer's pre-activations z."""

    name: str
    formula: str
    forward: Callable[..., np.ndarray] = field(repr=False)
    """forward(z, out=None) -> f(z), written into out (same shape as z, not z itself) if given."""
    derivative: Callable[[np.ndarray], np.ndarray] = field(repr=False)
    """derivative(z) -> f'(z), a new array shaped like z."""
    backprop: Callable[[np.ndarray, np.ndarray, np.ndarray], None] = field(repr=False)
    """backprop(delta, z, a) -> None: delta *= f'(z) in place, given a = f(z); all same shape."""


@functools.cache
def _exp_max(dtype: np.dtype) -> float:
    """Largest whole x with exp(x) finite in dtype (709 for float64, 88 for float32)."""
    return float(math.floor(math.log(float(np.finfo(dtype).max))))


def _exp_neg(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """exp(-z) with -z clipped so that it cannot overflow (z shape)."""
    out = np.negative(z, out=out)
    np.minimum(out, _exp_max(z.dtype), out=out)
    return np.exp(out, out=out)


def _linear(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.positive(z, out=out)


def _linear_derivative(z: np.ndarray) -> np.ndarray:
    return np.ones_like(z)


def _linear_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """f' = 1: delta is already the answer."""


def _sigmoid(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    out = _exp_neg(z, out)
    np.add(out, 1.0, out=out)
    return np.reciprocal(out, out=out)


def _sigmoid_derivative(z: np.ndarray) -> np.ndarray:
    s = _sigmoid(z)
    d = np.subtract(1.0, s)
    d *= s
    return d


def _sigmoid_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """f' = a (1 - a)."""
    np.multiply(delta, a, out=delta)
    np.multiply(delta, np.subtract(1.0, a), out=delta)


def _tanh(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.tanh(z, out=out)


def _tanh_derivative(z: np.ndarray) -> np.ndarray:
    t = np.tanh(z)
    np.multiply(t, t, out=t)
    return np.subtract(1.0, t, out=t)


def _tanh_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """f' = 1 - a^2."""
    d = np.multiply(a, a)
    np.subtract(1.0, d, out=d)
    np.multiply(delta, d, out=delta)


def _relu(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.maximum(z, 0.0, out=out)


def _relu_derivative(z: np.ndarray) -> np.ndarray:
    return np.heaviside(z, 0.0)


def _relu_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """f' = step(z), 0 at z = 0 as torch; a float step multiplies faster than a bool mask."""
    np.multiply(delta, np.heaviside(z, 0.0), out=delta)


def _leaky_relu(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    out = np.multiply(z, LEAKY_SLOPE, out=out)
    return np.maximum(out, z, out=out)


def _leaky_relu_derivative(z: np.ndarray) -> np.ndarray:
    d = np.ones_like(z)
    np.multiply(d, LEAKY_SLOPE, out=d, where=np.less_equal(z, 0.0))
    return d


def _leaky_relu_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """f' = 1 for z > 0 else the slope (the slope at z = 0, as torch)."""
    np.multiply(delta, LEAKY_SLOPE, out=delta, where=np.less_equal(z, 0.0))


def _elu(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    out = np.minimum(z, 0.0, out=out)
    np.expm1(out, out=out)
    return np.maximum(out, z, out=out)  # expm1(z) >= z, so this keeps z only where z > 0


def _elu_derivative(z: np.ndarray) -> np.ndarray:
    d = np.minimum(z, 0.0)
    return np.exp(d, out=d)


def _elu_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """f' = exp(min(z, 0)), from z because a + 1 loses precision for very negative z."""
    np.multiply(delta, _elu_derivative(z), out=delta)


def _softplus(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    out = np.minimum(z, SOFTPLUS_THRESHOLD, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    np.copyto(out, z, where=np.greater(z, SOFTPLUS_THRESHOLD))
    return out


def _softplus_derivative(z: np.ndarray) -> np.ndarray:
    e = np.minimum(z, SOFTPLUS_THRESHOLD)
    np.exp(e, out=e)
    d = np.add(e, 1.0)
    np.divide(e, d, out=d)
    np.copyto(d, 1.0, where=np.greater(z, SOFTPLUS_THRESHOLD))
    return d


def _softplus_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    """f' = e^z / (1 + e^z), exactly 1 above the threshold."""
    np.multiply(delta, _softplus_derivative(z), out=delta)


def _gelu(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    out = np.multiply(z, z, out=out)
    np.multiply(out, z, out=out)
    np.multiply(out, _GELU_KAPPA, out=out)
    np.add(out, z, out=out)
    np.multiply(out, _GELU_BETA, out=out)
    np.tanh(out, out=out)
    np.add(out, 1.0, out=out)
    np.multiply(out, np.multiply(z, 0.5), out=out)
    return out


def _gelu_derivative(z: np.ndarray) -> np.ndarray:
    z_sq = np.multiply(z, z)
    t = np.multiply(z_sq, z)
    np.multiply(t, _GELU_KAPPA, out=t)
    np.add(t, z, out=t)
    np.multiply(t, _GELU_BETA, out=t)
    np.tanh(t, out=t)  # tanh(inner)
    d = np.add(t, 1.0)
    np.multiply(d, 0.5, out=d)  # left derivative 0.5 (1 + tanh)
    np.multiply(t, t, out=t)
    np.subtract(1.0, t, out=t)  # tanh' = 1 - tanh^2
    np.multiply(t, np.multiply(z, 0.5), out=t)
    np.multiply(z_sq, 3.0 * _GELU_KAPPA, out=z_sq)
    np.add(z_sq, 1.0, out=z_sq)
    np.multiply(z_sq, _GELU_BETA, out=z_sq)  # inner' = beta (1 + 3 kappa z^2)
    np.multiply(t, z_sq, out=t)
    return np.add(d, t, out=d)


def _gelu_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    np.multiply(delta, _gelu_derivative(z), out=delta)


def _silu(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    out = _exp_neg(z, out)
    np.add(out, 1.0, out=out)
    return np.divide(z, out, out=out)


def _silu_derivative(z: np.ndarray) -> np.ndarray:
    s = _sigmoid(z)
    d = np.subtract(1.0, s)
    np.multiply(d, z, out=d)
    np.add(d, 1.0, out=d)
    return np.multiply(d, s, out=d)  # s (1 + z (1 - s))


def _silu_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    np.multiply(delta, _silu_derivative(z), out=delta)


def _sine(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.sin(z, out=out)


def _sine_derivative(z: np.ndarray) -> np.ndarray:
    return np.cos(z)


def _sine_backprop(delta: np.ndarray, z: np.ndarray, a: np.ndarray) -> None:
    np.multiply(delta, np.cos(z), out=delta)


_REGISTRY: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("linear", "z", _linear, _linear_derivative, _linear_backprop),
        Activation("sigmoid", "1 / (1 + exp(-z))", _sigmoid, _sigmoid_derivative,
                   _sigmoid_backprop),
        Activation("tanh", "tanh(z)", _tanh, _tanh_derivative, _tanh_backprop),
        Activation("relu", "max(0, z)", _relu, _relu_derivative, _relu_backprop),
        Activation("leaky_relu", "max(0.01 z, z)", _leaky_relu, _leaky_relu_derivative,
                   _leaky_relu_backprop),
        Activation("elu", "max(z, 0) + min(exp(z) - 1, 0)", _elu, _elu_derivative, _elu_backprop),
        Activation("softplus", "log(1 + exp(z))", _softplus, _softplus_derivative,
                   _softplus_backprop),
        Activation("gelu", "0.5 z (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))", _gelu,
                   _gelu_derivative, _gelu_backprop),
        Activation("silu", "z / (1 + exp(-z))", _silu, _silu_derivative, _silu_backprop),
        Activation("sine", "sin(z)", _sine, _sine_derivative, _sine_backprop),
    )
}


def names() -> list[str]:
    """Registered activation names, in menu order."""
    return list(_REGISTRY)


def get(name: str) -> Activation:
    """The activation registered under name; ValueError listing the known names otherwise."""
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown activation {name!r}; known: {', '.join(_REGISTRY)}") from None
