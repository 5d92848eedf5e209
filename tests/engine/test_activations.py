"""Activations against PyTorch's numbers, in float32 and by finite differences."""

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from playground.engine import activations

ACTIVATION_Z = [-30.0, -3.0, -1.5, -0.5, 0.0, 0.25, 1.0, 2.5, 20.0, 30.0]

# (values, derivatives) at ACTIVATION_Z from torch.nn.functional and autograd, float64;
# regenerate with tests/engine/torch_reference.py.
ACTIVATION_REFERENCE = {'linear': ([-30.0, -3.0, -1.5, -0.5, 0.0, 0.25, 1.0, 2.5, 20.0, 30.0],
                                   [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
                        'sigmoid': ([9.357622968839299e-14, 0.04742587317756678,
                                     0.18242552380635635, 0.3775406687981454, 0.5,
                                     0.5621765008857981, 0.7310585786300049, 0.9241418199787566,
                                     0.9999999979388463, 0.9999999999999065],
                                    [9.357622968838423e-14, 0.04517665973091214,
                                     0.14914645207033286, 0.2350037122015945, 0.25,
                                     0.24613408273759835, 0.19661193324148185, 0.07010371654510807,
                                     2.0611536879193953e-09, 9.348077867342945e-14]),
                        'tanh': ([-1.0, -0.9950547536867305, -0.9051482536448664,
                                  -0.46211715726000974, 0.0, 0.24491866240370913,
                                  0.7615941559557649, 0.9866142981514303, 1.0, 1.0],
                                 [0.0, 0.009866037165440166, 0.1807066389236486,
                                  0.7864477329659274, 1.0, 0.940014848806378, 0.41997434161402614,
                                  0.02659222668316057, 0.0, 0.0]),
                        'relu': ([0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 1.0, 2.5, 20.0, 30.0],
                                 [0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
                        'leaky_relu': ([-0.3, -0.03, -0.015, -0.005, 0.0, 0.25, 1.0, 2.5, 20.0,
                                        30.0],
                                       [0.01, 0.01, 0.01, 0.01, 0.01, 1.0, 1.0, 1.0, 1.0, 1.0]),
                        'elu': ([-0.9999999999999064, -0.950212931632136, -0.7768698398515702,
                                 -0.3934693402873666, 0.0, 0.25, 1.0, 2.5, 20.0, 30.0],
                                [9.357622968840175e-14, 0.049787068367863944, 0.22313016014842982,
                                 0.6065306597126334, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
                        'softplus': ([9.357622968839737e-14, 0.04858735157374206,
                                      0.2014132779827524, 0.4740769841801067, 0.6931471805599453,
                                      0.8259394198788436, 1.3132616875182228, 2.5788897342925496,
                                      20.000000002061153, 30.0],
                                     [9.3576229688393e-14, 0.04742587317756679,
                                      0.18242552380635632, 0.37754066879814546, 0.5,
                                      0.5621765008857981, 0.7310585786300049, 0.9241418199787564,
                                      0.9999999979388464, 1.0]),
                        'gelu': ([-0.0, -0.0036373920817729943, -0.10042842301976707,
                                  -0.15428599017485606, 0.0, 0.149675350701685, 0.8411919906082768,
                                  2.484915733910001, 20.0, 30.0],
                                 [0.0, -0.011584166630969648, -0.12771079315143308,
                                  0.13263009646535764, 0.5, 0.6953540951510604, 1.0829640838457826,
                                  1.037951576212666, 1.0, 1.0]),
                        'silu': ([-2.8072868906517896e-12, -0.14227761953270035,
                                  -0.2736382857095345, -0.1887703343990727, 0.0,
                                  0.14054412522144952, 0.7310585786300049, 2.3103545499468914,
                                  19.999999958776925, 29.999999999997197],
                                 [-2.713710660963134e-12, -0.08810410601516962,
                                  -0.041294154299142946, 0.2600388126973482, 0.5,
                                  0.6237100215701977, 0.9276705118714869, 1.0994011113415267,
                                  1.0000000391619202, 1.000000000002711]),
                        'sine': ([0.9880316240928618, -0.1411200080598672, -0.9974949866040544,
                                  -0.479425538604203, 0.0, 0.24740395925452294, 0.8414709848078965,
                                  0.5984721441039565, 0.9129452507276277, -0.9880316240928618],
                                 [0.15425144988758405, -0.9899924966004454, 0.0707372016677029,
                                  0.8775825618903728, 1.0, 0.9689124217106447, 0.5403023058681398,
                                  -0.8011436155469337, 0.40808206181339196, 0.15425144988758405])}

EXTREME_Z = [-1e4, -1e3, -746.0, -100.0, -30.0, 0.0, 30.0, 100.0, 746.0, 1e3, 1e4]
NAMES = activations.names()


def sample_z(dtype=np.float64) -> np.ndarray:
    """A fixed (6, 5) batch of pre-activations spread over [-8, 8], plus the torch points."""
    z = np.random.default_rng(7).uniform(-8.0, 8.0, size=(6, 5))
    z[0] = [-30.0, -1.5, 0.0, 2.5, 30.0]
    return z.astype(dtype)


def test_names_in_menu_order():
    assert NAMES == ["linear", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "gelu",
                     "silu", "sine"]
    assert list(ACTIVATION_REFERENCE) == NAMES


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(ValueError, match="unknown activation 'swish'.*linear, sigmoid, tanh"):
        activations.get("swish")


@pytest.mark.parametrize("name", NAMES)
def test_registry_entry(name):
    act = activations.get(name)
    assert act.name == name
    assert isinstance(act.formula, str) and "z" in act.formula


@pytest.mark.parametrize("name", NAMES)
def test_values_match_torch(name):
    expected, _ = ACTIVATION_REFERENCE[name]
    got = activations.get(name).forward(np.array(ACTIVATION_Z))
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-300)


@pytest.mark.parametrize("name", NAMES)
def test_derivatives_match_torch_autograd(name):
    _, expected = ACTIVATION_REFERENCE[name]
    got = activations.get(name).derivative(np.array(ACTIVATION_Z))
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-300)


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("name", NAMES)
def test_finite_without_warnings_at_extreme_arguments(name, dtype):
    """No overflow, invalid or divide-by-zero for |z| up to 1e4; underflow to 0 is allowed."""
    act = activations.get(name)
    z = np.array(EXTREME_Z, dtype=dtype)
    with np.errstate(all="raise", under="ignore"):
        a = act.forward(z)
        d = act.derivative(z)
        delta = np.ones_like(z)
        act.backprop(delta, z, a)
    for result in (a, d, delta):
        assert np.isfinite(result).all()


@pytest.mark.parametrize("name", NAMES)
def test_forward_out_is_written_in_place(name):
    act = activations.get(name)
    z = sample_z()
    z_before = z.copy()
    out = np.empty_like(z)
    assert act.forward(z, out=out) is out
    np.testing.assert_array_equal(out, act.forward(z))
    np.testing.assert_array_equal(z, z_before)


@pytest.mark.parametrize("name", NAMES)
def test_forward_out_may_be_a_strided_column_view(name):
    """The network writes into all but the last (ones) column of a Fortran-ordered buffer."""
    act = activations.get(name)
    z = sample_z()
    buffer = np.ones((z.shape[0], z.shape[1] + 1), order="F")
    act.forward(z, out=buffer[:, :-1])
    np.testing.assert_array_equal(buffer[:, :-1], act.forward(z))
    np.testing.assert_array_equal(buffer[:, -1], 1.0)


@pytest.mark.parametrize("name", NAMES)
def test_backprop_multiplies_delta_by_the_derivative_in_place(name):
    act = activations.get(name)
    z = sample_z()
    a = act.forward(z)
    delta = np.random.default_rng(3).normal(size=z.shape)
    expected = delta * act.derivative(z)
    z_before, a_before = z.copy(), a.copy()
    assert act.backprop(delta, z, a) is None
    np.testing.assert_allclose(delta, expected, rtol=1e-14, atol=1e-300)
    np.testing.assert_array_equal(z, z_before)
    np.testing.assert_array_equal(a, a_before)


@pytest.mark.parametrize("name", NAMES)
def test_float32_in_float32_out(name):
    act = activations.get(name)
    z32 = sample_z(np.float32)
    a32 = act.forward(z32)
    d32 = act.derivative(z32)
    assert a32.dtype == np.float32
    assert d32.dtype == np.float32
    assert act.forward(z32, out=np.empty_like(z32)).dtype == np.float32
    delta32 = np.ones_like(z32)
    act.backprop(delta32, z32, a32)
    assert delta32.dtype == np.float32
    z64 = z32.astype(np.float64)
    np.testing.assert_allclose(a32, act.forward(z64), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(d32, act.derivative(z64), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(delta32, act.derivative(z64), rtol=1e-5, atol=1e-6)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(NAMES), z=st.floats(-15.0, 15.0))
def test_derivative_matches_central_difference(name, z):
    if name in ("relu", "leaky_relu"):
        assume(abs(z) > 1e-4)  # the kink at 0
    act = activations.get(name)
    h = 1e-6
    f_plus, f_minus = act.forward(np.array([z + h, z - h]))
    slope = (f_plus - f_minus) / (2 * h)
    (derivative,) = act.derivative(np.array([z]))
    assert abs(derivative - slope) <= 1e-6 * (1.0 + abs(derivative))
