"""Lesson files: the shipped ones parse, and every kind of mistake is refused before anything
runs, naming the file, the step and the reason."""

from pathlib import Path

import pytest

from playground.lessons import LessonError, load_lesson
from tests.broken_paths import fifo, refusal_of_dev_zero, zero_link

LESSONS = sorted((Path(__file__).resolve().parents[2] / "resources" / "lessons").glob("*.toml"))
START = '[[steps]]\ndataset = { generator = "xor", seed = 1, points = 100 }\n'


def lesson(tmp_path, steps: str, head: str = 'title = "T"\n') -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(head + steps)
    return path


def test_at_least_six_lessons_ship_and_all_parse():
    assert len(LESSONS) >= 6
    for path in LESSONS:
        parsed = load_lesson(path)
        assert parsed.title and parsed.steps and parsed.steps[0].dataset is not None
        assert any(step.train for step in parsed.steps)
        assert all(step.caption is None or len(step.caption) <= 300 for step in parsed.steps)


def test_a_good_lesson_follows_the_config_and_the_forks(tmp_path):
    path = lesson(tmp_path, START + 'config = { lr = 0.1, hidden = [3] }\ntrain = 5\n'
                  '[[steps]]\nfork = { name = "adam", config = { optimizer = "adam" } }\n'
                  'config = { lr = 0.2 }\nwait = true\n')
    first, second = load_lesson(path).steps
    assert first.config_after.lr == 0.1 and first.config_after.hidden == (3,)
    assert second.config_after.lr == 0.2 and second.config_after.hidden == (3,)
    assert second.fork.name == "adam" and second.fork.changes == {"optimizer": "adam"}


