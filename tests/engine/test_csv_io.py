"""Tests for reading and writing datasets as CSV, through Dataset.to_csv and from_csv."""

import os
import tempfile
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.engine import csv_io, datasets, files
from playground.engine.datasets import Dataset
from tests.broken_paths import disk_full, fifo, refusal_of_dev_zero


def test_csv_round_trip(tmp_path):
    ds = datasets.generate("blobs", n_points=60, noise=0.4, classes=5, seed=8)
    path = tmp_path / "blobs.csv"
    ds.to_csv(path)
    assert path.read_text().splitlines()[0] == "x,y,label,split"
    back = Dataset.from_csv(path, n_classes=5)
    assert back.points.tobytes() == ds.points.tobytes()
    np.testing.assert_array_equal(back.labels, ds.labels)
    np.testing.assert_array_equal(back.is_train, ds.is_train)
    assert back.n_classes == 5 and back.generator is None


def test_csv_round_trip_regression(tmp_path):
    ds = datasets.generate("plane", n_points=40, noise=0.5, seed=1)
    ds.to_csv(tmp_path / "plane.csv")
    back = Dataset.from_csv(tmp_path / "plane.csv", task="regression")
    assert back.labels.tobytes() == ds.labels.tobytes()
    assert back.points.tobytes() == ds.points.tobytes()


def test_csv_without_header_or_split_is_split_by_fraction(tmp_path):
    path = tmp_path / "plain.csv"
    rows = [f"{i},{-i},{i % 3}" for i in range(10)]
    path.write_text("\n".join(rows))
    ds = Dataset.from_csv(path, train_fraction=0.3, seed=2)
    assert ds.n == 10 and ds.n_classes == 3 and ds.is_train.sum() == 3
    np.testing.assert_array_equal(ds.labels, np.arange(10) % 3)
    again = Dataset.from_csv(path, train_fraction=0.3, seed=2)
    np.testing.assert_array_equal(again.is_train, ds.is_train)


def test_csv_tolerates_bom_crlf_spaces_case_blank_lines_and_integral_floats(tmp_path):
    path = tmp_path / "loose.csv"
    path.write_bytes(
        b"\xef\xbb\xbfX, Y ,Label,Split\r\n\r\n1.5, -2 ,1.0,TRAIN\r\n0,0,0,test\r\n\r\n"
    )
    ds = Dataset.from_csv(path)
    np.testing.assert_array_equal(ds.points, [[1.5, -2], [0, 0]])
    np.testing.assert_array_equal(ds.labels, [1, 0])
    np.testing.assert_array_equal(ds.is_train, [True, False])


def test_csv_class_count_comes_from_the_labels_or_the_argument(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("x,y,label\n0,0,0\n1,1,0\n")
    assert Dataset.from_csv(path).n_classes == 2
    assert Dataset.from_csv(path, n_classes=4).n_classes == 4


BAD_CSV = [
    (b"x,y,label\n0,0,1\nnan,0,1\n", 3, "x is not finite: 'nan'"),
    (b"0,0,1\n1,inf,0\n", 2, "y is not finite: 'inf'"),
    (b"0,0,1\n1,2,-inf\n", 2, "label is not finite"),
    (b"x,y,label\n0,0\n", 2, "expected 3 columns"),
    (b"0,0,1\n1,1,1,train\n", 2, "expected 3 columns"),
    (b"0,0,1,2,3\n", 1, "expected 3 or 4 columns"),
    (b"x,y,label,split\n0,0,1\n", 2, "expected 4 columns"),
    (b"x,y,label\n0,0,1\n0,zero,1\n", 3, "y is not a number: 'zero'"),
    (b"a,b,c\n0,0,1\n", 1, "x is not a number: 'a'"),
    (b"0,0,1\n\n\n1,1,one\n", 4, "label is not a number: 'one'"),
    (b"0,0,1.5\n", 1, "class label must be a non-negative integer, got '1.5'"),
    (b"0,0,1\n1,1,-1\n", 2, "class label must be a non-negative integer, got '-1'"),
    (b"0,0,32\n", 1, "class label 32 is out of range 0..31"),
    (b"0,0,1,maybe\n", 1, "split must be 'train' or 'test', got 'maybe'"),
    (b"", 1, "file is empty"),
    (b"\n  \n", 1, "file is empty"),
    (b"x,y,label\n", 1, "header but no data rows"),
    (b"\nx,y,label,split\n\n", 2, "header but no data rows"),
    (b"x,y,label\n0,0,1\n1,\xff,0\n", 3, "not UTF-8"),
]


@pytest.mark.parametrize(("content", "line", "message"), BAD_CSV)
def test_bad_csv_names_file_and_line(tmp_path, content, line, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ValueError) as caught:
        Dataset.from_csv(path)
    text = str(caught.value)
    assert str(path) in text and f"line {line}:" in text and message in text


def test_csv_label_out_of_range_for_given_class_count(tmp_path):
    path = tmp_path / "three.csv"
    path.write_text("0,0,0\n1,1,1\n2,2,2\n")
    with pytest.raises(ValueError, match=r"three.csv, line 3: class label 2 is out of range 0..1"):
        Dataset.from_csv(path, n_classes=2)


def test_csv_regression_accepts_any_finite_label(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("0,0,1.5\n1,1,-1e3\n")
    np.testing.assert_array_equal(Dataset.from_csv(path, task="regression").labels, [1.5, -1e3])


@pytest.mark.parametrize("name", ["missing.csv", "folder"])
def test_unreadable_csv_names_the_file(tmp_path, name):
    (tmp_path / "folder").mkdir()
    path = tmp_path / name
    with pytest.raises(ValueError, match="no such file|a folder") as caught:
        Dataset.from_csv(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"task": "ranking"}, "unknown task"),
        ({"n_classes": 40}, "n_classes must be an integer in 2..32"),
        ({"task": "regression", "n_classes": 3}, "n_classes must be None"),
        ({"train_fraction": 1.0}, "train_fraction"),
    ],
)
def test_from_csv_rejects_bad_arguments(tmp_path, kwargs, message):
    path = tmp_path / "ok.csv"
    path.write_text("0,0,0\n")
    with pytest.raises(ValueError, match=message):
        Dataset.from_csv(path, **kwargs)


