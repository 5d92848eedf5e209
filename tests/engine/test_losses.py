"""Losses against PyTorch's values and gradients, at extreme scores, and by finite differences."""

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from playground.engine import losses

SCORES_3 = [[1.2, -0.7, 0.3], [-0.4, 0.9, 2.1], [0.05, 0.05, -1.5], [3.0, -2.0, 0.5]]
LABELS_3 = [0, 2, 1, 1]
SCORES_2 = [[0.8, -0.3], [-1.1, 0.4], [2.5, 2.0], [0.0, -0.6], [-0.2, 1.7]]
LABELS_2 = [0, 1, 1, 0, 0]
INPUTS = {"3-class": (SCORES_3, LABELS_3), "2-class": (SCORES_2, LABELS_2)}
REGRESSION_SCORES = [[0.6], [-1.2], [2.0], [0.3], [-0.1]]
REGRESSION_TARGETS = [0.0, -0.4, 3.5, 0.3, -0.35]

# (name, options, input key, value, gradient) from torch.nn.functional and autograd, float64;
# regenerate with tests/engine/torch_reference.py.
CLASSIFICATION_REFERENCE = [('cross_entropy', {}, '3-class', 1.6614426593931468,
                             [[-0.08934589658281483, 0.024028812420558807, 0.06531708416225601],
                              [0.014835218732175932, 0.054434818657375726, -0.06927003738955168],
                              [0.11300722295048617, -0.13699277704951385, 0.0239855540990277],
                              [0.22960574169105086, -0.2484529286818, 0.01884718699074917]]),
                            ('cross_entropy', {'label_smoothing': 0.1}, '3-class',
                             1.6660259927264802,
                             [[-0.07267922991614817, 0.015695479087225475, 0.05698375082892268],
                              [0.0065018853988425985, 0.046101485324042395, -0.05260337072288501],
                              [0.10467388961715283, -0.12032611038284717, 0.015652220765694363],
                              [0.22127240835771753, -0.23178626201513333, 0.010513853657415835]]),
                            ('mse', {}, '3-class', 0.2236317291689506,
                             [[-0.021979871102516098, 0.003977193337511847, 0.018002677765004253],
                              [0.0020642305285492766, 0.013322532975158114, -0.015386763503707395],
                              [0.036628853125996806, -0.03870929550766063, 0.0020804423816638234],
                              [0.011539792927469015, -0.0018944877731427456,
                               -0.009645305154326291]]),
                            ('bce', {}, '3-class', 0.9273697776508297,
                             [[-0.019289601375081872, 0.027651018985986157, 0.04787020973430492],
                              [0.033442694990629, 0.05924579188541699, -0.009091401766301077],
                              [0.04270811637368419, -0.04062521695964914, 0.015202126983863029],
                              [0.07938117723520279, -0.07339975649815687, 0.05187161093348788]]),
                            ('hinge', {}, '3-class', 0.8833333333333333,
                             [[-0.08333333333333333, 0.0, 0.08333333333333333], [0.0, 0.0, 0.0],
                              [0.08333333333333333, -0.08333333333333333, 0.0],
                              [0.08333333333333333, -0.16666666666666666, 0.08333333333333333]]),
                            ('focal', {'gamma': 0.0}, '3-class', 1.6614426593931468,
                             [[-0.08934589658281483, 0.024028812420558807, 0.06531708416225601],
                              [0.014835218732175932, 0.054434818657375726, -0.06927003738955168],
                              [0.11300722295048617, -0.13699277704951385, 0.0239855540990277],
                              [0.22960574169105086, -0.2484529286818, 0.01884718699074917]]),
                            ('focal', {}, '3-class', 1.3355411559564068,
                             [[-0.02955903330040753, 0.007949648430134617, 0.021609384870272905],
                              [0.0030672589905987495, 0.011254683192929157, -0.014321942183527916],
                              [0.07838435645325464, -0.09502127729017111, 0.016636920836916487],
                              [0.24113386088820363, -0.2609273335273872, 0.019793472639183594]]),
                            ('focal', {'gamma': 0.5}, '3-class', 1.5230630158636447,
                             [[-0.0746475128513561, 0.020075808207978683, 0.054571704643377406],
                              [0.01111430368107189, 0.04078167745986538, -0.05189598114093728],
                              [0.11104979881538084, -0.13461989360781285, 0.02357009479243203],
                              [0.23251805684251706, -0.2516043012184666, 0.01908624437594963]]),
                            ('cross_entropy', {}, '2-class', 0.7879400592094272,
                             [[-0.04994797888097646, 0.04994797888097648],
                              [0.036485104761271266, -0.03648510476127127],
                              [0.12449186624037092, -0.12449186624037092],
                              [-0.07086873875484093, 0.07086873875484091],
                              [-0.17397830512740042, 0.17397830512740042]]),
                            ('cross_entropy', {'label_smoothing': 0.1}, '2-class',
                             0.7959400592094272,
                             [[-0.039947978880976454, 0.03994797888097648],
                              [0.026485104761271267, -0.026485104761271264],
                              [0.11449186624037093, -0.11449186624037092],
                              [-0.06086873875484092, 0.06086873875484091],
                              [-0.16397830512740041, 0.16397830512740044]]),
                            ('mse', {}, '2-class', 0.2730750850572527,
                             [[-0.018717493573141328, 0.01871749357314133],
                              [0.010883247857116037, -0.010883247857116037],
                              [0.05851210141078306, -0.05851210141078304],
                              [-0.032427301136295106, 0.032427301136295106],
                              [-0.03938181936054103, 0.039381819360541054]]),
                            ('bce', {}, '2-class', 0.8228184263080898,
                             [[-0.03100255188723875, 0.0425557483188341],
                              [0.024973989440488235, -0.0401312339887548],
                              [0.09241418199787566, -0.011920292202211769],
                              [-0.05, 0.035434369377420456],
                              [-0.05498339973124779, 0.08455347349164652]]),
                            ('hinge', {}, '2-class', 0.48,
                             [[0.0, 0.0], [0.0, 0.0], [0.1, -0.1], [-0.1, 0.1], [-0.1, 0.1]]),
                            ('focal', {'gamma': 0.0}, '2-class', 0.7879400592094271,
                             [[-0.04994797888097646, 0.04994797888097648],
                              [0.036485104761271266, -0.03648510476127127],
                              [0.12449186624037092, -0.12449186624037092],
                              [-0.07086873875484093, 0.07086873875484091],
                              [-0.17397830512740042, 0.17397830512740042]]),
                            ('focal', {}, '2-class', 0.40003864813347034,
                             [[-0.008493453286086241, 0.008493453286086245],
                              [0.0034062210446471858, -0.003406221044647186],
                              [0.10523036437491662, -0.1052303643749166],
                              [-0.02308479360926828, 0.02308479360926828],
                              [-0.21196610451572265, 0.21196610451572265]]),
                            ('focal', {'gamma': 0.5}, '2-class', 0.632129003907689,
                             [[-0.03573419716121273, 0.03573419716121275],
                              [0.02261654805409654, -0.02261654805409654],
                              [0.12723354496880607, -0.12723354496880604],
                              [-0.05900021550000606, 0.059000215500006045],
                              [-0.18701390752683097, 0.18701390752683097]])]

