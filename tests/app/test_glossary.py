"""A term never has two translations: every message that says a glossary term in English says
the glossary's Chinese for it (resources/i18n/glossary.md)."""

import re
from pathlib import Path

import pytest

from playground.app import catalogue

GLOSSARY = Path(catalogue.TS).with_name("glossary.md")
TERMS = {  # English (a regular expression, whole words) -> the glossary's 中文
    r"learning rates?": "学习率", r"loss(?:es)?": "损失", r"cross-entropy": "交叉熵",
    r"gradients?": "梯度", r"weights?": "权重", r"bias(?:es)?": "偏置", r"neurons?": "神经元",
    r"hidden layers?": "隐藏层", r"optimizers?": "优化器", r"dropout": "随机失活",
    r"epochs?": "轮", r"accuracy": "准确率", r"regularization": "正则化",
    r"overfitting": "过拟合", r"activations?": "激活", r"decision boundar(?:y|ies)": "决策边界",
    r"forks?": "分支", r"lessons?": "课程", r"captions?": "字幕", r"canvas": "画布",
    r"features?": "特征", r"noise": "噪声", r"batch(?:es)?": "批", r"diverged?": "发散",
}


@pytest.mark.parametrize("english, chinese", TERMS.items())
def test_a_glossary_term_is_translated_the_glossary_way(english, chinese):
    assert chinese in GLOSSARY.read_text(encoding="utf-8")
    pattern = re.compile(rf"(?<![\w-]){english}(?![\w-])", re.IGNORECASE)
    astray = []
    for context, message in catalogue.messages():
        source = re.sub(r"\{\w+\}", " ", message.findtext("source"))  # placeholders are code
        said = message.find("translation").text or ""
        if context != "Names" and pattern.search(source) and chinese not in said:
            astray.append(f"{context}: {source!r} -> {said!r}")
    assert not astray, "\n".join(astray)
