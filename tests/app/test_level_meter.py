"""The narration's level meter: a decibel bar, green for speech, amber loud, red near clipping,
falling back slowly, hidden when it watches nothing."""

import types

import pytest
from PySide6.QtGui import QColor

from playground.app.recording.level_meter import COLORS, FLOOR_DB, LevelMeter, level_db, zone


def test_levels_map_to_decibels_and_zones():
    assert level_db(0) == FLOOR_DB and level_db(1e-9) == FLOOR_DB
    assert level_db(1.0) == 0 and level_db(0.1) == pytest.approx(-20)
    assert [zone(level_db(x)) for x in (0.05, 0.5, 0.9)] == ["green", "amber", "red"]


def bar_color(meter: LevelMeter) -> QColor:
    return meter.grab().toImage().pixelColor(3, meter.height() // 2)


def test_the_meter_shows_the_watched_level_and_falls_back_slowly(qtbot):
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.resize(meter.sizeHint())
    narration = types.SimpleNamespace(level=0.95)
    meter.watch(narration)
    assert not meter.isHidden()
    qtbot.waitUntil(lambda: meter.shown_db > -1, timeout=1000)  # read by its own timer
    assert bar_color(meter) == QColor(COLORS["red"])
    narration.level = 0.0
    meter.refresh()
    assert -3 < meter.shown_db < 0  # falls 1.5 dB a tick, not at once
    narration.level = 0.05
    for _ in range(20):
        meter.refresh()
    assert meter.shown_db == pytest.approx(level_db(0.05))
    assert bar_color(meter) == QColor(COLORS["green"])
    assert meter.toolTip()
    meter.watch(None)
    assert meter.isHidden() and meter.shown_db == FLOOR_DB
