"""Values a float32 run cannot hold are refused where they come in, with what is wrong ("values
out of range"), not left to diverge at once with "lower the learning rate" and NumPy's
RuntimeWarning lines on the terminal."""

import json

import numpy as np
import pytest

from playground.cli import main
from playground.engine import Dataset, TrainConfig, Trainer, datasets

ROWS = "0,0,0\n1,1,1\n-1,-1,0\n2,1,1\n-2,0,0\n0.5,2,1\n"


def one_line_error(capfd) -> str:
    captured = capfd.readouterr()
    assert "RuntimeWarning" not in captured.err + captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("playground: error:"), captured.err
    return lines[0]


def test_points_of_1e300_are_refused_with_the_reason(tmp_path, capfd):
    path = tmp_path / "big.csv"
    path.write_text("x,y,label\n1e300,1e300,1\n" + ROWS)
    assert main(["train", "--data", str(path), "--epochs", "3"]) == 2
    assert ("big.csv: values out of range: points up to 1e+300 overflow float32 training"
            in one_line_error(capfd))


def test_regression_targets_out_of_range_are_refused(tmp_path, capfd):
    path = tmp_path / "targets.csv"
    path.write_text("x,y,label\n0,0,1e300\n1,1,2\n-1,0,3\n2,2,1\n")
    assert main(["train", "--data", str(path), "--task", "regression", "--epochs", "3"]) == 2
    assert "values out of range: labels up to 1e+300" in one_line_error(capfd)


def test_weights_of_1e39_are_refused_when_the_experiment_opens(tmp_path, capfd):
    saved = tmp_path / "run.json"
    assert main(["train", "--epochs", "2", "--save", str(saved)]) == 0
    capfd.readouterr()
    document = json.loads(saved.read_text())
    document["state"]["params"][0] = 1e39
    broken = tmp_path / "huge.json"
    broken.write_text(json.dumps(document))
    assert main(["train", "--experiment", str(broken), "--epochs", "3"]) == 2
    line = one_line_error(capfd)
    assert "params: values out of range: up to 1e+39 overflow float32" in line
    assert "learning rate" not in line


def test_the_engine_refuses_values_float32_cannot_hold():
    good = datasets.generate("xor", n_points=40, seed=1)
    with pytest.raises(ValueError, match=r"values out of range: points up to 1e\+300"):
        Dataset(np.array([[1e300, 0.0], [0.0, 1.0]]), np.array([0, 1]))
    trainer = Trainer(TrainConfig(), good)
    with pytest.raises(ValueError, match=r"values out of range: a weight of 1e\+39 overflows"):
        trainer.set_weight(0, 0, 0, 1e39)
    at_the_bound = Dataset(np.array([[1e18, -1e18], *good.points[:9]]), np.r_[1, good.labels[:9]])
    at_the_bound.split(0.5, 0)
    assert np.isfinite(Trainer(TrainConfig(), at_the_bound).evaluate()["train_loss"])
