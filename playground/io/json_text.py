"""Strict JSON parsing for the files the playground reads: one ValueError line for any problem.

Python's json module accepts duplicate keys (the last wins, silently), raises RecursionError on
deep nesting and a ValueError that talks about sys.set_int_max_str_digits on a long integer;
here each of those is a short reason a person can act on.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def parse(text: str) -> Any:
    """The JSON value in text; ValueError with a one-line reason if it is not strict JSON."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as err:
        cut = " (the file looks cut short)" if err.pos >= len(text.rstrip()) else ""
        raise ValueError(f"it is not valid JSON: {err.msg} at line {err.lineno} "
                         f"column {err.colno}{cut}") from None
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    except ValueError as err:
        if "integer string conversion" in str(err):
            raise ValueError(f"a number has more than {sys.get_int_max_str_digits()} digits") \
                from None
        raise


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object from its pairs, refusing a key given twice (which one would count?)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise ValueError(f"the key {_short(twice)} appears twice in one object")
    return result


def _short(key: str) -> str:
    text = repr(key)
    return text if len(text) <= 40 else text[:37] + "..."
