"""The README's Quick start has exactly two commands, and CI runs the test one verbatim."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quick_start_commands(readme: str = "README.md", heading: str = "Quick start") -> list[str]:
    text = (ROOT / readme).read_text(encoding="utf-8")
    section = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```(?:sh|bash)?\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_quick_start_is_two_commands_and_ci_runs_the_test_one():
    commands = _quick_start_commands()
    assert len(commands) == 2
    run_app, run_tests = commands
    assert "main.py" in run_app and "pytest" in run_tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in ci.splitlines()


def test_the_chinese_readme_has_the_same_quick_start_and_is_linked():
    assert _quick_start_commands("README.zh-CN.md", "快速开始") == _quick_start_commands()
    assert "(README.zh-CN.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_picture_the_readmes_show_exists():
    for readme in ("README.md", "README.zh-CN.md"):
        text = (ROOT / readme).read_text(encoding="utf-8")
        for picture in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            assert (ROOT / picture).is_file(), f"{readme}: {picture}"


def test_engine_example_in_the_readme_runs():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Using the engine from Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    namespace: dict = {}
    exec(compile(code, "README example", "exec"), namespace)  # noqa: S102
    assert namespace["snap"].output.shape == (100, 100, 3)


def test_lesson_example_in_the_readme_is_a_valid_lesson(tmp_path):
    from playground.lessons import load_lesson

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.S).group(1)
    (tmp_path / "example.toml").write_text(example)
    lesson = load_lesson(tmp_path / "example.toml")
    assert lesson.steps[1].fork is not None and lesson.fps == 30


def test_lesson_example_in_the_chinese_readme_is_a_valid_chinese_lesson(tmp_path):
    from playground.lessons import load_lesson

    text = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", text, re.S).group(1)
    (tmp_path / "example.toml").write_text(example, encoding="utf-8")
    lesson = load_lesson(tmp_path / "example.toml", "zh_CN")
    assert lesson.title_in() == "异或需要隐藏层"
    assert lesson.steps[0].caption_in("zh_CN") == "没有隐藏层：只有一条直线。"
