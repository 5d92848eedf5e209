"""Broken experiment files: each is one ExperimentError naming the file and the problem."""

import copy
import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playground.io import MAX_BYTES, ExperimentError, load
from tests.io import small_document

VALID = small_document()


def _changed(path: str, value) -> dict:
    """VALID with the field at a dotted path ("dataset.points.0") set to value (or deleted)."""
    document = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    target = document
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    key = int(last) if isinstance(target, list) else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    return document


DELETE = object()


def _json(document) -> bytes:
    return document if isinstance(document, bytes) else json.dumps(document).encode()


def _with_history(**columns) -> dict:
    document = copy.deepcopy(VALID)
    document["state"]["history"].update(columns)
    return document


TEXT = _json(VALID)

# (id, file contents, words the message must hold)
CASES = [
    ("not-json", b"hello, world", "not valid JSON: Expecting value at line 1 column 1"),
    ("empty", b"", "the file is empty"),
    ("whitespace-only", b"  \n\t\n", "the file is empty"),
    ("binary-junk", bytes(range(256)) * 4, "not UTF-8 text (bad byte at offset 128)"),
    ("png-image", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8 text"),
    ("nul-bytes", b"\x00" * 64, "not valid JSON"),
    ("json-list", b"[1, 2, 3]", "it must hold a JSON object, got a list"),
    ("json-string", b'"experiment"', "it must hold a JSON object, got a string"),
    ("truncated", TEXT[: len(TEXT) // 2], "the file looks cut short"),
    ("truncated-at-end", TEXT[:-1], "the file looks cut short"),
    ("deeply-nested", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("deeply-nested-extras", b'{"extras": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
     "nested too deeply"),
    ("no-format", _json(_changed("format", DELETE)), 'no "format" field'),
    ("wrong-format", _json(_changed("format", "tensorflow-playground")),
     "format is 'tensorflow-playground', expected 'playground-experiment'"),
    ("no-version", _json(_changed("version", DELETE)),
     'no "version" field (this playground reads version 1)'),
    ("newer-version", _json(_changed("version", 2)),
     "version 2 comes from a newer playground; this one reads version 1"),
    ("version-text", _json(_changed("version", "1")), "version must be a whole number"),
    ("version-zero", _json(_changed("version", 0)), "version must be a whole number"),
    ("unknown-field", _json(_changed("weights", [])), "unknown field(s) 'weights'"),
    ("no-config", _json(_changed("config", DELETE)), "missing field(s) 'config'"),
    ("no-dataset", _json(_changed("dataset", DELETE)), "missing field(s) 'dataset'"),
    ("config-not-object", _json(_changed("config", [1])), "config: must be an object"),
    ("config-unknown-field", _json(_changed("config.speed", 3)),
     "config: unknown config field(s) speed"),
    ("config-negative-lr", _json(_changed("config.lr", -1)), "config: lr: must be a number in"),
    ("config-too-many-neurons", _json(_changed("config.hidden", [99])),
     "config: hidden: each layer needs 1 to 32 neurons, got 99"),
    ("config-hidden-text", _json(_changed("config.hidden", "8,8")),
     "config: hidden: must be a list"),
    ("config-unknown-activation", _json(_changed("config.activation", ["relu"])),
     "config: activation: must be a single value"),
    ("config-lr-nan", _json(_changed("config.lr", math.nan)), "config: lr"),
    ("dataset-not-object", _json(_changed("dataset", "xor")), "dataset: must be an object"),
    ("dataset-missing-labels", _json(_changed("dataset.labels", DELETE)),
     "dataset: missing field(s) 'labels'"),
    ("points-three-columns", _json(_changed("dataset.points.0", [1.0, 2.0, 3.0])),
     "dataset: points: must be a list of equally long rows"),
    ("points-wrong-shape", _json(_changed("dataset.points", [[1.0, 2.0, 3.0]] * 60)),
     "dataset: points must have shape (n, 2), got (60, 3)"),
    ("points-nan", _json(_changed("dataset.points.3", [math.nan, 0.0])),
     "dataset: points must be finite"),
    ("points-infinity", _json(_changed("dataset.points.5", [0.0, -math.inf])),
     "dataset: points must be finite"),
    ("points-text", _json(_changed("dataset.points.1", ["1.5", "2"])),
     "dataset: points: must hold only numbers"),
    ("labels-out-of-range", _json(_changed("dataset.labels.0", 7)),
     "dataset: labels go up to 7 but n_classes is 2"),
    ("labels-not-integers", _json(_changed("dataset.labels.0", 0.5)),
     "dataset: labels must be non-negative integer class indices"),
    ("labels-negative", _json(_changed("dataset.labels.0", -1)),
     "dataset: labels must be non-negative integer class indices"),
    ("labels-booleans", _json(_changed("dataset.labels", [True] * 60)),
     "dataset: labels: must hold only numbers"),
    ("labels-too-few", _json(_changed("dataset.labels", [0, 1])),
     "dataset: points, labels and is_train must have the same length, got 60 points, 2 labels"),
    ("is-train-too-long", _json(_changed("dataset.is_train", [True] * 61)),
     "60 points, 60 labels, 61 is_train"),
    ("is-train-numbers", _json(_changed("dataset.is_train", [1] * 60)),
     "dataset: is_train: must hold only true/false values"),
    ("unknown-task", _json(_changed("dataset.task", "clustering")),
     "dataset: unknown task 'clustering'"),
    ("n-classes-too-many", _json(_changed("dataset.n_classes", 99)),
     "dataset: n_classes must be an integer in 2..32"),
    ("unknown-generator", _json(_changed("dataset.generator.name", "swirl")),
     "dataset: generator.name: unknown generator 'swirl'"),
    ("task-mismatch", _json(_changed("config", {"task": "regression", "hidden": [4]})),
     "config and dataset do not fit together: the config is for regression but the data is for"
     " classification"),
    ("state-not-object", _json(_changed("state", [])), "state: must be an object or null"),
    ("state-missing-field", _json(_changed("state.optimizer", DELETE)),
     "state: training state lacks optimizer"),
    ("state-params-for-other-layers", _json(_changed("config.hidden", [5])),
     "state: params: expected shape"),
    ("state-params-short", _json(_changed("state.params", VALID["state"]["params"][:-1])),
     "state: params: expected shape"),
    ("state-nan-weights", _json(_changed("state.params.0", math.nan)),
     "state: params: holds NaN or infinite values"),
    ("state-infinite-adam-moment", _json(_changed("state.optimizer.exp_avg.0.0", math.inf)),
     "state: optimizer exp_avg: holds NaN or infinite values"),
    ("state-optimizer-for-sgd", _json(_changed("config.optimizer", "sgd")), "state: optimizer"),
    ("state-bad-order", _json(_changed("state.order", [0] * 30)),
     "state: order: must be a shuffle of the training points"),
    ("state-cursor-past-end", _json(_changed("state.cursor", 1000)),
     "state: cursor: 1000 is past the 30 training points"),
    ("state-bad-rng", _json(_changed("state.shuffle_rng", {"bit_generator": "MT19937"})),
     "state: shuffle_rng: not a random generator state"),
    ("state-rng-number-too-big", _json(_changed("state.dropout_rng.has_uint32", 2**70)),
     "state: dropout_rng: not a random generator state"),
    ("state-diverged-not-boolean", _json(_changed("state.diverged", "no")),
     "state: diverged: must be true or false"),
    ("history-uneven-columns", _json(_with_history(test_loss=[0.5])),
     "state: history: history columns have different lengths"),
    ("history-rows-for-epochs", _json(_changed("state.epoch", 5)),
     "state: history: it ends at epoch 2 but the state is at epoch 5"),
    ("history-missing-column", _json(_changed("state.history.train_accuracy", DELETE)),
     "state: history.train_accuracy: must be a list"),
    ("history-text-values", _json(_with_history(train_loss=["low", "lower"])),
     "state: history: train_loss: must hold only finite numbers or null"),
    ("history-ragged-grad-norms", _changed("state.history.grad_norms.1", [0.5]),
     "state: history: grad_norms: every row must have one value per layer"),
    ("history-grad-norms-for-other-layers", _with_history(grad_norms=[[0.5], [0.5]]),
     "state: history: grad_norms: rows of 1 values for a network of 2 layers"),
    ("history-grad-norms-short", _changed("state.history.grad_norms", [[0.5, 0.5]]),
     "state: history: grad_norms: must be a list of 2 rows, one per epoch"),
    ("history-infinite-loss", _changed("state.history.train_loss.0", 1e400),
     "state: history: train_loss: must hold only finite numbers or null"),
    ("history-huge-integer", _changed("state.history.test_loss.0", 10**400),
     "state: history: test_loss: must hold only finite numbers or null"),
    ("history-epochs-not-rising", _with_history(epoch=[2, 2]),
     "state: history: epoch: must be rising whole numbers from 1"),
    ("history-epoch-fraction", _with_history(epoch=[0.5, 2]),
     "state: history: epoch: must be rising whole numbers from 1"),
    ("optimizer-steps-1e400", _changed("state.optimizer.steps", 10**400),
     "state: optimizer steps: must be a whole number from 0 to 2**53, got a huge number"),
    ("steps-past-2-53", _changed("state.steps", 2**53 + 1),
     "state: steps: must be a whole number from 0 to 2**53"),
    ("epoch-infinite", _changed("state.epoch", 1e400),
     "state: epoch: must be a whole number from 0 to 2**53, got inf"),
    ("generator-seed-huge", _changed("dataset.generator.seed", 10**400),
     "dataset: generator.seed: must be a whole number from 0 to 9,223,372,036,854,775,807"),
    ("generator-points-huge", _changed("dataset.generator.n_points", 10**12),
     "dataset: generator.n_points: must be a whole number from 0 to 200,000"),
    ("integer-of-5000-digits", b'{"format": "playground-experiment", "version": ' + b"9" * 5000
     + b"}", "a number has more than 4300 digits"),
    ("duplicate-top-key", TEXT[:-1] + b', "title": "again"}',
     "the key 'title' appears twice in one object"),
    ("duplicate-config-key", TEXT.replace(b'"config": {', b'"config": {"lr": 5, ', 1),
     "the key 'lr' appears twice in one object"),
    ("title-not-text", _json(_changed("title", 42)), "title: must be a string, got a number"),
    ("extras-not-object", _json(_changed("extras", [1])), "extras: must be an object"),
    ("extras-nan", _json(_changed("extras", {"zoom": math.nan})),
     "extras.zoom: nan is not allowed"),
]

CASES = [(name, _json(contents), words) for name, contents, words in CASES]


@pytest.mark.parametrize(("contents", "words"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_a_broken_file_is_one_clear_message(contents, words, tmp_path):
    path = tmp_path / "broken.json"
    path.write_bytes(contents)
    with pytest.raises(ExperimentError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"cannot open {path}: "), message
    assert words in message, message
    assert "\n" not in message and len(message) < 400 + len(str(path))
    assert path.read_bytes() == contents  # opening never touches the file


def test_there_are_at_least_twenty_kinds(tmp_path):
    assert len(CASES) >= 20


def test_the_valid_document_itself_opens(tmp_path):
    (tmp_path / "ok.json").write_bytes(TEXT)
    assert load(tmp_path / "ok.json").state["epoch"] == 2


def test_a_missing_file(tmp_path):
    with pytest.raises(ExperimentError, match="no-such.json: no such file"):
        load(tmp_path / "no-such.json")


def test_a_folder(tmp_path):
    with pytest.raises(ExperimentError, match="a folder, not a file"):
        load(tmp_path)


def test_a_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:  # sparse: takes no real disk space
        handle.seek(MAX_BYTES)
        handle.write(b"0")

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(ExperimentError, match=r"larger than 512 MB"):
        load(path)


def test_a_long_bad_value_is_shortened(tmp_path):
    (tmp_path / "e.json").write_bytes(_json(_changed("config.activation", "x" * 100_000)))
    with pytest.raises(ExperimentError) as caught:
        load(tmp_path / "e.json")
    assert len(str(caught.value)) < 400 and str(caught.value).endswith("…")


def _paths(value, prefix=""):
    """Every dotted path inside a JSON value (list items sampled to keep the list short)."""
    yield prefix
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = list(enumerate(value))[:3]
    else:
        return
    for key, inner in items:
        yield from _paths(inner, f"{prefix}.{key}" if prefix else str(key))


PATHS = [path for path in _paths(VALID) if path]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=4),
    max_leaves=10)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), value=JSON_VALUES | st.just(DELETE))
def test_any_changed_field_opens_or_is_one_experiment_error(path, value, tmp_path):
    file = tmp_path / "fuzz.json"
    file.write_bytes(_json(_changed(path, value)))
    try:
        load(file)
    except ExperimentError as err:
        assert "\n" not in str(err) and str(err).startswith(f"cannot open {file}: ")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.binary(max_size=200), cut=st.integers(0, len(TEXT) - 1))
def test_junk_and_cut_files_are_one_experiment_error(junk, cut, tmp_path):
    file = tmp_path / "junk.json"
    file.write_bytes(junk)
    with pytest.raises(ExperimentError):
        load(file)
    file.write_bytes(TEXT[:cut] + junk)  # junk may happen to complete the cut file
    try:
        load(file)
    except ExperimentError as err:
        assert "\n" not in str(err)
