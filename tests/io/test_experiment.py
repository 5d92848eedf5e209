"""Experiment files: save and open round-trip, continue exactly, and save atomically."""

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from playground.engine import Dataset, TrainConfig, Trainer, datasets
from playground.io import FORMAT, VERSION, Experiment, ExperimentError, check_writable, load, save
from playground.io import experiment as experiment_module
from tests.io import small_trainer

ROOT = Path(__file__).resolve().parents[2]

CONFIGS = [
    TrainConfig(hidden=(6, 4), optimizer="adam", lr=0.01, dropout=0.2),
    TrainConfig(hidden=(5,), optimizer="momentum", regularization="l2", reg_rate=0.01),
    TrainConfig(hidden=(4,), optimizer="rmsprop", batch_size=7, activation="relu"),
    TrainConfig(task="regression", hidden=(4,), loss="huber", optimizer="adam"),
]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("config", CONFIGS, ids=lambda c: f"{c.optimizer}-{c.task}")
def test_saved_opened_and_continued_run_equals_an_unbroken_one(config, tmp_path):
    unbroken = small_trainer(config, epochs=8)
    save(tmp_path / "e.json", Experiment.from_trainer(small_trainer(config, epochs=3)))
    continued = load(tmp_path / "e.json").trainer()
    continued.run(5)
    assert continued.history.to_dict() == unbroken.history.to_dict()
    np.testing.assert_array_equal(continued.network.params, unbroken.network.params)


def test_a_run_saved_mid_epoch_continues_exactly(tmp_path):
    config = TrainConfig(hidden=(5,), optimizer="adam", dropout=0.1, batch_size=4)
    unbroken = small_trainer(config, epochs=3)
    partial = small_trainer(config, epochs=1)
    partial.run_steps(3)
    save(tmp_path / "e.json", Experiment.from_trainer(partial))
    continued = load(tmp_path / "e.json").trainer()
    continued.run(2)
    assert continued.history.to_dict() == unbroken.history.to_dict()


def test_everything_round_trips(tmp_path):
    trainer = small_trainer()
    extras = {"view": {"zoom": 1.5, "layers": [True, None, "ü"]}, "n": 3, "deep": [[[[]]]]}
    original = Experiment.from_trainer(trainer, title="Kreise – ünïcode ✓", extras=extras)
    save(tmp_path / "e.json", original)
    opened = load(tmp_path / "e.json")
    assert opened.to_dict() == original.to_dict()
    assert opened.title == "Kreise – ünïcode ✓" and opened.extras == extras
    assert opened.config == trainer.config
    assert opened.dataset.generator == trainer.dataset.generator is not None
    np.testing.assert_array_equal(opened.dataset.points, trainer.dataset.points)
    np.testing.assert_array_equal(opened.dataset.is_train, trainer.dataset.is_train)


def test_data_and_settings_only_open_as_a_fresh_trainer(tmp_path):
    points = [[0.0, 0.0], [1.0, 1.0], [2.0, -1.0], [0.5, 0.25]]
    data = Dataset(np.array(points), np.array([0, 1, 2, 1]), n_classes=3)
    config = TrainConfig(hidden=(3,), seed=4)
    save(tmp_path / "drawn.json", Experiment(config, data))
    opened = load(tmp_path / "drawn.json")
    assert opened.state is None and opened.title == "" and opened.extras == {}
    assert opened.dataset.generator is None and opened.dataset.n_classes == 3
    trainer = opened.trainer()
    assert trainer.epoch == 0
    np.testing.assert_array_equal(trainer.network.params, Trainer(config, data).network.params)


def test_an_empty_drawing_round_trips(tmp_path):
    save(tmp_path / "e.json", Experiment(TrainConfig(), Dataset(np.empty((0, 2)), np.empty(0))))
    assert load(tmp_path / "e.json").dataset.n == 0


def test_the_file_is_readable_json_with_one_top_level_key_per_line(tmp_path):
    save(tmp_path / "e.json", Experiment.from_trainer(small_trainer(), title="t"))
    text = (tmp_path / "e.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert list(document) == ["format", "version", "title", "config", "dataset", "state",
                              "extras"]
    assert (document["format"], document["version"]) == (FORMAT, VERSION) == (
        "playground-experiment", 1)
    assert len(text.splitlines()) == 9
    assert "NaN" not in text  # strict JSON: the history's missing values are null


def test_a_byte_order_mark_is_accepted(tmp_path):
    save(tmp_path / "e.json", Experiment.from_trainer(small_trainer()))
    path = tmp_path / "e.json"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load(path).state is not None


