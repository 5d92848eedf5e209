"""Checking an experiment's plain data costs memory for its depth, not for its size."""

import math
import tracemalloc

import pytest

from playground.io import validation


def _peak_bytes(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("data", [
    {"numbers": [1] * 1_000_000},
    {"rows": [{"a": [1.5, None, "x"]}] * 200_000},
    {"empty": [[]] * 500_000},
], ids=["flat", "rows", "empty-lists"])
def test_checking_a_large_value_takes_no_memory_per_item(data):
    assert _peak_bytes(lambda: validation.check_plain(data, "extras")) < 64 * 1024


@pytest.mark.parametrize(("data", "path"), [
    ({"a": [0, 1, {"b": math.inf}]}, "extras.a[2].b: inf is not allowed"),
    ({"a": [[], [[1, 2], [3, math.nan]]]}, "extras.a[1][1][1]: nan is not allowed"),
    ({"a": {"b": {3: 1}}}, "extras.a.b: keys must be strings, got 3"),
    ({"a": [1, 2], "c": [b"x"]}, "extras.c[0]: bytes is not plain JSON data"),
    (1, None),
    ({"z": [{"y": []}, {}, [[[]]]], "w": ["ok", True, None, 2**70]}, None),
])
def test_the_path_of_a_bad_item_is_built_for_its_message(data, path):
    if path is None:
        validation.check_plain(data, "extras")
        return
    with pytest.raises(ValueError, match=r"^" + path.replace("[", r"\[").replace("]", r"\]")):
        validation.check_plain(data, "extras")
