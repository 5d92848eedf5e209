"""Lessons in Chinese in the window and in videos: the Lessons menu, the lesson titles, the
status line and the captions follow View > Language, live, the current caption said again in
the new language; a lesson without Chinese is shown in English and says so; `render --lang
zh_CN` makes the window and the captions Chinese, and refuses a lesson that has no Chinese."""

import pytest
from PySide6.QtCore import QCoreApplication

from playground.app.lessons.player import DONE, WAITING
from playground.app.lessons.render import render_lesson
from playground.app.views.caption import CaptionBar
from playground.cli import main
from playground.lessons import load_lesson
from tests.app.windows import FRAME_TIMEOUT, closed_in_english, open_window, speak

LESSON = """
title = "Two steps"
title_zh_CN = "两步"
speed = "max"

[render]
fps = 4
size = [480, 360]
wait_seconds = 0.5

[[steps]]
dataset = { generator = "xor", seed = 4, points = 120, noise = 0.1 }
config = { hidden = [3], lr = 0.1 }
caption = "First, 30 epochs."
caption_zh_CN = "先训练 30 轮。"
train = 30
wait = true

[[steps]]
caption = "Then 20 more."
caption_zh_CN = "再训练 20 轮。"
train = 20
"""
ENGLISH_ONLY = "\n".join(line for line in LESSON.splitlines() if "_zh_CN" not in line)


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720), choose_file=lambda *a: "")
    yield from closed_in_english(win)


def wait_phase(qtbot, player, phase):
    qtbot.waitUntil(lambda: player.phase == phase, timeout=FRAME_TIMEOUT)


def menu_texts(window) -> dict[str, str]:
    """The Lessons menu's step actions by their English text (the keys after a tab dropped)."""
    return {action.text().split("\t")[0]: action.text()
            for action in window.lessons.menu.actions() if not action.isSeparator()}


def test_the_lessons_menu_and_titles_follow_the_language_live(quiet_window):
    window = quiet_window
    speak(window, "zh_CN")
    assert window.lessons.menu.title() == "课程(&L)"
    texts = menu_texts(window)
    assert texts["下一步(&N)"] == "下一步(&N)\tRight / PgDown"  # key names stay as they are
    assert {"打开课程文件(&F)…", "上一步(&P)", "重新开始课程(&R)", "关闭课程(&C)"} <= set(texts)
    assert "学习率：太小、合适、太大" in texts and "动量和 Adam 对比普通梯度下降" in texts
    shipped = [a for a in window.lessons.menu.actions() if a.toolTip().startswith("开始 ")]
    assert len(shipped) == 7 and shipped[0].toolTip() == "开始 01_learning_rate.toml 中的课程。"
    speak(window, "en")
    assert window.lessons.menu.title() == "&Lessons"
    texts = menu_texts(window)
    assert "&Next step" in texts and "Learning rate: too small, right, too large" in texts
    assert shipped[0].toolTip() == "Start the lesson in 01_learning_rate.toml."


def test_a_lesson_plays_in_chinese_and_says_its_caption_again_when_switched(
        qtbot, window, tmp_path):
    path = tmp_path / "two.toml"
    path.write_text(LESSON, encoding="utf-8")
    speak(window, "zh_CN")
    player, caption = window.lessons.player, window.exports.caption
    assert window.lessons.open(path)
    assert window.statusBar().currentMessage().startswith("已打开课程：两步。")
    wait_phase(qtbot, player, WAITING)
    assert caption.text() == "先训练 30 轮。" and caption.isVisible()
    assert window.lessons.status.text() == ("课程：两步  ·  第 1/2 步  ·  按 → 或 PgDown "
                                            "进入下一步")
    speak(window, "en")  # mid-lesson: the caption on screen is said again, in English
    assert caption.text() == "First, 30 epochs."
    assert window.lessons.status.text().startswith("Lesson: Two steps  ·  step 1 of 2")
    player.next()
    wait_phase(qtbot, player, DONE)
    assert caption.text() == "Then 20 more."
    speak(window, "zh_CN")
    assert caption.text() == "再训练 20 轮。"
    assert window.lessons.status.text().endswith("已完成：Ctrl+Shift+L 重新开始")
    player.previous()  # replayed from the start: still in Chinese
    wait_phase(qtbot, player, WAITING)
    assert caption.text() == "先训练 30 轮。"