finite = st.floats(-datasets.MAX_VALUE, datasets.MAX_VALUE)  # what a float32 run can hold


@st.composite
def random_datasets(draw):
    n = draw(st.integers(1, 30))
    points = draw(st.lists(st.tuples(finite, finite), min_size=n, max_size=n))
    is_train = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    if draw(st.booleans()):
        labels = draw(st.lists(st.integers(0, 31), min_size=n, max_size=n))
        return Dataset(points, labels, n_classes=max(2, max(labels) + 1), is_train=is_train)
    labels = draw(st.lists(finite, min_size=n, max_size=n))
    return Dataset(points, labels, task="regression", is_train=is_train)


@settings(max_examples=60, deadline=None)
@given(random_datasets())
def test_csv_round_trip_is_exact_for_random_data(ds):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data.csv"
        ds.to_csv(path)
        back = Dataset.from_csv(path, task=ds.task, n_classes=ds.n_classes)
    assert back.points.tobytes() == ds.points.tobytes()
    assert back.labels.dtype == ds.labels.dtype and back.labels.tobytes() == ds.labels.tobytes()
    np.testing.assert_array_equal(back.is_train, ds.is_train)
    assert back.n_classes == ds.n_classes


# ----- files that are not points files (issue 12) ------------------------------------------------

def test_a_fifo_is_not_a_regular_file(tmp_path):
    with fifo(tmp_path / "pipe.csv") as path, pytest.raises(ValueError, match="pipe.csv: not a "
                                                                        "regular file"):
        Dataset.from_csv(path)


def test_a_link_to_dev_zero_is_not_a_regular_file(tmp_path):
    said = refusal_of_dev_zero(tmp_path, "zero.csv", "from playground.engine import Dataset",
                               "Dataset.from_csv('zero.csv')")
    assert said == "zero.csv: not a regular file: it is a device"


def test_an_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("0,0,0\n" * 200)
    monkeypatch.setattr(csv_io, "MAX_BYTES", 1000)
    with pytest.raises(ValueError, match=r"big.csv: larger than 1,000 bytes \(0.0 MB\)"):
        Dataset.from_csv(path)


def test_a_huge_line_costs_one_bounded_line_of_memory(tmp_path):
    path = tmp_path / "line.csv"
    path.write_bytes(b"0,0,0\n" + b"1" * 30 * files.MB + b",0,0\n")
    tracemalloc.start()
    with pytest.raises(ValueError, match="line 2 is longer than 1,000 characters"):
        Dataset.from_csv(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < files.MB, peak


def test_rows_are_kept_in_eight_bytes_a_number(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("0,0,0\n" * 100_000)
    tracemalloc.start()
    dataset = Dataset.from_csv(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert dataset.n == 100_000
    assert peak < 12 * path.stat().st_size, peak  # lists of floats took ~27x


def test_export_on_a_full_disk_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "points.csv"
    dataset = datasets.generate("xor", n_points=50, seed=1)
    dataset.to_csv(path)
    before = path.read_bytes()
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ValueError, match="points.csv: the disk is full"):
        datasets.generate("spiral", n_points=80, seed=2).to_csv(path)
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["points.csv"]
    monkeypatch.undo()
    path.chmod(0o444)
    with pytest.raises(ValueError, match="read-only, so it is not replaced"):
        datasets.generate("spiral", n_points=80, seed=2).to_csv(path)
    assert path.read_bytes() == before
