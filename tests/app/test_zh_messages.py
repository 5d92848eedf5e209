"""The banner and the status bar said again when the language switches while they show: the
data editor's, the File menu's, the autosave's, the network edits' and the Lessons menu's
messages are Sentences; a refused data edit is a REFUSAL that the next good edit takes away in
any language, and a file's or a lesson's problem is known by its own kind."""

import pytest

from playground.app.data.settings import DataSettings
from playground.app.lessons.menu import NOT_OPENED as LESSON_NOT_OPENED
from playground.app.window.autosave import Autosave
from playground.app.window.file_actions import NOT_IMPORTED, NOT_OPENED
from playground.app.window.messages import REFUSAL
from playground.training.protocol import Saved
from tests.app.windows import FRAME_TIMEOUT, answering_window, closed_in_english, speak

LESSON = """
title = "One look"
title_zh_CN = "看一眼"

[[steps]]
dataset = { generator = "xor", seed = 4, points = 120 }
caption = "Look at the points."
caption_zh_CN = "看看这些数据点。"
wait = true
"""
ENGLISH_ONLY = "\n".join(line for line in LESSON.splitlines() if "_zh_CN" not in line)


@pytest.fixture
def window(qtbot, tmp_path):
    win = answering_window(qtbot, tmp_path)  # file dialogs answer win.answers[kind]
    yield from closed_in_english(win)


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_data_not_generated_is_a_refusal_a_good_edit_takes_away(quiet_window):
    window = quiet_window
    banner, data = window.banner, window.data
    speak(window, "zh_CN")
    data.apply_settings(DataSettings(generator="spiral", n_points=-5))
    assert banner.isVisible() and banner.text().startswith("未生成：")
    detail = banner.text().removeprefix("未生成：")
    assert window.messages.problem_kind == REFUSAL
    speak(window, "en")  # said again, the engine's detail as it was
    assert banner.isVisible() and banner.text() == "Not generated: " + detail
    speak(window, "zh_CN")
    assert banner.text() == "未生成：" + detail
    assert window.session.config().lr != 0.07
    window.session.edit("A", {"lr": 0.07})  # a good edit: the refusal has done its job
    assert not banner.isVisible()

    data.apply_settings(DataSettings(generator="spiral", n_points=-5))
    assert banner.isVisible() and window.messages.problem_kind == REFUSAL
    data.apply_settings(DataSettings(generator="xor", n_points=150))  # good new data, too
    assert not banner.isVisible() and window.model.dataset.n == 150


def test_the_data_editors_news_is_said_again(quiet_window):
    window = quiet_window
    speak(window, "zh_CN")
    window.data.apply_settings(DataSettings(task="regression", generator="plane"))
    assert status(window) == ("已切换到回归 (regression)；按 Ctrl+Z 可恢复分类 (classification) "
                              "的数据点。")
    speak(window, "en")
    assert status(window) == ("Switched to regression; Ctrl+Z brings the classification "
                              "points back.")
    window.model.undo_stack.undo()  # back to classification
    assert status(window) == "Back to classification."
    speak(window, "zh_CN")
    assert status(window) == "已回到分类 (classification)。"


