"""What the shipped lessons say on screen: runs are named as their tiles name them, and a result is
never announced while the training that produces it is still running."""

import re
from pathlib import Path

import pytest

from playground.lessons import load_lesson

LESSONS = sorted((Path(__file__).resolve().parents[2] / "resources" / "lessons").glob("*.toml"))
# Words that report how training turned out: they belong on the step after it, not on the step
# that trains (a caption shows from a training step's first frame).
RESULT = re.compile(r"\b(after \d|solves?|solved|fell|ends lowest|memorised|diverged|leads)\b",
                    re.IGNORECASE)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_captions_name_runs_as_their_tiles_do(path):
    runs = {"A"}
    for step in load_lesson(path).steps:
        if step.close_forks:
            runs = {"A"}
        if step.fork is not None:
            runs.add(step.fork.name)
        for name in re.findall(r"\b[Rr]un ([^\s:,.;']+(?: [^\s:,.;']+)?)", step.caption or ""):
            assert name in runs or name.split(" ")[0] in runs, (
                f"step {step.number} names run {name!r}; the tiles show {sorted(runs)}")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_no_caption_announces_a_result_while_it_trains(path):
    for step in load_lesson(path).steps:
        if step.train and step.caption:
            assert not RESULT.search(step.caption), (
                f"step {step.number} trains under a caption that reports its result: "
                f"{step.caption!r}")
