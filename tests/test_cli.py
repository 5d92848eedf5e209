"""The command line: `train` runs headless, prints the result, and refuses bad input in one line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from playground.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_train_prints_final_losses(capsys):
    assert main(["train", "--dataset", "circle", "--epochs", "20", "--hidden", "8",
                 "--lr", "0.1"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert out.startswith("epoch 20") and "test accuracy" in out
    accuracy = float(out.split("test accuracy")[1])
    assert accuracy > 0.9


def test_train_writes_history_and_reads_config(tmp_path, capsys):
    config = tmp_path / "cfg.json"
    config.write_text(json.dumps({"hidden": [6], "optimizer": "adam", "lr": 0.01}))
    history = tmp_path / "h.csv"
    assert main(["train", "--config", str(config), "--epochs", "5", "--history", str(history),
                 "--seed", "2"]) == 0
    lines = history.read_text().splitlines()
    assert lines[0].startswith("epoch,train_loss") and len(lines) == 6
    assert capsys.readouterr().out.count("epoch 5") == 1


def test_train_regression_and_csv_data(tmp_path, capsys):
    data = tmp_path / "pts.csv"
    data.write_text("x,y,label\n" + "\n".join(f"{i / 10},{-i / 10},{i % 2}" for i in range(40)))
    assert main(["train", "--data", str(data), "--epochs", "3"]) == 0
    assert main(["train", "--dataset", "plane", "--epochs", "3", "--loss", "huber"]) == 0
    assert "train rmse" in capsys.readouterr().out


def test_same_flags_same_numbers(capsys):
    flags = ["train", "--dataset", "spiral", "--epochs", "5", "--seed", "7", "--noise", "0.1"]
    main(flags)
    first = capsys.readouterr().out
    main(flags)
    assert capsys.readouterr().out == first


@pytest.mark.parametrize("flags", [
    ["--lr", "-1"], ["--lr", "abc"], ["--hidden", "8,x"], ["--hidden", "99"],
    ["--activation", "swish9"], ["--loss", "mae"], ["--optimizer", "lbfgs"],
    ["--dataset", "moon"], ["--noise", "2"], ["--classes", "9", "--dataset", "blobs"],
    ["--features", "x1,z"], ["--batch-size", "0"], ["--epochs", "-3"], ["--dropout", "1.5"],
    ["--regularization", "l3"], ["--train-fraction", "1.5"], ["--config", "/no/such.json"],
    ["--data", "/no/such.csv"], ["--bogus"], ["--points", "0"], ["--init", "ones"],
    ["--seed", "-4"], ["--reg-rate", "nan"],
])
def test_bad_flags_exit_2_with_one_line(flags, capsys):
    assert main(["train", "--epochs", "1", *flags]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("playground: error:"), captured.err
    assert "Traceback" not in captured.err + captured.out


def test_bad_config_files_are_one_line(tmp_path, capsys):
    for text in ("{not json", "[1, 2]", json.dumps({"hidden": "8"}), json.dumps({"speed": 1})):
        path = tmp_path / "c.json"
        path.write_text(text)
        assert main(["train", "--config", str(path)]) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_diverging_run_says_why_and_exits_1(capsys):
    code = main(["train", "--dataset", "plane", "--hidden", "8,8", "--activation", "relu",
                 "--lr", "10", "--init", "he", "--epochs", "50"])
    assert code == 1
    assert "lower the learning rate" in capsys.readouterr().out


@pytest.mark.parametrize("entry", [["main.py"], ["-m", "playground"]])
def test_entry_points_share_the_command_line(entry):
    out = subprocess.run([sys.executable, *entry, "train", "--epochs", "2"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("epoch 2")


def test_config_file_seed_reaches_the_data(tmp_path, capsys):
    config = tmp_path / "c.json"
    config.write_text(json.dumps({"seed": 5, "hidden": [3]}))
    main(["train", "--config", str(config), "--epochs", "3", "--noise", "0.2"])
    from_file = capsys.readouterr().out
    main(["train", "--hidden", "3", "--seed", "5", "--epochs", "3", "--noise", "0.2"])
    assert capsys.readouterr().out == from_file


def test_unwritable_history_is_refused_before_training(capsys):
    assert main(["train", "--epochs", "5", "--history", "/no/such/dir/h.csv"]) == 2
    captured = capsys.readouterr()
    assert "cannot write --history" in captured.err and "epoch" not in captured.err