# (name, options, value, gradient) on REGRESSION_SCORES / REGRESSION_TARGETS, likewise.
REGRESSION_REFERENCE = [('mse', {}, 0.6625,
                         [[0.24], [-0.32], [-0.6000000000000001], [0.0], [0.09999999999999999]]),
                        ('mae', {}, 0.63, [[0.2], [-0.2], [-0.2], [0.0], [0.2]]),
                        ('huber', {}, 0.30625,
                         [[0.12], [-0.16], [-0.2], [0.0], [0.049999999999999996]]),
                        ('huber', {'delta': 0.5}, 0.22125,
                         [[0.1], [-0.1], [-0.1], [0.0], [0.049999999999999996]])]

CLASSIFICATION_CASES = [("cross_entropy", {}), ("cross_entropy", {"label_smoothing": 0.1}),
                        ("mse", {}), ("bce", {}), ("hinge", {}), ("focal", {"gamma": 0.0}),
                        ("focal", {}), ("focal", {"gamma": 0.5})]
REGRESSION_CASES = [("mse", {}), ("mae", {}), ("huber", {}), ("huber", {"delta": 0.5})]
ALL_CASES = ([("classification", *case) for case in CLASSIFICATION_CASES]
             + [("regression", *case) for case in REGRESSION_CASES])