def test_a_file_refused_while_the_language_switches_is_said_again(qtbot, window, tmp_path):
    banner = window.banner
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "playground-experiment", "version": 1, "config": {"lr": -1}}')
    speak(window, "zh_CN")
    with qtbot.waitSignal(window.files.opener.refused, timeout=FRAME_TIMEOUT):
        window.files.open(bad)
    assert banner.isVisible() and banner.text().startswith("未打开：")
    assert "bad.json" in banner.text() and window.messages.problem_kind == NOT_OPENED
    assert not status(window).startswith("正在打开 ")  # the "Opening" news, known by its kind
    detail = banner.text().removeprefix("未打开：")
    speak(window, "en")
    assert banner.isVisible() and banner.text() == "Not opened: " + detail
    window.session.edit("A", {"lr": 0.07})  # not a refusal: an edit does not fix the file
    assert banner.text() == "Not opened: " + detail

    window.answers["save"] = str(tmp_path / "points.csv")
    speak(window, "zh_CN")
    assert window.files.export_csv()
    assert status(window).startswith("已将数据点导出到 ")
    speak(window, "en")
    assert status(window) == "Exported the points to " + str(tmp_path / "points.csv")

    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("not,a,points,file\n1,2\n")
    with qtbot.waitSignal(window.files.imported, timeout=FRAME_TIMEOUT) as blocker:
        window.files.import_csv(bad_csv)
    assert blocker.args == [False] and banner.text().startswith("Not imported: ")
    assert window.messages.problem_kind == NOT_IMPORTED
    speak(window, "zh_CN")
    assert banner.text().startswith("未导入：")
    with qtbot.waitSignal(window.files.imported, timeout=FRAME_TIMEOUT) as blocker:
        window.files.import_csv(tmp_path / "points.csv")  # the same action, now good
    assert blocker.args == [True] and not banner.isVisible()
    assert status(window) == "已从 {} 导入 200 个数据点".format(tmp_path / "points.csv")
    speak(window, "en")
    assert status(window) == "Imported 200 points from {}".format(tmp_path / "points.csv")


def test_a_failing_autosave_is_said_again_and_cleared_by_its_kind(quiet_window, tmp_path):
    window = quiet_window
    autosave = Autosave(lambda path, kind: None, window.messages, tmp_path / "autosave")
    speak(window, "zh_CN")
    autosave.saved(Saved("autosave", "", "disk full"))
    assert status(window) == "自动保存失败：disk full"
    speak(window, "en")
    assert status(window) == "Autosave failed: disk full"
    autosave.saved(Saved("autosave", str(tmp_path / "autosave-1.json")))  # works again
    assert status(window) == ""


def test_a_network_edits_news_is_said_again(quiet_window):
    window = quiet_window
    speak(window, "zh_CN")
    window.session.edit("A", {"hidden": (5, 3)})
    assert status(window) == "层或特征已改变：网络已用新的初始权重重建。"
    speak(window, "en")
    assert status(window) == ("Layers or features changed: the network was rebuilt with fresh "
                              "weights.")
    window.inside.network_view.neuron_selected.emit(0, 1)
    assert status(window) == ("The canvas shows layer 1, neuron 2; click it again for the "
                              "output.")
    speak(window, "zh_CN")
    assert status(window) == "画布显示第 1 层第 2 个神经元；再次点击它即回到网络的输出。"


def test_a_lessons_opened_news_is_said_again(quiet_window, tmp_path):
    window = quiet_window
    lessons = window.lessons
    path = tmp_path / "look.toml"
    path.write_text(LESSON, encoding="utf-8")
    speak(window, "zh_CN")
    assert lessons.open(path)
    assert status(window) == "已打开课程：看一眼。"
    speak(window, "en")  # the title, too, in the language the lesson now shows
    assert status(window) == "Lesson opened: One look."
    lessons.player.close()

    english = tmp_path / "english.toml"
    english.write_text(ENGLISH_ONLY, encoding="utf-8")
    speak(window, "zh_CN")
    assert lessons.open(english)
    assert status(window).startswith("已打开课程：One look。")
    assert "标题和字幕以英文显示" in status(window)
    speak(window, "en")  # English now has the lesson's text: no notice that it has not
    assert status(window) == "Lesson opened: One look."


def test_a_broken_lesson_is_said_again_and_a_good_one_takes_it_away(quiet_window, tmp_path):
    window = quiet_window
    banner = window.banner
    broken = tmp_path / "broken.toml"
    broken.write_text(LESSON.replace('caption_zh_CN = "看看这些数据点。"', ""), encoding="utf-8")
    speak(window, "zh_CN")
    assert not window.lessons.open(broken)
    assert banner.text().startswith("课程未打开：")
    assert window.messages.problem_kind == LESSON_NOT_OPENED
    detail = banner.text().removeprefix("课程未打开：")
    speak(window, "en")
    assert banner.text() == "Lesson not opened: " + detail
    good = tmp_path / "look.toml"
    good.write_text(LESSON, encoding="utf-8")
    assert window.lessons.open(good)
    assert not banner.isVisible()