def test_a_lesson_without_chinese_plays_in_english_and_says_so(qtbot, window, tmp_path):
    path = tmp_path / "english.toml"
    path.write_text(ENGLISH_ONLY, encoding="utf-8")
    speak(window, "zh_CN")
    assert window.lessons.open(path)
    assert "标题和字幕以英文显示" in window.statusBar().currentMessage()
    wait_phase(qtbot, window.lessons.player, WAITING)
    assert window.exports.caption.text() == "First, 30 epochs."
    status = window.lessons.status.text()
    assert status.startswith("课程：Two steps")
    assert status.endswith("以英文显示：这门课程没有该语言的文字")
    speak(window, "en")
    assert not window.lessons.status.text().endswith("这门课程没有该语言的文字")


def test_a_broken_lesson_is_refused_in_chinese_with_its_detail(quiet_window, tmp_path):
    window = quiet_window
    path = tmp_path / "half.toml"
    path.write_text(LESSON.replace('caption_zh_CN = "再训练 20 轮。"\n', ""), encoding="utf-8")
    speak(window, "zh_CN")
    assert not window.lessons.open(path)
    text = window.banner.text()
    assert text.startswith("课程未打开：") and "step 2" in text and "caption_zh_CN" in text


def test_a_chinese_render_shows_chinese_captions_in_a_chinese_window(tmp_path, monkeypatch):
    shown, menus = [], []
    real_set_text = CaptionBar.set_text
    def set_text(bar, text):  # the render's window is the one shown (earlier tests' are closed)
        if bar.window().isVisible():
            shown.append(text)
        real_set_text(bar, text)

    monkeypatch.setattr(CaptionBar, "set_text", set_text)
    path = tmp_path / "two.toml"
    path.write_text(LESSON, encoding="utf-8")
    lesson = load_lesson(path, "zh_CN")
    result = render_lesson(lesson, tmp_path / "zh.gif", on_frame=lambda frame: menus.append(
        QCoreApplication.translate("LessonActions", "&Lessons")))
    assert result.frames == len(menus) > 0
    assert [text for text in shown if text] == ["先训练 30 轮。", "再训练 20 轮。"]
    assert set(menus) == {"课程(&L)"}  # the window itself was Chinese while it rendered
    assert QCoreApplication.translate("LessonActions", "&Lessons") == "&Lessons"  # and after


def test_render_lang_refuses_a_lesson_without_that_language(tmp_path, capsys):
    path = tmp_path / "english.toml"
    path.write_text(ENGLISH_ONLY, encoding="utf-8")
    out = tmp_path / "out.gif"
    assert main(["render", str(path), "--lang", "zh_CN", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "no zh_CN text" in err and err.count("\n") == 1
    assert main(["render", str(path), "--lang", "fr", "-o", str(out)]) == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    assert not out.exists()


def test_a_chinese_render_without_a_chinese_font_stops_before_a_frame(tmp_path, monkeypatch):
    from playground.app import i18n
    from playground.app.lessons.render import RenderError

    monkeypatch.setattr(i18n, "has_cjk_font", lambda: False)
    path = tmp_path / "two.toml"
    path.write_text(LESSON, encoding="utf-8")
    with pytest.raises(RenderError, match="No Chinese font is installed"):
        render_lesson(load_lesson(path, "zh_CN"), tmp_path / "zh.gif")
    assert not (tmp_path / "zh.gif").exists()