def case_id(case) -> str:
    """A test id from a case's strings and options, e.g. "classification-focal-gamma=0.5"."""
    words = [part for part in case if isinstance(part, str)]
    options = next((part for part in case if isinstance(part, dict)), {})
    return "-".join(words + [f"{k}={v}" for k, v in options.items()])


def fixed_inputs(task: str, dtype=np.float64):
    """The 4 x 3 classification batch, or the 5-row regression batch, in dtype."""
    if task == "classification":
        return np.array(SCORES_3, dtype=dtype), np.array(LABELS_3)
    return np.array(REGRESSION_SCORES, dtype=dtype), np.array(REGRESSION_TARGETS)


# --- registry ---

def test_names_per_task():
    assert losses.names("classification") == ["cross_entropy", "mse", "bce", "hinge", "focal"]
    assert losses.names("regression") == ["mse", "mae", "huber"]


def test_get_returns_configured_losses():
    loss = losses.get("cross_entropy", "classification", label_smoothing=0.2)
    assert (loss.name, loss.task, loss.label_smoothing) == ("cross_entropy", "classification", 0.2)
    assert losses.get("focal", "classification").gamma == 2.0
    assert losses.get("huber", "regression").delta == 1.0
    assert losses.get("mse", "regression").task == "regression"
    assert losses.get("mse", "classification").task == "classification"


def test_unknown_task_names_the_known_ones():
    with pytest.raises(ValueError, match="'ranking'; known: classification, regression"):
        losses.names("ranking")
    with pytest.raises(ValueError, match="unknown task 'ranking'"):
        losses.get("mse", "ranking")


def test_unknown_loss_names_the_known_ones():
    with pytest.raises(ValueError, match="unknown regression loss 'hinge'; known: mse, mae, huber"):
        losses.get("hinge", "regression")


@pytest.mark.parametrize(("name", "task", "option"), [
    ("cross_entropy", "classification", "gamma"),
    ("mse", "classification", "label_smoothing"),
    ("huber", "regression", "gamma"),
])
def test_unknown_option_is_named(name, task, option):
    with pytest.raises(ValueError, match=f"unknown option '{option}' for loss '{name}'"):
        losses.get(name, task, **{option: 0.1})


@pytest.mark.parametrize(("name", "task", "option", "bad"), [
    ("cross_entropy", "classification", "label_smoothing", 1.0),
    ("cross_entropy", "classification", "label_smoothing", -0.1),
    ("cross_entropy", "classification", "label_smoothing", math.nan),
    ("focal", "classification", "gamma", -1.0),
    ("focal", "classification", "gamma", math.inf),
    ("focal", "classification", "gamma", "2"),
    ("huber", "regression", "delta", 0.0),
    ("huber", "regression", "delta", -1.0),
    ("huber", "regression", "delta", math.nan),
])
def test_bad_option_value_is_named(name, task, option, bad):
    with pytest.raises(ValueError, match=f"^{option} must be a number in "):
        losses.get(name, task, **{option: bad})


