"""The window in Simplified Chinese: catalogues kept in step with the code, the language chosen
in View > Language switching live and remembered, and English kept when no Chinese font exists."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from playground.app import catalogue, i18n
from playground.app.window.main_window import MainWindow
from tests.app.windows import first_frame, open_window, wait_frame

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "playground_zh_CN.ts"


def test_the_system_language_decides_when_asked_to_follow_it():
    assert i18n.resolve("system", "zh_CN") == "zh_CN"
    assert i18n.resolve("system", "zh_TW") == "zh_CN"
    assert i18n.resolve("system", "de_DE") == "en"
    assert i18n.resolve("en", "zh_CN") == "en"


def test_a_menu_text_is_read_without_its_mnemonic():
    assert i18n.without_mnemonic("E&xport") == "Export"
    assert i18n.without_mnemonic("导出(&E)") == "导出"
    assert i18n.without_mnemonic("创建分支(&F)…") == "创建分支…"
    assert i18n.without_mnemonic("Save && quit") == "Save & quit"


def test_every_marked_string_has_a_finished_translation(tmp_path):
    """pyside6-lupdate over every app source finds nothing new and nothing unfinished."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    out = catalogue.lupdate(copy)
    assert "0 new" in out, out
    assert len(catalogue.messages(copy)) >= 30
    assert not catalogue.missing(copy)


def test_the_compiled_catalogue_says_what_the_source_says():
    translator = QTranslator()
    assert translator.load("playground_zh_CN", str(i18n.I18N))
    for context in ET.parse(TS).iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            assert translator.translate(name, source) == message.find("translation").text, source


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (1280, 720))
    yield win
    win.language_menu.choose("en", remember=False)
    win.close()


def test_chinese_switches_live_keeps_the_run_and_is_remembered(qtbot, window, tmp_path):
    first_frame(qtbot, window)
    window.set_playing(True)
    before = wait_frame(qtbot, window, lambda f: f.snapshot.epoch >= 3).snapshot.epoch
    window.language_menu.actions["zh_CN"].trigger()
    QApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert window.language.language == "zh_CN"
    assert window.run_bar.step.text() == "单步" and window.run_bar.reset.text() == "重置"
    assert window.run_bar.epoch.text().startswith("第 ")
    assert window.pages.tabText(0) == "训练场" and window.docks[0].windowTitle() == "数据"
    assert wait_frame(qtbot, window, lambda f: f.snapshot.epoch > before + 3)  # still training
    window.language_menu.actions["en"].trigger()
    QApplication.processEvents()
    assert window.run_bar.step.text() == "Step" and window.pages.tabText(0) == "Playground"
    window.language_menu.actions["zh_CN"].trigger()
    window.set_playing(False)
    window.close()
    again = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
                       start_worker=False)
    qtbot.addWidget(again)
    QApplication.processEvents()
    try:
        assert again.language.language == "zh_CN" and again.run_bar.step.text() == "单步"
    finally:
        again.language_menu.choose("en", remember=False)
        again.close()


def test_without_a_chinese_font_the_window_says_so_and_stays_english(qtbot, window,
                                                                       monkeypatch):
    monkeypatch.setattr(i18n, "has_cjk_font", lambda: False)
    window.language_menu.actions["zh_CN"].trigger()
    assert window.language.language == "en" and window.run_bar.step.text() == "Step"
    assert "No Chinese font is installed" in window.banner.text()


def test_qts_own_dialog_buttons_speak_chinese_too(window):
    window.language_menu.actions["zh_CN"].trigger()
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
