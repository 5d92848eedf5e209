"""The Network and Training panels, the network diagram and its edit messages in Simplified
Chinese: said again live when View > Language switches, and English again when switched back,
with registry names kept as item data."""

import pytest
from PySide6.QtCore import Qt

from tests.app.windows import closed_in_english, open_window, speak

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720), start_worker=False)
    yield from closed_in_english(win)


def node_centre(view, column: int, index: int):
    return view.diagram.frames[column][index].sceneBoundingRect().center()


def test_the_training_panel_switches_language_live(window):
    panel = window.training_panel
    speak(window, "zh_CN")
    assert panel.heading.text() == "训练"  # not upper-cased
    assert [panel.labels[f].text() for f in ("loss", "lr", "batch_size", "dropout")] == [
        "损失函数", "学习率", "批大小", "随机失活"]
    assert panel.lr.toolTip() == "梯度下降的步长：从列表中选择，或输入不超过 100 的任意值。"
    index = panel.loss.findData("cross_entropy")
    assert panel.loss.itemText(index) == "交叉熵 (cross_entropy)"
    assert panel.loss.itemData(index, TIP).startswith("Softmax 交叉熵：")
    assert panel.optimizer.itemText(panel.optimizer.findData("adam")) == "自适应矩估计 (adam)"
    assert panel.regularization.itemText(panel.regularization.findData("l2")) == \
        "L2 正则化 (l2)"

    # The lists still hold the code names: a pick edits the config with the English name.
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("adam"))
    assert window.session.config().optimizer == "adam"
    # A loss list rebuilt for another problem type is said in Chinese too.
    window.session.edit(window.session.selected, {"task": "regression", "loss": "mse"})
    assert panel.loss.currentData() == "mse" and panel.loss.currentText() == "均方误差 (mse)"

    speak(window, "en")
    assert panel.heading.text() == "TRAINING"
    assert panel.labels["loss"].text() == "Loss" and panel.labels["dropout"].text() == "Dropout"
    assert panel.loss.currentText() == "mse" and panel.optimizer.currentText() == "adam"
    assert panel.loss.itemData(panel.loss.findData("huber"), TIP) == \
        "Huber: squared near zero, absolute for large errors"


def test_the_network_panel_switches_language_live(window):
    panel = window.network_panel
    speak(window, "zh_CN")
    assert panel.heading.text() == "网络"
    assert panel.features_label.text() == "输入特征"
    assert panel.layers_label.text() == "隐藏层"
    assert panel.feature_buttons["x1"].toolTip() == "把 x1 作为输入送入网络。"
    assert panel.layers.plus.toolTip() == "增加隐藏层的层数"
    layer, neurons = panel.width_labels[0]
    assert (layer.text(), neurons.text()) == ("第 1 层", "个神经元")
    assert panel.width_steppers[0].minus.toolTip() == "减少第 1 个隐藏层的神经元数"
    assert panel.activation.currentText() == "双曲正切 (tanh)"
    assert panel.init.itemData(panel.init.findData("zeros"), TIP).startswith("全零：")

    # A layer added while in Chinese gets a Chinese row.
    panel.layers.plus.click()
    assert len(panel.width_labels) == len(window.session.config().hidden)
    assert panel.width_labels[-1][0].text() == f"第 {len(panel.width_labels)} 层"

    speak(window, "en")
    assert panel.heading.text() == "NETWORK"
    assert panel.features_label.text() == "Input features"
    assert panel.feature_buttons["x1"].toolTip() == "Feed x1 to the network as an input."
    assert panel.width_labels[-1][0].text() == f"Layer {len(panel.width_labels)}"
    assert panel.width_labels[0][1].text() == "neurons"
    assert panel.width_steppers[0].label.toolTip() == "the number of neurons in hidden layer 1"
    assert panel.activation.currentText() == "tanh"


def test_the_diagram_and_its_messages_switch_language_live(window):
    view = window.inside.network_view
    hidden = window.session.config().hidden
    speak(window, "zh_CN")
    d = view.diagram
    assert [t.text() for t in d.titles][:2] == ["输入", "第 1 层"]
    assert d.layers_text.text() == f"{len(hidden)} 个隐藏层"
    assert d.layer_buttons[1].toolTip() == "添加一个隐藏层"
    assert view.toolTip().startswith("网络：点击连线或偏置")
    tip = view.tooltip_at(node_centre(view, 1, 0))
    assert tip.startswith("第 1 层第 1 个神经元：") and "再次点击即返回" in tip

    window.session.edit(window.session.selected, {"features": ("x1", "x2", "x1*x2")})
    assert window.statusBar().currentMessage() == "层或特征已改变：网络已用新的初始权重重建。"
    assert view.diagram is not d and view.diagram.titles[-1].text() == "输出"  # rebuilt, Chinese

    speak(window, "en")
    d = view.diagram
    assert [t.text() for t in d.titles][:2] == ["Input", "Layer 1"]
    assert d.layers_text.text() == f"{len(hidden)} hidden layers"
    assert view.toolTip().startswith("The network: click a link")
    assert view.tooltip_at(node_centre(view, 1, 0)).startswith("Layer 1, neuron 1: ")
    window.session.edit(window.session.selected, {"features": ("x1", "x2")})
    assert window.statusBar().currentMessage().startswith("Layers or features changed")