# --- against torch ---

@pytest.mark.parametrize("reference", CLASSIFICATION_REFERENCE, ids=case_id)
def test_classification_matches_torch(reference):
    name, options, key, value, grad = reference
    scores, labels = (np.array(x) for x in INPUTS[key])
    loss = losses.get(name, "classification", **options)
    got = loss.value(scores, labels)
    assert type(got) is float
    assert got == pytest.approx(value, rel=1e-10)
    np.testing.assert_allclose(loss.grad(scores, labels), grad, rtol=1e-10)


@pytest.mark.parametrize("reference", REGRESSION_REFERENCE, ids=case_id)
def test_regression_matches_torch(reference):
    name, options, value, grad = reference
    scores, targets = fixed_inputs("regression")
    loss = losses.get(name, "regression", **options)
    got = loss.value(scores, targets)
    assert type(got) is float
    assert got == pytest.approx(value, rel=1e-10)
    np.testing.assert_allclose(loss.grad(scores, targets), grad, rtol=1e-10)


def test_mae_gradient_is_zero_where_prediction_equals_target():
    scores, targets = fixed_inputs("regression")
    assert scores[3, 0] == targets[3]
    assert losses.get("mae", "regression").grad(scores, targets)[3, 0] == 0.0


# --- numerics ---

@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("case", ALL_CASES, ids=case_id)
def test_finite_without_warnings_at_extreme_scores(case, dtype):
    """No overflow, invalid or divide-by-zero for scores of +-1e4; underflow to 0 is allowed."""
    task, name, options = case
    loss = losses.get(name, task, **options)
    if task == "classification":
        scores = np.array([[1e4, -1e4, 0.0], [1e4, -1e4, 0.0], [-1e4, 1e4, 1e4], [0.0, 0.0, 0.0]],
                          dtype=dtype)
        targets = np.array([0, 1, 2, 0])  # confidently right, confidently wrong, a tie, uniform
    else:
        scores = np.array([[1e4], [-1e4], [1e4], [0.0]], dtype=dtype)
        targets = np.array([-1.0, 1.0, 1e4, 0.0])
    with np.errstate(all="raise", under="ignore"):
        value = loss.value(scores, targets)
        grad = loss.grad(scores, targets)
        predicted = loss.predict(scores)
    assert math.isfinite(value)
    assert np.isfinite(grad).all()
    assert np.isfinite(predicted).all()


@pytest.mark.parametrize("case", ALL_CASES, ids=case_id)
def test_float32_in_float32_out(case):
    task, name, options = case
    loss = losses.get(name, task, **options)
    scores, targets = fixed_inputs(task, np.float32)
    if task == "regression":
        targets = targets.astype(np.float32)  # so float64 sees the same (zero) residual
    scores64 = scores.astype(np.float64)
    grad = loss.grad(scores, targets)
    assert grad.dtype == np.float32
    assert loss.predict(scores).dtype == np.float32
    assert type(loss.value(scores, targets)) is float
    assert loss.value(scores, targets) == pytest.approx(loss.value(scores64, targets), rel=1e-5)
    np.testing.assert_allclose(grad, loss.grad(scores64, targets), rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("case", ALL_CASES, ids=case_id)
def test_inputs_are_left_unchanged(case):
    task, name, options = case
    loss = losses.get(name, task, **options)
    scores, targets = fixed_inputs(task)
    scores_before, targets_before = scores.copy(), targets.copy()
    loss.value(scores, targets)
    loss.grad(scores, targets)
    loss.predict(scores)
    np.testing.assert_array_equal(scores, scores_before)
    np.testing.assert_array_equal(targets, targets_before)


@pytest.mark.parametrize(("name", "options"), CLASSIFICATION_CASES, ids=case_id)
def test_classification_predicts_probabilities(name, options):
    scores = np.array(SCORES_3 + [[1e4, -1e4, 0.0]])
    with np.errstate(all="raise", under="ignore"):
        p = losses.get(name, "classification", **options).predict(scores)
    assert p.shape == scores.shape
    assert (p >= 0.0).all()
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-12)
    np.testing.assert_array_equal(p.argmax(axis=1), scores.argmax(axis=1))


