"""Network: shapes, inits, and backward against finite differences for activation x loss."""

import numpy as np
import pytest

from playground.engine import activations, losses
from playground.engine.network import Network


def _labels(task, n, k, rng):
    return rng.integers(0, k, n) if task == "classification" else rng.normal(size=n)


def _numeric_grad(net, X, y, loss, eps=1e-6):
    grad = np.zeros_like(net.params)
    for i in range(net.params.size):
        keep = net.params[i]
        net.params[i] = keep + eps
        plus = loss.value(net.forward(X), y)
        net.params[i] = keep - eps
        minus = loss.value(net.forward(X), y)
        net.params[i] = keep
        grad[i] = (plus - minus) / (2 * eps)
    return grad


CASES = [(task, name) for task in ("classification", "regression") for name in losses.names(task)]


@pytest.mark.parametrize("activation", activations.names())
@pytest.mark.parametrize(("task", "loss_name"), CASES)
def test_backward_matches_finite_differences(activation, task, loss_name):
    rng = np.random.default_rng(3)
    k = 3 if task == "classification" else 1
    net = Network((2, 4, 3, k), activation, "xavier", seed=5)
    for bias in net.biases:  # non-zero biases keep ReLU's pre-activations off the kink at 0
        bias[...] = rng.uniform(0.05, 0.2, bias.shape) * rng.choice([-1, 1], bias.shape)
    X = rng.normal(size=(6, 2))
    y = _labels(task, 6, k, rng)
    if loss_name in ("mae", "huber"):
        y = net.forward(X)[:, 0] + rng.choice([-1.5, 1.5], 6) * rng.uniform(0.2, 2, 6)
    loss = losses.get(loss_name, task)
    net.forward(X)
    scores = net.forward(X)
    net.backward(loss.grad(scores, y))
    numeric = _numeric_grad(net, X, y, loss)
    np.testing.assert_allclose(net.grads, numeric, rtol=1e-5, atol=1e-7)


def test_shapes_and_views():
    net = Network((3, 5, 2), "relu", "he", seed=0)
    assert [w.shape for w in net.weights] == [(3, 5), (5, 2)]
    assert [b.shape for b in net.biases] == [(5,), (2,)]
    net.weights[0][0, 0] = 7.0
    assert 7.0 in net.params
    net.forward(np.ones((4, 3)))
    wg, bg = net.backward(np.ones((4, 2)))
    assert [g.shape for g in wg] == [(3, 5), (5, 2)] and [g.shape for g in bg] == [(5,), (2,)]


def test_no_hidden_layer_is_linear_model():
    net = Network((2, 1), "tanh", "xavier", seed=1)
    X = np.array([[1.0, 2.0], [3.0, -1.0]])
    np.testing.assert_allclose(net.forward(X)[:, 0], X @ net.weights[0][:, 0] + net.biases[0][0])


def test_inits():
    uniform = Network((2, 8, 8, 1), "tanh", "uniform", seed=0)
    assert all(np.all(np.abs(w) <= 0.5) for w in uniform.weights)
    assert all(np.all(b == 0.1) for b in uniform.biases)
    zeros = Network((2, 4, 1), "tanh", "zeros", seed=0)
    assert not zeros.params.any()
    xavier = Network((20, 30, 1), "tanh", "xavier", seed=0)
    assert np.abs(xavier.weights[0]).max() <= np.sqrt(6 / 50)
    he = Network((200, 300, 1), "relu", "he", seed=0)
    assert he.weights[0].std() == pytest.approx(np.sqrt(2 / 200), rel=0.05)
    with pytest.raises(ValueError, match="init"):
        Network((2, 1), "tanh", "bogus")


def test_same_seed_same_weights_and_float32_matches_float64():
    a = Network((2, 8, 2), "tanh", "xavier", seed=4)
    b = Network((2, 8, 2), "tanh", "xavier", seed=4, dtype=np.float32)
    assert b.params.dtype == np.float32
    np.testing.assert_allclose(a.params, b.params, rtol=1e-6)
    X = np.random.default_rng(0).normal(size=(5, 2))
    np.testing.assert_allclose(a.forward(X), b.forward(X.astype(np.float32)), rtol=1e-4, atol=1e-5)


def test_dropout_only_in_training_and_inverted():
    net = Network((2, 64, 1), "linear", "xavier", seed=0, dropout=0.5)
    X = np.ones((2000, 2))
    np.testing.assert_array_equal(net.forward(X), net.forward(X))
    hidden = net.hidden_outputs(X)[0]
    trained = net.forward(X, training=True)
    assert not np.allclose(trained, net.forward(X))
    # Inverted dropout keeps the expected output: mean over many rows stays close.
    tolerance = 0.1 * np.abs(hidden).mean() + 0.05
    assert trained.mean() == pytest.approx(net.forward(X).mean(), abs=tolerance)


def test_dropout_gradient_uses_the_same_mask():
    net = Network((2, 5, 1), "tanh", "xavier", seed=2, dropout=0.4)
    X = np.random.default_rng(1).normal(size=(4, 2))
    loss = losses.get("mse", "regression")
    y = np.zeros(4)
    state = net.dropout_rng.bit_generator.state
    scores = net.forward(X, training=True)
    net.backward(loss.grad(scores, y))
    analytic = net.grads.copy()
    numeric = np.zeros_like(net.params)
    for i in range(net.params.size):
        keep = net.params[i]
        values = []
        for sign in (1, -1):
            net.params[i] = keep + sign * 1e-6
            net.dropout_rng.bit_generator.state = state
            values.append(loss.value(net.forward(X, training=True), y))
        net.params[i] = keep
        numeric[i] = (values[0] - values[1]) / 2e-6
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


def test_penalty_counts_weights_only():
    net = Network((2, 2, 1), "tanh", "zeros", seed=0)
    net.params[:] = 2.0
    assert net.penalty("l1", 0.5) == pytest.approx(0.5 * 2 * 6)
    assert net.penalty("l2", 0.5) == pytest.approx(0.5 * 0.5 * 4 * 6)
    assert net.penalty("none", 1.0) == 0.0


def test_bad_sizes():
    for sizes in [(2,), (2, 0, 1), (2, -1), ()]:
        with pytest.raises(ValueError, match="sizes"):
            Network(sizes)
    with pytest.raises(ValueError, match="activation|known"):
        Network((2, 1), "nope")
