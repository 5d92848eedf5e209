"""The window's own menus, keys and messages in Simplified Chinese, switched live: the menus and
the key sheet, the banner and the status bar said again in the new language, and problems
known by their kind, so the divergence banner and a refusal still go away in Chinese."""

import pytest
from PySide6.QtWidgets import QAbstractButton

from playground.app.data.settings import DataSettings
from playground.app.window.messages import DIVERGED, REFUSAL
from tests.app.windows import closed_in_english, first_frame, open_window, speak, wait_frame


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720))
    yield from closed_in_english(win)


def menus(window) -> dict[str, object]:
    return {action.text(): action.menu() for action in window.menuBar().actions()
            if action.menu()}


def texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_menus_keys_and_tooltips_switch_live(qtbot, quiet_window):
    window = quiet_window
    speak(window, "zh_CN")
    titles = menus(window)
    assert {"视图(&V)", "帮助(&H)", "运行(&R)", "导出(&E)"} <= set(titles)
    view = texts(titles["视图(&V)"])
    assert {"演示模式", "专注画布", "深色主题", "重置布局", "语言"} <= set(view)
    language = window.language_menu.menu
    assert texts(language) == ["跟随系统", "English", "简体中文"]
    assert texts(titles["运行(&R)"])[0] == "创建分支(&F)"
    export = titles["导出(&E)"]
    assert "录制 / 停止(&R)" in texts(export) and "编码器优先级" in texts(export)
    region = window.exports.region_group.actions()
    assert [a.text() for a in region] == ["窗口", "画布和损失图"]
    assert region[1].data() == "canvas and loss plot"  # the setting keeps its English value
    assert window.exports.priority_group.actions()[0].toolTip().startswith("编码器只用空闲")
    assert window.exports.folder_button.text() == "打开文件夹"
    assert window.exports.indicator.toolTip() == "正在录制（按 Ctrl+R 停止）"
    assert window.banner.toolTip() == "点击关闭。"
    close = window.docks[2].findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert close.toolTip() == "关闭训练面板；视图 > 训练 可重新打开。"
    sheet = window.show_keys()
    qtbot.addWidget(sheet)
    assert sheet.windowTitle() == "键盘快捷键 — playground"
    rows = [[sheet.table.item(r, c).text() for c in range(3)]
            for r in range(sheet.table.rowCount())]
    assert ["窗口", "类别 1", "1"] in rows and ["视图", "演示模式", "F5"] in rows
    assert sheet.table.horizontalHeaderItem(0).text() == "位置"
    assert any(row[0] == "导出" and row[1] == "录制 / 停止" for row in rows)

    speak(window, "en")
    titles = menus(window)
    assert {"&View", "&Help", "&Runs", "&Export"} <= set(titles)
    assert "Presentation mode" in texts(titles["&View"])
    assert texts(window.language_menu.menu)[0] == "Follow the system"
    assert window.language_menu.menu.title() == "Language"
    assert [a.text() for a in window.exports.region_group.actions()] == [
        "window", "canvas and loss plot"]
    assert sheet.windowTitle() == "Keyboard shortcuts — playground"
    assert close.toolTip() == "Close the Training panel; View > Training brings it back."
    assert window.banner.toolTip() == "Click to dismiss."


def test_the_news_showing_while_the_language_switches_is_said_again(quiet_window):
    window = quiet_window
    status = window.statusBar()
    assert status.currentMessage() == "Draw points or pick a preset, then press Space to train."
    speak(window, "zh_CN")
    assert status.currentMessage() == "画出数据点或选择一个预设，然后按 Space 开始训练。"
    window.toggle_focus()
    window.toggle_focus()
    window.toggle_presentation(full_screen=False)
    assert status.currentMessage() == "演示模式已开启：按 F5 退出。"
    speak(window, "en")
    assert status.currentMessage() == "Presentation mode on: F5 to leave."
    window.toggle_presentation(full_screen=False)


def test_a_refusal_is_said_and_cleared_in_chinese(qtbot, window):
    first_frame(qtbot, window)
    speak(window, "zh_CN")
    window.session.edit("A", {"lr": -1.0})
    assert window.banner.isVisible() and window.banner.text().startswith("未应用：")
    assert window.messages.problem_kind == REFUSAL
    speak(window, "en")  # said again in English, the engine's detail unchanged
    assert window.banner.text().startswith("Not applied: ")
    speak(window, "zh_CN")
    window.session.edit("A", {"lr": 0.05})  # a good edit: the refusal has done its job
    assert not window.banner.isVisible()


def test_the_divergence_banner_is_said_again_and_reset_hides_it_in_chinese(qtbot, window):
    window.data.apply_settings(DataSettings(generator="spiral"))
    wait_frame(qtbot, window, lambda f: not f.playing)
    speak(window, "zh_CN")
    window.session.edit("A", {"activation": "leaky_relu", "lr": 10.0})
    window.set_playing(True)
    wait_frame(qtbot, window, lambda f: f.snapshot.diverged)
    qtbot.waitUntil(lambda: not window.session.playing, timeout=5000)
    banner, status = window.banner, window.statusBar()
    assert banner.isVisible() and banner.text().startswith("训练已发散：")
    assert "画布和图表显示的是第 " in banner.text() and "，请降低学习率" in banner.text()
    assert "lower the learning rate" not in banner.text()  # the trainer's reason said in Chinese
    assert window.messages.problem_kind == DIVERGED
    assert status.currentMessage() == "训练已发散，因此已暂停。"
    speak(window, "en")  # the banner showing while the language switches is said again
    assert banner.isVisible() and banner.text().startswith("Training diverged: ")
    assert status.currentMessage() == "Training paused because it diverged."
    speak(window, "zh_CN")
    assert banner.text().startswith("训练已发散：")
    window.set_playing(True)  # refused until Reset, in Chinese
    assert banner.text() == "训练已发散；请先按重置 (R) 再开始。" and not window.session.playing
    window.session.edit("A", {"lr": 0.03})
    window.reset()
    wait_frame(qtbot, window, lambda f: not f.snapshot.diverged)
    assert not banner.isVisible()
    assert status.currentMessage() != "训练已发散，因此已暂停。"


REASONS = [  # the trainer's forms (engine/trainer.py) and one it never writes
    ("loss became nan at epoch 1,235, step 7: lower the learning rate",
     "损失在第 1,235 轮第 7 步变为 nan，请降低学习率"),
    ("the weights became non-finite at epoch 3, step 2: lower the learning rate",
     "权重在第 3 轮第 2 步变为 非有限值，请降低学习率"),
    ("the test loss became inf at epoch 12: lower the learning rate",
     "测试损失在第 12 轮变为 inf，请降低学习率"),
    ("something the trainer never writes", "something the trainer never writes"),
]


def test_the_trainers_reasons_are_said_in_chinese_and_kept_in_english(quiet_window):
    window = quiet_window
    from playground.app.views.run_display import say_reason

    assert [say_reason(reason) for reason, _ in REASONS] == [reason for reason, _ in REASONS]
    speak(window, "zh_CN")
    assert [say_reason(reason) for reason, _ in REASONS] == [chinese for _, chinese in REASONS]
