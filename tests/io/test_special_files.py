"""Experiment files that are not files, read-only targets and saves killed half-way (issue 12)."""

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from playground.engine import files
from playground.io import Experiment, ExperimentError, check_writable, load, save
from tests.broken_paths import disk_full, fifo, refusal_of_dev_zero
from tests.io import small_trainer


def test_a_fifo_is_refused_at_once(tmp_path):
    with fifo(tmp_path / "pipe.json") as path, pytest.raises(
            ExperimentError, match="pipe.json: not a regular file"):
        load(path)


def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path):
    said = refusal_of_dev_zero(tmp_path, "zero.json",
                               "from playground.io import ExperimentError, load",
                               "load('zero.json')", "ExperimentError")
    assert said == "cannot open zero.json: not a regular file: it is a device"


def test_a_read_only_experiment_is_not_replaced(tmp_path):
    path = tmp_path / "e.json"
    save(path, Experiment.from_trainer(small_trainer(), title="mine"))
    path.chmod(0o444)
    with pytest.raises(ExperimentError, match="e.json: the file is read-only"):
        check_writable(path)
    with pytest.raises(ExperimentError, match="e.json: the file is read-only"):
        save(path, Experiment.from_trainer(small_trainer(), title="other"))
    assert load(path).title == "mine" and os.listdir(tmp_path) == ["e.json"]


def test_a_full_disk_mid_write_keeps_the_old_experiment(tmp_path, monkeypatch):
    path = tmp_path / "e.json"
    save(path, Experiment.from_trainer(small_trainer(), title="mine"))
    real_open = open

    def filling(name, mode="r", *args, **kwargs):  # the first bytes go in, then the disk fills
        handle = real_open(name, mode, *args, **kwargs)
        if "x" in mode:
            write = handle.write
            handle.write = lambda data: (write(data[:100]), disk_full())
        return handle

    monkeypatch.setattr(files, "open", filling, raising=False)
    with pytest.raises(ExperimentError, match="the disk is full"):
        save(path, Experiment.from_trainer(small_trainer(epochs=5), title="new"))
    assert load(path).title == "mine" and os.listdir(tmp_path) == ["e.json"]


SAVER = textwrap.dedent("""
    import sys
    from playground.engine import TrainConfig, Trainer, datasets
    from playground.io import Experiment, save
    trainer = Trainer(TrainConfig(hidden=(8, 8)), datasets.generate("spiral", n_points=20000))
    for n in range(10**6):
        trainer.run_epoch()
        save(sys.argv[1], Experiment.from_trainer(trainer, title=str(n)))
        print(n, flush=True)
""")


def test_a_kill_at_a_random_moment_during_saves_leaves_a_whole_experiment(tmp_path):
    path = tmp_path / "e.json"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    chooser = random.Random(3)
    for _ in range(4):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], env=env,
                                 stdout=subprocess.PIPE, text=True)
        for _ in range(chooser.randint(1, 3)):
            saver.stdout.readline()
        saver.kill()
        saver.wait()
        saver.stdout.close()
        assert load(path).dataset.n == 20000
        assert files.tidy(tmp_path) == [] and os.listdir(tmp_path) == ["e.json"]