BROKEN = [
    ("race not a table", START + "race = 3\n", None, 1, "race must be a table"),
    ("race unknown key", START + 'race = { optimizers = { sgd = 0.1 }, colour = 1 }\n', None, 1,
     "unknown race key(s) colour"),
    ("race bad surface", START + 'race = { surface = ["ravine"], optimizers = { sgd = 0.1 } }\n',
     None, 1, "race.surface ['ravine'] is not one of"),
    ("race no optimizers", START + 'race = { surface = "ravine" }\n', None, 1,
     "race.optimizers must name"),
    ("race unknown optimizer", START + 'race = { optimizers = { lbfgs = 0.1 } }\n', None, 1,
     "unknown optimizer 'lbfgs'"),
    ("race lr too big", START + 'race = { optimizers = { sgd = 50.0 } }\n', None, 1,
     "race.optimizers.sgd: the learning rate must be a number from 1e-05 to 10"),
    ("race lr zero", START + 'race = { optimizers = { adam = 0 } }\n', None, 1,
     "race.optimizers.adam"),
    ("race start outside", START + 'race = { optimizers = { sgd = 0.1 }, start = [50, 0] }\n',
     None, 1, "race.start must be [x, y] inside the ravine window"),
    ("race too many steps", START + 'race = { optimizers = { sgd = 0.1 }, steps = 5000 }\n',
     None, 1, "race.steps must be a whole number from 0 to 1000"),
    ("not toml", "title = \n", "", 0, "not valid TOML"),
    ("deeply nested toml", "", 'title = "T"\nx = ' + "[" * 5000 + "]" * 5000 + "\n", 0,
     "not valid TOML: it is nested too deeply"),
    ("5000-digit integer", START, 'title = "T"\nspeed = ' + "9" * 5000 + "\n", 0,
     "not valid TOML: a number has more than 4300 digits"),
    ("no title", START, "", 0, "title is missing"),
    ("no steps", "", 'title = "T"\n', 0, "no steps"),
    ("unknown top key", START, 'title = "T"\ncolour = 1\n', 0, "unknown lesson key(s) colour"),
    ("bad render fps", START, 'title = "T"\n[render]\nfps = 500\n', 0, "render.fps"),
    ("bad render size", START, 'title = "T"\n[render]\nsize = [10, 10]\n', 0, "render.size"),
    ("data not first", '[[steps]]\ntrain = 5\n', None, 1, "must set the data first"),
    ("unknown step key", START + 'trian = 5\n', None, 1, "unknown step key(s) trian"),
    ("empty step", START + '[[steps]]\n', None, 2, "nothing to do"),
    ("unknown generator", '[[steps]]\ndataset = { generator = "donut" }\n', None, 1,
     "unknown dataset 'donut'"),
    ("bad data value", '[[steps]]\ndataset = { generator = "xor", noise = 3.0 }\n', None, 1,
     "noise"),
    ("missing data file", '[[steps]]\ndataset = { file = "nowhere.csv" }\n', None, 1,
     "nowhere.csv not found"),
    ("unknown config field", START + 'config = { lrate = 0.1 }\n', None, 1,
     "unknown field(s) lrate"),
    ("bad config value", START + '[[steps]]\nconfig = { lr = -1 }\n', None, 2, "lr"),
    ("unknown activation", START + 'config = { activation = "swish2" }\n', None, 1,
     "swish2"),
    ("task in config", START + 'config = { task = "regression" }\n', None, 1,
     "task follows the dataset"),
    ("bad train", START + 'train = -5\n', None, 1, "train must be a number of epochs"),
    ("train as text", START + 'train = "100"\n', None, 1, "train must be a number of epochs"),
    ("until_loss alone", START + 'until_loss = 0.1\n', None, 1, "needs train"),
    ("bad speed", START + 'train = 5\nspeed = 0\n', None, 1, "speed must be"),
    ("bad pause", START + 'pause = -1\n', None, 1, "pause must be"),
    ("wait not a flag", START + 'wait = "yes"\n', None, 1, "wait must be true or false"),
    ("unknown panel", START + 'highlight = "sidebar"\n', None, 1, "highlight 'sidebar'"),
    ("unknown concept", START + 'concept = "dropout"\n', None, 1, "concept 'dropout'"),
    ("caption too long", START + f'caption = "{"x" * 301}"\n', None, 1, "caption"),
    ("too many forks", START + ''.join(f'[[steps]]\nfork = {{ name = "f{i}" }}\n'
                                       for i in range(4)), None, 5, "beyond 4 runs"),
    ("fork name taken", START + 'fork = { name = "x" }\n[[steps]]\nfork = { name = "x" }\n',
     None, 2, "'x' already exists"),
    ("fork named A", START + 'fork = { name = " A " }\n', None, 1, "'A' already exists"),
    ("bad fork config", START + 'fork = { config = { optimizer = "newton" } }\n', None, 1,
     "fork.config"),
]


