"""The Data panel, the File menu and their messages in Simplified Chinese, switched live."""

import pytest

from playground.app.data.settings import DataSettings
from tests.app.windows import closed_in_english, open_window, speak


@pytest.fixture
def window(qtbot, tmp_path):
    asked, answers = [], {}  # every file dialog's (kind, title, filter); the answer per kind

    def choose_file(kind, title, file_filter):
        asked.append((kind, title, file_filter))
        return answers.get(kind, "")

    win = open_window(qtbot, tmp_path, (1280, 720), start_worker=False, choose_file=choose_file)
    win.answers, win.asked = answers, asked
    yield from closed_in_english(win)


def preset_tips(panel):
    return {b.property("generator"): b.toolTip() for b in panel.preset_group.buttons()}


def file_menu(window):
    menu = window.files.menu
    return [menu.title(), *(a.text() for a in menu.actions() if not a.isSeparator())]


def test_the_data_panel_and_file_menu_speak_chinese_and_back(window):
    panel = window.data_panel
    english_menu = file_menu(window)
    assert english_menu[0] == "&File" and "&Open experiment…" in english_menu
    assert panel.task.itemText(0) == "Classification" and panel.regenerate.text() == "Regenerate"
    assert preset_tips(panel)["circle"] == "circle: A disc inside a ring."

    speak(window, "zh_CN")
    assert panel.heading.text() == "数据"
    assert panel.task_label.text() == "问题类型"
    assert [panel.task.itemText(i) for i in range(2)] == ["分类 (classification)",
                                                        "回归 (regression)"]
    assert panel.task.currentData() == "classification"  # the data is still the code name
    assert panel.regenerate.text() == "重新生成" and panel.eraser.text() == "橡皮擦"
    assert panel.inspect.text() == "查看" and panel.clear.text() == "清空"
    assert panel.show_test.text() == "显示测试数据" and panel.discretize.text() == "离散化输出"
    assert panel.noise_label.text() == "噪声" and panel.train_label.text() == "训练 %"
    assert panel.swatches[2].toolTip() == "绘制第 3 类的数据点（按键 3）。"
    assert preset_tips(panel)["circle"] == "圆环 (circle)：环中有一个圆盘。"
    assert file_menu(window) == ["文件(&F)", "打开实验(&O)…", "保存(&S)", "另存为(&A)…",
                                 "最近打开(&R)", "从 CSV 导入数据点(&I)…",
                                 "将数据点导出为 CSV(&E)…"]
    assert window.windowTitle().startswith("未命名实验（")

    speak(window, "en")
    assert panel.heading.text() == "DATA" and panel.task_label.text() == "Problem"
    assert panel.task.itemText(1) == "Regression" and panel.regenerate.text() == "Regenerate"
    assert panel.swatches[2].toolTip() == "Draw points of class 3 (key 3)."
    assert preset_tips(panel)["circle"] == "circle: A disc inside a ring."
    assert file_menu(window) == english_menu
    assert window.windowTitle().startswith("Untitled experiment (")


def test_new_presets_and_messages_are_said_in_chinese(qtbot, window, tmp_path):
    speak(window, "zh_CN")
    panel = window.data_panel
    window.data.apply_settings(DataSettings(task="regression", generator="plane"))
    assert preset_tips(panel)["plane"].startswith("斜面 (plane)：")  # built after the switch
    assert window.statusBar().currentMessage().startswith("已切换到回归 (regression)；")

    window.data.apply_settings(DataSettings(generator="spiral", n_points=-5))
    assert window.banner.text().startswith("未生成：")

    window.answers["save"] = str(tmp_path / "points.csv")
    assert window.files.export_csv()
    kind, title, file_filter = window.asked[-1]
    assert (title, file_filter) == ("导出数据点", "数据点 (*.csv)")
    assert window.statusBar().currentMessage().startswith("已将数据点导出到 ")

    bad = tmp_path / "bad.csv"
    bad.write_text("not,a,points,file\n1,2\n")
    with qtbot.waitSignal(window.files.imported, timeout=10_000) as blocker:
        window.files.import_csv(bad)  # read on a worker thread
        assert window.statusBar().currentMessage().startswith("正在导入 ")
    assert blocker.args == [False] and window.banner.text().startswith("未导入：")
