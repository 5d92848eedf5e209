"""The Concepts pages in Simplified Chinese: switched live in the real window, with the regimes,
readouts, registry names and the race's rows said again, and back in English after."""

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from playground.app import i18n
from playground.app.concepts.descent import PROBLEMS
from playground.app.concepts.race import PRESETS
from tests.app.windows import closed_in_english, open_window, speak


@pytest.fixture
def window(qtbot, tmp_path):
    if not i18n.has_cjk_font():  # asked once a QApplication exists (qtbot makes it)
        pytest.skip("no Chinese font: the window stays in English")
    win = open_window(qtbot, tmp_path, (1280, 720), start_worker=False)
    yield from closed_in_english(win)


def legend(race) -> list[str]:
    return [label.text for _, label in race.legend.items]


def test_every_problem_and_preset_text_has_a_chinese_translation():
    """The engine-side texts (descent.py and race.py have no Qt) are marked in the views; a new
    problem or preset without a marked, translated text fails here."""
    translator = QTranslator()
    assert translator.load("playground_zh_CN", str(i18n.I18N))
    for make in PROBLEMS.values():
        assert translator.translate("DescentView", make().label), make().label
    for preset in PRESETS.values():
        assert translator.translate("RaceView", preset.caption), preset.caption


def test_the_concepts_pages_switch_to_chinese_and_back_live(window):
    concepts = window.inside.concepts
    window.pages.setCurrentWidget(concepts)
    descent, losses, race = concepts.descent, concepts.losses, concepts.race  # built in English
    concepts.setCurrentWidget(race)
    race.use_preset("textbook")
    race.step()
    descent.set_learning_rate(0.03)
    QApplication.processEvents()
    assert descent.regime_label.text().startswith("lr = 0.03: <b")
    assert concepts.tabText(2) == "Gradient descent"

    speak(window, "zh_CN")
    assert [concepts.tabText(i) for i in range(4)] == ["激活函数", "损失函数", "梯度下降", "优化器"]
    assert concepts.tabToolTip(3) == "多个优化器从同一起点沿同一曲面赛跑下山。"
    # Gradient descent: buttons, the regime sentence around 收敛, thresholds, the step readout.
    assert (descent.step_button.text(), descent.play_button.text(),
            descent.reset_button.text()) == ("单步", "开始", "重置")
    assert descent.problem_box.currentText() == "均方误差：拟合 y = 2x"
    assert descent.regime() == "converging"
    assert "<b style='color:#188038'>收敛</b>，w 从一侧滑向最小值" in descent.regime_label.text()
    assert "时缓慢爬行" in descent.threshold_label.text()
    assert "时振荡" in descent.threshold_label.text()
    assert descent.state_label.text().startswith("第 0 步 · w = -1 ")
    assert descent.lr_slider.slider.toolTip().startswith("对数刻度上的学习率")
    descent.set_learning_rate(0.5)  # above 2/L'' = 0.214: every jump overshoots further
    assert "发散</b>，每一次跳跃" in descent.regime_label.text()
    while not descent.descent.diverged:
        descent.step()
    assert "已发散</b>：w 已离开图像范围" in descent.state_label.text()
    # Losses: the task as 分类 (classification), names beside their code names, the axes.
    assert losses.task_box.currentText() == "分类 (classification)"
    assert losses.list.item(0).text() == "交叉熵 (cross_entropy)"
    assert losses.current() == "cross_entropy"  # state is the code name, not the shown text
    assert losses.grad_plot.getAxis("left").labelText == "d 损失 / d s_true"
    assert losses.value_plot.getAxis("left").labelText == "损失"
    losses.set_task("regression")
    assert losses.grad_plot.getAxis("bottom").labelText == "e = 预测值 − 真实值"
    assert losses.caption.text().startswith("一个样本，真实值为 0。")
    # The race: buttons, speeds, table, rows, legend and the preset's caption.
    assert race.preset_button.text() == "教材赛跑"
    assert [race.speed.itemText(i) for i in range(3)] == ["每秒 2 步", "每秒 5 步", "每秒 20 步"]
    assert race.speed.currentData() == 200  # the items keep their intervals
    assert [heading.text() for heading, _ in race.rows.headings] == [
        "优化器", "学习率", "选项", "当前损失"]
    adam = race.rows.by_name["adam"]
    assert adam.check.text() == "自适应矩估计\n(adam)"  # two lines leave the picture room
    assert adam.options["beta1"].toolTip() == "自适应矩估计 (adam) 的 beta1"
    assert race.surface_box.currentText() == "峡谷 (ravine): x²/20 + y²"
    assert "之字形" in race.caption.text()
    assert legend(race)[0].startswith("sgd  ")  # the row beside it says 随机梯度下降
    QApplication.processEvents()  # the rows' new width is laid out: nothing cut off
    assert race.rows_scroll.width() >= race.rows_scroll.minimumSizeHint().width()
    race.play_button.setChecked(True)
    assert race.play_button.text() == "暂停"
    race.play_button.setChecked(False)
    # A page first built in Chinese says Chinese from the start.
    activations = concepts.activations
    activations.set_current("tanh")
    assert activations.list.currentItem().text() == "双曲正切 (tanh)"
    assert activations.caption.text().startswith("<b>双曲正切 (tanh)</b>: f(z) = ")
    assert activations.list.toolTip() == "勾选名称以画出其曲线；点击名称将其高亮。"

    speak(window, "en")
    assert concepts.tabText(0) == "Activations" and concepts.tabText(3) == "Optimizers"
    assert descent.step_button.text() == "Step" and descent.play_button.text() == "Play"
    assert descent.problem_box.currentText() == "MSE: fit y = 2x"
    assert "<b style='color:#d93025'>diverging</b>, every jump" in descent.regime_label.text()
    assert "<b style='color:#d93025'>diverged</b>: w left the plot, Reset" in (
        descent.state_label.text())
    assert descent.threshold_label.text().startswith("Minimum at w* = 2, curvature")
    assert losses.task_box.currentText() == "regression"
    assert losses.grad_plot.getAxis("bottom").labelText == "e = prediction − target"
    assert losses.list.item(0).text() == "mse"
    assert race.preset_button.text() == "Textbook race" and race.speed.itemText(0) == "2 steps/s"
    assert [heading.text() for heading, _ in race.rows.headings] == [
        "optimizer", "learning rate", "options", "loss now"]
    assert adam.check.text() == "adam" and adam.options["beta1"].toolTip() == "adam's beta1"
    assert "zig-zags" in race.caption.text() and legend(race)[0].startswith("sgd  ")
    assert activations.caption.text().startswith("<b>tanh</b>: f(z) = ")
    assert QCoreApplication.translate("RaceView", "{n} steps/s") == "{n} steps/s"


def test_the_race_keeps_its_picture_in_chinese_presentation_mode(window):
    """At 1280x720 with big type the Chinese names must not squeeze the race picture: the plot
    keeps at least a quarter of the width and its legend stays inside it."""
    speak(window, "zh_CN")
    window.toggle_presentation(full_screen=False)
    concepts = window.inside.concepts
    window.pages.setCurrentWidget(concepts)
    concepts.setCurrentWidget(concepts.race)
    concepts.race.use_preset("textbook")
    concepts.race.step()
    QApplication.processEvents()
    plot = concepts.race.plot
    assert plot.width() >= window.width() / 4, plot.width()
    view_box = plot.getPlotItem().getViewBox().sceneBoundingRect()
    assert view_box.contains(concepts.race.legend.sceneBoundingRect())
    window.toggle_presentation(full_screen=False)
