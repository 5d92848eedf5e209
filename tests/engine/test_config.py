"""TrainConfig: defaults, validation that names the field, exact dict round trip."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from playground.engine import TrainConfig, activations, optimizers


def test_defaults_follow_the_web_playground():
    cfg = TrainConfig()
    assert (cfg.batch_size, cfg.lr, cfg.activation, cfg.hidden) == (10, 0.03, "tanh", (4, 2))
    assert cfg.loss == "cross_entropy" and cfg.features == ("x1", "x2")


@pytest.mark.parametrize(("field", "value"), [
    ("task", "ranking"), ("features", ()), ("features", ("x1", "x1")), ("features", ("x9",)),
    ("hidden", (4,) * 9), ("hidden", (0,)), ("hidden", (33,)), ("hidden", (2.5,)),
    ("activation", "swish2"), ("init", "orthogonal"), ("loss", "mae"), ("optimizer", "lbfgs"),
    ("lr", 0.0), ("lr", -1.0), ("lr", math.nan), ("lr", math.inf), ("lr", "fast"),
    ("batch_size", 0), ("batch_size", 2.0), ("regularization", "l3"), ("reg_rate", -0.1),
    ("dropout", 0.95), ("dropout", math.nan), ("seed", -1), ("label_smoothing", 1.0),
    ("focal_gamma", -1.0), ("huber_delta", 0.0), ("seed", True),
])
def test_bad_values_name_the_field(field, value):
    with pytest.raises(ValueError, match=field):
        TrainConfig(**{field: value})


def test_round_trip_and_unknown_fields():
    cfg = TrainConfig(hidden=(8, 8), lr=0.1, features=("x1", "x2", "x1*x2"), dropout=0.2)
    assert TrainConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(ValueError, match="unknown config field"):
        TrainConfig.from_dict({"learning_rate": 0.1})
    with pytest.raises(ValueError, match="hidden"):
        TrainConfig.from_dict({"hidden": "8,8"})


def test_replace_validates_and_switching_task_picks_a_loss():
    cfg = TrainConfig()
    assert cfg.replace(task="regression").loss == "mse"
    with pytest.raises(ValueError, match="lr"):
        cfg.replace(lr=-3)
    assert TrainConfig.from_dict({"task": "regression"}).loss == "mse"


@given(
    hidden=st.lists(st.integers(1, 32), max_size=8),
    lr=st.floats(1e-6, 10, allow_nan=False),
    activation=st.sampled_from(activations.names()),
    optimizer=st.sampled_from(optimizers.names()),
    batch=st.integers(1, 1000),
    dropout=st.floats(0, 0.9),
    seed=st.integers(0, 2**32 - 1),
)
def test_dict_round_trip_is_exact(hidden, lr, activation, optimizer, batch, dropout, seed):
    cfg = TrainConfig(hidden=tuple(hidden), lr=lr, activation=activation, optimizer=optimizer,
                      batch_size=batch, dropout=dropout, seed=seed)
    assert TrainConfig.from_dict(cfg.to_dict()) == cfg


@pytest.mark.parametrize(("values", "field"), [
    ({"hidden": 8}, "hidden"), ({"features": "x1"}, "features"),
    ({"features": [["x1"]]}, "features"), ({"hidden": [[8]]}, "hidden"),
])
def test_wrong_shapes_of_values_name_the_field(values, field):
    with pytest.raises(ValueError, match=field):
        TrainConfig.from_dict(values)


def test_numpy_integers_are_accepted_as_plain_ints():
    import numpy as np

    cfg = TrainConfig(hidden=(np.int64(4),), batch_size=np.int32(7), seed=np.uint8(3))
    assert cfg.hidden == (4,) and type(cfg.hidden[0]) is int and type(cfg.batch_size) is int
    assert TrainConfig.from_dict(cfg.to_dict()) == cfg
