"""Every lesson quantity the check accepts is bounded, and checking costs what the file does:
a lesson that passes cannot run for days, and a small file cannot make the check sample
hundreds of big datasets."""

from pathlib import Path

import pytest

from playground.engine import Dataset, datasets
from playground.lessons import LessonError, load_lesson

START = '[[steps]]\ndataset = { generator = "xor", seed = 1, points = 100 }\n'


def lesson(tmp_path: Path, text: str, head: str = 'title = "T"\n') -> Path:
    path = tmp_path / "big.toml"
    path.write_text(head + text)
    return path


def steps(text: str, count: int) -> str:
    return "".join(f"[[steps]]\n{text}\n" for _ in range(count))


BOUNDS = [
    ("lesson speed too slow", START + "train = 1\n", 'title = "T"\nspeed = 0.0001\n', 0,
     "speed must be 0.1 to 100,000 epochs per second"),
    ("step speed too slow", START + "train = 1\nspeed = 0.0001\n", None, 1, "speed must be 0.1"),
    ("step speed too fast", START + "train = 1\nspeed = 1e9\n", None, 1, "speed must be 0.1"),
    ("epochs in one step", START + "train = 100_001\n", None, 1,
     "train must be a number of epochs from 1 to 100,000"),
    ("epochs in all", START + steps('train = 100_000\nspeed = "max"', 11), None, 12,
     "trains 1,100,000 epochs up to here; at most 1,000,000 in all"),
    ("training too long", START + "train = 5000\nspeed = 1\n", None, 1,
     "lasts 83 minutes up to here (training at its speed, pauses and waits); at most 60"),
    ("pauses too long", START + steps("pause = 600", 7), None, 8, "lasts 70 minutes"),
    ("waits too long", START + steps("wait = true", 61), 'title = "T"\n[render]\n'
     "wait_seconds = 60\n", 62, "lasts 61 minutes"),
    ("pause too long", START + "pause = 601\n", None, 1, "pause must be 0-600 seconds"),
    ("wait_seconds too long", START, 'title = "T"\n[render]\nwait_seconds = 61\n', 0,
     "render.wait_seconds must be 0-60 seconds"),
    ("too many steps", START + steps("pause = 0", 500), None, 0, "501 steps; at most 500"),
    ("too many points", '[[steps]]\ndataset = { generator = "xor", points = 10_001 }\n', None,
     1, "10,001 points; a lesson's data has at most 10,000"),
]


@pytest.mark.parametrize("name, text, head, step, says", BOUNDS, ids=[b[0] for b in BOUNDS])
def test_each_bound_is_refused_with_its_step_and_reason(tmp_path, name, text, head, step, says):
    path = lesson(tmp_path, text, head if head is not None else 'title = "T"\n')
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    assert caught.value.step == step and says in caught.value.reason, str(caught.value)


def test_a_lesson_at_every_bound_passes(tmp_path):
    text = ('[[steps]]\ndataset = { generator = "spiral", points = 10_000 }\n'
            'train = 100_000\nspeed = 100\npause = 600\nwait = true\n'
            + steps('train = 100_000\nspeed = "max"', 9))
    parsed = load_lesson(lesson(tmp_path, text, 'title = "T"\n[render]\nwait_seconds = 60\n'))
    assert sum(step.train for step in parsed.steps) == 1_000_000


def test_a_big_data_file_is_refused(tmp_path):
    rows = "".join(f"{i / 1e4:.6f},{-i / 1e4:.6f},{i % 2}\n" for i in range(10_001))
    (tmp_path / "many.csv").write_text("x,y,label\n" + rows)
    (tmp_path / "huge.csv").write_text("x,y,label\n" + "0.1234567,0.1234567,1\n" * 50_000)
    for name, says in (("many.csv", "10,001 points"), ("huge.csv", "is 1,100,010 bytes")):
        path = lesson(tmp_path, f'[[steps]]\ndataset = {{ file = "{name}" }}\n')
        with pytest.raises(LessonError, match=f"step 1: dataset file {name}.*{says}"):
            load_lesson(path)


def test_a_lesson_reads_at_most_twenty_data_files(tmp_path):
    for i in range(21):
        (tmp_path / f"p{i}.csv").write_text("x,y,label\n0,0,0\n1,1,1\n")
    text = "".join(f'[[steps]]\ndataset = {{ file = "p{i}.csv" }}\n' for i in range(21))
    with pytest.raises(LessonError, match="step 21: dataset file p20.csv: a lesson reads at "
                                          "most 20 data files"):
        load_lesson(lesson(tmp_path, text))


def test_checking_many_dataset_steps_samples_and_reads_nothing_twice(tmp_path, monkeypatch):
    """A 40 KB lesson of big dataset steps is checked without sampling one: its data is made
    when a step runs; a data file used by many steps is read once."""
    calls = {"generate": 0, "csv": 0}
    generate, from_csv = datasets.generate, Dataset.from_csv

    def counted_generate(*args, **kwargs):
        calls["generate"] += 1
        return generate(*args, **kwargs)

    def counted_csv(*args, **kwargs):
        calls["csv"] += 1
        return from_csv(*args, **kwargs)

    monkeypatch.setattr(datasets, "generate", counted_generate)
    monkeypatch.setattr(Dataset, "from_csv", counted_csv)
    (tmp_path / "points.csv").write_text("x,y,label\n0,0,0\n1,1,1\n")
    text = "".join(f'[[steps]]\ndataset = {{ generator = "spiral", points = 10_000, '
                   f'seed = {i} }}\ntrain = 1\ncaption = "Spiral {i}"\n' for i in range(400))
    text += steps('dataset = { file = "points.csv" }', 99)
    path = lesson(tmp_path, text)
    assert path.stat().st_size > 40_000
    parsed = load_lesson(path)
    assert calls == {"generate": 0, "csv": 1}
    first = parsed.steps[0].dataset.load()
    assert calls["generate"] == 1 and first.n == 10_000 and first.task == "classification"
    assert first.points.tolist() == datasets.generate("spiral", 10_000, seed=0).points.tolist()