def test_predict_is_softmax_except_bce_renormalised_sigmoids():
    scores = np.array(SCORES_3)
    e = np.exp(scores)
    softmax = e / e.sum(axis=1, keepdims=True)
    for name in ["cross_entropy", "mse", "hinge", "focal"]:
        np.testing.assert_allclose(losses.get(name, "classification").predict(scores), softmax,
                                   rtol=1e-14)
    sig = 1.0 / (1.0 + np.exp(-scores))
    np.testing.assert_allclose(losses.get("bce", "classification").predict(scores),
                               sig / sig.sum(axis=1, keepdims=True), rtol=1e-14)


@pytest.mark.parametrize(("name", "options"), REGRESSION_CASES, ids=case_id)
def test_regression_predicts_the_score_column(name, options):
    scores, _ = fixed_inputs("regression")
    predicted = losses.get(name, "regression", **options).predict(scores)
    np.testing.assert_array_equal(predicted, scores[:, 0])
    assert not np.shares_memory(predicted, scores)  # scores may be a reused network buffer


@st.composite
def batches(draw, task):
    """A random (scores, targets) batch: n in 1..4 rows, k in 2..5 classes or one output."""
    n = draw(st.integers(1, 4))
    k = draw(st.integers(2, 5)) if task == "classification" else 1
    scores = draw(arrays(np.float64, (n, k), elements=st.floats(-4.0, 4.0)))
    if task == "classification":
        targets = draw(arrays(np.int64, n, elements=st.integers(0, k - 1)))
    else:
        targets = draw(arrays(np.float64, n, elements=st.floats(-4.0, 4.0)))
    return scores, targets


def central_difference(loss, scores, targets, h=1e-6) -> np.ndarray:
    """d value / d scores by central differences, one entry at a time."""
    slope = np.empty_like(scores)
    for index in np.ndindex(scores.shape):
        plus, minus = scores.copy(), scores.copy()
        plus[index] += h
        minus[index] -= h
        slope[index] = (loss.value(plus, targets) - loss.value(minus, targets)) / (2 * h)
    return slope


@settings(max_examples=60, deadline=None)
@given(case=st.sampled_from(CLASSIFICATION_CASES), batch=batches("classification"))
def test_classification_grad_matches_central_difference(case, batch):
    name, options = case
    scores, labels = batch
    if name == "hinge":  # kinks where a margin 1 - s_y + s_j is 0
        margins = 1.0 - scores[np.arange(len(scores)), labels][:, None] + scores
        assume(np.abs(margins).min() > 1e-4)
    loss = losses.get(name, "classification", **options)
    np.testing.assert_allclose(loss.grad(scores, labels), central_difference(loss, scores, labels),
                               rtol=1e-5, atol=1e-8)


@settings(max_examples=60, deadline=None)
@given(case=st.sampled_from(REGRESSION_CASES), batch=batches("regression"))
def test_regression_grad_matches_central_difference(case, batch):
    name, options = case
    scores, targets = batch
    assume(np.abs(scores[:, 0] - targets).min() > 1e-4)  # mae's kink at a zero residual
    loss = losses.get(name, "regression", **options)
    np.testing.assert_allclose(loss.grad(scores, targets),
                               central_difference(loss, scores, targets), rtol=1e-5, atol=1e-8)


# --- the tutorials' textbook forms on probability vectors (t: one-hot on class 2 of 10) ---

T = np.array([0, 0, 1, 0, 0, 0, 0, 0, 0, 0], dtype=float)
Y1 = np.array([0.01, 0.03, 0.7, 0.06, 0.2, 0, 0, 0, 0, 0])
Y2 = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
Y3 = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.0, 0.6, 0.0])