def test_saving_replaces_the_old_file(tmp_path):
    path = tmp_path / "e.json"
    save(path, Experiment.from_trainer(small_trainer(epochs=1)))
    save(path, Experiment.from_trainer(small_trainer(epochs=3)))
    assert load(path).state["epoch"] == 3
    assert _files(tmp_path) == ["e.json"]


@pytest.mark.parametrize(("failing", "reason"), [
    ("fsync", "Input/output error"), ("replace", "the disk is full"),
])
def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary(failing, reason, tmp_path,
                                                                    monkeypatch):
    path = tmp_path / "e.json"
    save(path, Experiment.from_trainer(small_trainer(epochs=1), title="old"))
    before = path.read_bytes()
    code = errno.EIO if failing == "fsync" else errno.ENOSPC

    def broken(*args):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(experiment_module.os, failing, broken)
    with pytest.raises(ExperimentError, match=f"cannot save {path}: {reason}"):
        save(path, Experiment.from_trainer(small_trainer(epochs=3), title="new"))
    assert path.read_bytes() == before
    assert _files(tmp_path) == ["e.json"]


def test_an_interrupted_save_removes_its_temporary_and_reraises(tmp_path, monkeypatch):
    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(experiment_module.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save(tmp_path / "e.json", Experiment.from_trainer(small_trainer()))
    assert _files(tmp_path) == []


@pytest.mark.parametrize(("extras", "message"), [
    ({"zoom": float("nan")}, "extras.zoom: nan is not allowed"),
    ({"size": (1, 2)}, "extras.size: tuple is not plain JSON"),
    ({"grid": np.zeros(3)}, "extras.grid: ndarray is not plain JSON"),
    ({1: "a"}, "extras: keys must be strings"),
    ({"a": [{"b": {1.5}}]}, r"extras.a\[0\].b: set is not plain JSON"),
    (["zoom"], "extras: must be an object, got a list"),
])
def test_a_value_that_cannot_be_encoded_fails_the_save_and_keeps_the_old_file(
        extras, message, tmp_path):
    path = tmp_path / "e.json"
    save(path, Experiment.from_trainer(small_trainer()))
    before = path.read_bytes()
    with pytest.raises(ExperimentError, match=f"cannot save {path}: {message}"):
        save(path, Experiment(TrainConfig(), datasets.generate("xor"), extras=extras))
    assert path.read_bytes() == before and _files(tmp_path) == ["e.json"]


def test_a_state_with_nan_or_arrays_is_refused_at_save(tmp_path):
    experiment = Experiment.from_trainer(small_trainer())
    experiment.state["params"][0] = float("nan")
    with pytest.raises(ExperimentError, match="state: Out of range float"):
        save(tmp_path / "e.json", experiment)
    experiment.state["params"] = np.zeros(3)
    with pytest.raises(ExperimentError, match="state: Object of type ndarray"):
        save(tmp_path / "e.json", experiment)
    assert _files(tmp_path) == []


def test_saving_something_else_is_an_experiment_error(tmp_path):
    with pytest.raises(ExperimentError, match="expected an Experiment"):
        save(tmp_path / "e.json", {"config": {}})
    with pytest.raises(ExperimentError, match="title: must be a string"):
        save(tmp_path / "e.json", Experiment(TrainConfig(), datasets.generate("xor"), title=3))


def test_unwritable_places_are_reported(tmp_path):
    experiment = Experiment.from_trainer(small_trainer())
    with pytest.raises(ExperimentError, match="the folder .* does not exist"):
        save(tmp_path / "missing" / "e.json", experiment)
    with pytest.raises(ExperimentError, match="it is a folder"):
        save(tmp_path, experiment)
    assert _files(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into read-only folders")
def test_a_read_only_folder_is_reported(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExperimentError, match="Permission denied"):
            save(folder / "e.json", Experiment.from_trainer(small_trainer()))
        with pytest.raises(ExperimentError, match="Permission denied"):
            check_writable(folder / "e.json")
    finally:
        folder.chmod(0o700)


def test_check_writable_tries_the_folder_and_leaves_nothing(tmp_path):
    check_writable(tmp_path / "e.json")
    assert _files(tmp_path) == []
    (tmp_path / "e.json").write_text("old")
    check_writable(tmp_path / "e.json")
    assert (tmp_path / "e.json").read_text() == "old"
    for bad in (tmp_path / "no" / "e.json", tmp_path):
        with pytest.raises(ExperimentError, match=f"cannot save {bad}"):
            check_writable(bad)


def test_the_file_is_created_with_the_usual_permissions(tmp_path):
    save(tmp_path / "e.json", Experiment.from_trainer(small_trainer()))
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "e.json").stat().st_mode & 0o777 == 0o666 & ~umask


def test_io_imports_no_qt():
    code = ("import sys, playground.io; "
            "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
