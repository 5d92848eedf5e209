"""The views under the canvas in Simplified Chinese: plot tabs, plot axes and legends, the
metrics tables and clicked point, the timeline and the compare tiles switch live with
View > Language and back to English (tabs are still found by their English keys)."""

from types import SimpleNamespace

import numpy as np
import pytest

from playground.app.views.compare.strip import CompareStrip, differences
from playground.app.views.inside import TABS
from playground.engine import TrainConfig
from playground.training.protocol import Inspected
from tests.app.windows import closed_in_english, open_window, shown, speak

POINT = Inspected(point=(0.5, -1.0), label=1, train=True, prediction=np.array([0.2, 0.8]),
                  loss=0.2231, loss_name="cross_entropy", task="classification")


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720), start_worker=False)
    yield from closed_in_english(win)


def legend_texts(loss_plot) -> list[str]:
    return [label.text for _, label in loss_plot._loss.plotItem.legend.items]


def texts(window) -> dict[str, object]:
    """What the inside views say now, one text (or list) per place."""
    inside, loss = window.inside, window.inside.loss_plot
    metrics, landscape, timeline = inside.metrics, inside.landscape, window.history.timeline
    plots = inside.plots
    return {
        "tabs": [plots.tabText(i) for i in range(plots.count())],
        "tab tip": plots.tabToolTip(0),
        "log box": loss._log_box.text(),
        "loss axis": loss._loss.getAxis("left").labelText,
        "accuracy axis": loss._accuracy.getAxis("left").labelText,
        "epoch axis": loss._accuracy.getAxis("bottom").labelText,
        "legend": legend_texts(loss),
        "diverged": loss._divergence_label.format,
        "gradient title": inside.gradient_plot._title.text(),
        "gradient axis": inside.gradient_plot._plot.getAxis("left").labelText,
        "weights caption": inside.histograms._caption.text(),
        "performance": metrics._performance.text(),
        "table title": metrics._table_titles["train"].text(),
        "accuracy": metrics.accuracy["test"].text(),
        "point": metrics.point.text(),
        "plane item": landscape.directions.itemText(0),
        "about": landscape.about.text(),
        "plane axis": landscape.plane.getAxis("bottom").labelText,
        "live": timeline.live.text(),
        "onion": timeline.onion.text(),
        "epoch": timeline.epoch.text(),
        "network tip": inside.network_view.toolTip(),
    }


ENGLISH = {
    "tabs": list(TABS),
    "tab tip": "Train and test loss per epoch, and accuracy.",
    "log box": "log scale",
    "loss axis": "loss",
    "accuracy axis": "accuracy",
    "epoch axis": "epoch",
    "legend": ["train", "test"],
    "diverged": "▲ diverged",
    "gradient title": "Gradient norm per layer",
    "gradient axis": "gradient norm",
    "weights caption": "How each layer's weights are spread (biases left out); all share the "
                       "x range.",
    "performance": "Performance",
    "table title": "train",
    "accuracy": "accuracy —",
    "point": "Point (0.50, -1.00), a training point of class 2\n"
             "Predicted: class 2 80.0%, class 1 20.0%\nIts loss (cross_entropy): 0.2231",
    "plane item": "PCA of the path",
    "about": "Waiting for the training process…",
    "plane axis": "α (first direction)",
    "live": "Live",
    "onion": "Onion skin",
    "epoch": "epoch 0",
    "network tip": "The network: click a link or bias to edit it, a neuron to show its map on "
                   "the canvas.",
}

CHINESE = {
    "tabs": ["损失", "梯度流", "损失地形", "权重", "指标"],
    "tab tip": "每轮的训练损失和测试损失，以及准确率。",
    "log box": "对数坐标",
    "loss axis": "损失",
    "accuracy axis": "准确率",
    "epoch axis": "轮",
    "legend": ["训练", "测试"],
    "diverged": "▲ 发散",
    "gradient title": "每层的梯度范数",
    "gradient axis": "梯度范数",
    "weights caption": "各层权重的分布（不含偏置）；所有图共用同一 x 范围。",
    "performance": "表现",
    "table title": "训练",
    "accuracy": "准确率 —",
    "point": "数据点 (0.50, -1.00)，属于 类别 2 的训练数据点\n"
             "预测：类别 2 80.0%, 类别 1 20.0%\n它的损失（交叉熵 (cross_entropy)）：0.2231",
    "plane item": "路径的主成分 (PCA)",
    "about": "正在等待训练进程…",
    "plane axis": "α（第一方向）",
    "live": "实时",
    "onion": "洋葱皮",
    "epoch": "第 0 轮",
    "network tip": "网络：点击连线或偏置可编辑它，点击神经元可在画布上显示它的输出。",
}


