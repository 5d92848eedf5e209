"""The command line: `train` runs headless, prints the result, and refuses bad input in one line."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from playground.cli import main
from tests.broken_paths import disk_full, fifo, run_limited, zero_link

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


# ----- experiment files: --save, --experiment and a file to open -----------------------------

ACCEPTANCE_FLAGS = [
    ["--dataset", "spiral", "--hidden", "6,4", "--optimizer", "adam", "--lr", "0.01",
     "--dropout", "0.2", "--noise", "0.1", "--seed", "3"],
    ["--dataset", "xor", "--hidden", "5", "--optimizer", "momentum", "--regularization", "l2",
     "--reg-rate", "0.01", "--batch-size", "7"],
    ["--dataset", "plane", "--hidden", "4", "--loss", "huber", "--optimizer", "rmsprop"],
    [],
]


def _last_line(capsys) -> str:
    return capsys.readouterr().out.strip().splitlines()[-1]


def _one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("playground: error:"), captured.err
    assert "Traceback" not in captured.err + captured.out
    return lines[0]


@pytest.mark.parametrize("flags", ACCEPTANCE_FLAGS, ids=["adam-dropout", "momentum-l2",
                                                          "regression", "defaults"])
def test_save_then_continue_prints_what_one_unbroken_run_prints(flags, tmp_path, capsys):
    saved = tmp_path / "a.json"
    assert main(["train", *flags, "--epochs", "6", "--save", str(saved)]) == 0
    assert _last_line(capsys).startswith("epoch 6 ")
    assert main(["train", "--experiment", str(saved), "--epochs", "6"]) == 0
    continued = _last_line(capsys)
    assert main(["train", *flags, "--epochs", "12"]) == 0
    assert continued == _last_line(capsys)
    assert continued.startswith("epoch 12 ")


def test_save_writes_the_whole_experiment(tmp_path, capsys):
    from playground.io import load

    saved = tmp_path / "a.json"
    assert main(["train", "--dataset", "xor", "--optimizer", "adam", "--epochs", "3",
                 "--save", str(saved)]) == 0
    experiment = load(saved)
    assert experiment.config.optimizer == "adam" and experiment.dataset.generator.name == "xor"
    assert experiment.state["epoch"] == 3 and len(experiment.state["history"]["epoch"]) == 3
    assert experiment.state["optimizer"]["steps"] > 0


def test_continuing_resaves_into_the_same_file_with_config_flags_applied(tmp_path, capsys):
    from playground.io import load

    saved = tmp_path / "a.json"
    main(["train", "--epochs", "2", "--save", str(saved)])
    assert main(["train", "--experiment", str(saved), "--epochs", "3", "--lr", "0.2",
                 "--save", str(saved)]) == 0
    experiment = load(saved)
    assert experiment.config.lr == 0.2 and experiment.state["epoch"] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_config_flag_changes_the_continued_run(tmp_path, capsys):
    saved = tmp_path / "a.json"
    main(["train", "--epochs", "2", "--save", str(saved)])
    main(["train", "--experiment", str(saved), "--epochs", "2"])
    same_lr = _last_line(capsys)
    main(["train", "--experiment", str(saved), "--epochs", "2", "--lr", "0.3"])
    assert _last_line(capsys) != same_lr


def test_a_new_network_shape_on_an_experiment_starts_over_and_says_so(tmp_path, capsys):
    saved = tmp_path / "a.json"
    main(["train", "--epochs", "2", "--save", str(saved)])
    capsys.readouterr()
    assert main(["train", "--experiment", str(saved), "--epochs", "1", "--hidden", "3"]) == 0
    captured = capsys.readouterr()
    assert "fresh weights" in captured.err and captured.out.startswith("epoch 1 ")


@pytest.mark.parametrize("flag", [["--dataset", "xor"], ["--data", "p.csv"], ["--points", "50"],
                                  ["--noise", "0.1"], ["--train-fraction", "0.3"],
                                  ["--classes", "3"], ["--task", "regression"]])
def test_data_flags_are_refused_with_an_experiment(flag, tmp_path, capsys):
    saved = tmp_path / "a.json"
    main(["train", "--epochs", "1", "--save", str(saved)])
    capsys.readouterr()
    assert main(["train", "--experiment", str(saved), *flag]) == 2
    assert f"{flag[0]} cannot be used with --experiment" in _one_error_line(capsys)


@pytest.mark.parametrize("path", ["/no/such/dir/a.json", "."])
def test_an_unwritable_save_path_is_refused_before_training(path, capsys):
    assert main(["train", "--epochs", "5", "--save", path]) == 2
    line = _one_error_line(capsys)
    assert f"--save: cannot save {path}" in line


@pytest.mark.parametrize("contents", [b"{not json", b"", b"[1]", b'{"format": "x"}'])
def test_a_broken_experiment_is_one_line_and_exit_2(contents, tmp_path, capsys):
    broken = tmp_path / "b.json"
    broken.write_bytes(contents)
    assert main(["train", "--experiment", str(broken), "--epochs", "1"]) == 2
    assert f"cannot open {broken}" in _one_error_line(capsys)
    assert main(["train", "--experiment", str(tmp_path / "none.json")]) == 2
    assert "no such file" in _one_error_line(capsys)


@pytest.fixture
def window(monkeypatch):
    """Replace the window with a recorder of how it was called."""
    import playground.app

    calls = []

    def run_window(argv, **options):
        calls.append((list(argv), options))
        return 0

    monkeypatch.setattr(playground.app, "run_window", run_window)
    return calls


def test_a_file_argument_reaches_the_window(window, tmp_path, capsys):
    saved = tmp_path / "a.json"
    main(["train", "--epochs", "1", "--save", str(saved)])
    assert main([str(saved)]) == 0
    assert window == [([str(saved)], {"experiment": str(saved)})]


def test_no_argument_opens_the_window_as_before(window):
    assert main([]) == 0
    assert window == [([], {})]


@pytest.mark.parametrize("contents", [None, b"{broken", b'{"format": "playground-experiment"}'])
def test_a_bad_file_argument_is_reported_before_the_window_opens(contents, window, tmp_path,
                                                                 capsys):
    path = tmp_path / "x.json"
    if contents is not None:
        path.write_bytes(contents)
    assert main([str(path)]) == 2
    assert f"cannot open {path}" in _one_error_line(capsys)
    assert window == []


def test_a_file_and_a_command_together_are_refused(window, tmp_path, capsys):
    assert main([str(tmp_path / "a.json"), "train"]) == 2
    assert "either a file to open or a command" in _one_error_line(capsys)
    assert window == []


@pytest.mark.parametrize(("text", "says"), [
    ("[" * 100_000 + "]" * 100_000, "the JSON is nested too deeply"),
    ('{"seed": ' + "9" * 5000 + "}", "a number has more than 4300 digits"),
    ('{"lr": 0.1, "hidden": [3], "lr": 50}', "the key 'lr' appears twice in one object"),
])
def test_config_files_that_break_python_json_are_one_line(text, says, tmp_path, capsys):
    path = tmp_path / "c.json"
    path.write_text(text)
    assert main(["train", "--config", str(path), "--epochs", "1"]) == 2
    assert says in _one_error_line(capsys)


def test_an_experiment_with_a_huge_step_count_is_refused_before_training(tmp_path, capsys):
    saved = tmp_path / "a.json"
    main(["train", "--optimizer", "adam", "--epochs", "1", "--save", str(saved)])
    capsys.readouterr()
    document = json.loads(saved.read_text())
    document["state"]["optimizer"]["steps"] = 10**400
    saved.write_text(json.dumps(document))
    assert main(["train", "--experiment", str(saved), "--epochs", "1"]) == 2
    assert "optimizer steps: must be a whole number from 0 to 2**53" in _one_error_line(capsys)


def test_a_run_whose_gradient_norms_overflow_saves_and_opens_again(tmp_path, capsys):
    from playground.io import load

    saved = tmp_path / "x.json"
    assert main(["train", "--dataset", "spiral", "--points", "200", "--noise", "0.1", "--seed",
                 "0", "--hidden", "32,32,32", "--activation", "sine", "--optimizer", "momentum",
                 "--lr", "10", "--batch-size", "1", "--epochs", "30", "--save", str(saved)]) == 0
    assert "Traceback" not in capsys.readouterr().err
    state = load(saved).state
    assert state["epoch"] == 30 and len(state["history"]["grad_norms"]) == 30
    norms = [value for row in state["history"]["grad_norms"] for value in row]
    assert all(isinstance(value, float) for value in norms)  # finite: none became null


# ----- files that are not files, full disks, read-only targets (issue 12) ------------------------

@pytest.mark.parametrize("flag", ["--config", "--data"])
def test_a_fifo_as_config_or_data_is_one_line(flag, tmp_path, capsys):
    with fifo(tmp_path / "pipe") as path:
        assert main(["train", "--epochs", "1", flag, str(path)]) == 2
    assert "pipe: not a regular file: it is a named pipe (FIFO)" in _one_error_line(capsys)


@pytest.mark.parametrize("flag", ["--config", "--data"])
def test_a_link_to_dev_zero_as_config_or_data_is_one_line(flag, tmp_path):
    zero_link(tmp_path / "zero")
    result = run_limited("import sys\nfrom playground.cli import main\n"
                         f"sys.exit(main(['train', '--epochs', '1', '{flag}', 'zero']))", tmp_path)
    assert result.returncode == 2
    assert result.stderr == ("playground: error: cannot read --config zero: not a regular file: "
                             "it is a device\n" if flag == "--config" else
                             "playground: error: zero: not a regular file: it is a device\n")


def test_an_oversized_config_is_refused(tmp_path, capsys):
    path = tmp_path / "big.json"
    path.write_text("{" + " " * 2**20 + "}")
    assert main(["train", "--epochs", "1", "--config", str(path)]) == 2
    assert "big.json: larger than 1 MB" in _one_error_line(capsys)


def test_a_read_only_history_is_not_replaced(tmp_path, capsys):
    path = tmp_path / "h.csv"
    path.write_text("mine\n")
    path.chmod(0o444)
    assert main(["train", "--epochs", "2", "--history", str(path)]) == 2
    assert "h.csv: the file is read-only, so it is not replaced" in _one_error_line(capsys)
    assert path.read_text() == "mine\n"


def test_a_full_disk_while_writing_history_keeps_the_old_file(tmp_path, capsys, monkeypatch):
    path = tmp_path / "h.csv"
    assert main(["train", "--epochs", "2", "--history", str(path)]) == 0
    before = path.read_bytes()
    capsys.readouterr()
    monkeypatch.setattr("os.fsync", disk_full)
    assert main(["train", "--epochs", "5", "--history", str(path)]) == 2
    assert "h.csv: the disk is full" in capsys.readouterr().err.splitlines()[-1]
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["h.csv"]


def test_checking_the_history_path_creates_no_file(tmp_path, capsys):
    path = tmp_path / "h.csv"
    assert main(["train", "--epochs", "0", "--history", str(path), "--lr", "nan"]) == 2
    assert not path.exists() and os.listdir(tmp_path) == []
