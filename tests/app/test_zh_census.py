"""The whole window in Chinese, counted the way issue 13 counts it: at least 150 texts Chinese,
at most 2 % still with English words (registry names, keys and formats excepted), every
character drawable, and a live switch saying every text again in either direction."""

import pytest
from PySide6.QtGui import QFont

from tests.app.census import CJK, census, missing_glyphs, visible_texts
from tests.app.windows import closed_in_english, open_window, speak

LANGUAGE_CHOICES = {"简体中文", "跟随系统"}  # each language is offered in its own words


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720), start_worker=False)
    yield from closed_in_english(win)


def test_the_chinese_window_is_chinese_and_draws_every_character(window):
    speak(window, "zh_CN")
    chinese, english = census(window)
    report = "\n".join(f"{where}: {text!r} {words}" for where, text, words in english)
    assert len(chinese) >= 150, f"{len(chinese)} Chinese texts"
    assert len(english) <= 0.02 * (len(chinese) + len(english)), report
    texts = [text for _, text in visible_texts(window)]
    assert not missing_glyphs(texts, window.font())


def test_the_census_counts_english_as_english(window):
    """The counter can fail: the English window is nearly all English words."""
    chinese, english = census(window)
    assert len(english) >= 150 and len(chinese) <= 3


def test_a_character_no_font_has_is_found():
    """The glyph check can fail: a private-use character has no glyph in any installed font."""
    assert missing_glyphs(["训练 \U000F0000"], QFont()) == {"训练 \U000F0000": "\U000F0000"}


def test_switching_live_says_every_text_again_both_ways(window, qtbot, tmp_path):
    english = {text for _, text in visible_texts(window)}
    speak(window, "zh_CN")
    live = {text for _, text in visible_texts(window)}
    fresh = open_window(qtbot, tmp_path / "fresh", (1280, 720), start_worker=False)
    try:
        speak(fresh, "zh_CN")
        assert live == {text for _, text in visible_texts(fresh)}
    finally:
        fresh.language_menu.choose("en", remember=False)
        fresh.close()
    speak(window, "en")
    back = {text for _, text in visible_texts(window)}
    assert back == english
    assert not {text for text in back if CJK.search(text)} - LANGUAGE_CHOICES