def test_the_inside_views_switch_to_chinese_and_back_live(window):
    window.inside.show_point(POINT)  # said again in the new language, from the answer kept
    assert texts(window) == ENGLISH
    hidden_epoch = window.inside.loss_plot._loss.getAxis("bottom")
    assert not hidden_epoch.label.isVisible()  # classification: only the lower plot says epoch
    speak(window, "zh_CN")
    assert texts(window) == CHINESE
    assert not hidden_epoch.label.isVisible()  # the new label text did not show it again
    assert window.inside.tab_index("Metrics") == 4  # found by key whatever the tabs say
    speak(window, "en")
    assert texts(window) == ENGLISH


def test_the_timeline_and_numbers_said_again_keep_their_state(window):
    timeline, metrics = window.history.timeline, window.inside.metrics
    timeline.show_epoch(1234, live=False)
    metrics.set_details({"class_counts": np.array([3, 2]),
                         "train_confusion": np.array([[2, 1], [0, 2]]),
                         "test_confusion": np.zeros((2, 2))}, "classification",
                        [(245, 147, 34), (8, 119, 189)])
    assert metrics.accuracy["train"].text() == "accuracy 80.0%"
    speak(window, "zh_CN")
    assert timeline.epoch.text() == "<b>第 1,234 轮（历史）</b>"
    assert metrics.accuracy["train"].text() == "准确率 80.0%"
    assert "每个类别的数据点：" in metrics.class_counts.text()
    assert "类别 2: 2" in metrics.class_counts.text()
    assert metrics.tables["train"].horizontalHeaderItem(1).toolTip() == "类别 2"
    speak(window, "en")
    assert timeline.epoch.text() == "<b>epoch 1,234 (history)</b>"
    assert metrics.class_counts.text().startswith("points per class: ")
    assert metrics.tables["train"].horizontalHeaderItem(1).toolTip() == "class 2"


def test_compare_tiles_and_the_legend_of_runs_switch_language(qtbot, window):
    strip = shown(qtbot, CompareStrip(), 700, 110)
    tile = strip.add("B", (200, 60, 60), closable=True)
    snapshot = SimpleNamespace(epoch=15, diverged=True,
                               metrics={"train_loss": 0.25, "test_loss": 0.5})
    tile.show_numbers(snapshot)
    english = differences(TrainConfig(), TrainConfig(lr=0.1, hidden=()))
    assert english == ["hidden none", "lr 0.1"]
    speak(window, "zh_CN")
    assert tile.title.text() == "<b>运行 B</b>"
    assert tile.epoch.text() == "第 15 轮  已发散"
    assert tile.losses["train"].text() == "训练 0.2500"
    assert tile.close_button.toolTip().startswith("关闭运行 B")
    assert differences(TrainConfig(), TrainConfig(lr=0.1, hidden=())) == ["隐藏层 无", "学习率 0.1"]
    loss = window.inside.loss_plot
    loss.compare_main("A", (10, 10, 200))  # compared: the legend names runs, not splits
    loss.add_run("B", (200, 60, 60))
    assert legend_texts(loss) == ["A", "B"]
    loss.remove_run("B")
    loss.compare_main("A", None)
    assert legend_texts(loss) == ["训练", "测试"]
    speak(window, "en")
    assert tile.title.text() == "<b>Run B</b>"
    assert tile.epoch.text() == "Epoch 15  diverged"
    assert tile.losses["test"].text() == "test 0.5000"
    assert legend_texts(loss) == ["train", "test"]