def test_textbook_sum_squared_error_of_a_confident_right_guess():
    assert losses.sum_squared_error(Y1, T) == pytest.approx(0.0673, rel=1e-12)


def test_textbook_errors_of_a_right_guess():
    assert losses.sum_squared_error(Y2, T) == pytest.approx(0.0975, rel=1e-12)
    assert losses.cross_entropy_error(Y2, T) == pytest.approx(0.510825457099338, rel=1e-12)


def test_textbook_errors_of_a_wrong_guess():
    assert losses.sum_squared_error(Y3, T) == pytest.approx(0.5975, rel=1e-12)
    assert losses.cross_entropy_error(Y3, T) == pytest.approx(2.302584092994546, rel=1e-12)


@pytest.mark.parametrize("y", [Y1, Y2, Y3], ids=["y1", "y2", "y3"])
def test_engine_losses_agree_with_the_textbook_forms(y):
    """Scores log(y + 1e-7) make softmax(scores) = y up to 1e-6, so the engine's batch losses
    reduce to the textbook ones: cross_entropy = CE, mse (a mean over k classes) = 2 SSE / k."""
    scores, label = np.log(y + 1e-7)[None, :], np.array([2])
    ce = losses.get("cross_entropy", "classification").value(scores, label)
    mse = losses.get("mse", "classification").value(scores, label)
    assert ce == pytest.approx(losses.cross_entropy_error(y, T), abs=2e-6)
    assert mse == pytest.approx(2 * losses.sum_squared_error(y, T) / len(y), abs=2e-6)


@pytest.mark.parametrize(("task", "name"), [(task, name) for task in ("classification",
                                                                          "regression")
                                             for name in losses.names(task)])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_grad_inplace_on_encoded_targets_equals_grad(task, name, dtype):
    """The trainer's hot path (encode once, gradient in the scores buffer) agrees with grad()."""
    rng = np.random.default_rng(11)
    k = 4 if task == "classification" else 1
    scores = rng.normal(0, 3, (7, k)).astype(dtype)
    targets = rng.integers(0, k, 7) if task == "classification" else rng.normal(size=7)
    loss = losses.get(name, task)
    expected = loss.grad(scores, targets)
    buffer = np.asfortranarray(scores.copy())
    got = loss.grad_inplace(buffer, loss.encode(targets, k, np.dtype(dtype)))
    assert got.dtype == dtype
    np.testing.assert_allclose(got, expected, rtol=1e-5 if dtype == np.float32 else 1e-12,
                               atol=1e-7)


def test_grad_inplace_with_label_smoothing_equals_grad():
    rng = np.random.default_rng(2)
    scores, targets = rng.normal(0, 2, (5, 3)), rng.integers(0, 3, 5)
    loss = losses.get("cross_entropy", "classification", label_smoothing=0.2)
    got = loss.grad_inplace(scores.copy(), loss.encode(targets, 3, np.dtype(np.float64)))
    np.testing.assert_allclose(got, loss.grad(scores, targets), rtol=1e-12)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("big", [1e4, 1e6])
def test_bce_keeps_its_precision_at_large_scores(dtype, big):
    """torch: binary_cross_entropy_with_logits([[1e6, 0.5]], one_hot(0)) = 0.48703849 (float32)."""
    bce = losses.get("bce", "classification")
    value = bce.value(np.array([[big, 0.5]], dtype=dtype), np.array([0]))
    softplus_half = np.log1p(np.exp(0.5))
    assert value == pytest.approx(softplus_half / 2, rel=1e-6 if dtype == np.float32 else 1e-12)
    wrong = bce.value(np.array([[-big, 0.5]], dtype=dtype), np.array([0]))
    assert wrong == pytest.approx((big + softplus_half) / 2, rel=1e-6)
