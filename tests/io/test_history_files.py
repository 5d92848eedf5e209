"""A run's history in a file: every value it holds can be written and read back, and a run of
any length saves a bounded history that opens again."""

import json
import math

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playground.engine import checkpoint
from playground.engine.history import History
from playground.io import Experiment, load, save
from tests.io import small_trainer

NUMBERS = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-2**60, 2**60)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(st.lists(NUMBERS, min_size=5, max_size=5),
                               st.lists(NUMBERS, min_size=3, max_size=3)), max_size=20))
def test_every_history_writes_strict_json_that_reads_back_and_writes_the_same(rows):
    history = History("classification")
    for epoch, (values, norms) in enumerate(rows, start=1):
        history.append([float(v) for v in norms], epoch=epoch,
                       **dict(zip(history.columns[1:], map(float, values), strict=True)))
    written = json.dumps(history.to_dict(), allow_nan=False)
    reread = History("classification")
    reread.load_dict(json.loads(written))
    assert json.dumps(reread.to_dict(), allow_nan=False) == written


def test_a_history_with_infinite_gradient_norms_saves_and_opens(tmp_path):
    trainer = small_trainer()
    trainer.history.grad_norms[0] = [math.inf, math.nan]
    save(tmp_path / "e.json", Experiment.from_trainer(trainer))
    opened = load(tmp_path / "e.json")
    assert opened.state["history"]["grad_norms"][0] == [None, None]
    save(tmp_path / "again.json", opened)  # what the reader accepts can be saved again
    assert load(tmp_path / "again.json").state == opened.state


def _huge_history(trainer, epochs: int) -> None:
    """Give the trainer a history of `epochs` rows, as if it had trained that long."""
    history = trainer.history
    row = dict(history.last())
    norms = history.grad_norms[-1]
    history.clear()
    for epoch in range(1, epochs + 1):
        history.append(norms, **{**row, "epoch": epoch})
    trainer.epoch = epochs


def test_a_million_epochs_save_a_bounded_history_that_opens_again(tmp_path):
    trainer = small_trainer()
    _huge_history(trainer, 1_000_000)
    save(tmp_path / "long.json", Experiment.from_trainer(trainer))
    assert (tmp_path / "long.json").stat().st_size < 3 * 2**20
    opened = load(tmp_path / "long.json")
    epochs = opened.state["history"]["epoch"]
    assert len(epochs) <= checkpoint.MAX_SAVED_ROWS and epochs[-1] == 1_000_000
    assert epochs == sorted(epochs) and epochs[0] <= 128
    continued = opened.trainer()
    assert continued.run_epoch() and continued.history["epoch"][-1] == 1_000_001


def test_thinning_again_keeps_the_rows_an_earlier_save_kept(tmp_path):
    trainer = small_trainer()
    _huge_history(trainer, 30_000)
    save(tmp_path / "a.json", Experiment.from_trainer(trainer))
    first = load(tmp_path / "a.json")
    resumed = first.trainer()
    resumed.run(3)
    save(tmp_path / "b.json", Experiment.from_trainer(resumed))
    second = load(tmp_path / "b.json").state["history"]["epoch"]
    assert set(second) - {30_003} <= set(first.state["history"]["epoch"]) | {30_001, 30_002}
    assert np.all(np.diff(second) > 0) and len(second) <= checkpoint.MAX_SAVED_ROWS


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(epochs=st.integers(1, 50_000), limit=st.integers(1, 5_000))
def test_thinned_histories_stay_under_their_bound_and_keep_the_last_epoch(epochs, limit):
    history = History("regression")
    history.rows["epoch"] = list(range(1, epochs + 1))
    for name in history.columns[1:]:
        history.rows[name] = [0.5] * epochs
    history.grad_norms = [[1.0]] * epochs
    saved = history.to_dict(limit)
    assert len(saved["epoch"]) <= limit and saved["epoch"][-1] == epochs
    assert len(saved["grad_norms"]) == len(saved["epoch"])