@pytest.mark.parametrize("name, steps, head, step, says", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_lesson_is_refused_with_its_step_and_reason(tmp_path, name, steps, head,
                                                             step, says):
    path = lesson(tmp_path, steps, head if head is not None else 'title = "T"\n')
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    err = caught.value
    assert err.step == step and says in err.reason, str(err)
    assert str(err).startswith(f"{path}: step {step}:" if step else f"{path}:")


def test_unnamed_forks_take_free_letters(tmp_path):
    path = lesson(tmp_path, START + 'fork = { name = "C" }\n[[steps]]\nfork = {}\n'
                  '[[steps]]\nfork = { name = " D " }\n')
    assert [step.fork.name for step in load_lesson(path).steps] == ["C", "B", "D"]


def test_a_bad_data_file_names_its_line(tmp_path):
    (tmp_path / "points.csv").write_text("x,y,label\n0,0,0\n1,oops,1\n")
    path = lesson(tmp_path, '[[steps]]\ndataset = { file = "points.csv" }\n')
    with pytest.raises(LessonError, match=r"step 1: dataset file: .*points.csv.*line 3"):
        load_lesson(path)


def test_data_from_a_file_next_to_the_lesson(tmp_path):
    rows = "".join(f"{i / 10},{-i / 10},{i % 2}\n" for i in range(20))
    (tmp_path / "points.csv").write_text("x,y,label\n" + rows)
    parsed = load_lesson(lesson(tmp_path, '[[steps]]\ndataset = { file = "points.csv" }\n'))
    assert parsed.steps[0].dataset.load().n == 20


def test_files_that_are_not_lessons(tmp_path):
    for path, says in ((tmp_path / "none.toml", "no such file"), (tmp_path, "a folder")):
        with pytest.raises(LessonError, match=says):
            load_lesson(path)
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\x00title")
    with pytest.raises(LessonError, match="not UTF-8 text"):
        load_lesson(binary)
    huge = tmp_path / "h.toml"
    huge.write_text("# " + "x" * 2**20)
    with pytest.raises(LessonError, match="larger than 1 MB"):
        load_lesson(huge)


# ----- files that are not lessons, data from outside the lesson (issue 12) -----------------------

ROWS = "x,y,label\n" + "".join(f"{i / 10},{-i / 10},{i % 2}\n" for i in range(20))


def test_a_fifo_lesson_is_refused_at_once(tmp_path):
    with fifo(tmp_path / "pipe.toml") as path, pytest.raises(LessonError, match="not a regular"):
        load_lesson(path)


def test_a_lesson_linked_to_dev_zero_is_refused_without_reading_it(tmp_path):
    said = refusal_of_dev_zero(tmp_path, "zero.toml",
                               "from playground.lessons import LessonError, load_lesson",
                               "load_lesson('zero.toml')", "LessonError")
    assert said == "zero.toml: not a regular file: it is a device"


def test_a_fifo_or_device_as_data_file_is_not_a_regular_file(tmp_path):
    zero_link(tmp_path / "zero.csv")
    with pytest.raises(LessonError, match="step 1: dataset file zero.csv is outside"):
        load_lesson(lesson(tmp_path, '[[steps]]\ndataset = { file = "zero.csv" }\n'))
    refused = pytest.raises(LessonError, match="step 1: dataset file: .*pipe.csv: not a regular")
    with fifo(tmp_path / "pipe.csv"), refused:
        load_lesson(lesson(tmp_path, '[[steps]]\ndataset = { file = "pipe.csv" }\n'))


@pytest.mark.parametrize("name", ["../secret/x.csv", "ABSOLUTE", "link/x.csv", "sub/../../x.csv"])
def test_data_files_must_sit_in_the_lessons_folder(name, tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "x.csv").write_text(ROWS)
    (tmp_path / "x.csv").write_text(ROWS)
    folder = tmp_path / "lesson"
    (folder / "sub").mkdir(parents=True)
    (folder / "link").symlink_to(secret)
    name = str(secret / "x.csv") if name == "ABSOLUTE" else name
    with pytest.raises(LessonError) as caught:
        load_lesson(lesson(folder, START + f'[[steps]]\ndataset = {{ file = "{name}" }}\n'))
    assert caught.value.step == 2
    assert "a lesson may only read files in its own folder, so a lesson from someone else " \
           "cannot read your disk" in caught.value.reason


def test_a_data_file_name_that_cannot_be_looked_up_is_refused(tmp_path):
    (tmp_path / "loop.csv").symlink_to(tmp_path / "loop.csv")
    for name in ("loop.csv", "a\\u0000b.csv"):
        with pytest.raises(LessonError, match="step 1: dataset file .*"):
            load_lesson(lesson(tmp_path, f'[[steps]]\ndataset = {{ file = "{name}" }}\n'))


def test_data_files_below_the_lesson_are_fine(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "points.csv").write_text(ROWS)
    parsed = load_lesson(lesson(tmp_path, '[[steps]]\ndataset = { file = "data/points.csv" }\n'))
    assert parsed.steps[0].dataset.load().n == 20


def test_a_lesson_with_a_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes("\ufeff".encode() + ('title = "T"\n' + START).encode())
    assert load_lesson(path).title == "T"
