"""Lessons in Chinese, without Qt: per-language text beside the English base (title_zh_CN,
caption_zh_CN), every language a file uses checked in full, a language a lesson lacks refused
by name, and the shipped lessons' Chinese saying what their English says."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from playground import cli
from playground.lessons import LANGUAGES, LessonError, load_lesson

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted((ROOT / "resources" / "lessons").glob("*.toml"))
CJK = re.compile(r"[\u4e00-\u9fff]")
NUMBER = re.compile(r"\d[\d,.]*\d|\d")

BILINGUAL = """
title = "Two steps"
title_zh_CN = "两步"
description_zh_CN = "一个小例子。"
speed = "max"

[[steps]]
dataset = { generator = "xor", seed = 4, points = 160 }
caption = "First, 30 epochs."
caption_zh_CN = "先训练 30 轮。"
train = 30
wait = true

[[steps]]
highlight = "canvas"

[[steps]]
caption = ""
train = 5

[[steps]]
caption = "Then 20 more."
caption_zh_CN = "再训练 20 轮。"
train = 20
"""


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "lesson.toml"
    path.write_text(text, encoding="utf-8")
    return path


def refusal(path: Path, language: str = "en") -> LessonError:
    with pytest.raises(LessonError) as caught:
        load_lesson(path, language)
    return caught.value


def test_a_bilingual_lesson_gives_each_text_in_the_language_asked_for(tmp_path):
    path = write(tmp_path, BILINGUAL)
    english, chinese = load_lesson(path), load_lesson(path, "zh_CN")
    assert english.languages == chinese.languages == ("en", "zh_CN")
    assert (english.language, chinese.language) == ("en", "zh_CN")
    assert english.title_in() == english.title == "Two steps"
    assert chinese.title_in() == "两步" and chinese.title == "Two steps"
    assert chinese.descriptions == {"zh_CN": "一个小例子。"}
    captions = [step.caption_in("zh_CN") for step in chinese.steps]
    assert captions == ["先训练 30 轮。", None, "", "再训练 20 轮。"]
    assert [step.caption_in("en") for step in chinese.steps] == [
        "First, 30 epochs.", None, "", "Then 20 more."]


def test_an_english_lesson_is_refused_in_chinese_by_file_and_language(tmp_path):
    english_only = re.sub(r"^(title|caption|description)_zh_CN = .*\n", "", BILINGUAL,
                          flags=re.MULTILINE)
    path = write(tmp_path, english_only)
    lesson = load_lesson(path)
    assert lesson.languages == ("en",) and lesson.shown_language("zh_CN") == "en"
    assert lesson.steps[0].caption_in("zh_CN") == "First, 30 epochs."  # the window's fallback
    err = refusal(path, "zh_CN")
    assert str(path) in str(err) and "zh_CN" in err.reason and "title_zh_CN" in err.reason
    assert "unknown language 'fr'" in refusal(path, "fr").reason


@pytest.mark.parametrize("change, step, says", [
    # A caption without its Chinese, in a lesson that has Chinese elsewhere: named by its step.
    (lambda t: t.replace('caption_zh_CN = "再训练 20 轮。"\n', ""), 4,
     "caption_zh_CN is missing"),
    (lambda t: t.replace('title_zh_CN = "两步"\n', ""), 0, "title_zh_CN is missing"),
    (lambda t: t.replace('title_zh_CN = "两步"', 'title_zh_CN = "  "'), 0,
     "title_zh_CN is missing"),
    (lambda t: t.replace('highlight = "canvas"', 'highlight = "canvas"\ncaption_zh_CN = "看"'),
     2, "caption_zh_CN without caption"),
    (lambda t: t.replace('caption = ""', 'caption = ""\ncaption_zh_CN = "看"'), 3,
     "both be text or both"),
    (lambda t: t.replace('caption_zh_CN = "先训练 30 轮。"', 'caption_zh_CN = ""'), 1,
     "both be text or both"),
    (lambda t: t.replace('"先训练 30 轮。"', '"' + "长" * 301 + '"'), 1,
     "caption_zh_CN must be text of at most 300"),
    (lambda t: t.replace('"先训练 30 轮。"', "3"), 1, "caption_zh_CN must be text"),
    (lambda t: t.replace("caption_zh_CN = \"先", "caption_zh = \"先"), 1,
     "unknown step key(s) caption_zh; known: caption, caption_zh_CN"),
    (lambda t: t.replace("title_zh_CN", "title_fr"), 0, "unknown lesson key(s) title_fr"),
    (lambda t: t.replace('description_zh_CN = "一个小例子。"', "description_zh_CN = 1"), 0,
     "description_zh_CN must be text"),
])
def test_a_half_translated_lesson_is_refused_in_every_language(tmp_path, change, step, says):
    path = write(tmp_path, change(BILINGUAL))
    for language in LANGUAGES:  # even in English: a teacher finds it before class
        err = refusal(path, language)
        assert err.step == step and says in err.reason, str(err)
        assert str(err).startswith(f"{path}: step {step}: " if step else f"{path}: ")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_every_shipped_lesson_speaks_chinese_and_says_the_same_numbers(path):
    lesson = load_lesson(path, "zh_CN")
    assert CJK.search(lesson.title_in()) and CJK.search(lesson.descriptions["zh_CN"])
    for step in lesson.steps:
        if not step.caption:
            continue
        chinese = step.caption_in("zh_CN")
        assert CJK.search(chinese) and chinese != step.caption
        assert not re.search(r"[\u4e00-\u9fff][,:;.!?()]", chinese), chinese  # ，：；。（）
        numbers = sorted(n.rstrip(".") for n in NUMBER.findall(step.caption))
        assert sorted(n.rstrip(".") for n in NUMBER.findall(chinese)) == numbers, (
            f"step {step.number}: {step.caption!r} / {chinese!r}")


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_chinese_captions_name_runs_as_their_tiles_do_and_wait_for_results(path):
    """What tests/lessons/test_shipped_captions.py asks of the English, in Chinese: a run is
    "运行 hidden" as its tile says, and a training step reports no result yet."""
    runs = {"A"}
    for step in load_lesson(path, "zh_CN").steps:
        if step.close_forks:
            runs = {"A"}
        if step.fork is not None:
            runs.add(step.fork.name)
        chinese = step.caption_in("zh_CN") or ""
        for name in re.findall(r"运行 ([A-Za-z0-9·]+)", chinese):
            assert name in runs, f"step {step.number} names run {name!r}; tiles: {runs}"
        if step.train:
            assert not re.search(r"\d+ 轮后|降到|升到|解决了|记住了|发散了", chinese), (
                f"step {step.number} trains under a caption that reports its result: {chinese}")


def test_the_command_line_offers_the_lesson_languages():
    assert cli.LESSON_LANGUAGES == LANGUAGES


@pytest.mark.parametrize("argv", [["--help"], ["render", "--help"]])
def test_help_works_under_a_chinese_locale(argv):
    env = {**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *argv], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert ("--lang {en,zh_CN}" in done.stdout) == (argv[0] == "render")
