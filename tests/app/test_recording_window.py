"""Recording the real window while it trains: frame count, size, and frames that change."""

import imageio_ffmpeg
import numpy as np
import pytest
from PIL import Image

from playground.app.runs.client import FRAME_INTERVAL
from tests.app.windows import open_window


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, tmp_path, (780, 560), choose_file=lambda *a: "")
    yield win
    win.close()


def record(qtbot, window, path, fps, region=None, seconds=2.0):
    recorder = window.exports.recorder
    window.set_playing(True)
    window.size_at_start = (window.width(), window.height())
    recorder.start(window, path, fps, region)
    qtbot.waitUntil(lambda: recorder.elapsed >= seconds, timeout=10_000)
    with qtbot.waitSignal(recorder.finished, timeout=30_000) as blocker:
        result = recorder.stop()
        # The encoder runs on idle time (background priority): training on one core and
        # another test process on the other would keep it waiting until training stops.
        window.set_playing(False)
    return result, blocker.args[0]


def test_two_seconds_of_training_to_mp4(qtbot, window, tmp_path):
    path = tmp_path / "run.mp4"
    tally, final = record(qtbot, window, path, 30)
    assert final.error is None and final.path == path
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    frames = [np.frombuffer(f, np.uint8).reshape(meta["size"][1], meta["size"][0], 3)
              for f in reader]
    assert abs(len(frames) - round(tally.duration * 30)) <= 1
    width, height = window.size_at_start  # the first frame fixes the video's size
    assert meta["size"] == (width + width % 2, height + height % 2)
    assert np.abs(frames[0].astype(int) - frames[-1].astype(int)).mean() > 0.5  # it trained


def test_canvas_and_loss_plot_to_gif(qtbot, window, tmp_path):
    path = tmp_path / "run.gif"
    region = [window.canvas, window.inside.plots]
    tally, final = record(qtbot, window, path, 30, region, seconds=2.0)
    assert final.error is None
    with Image.open(path) as gif:
        assert abs(gif.n_frames - round(tally.duration * 30)) <= 1
        first = np.asarray(gif.convert("RGB"))
        gif.seek(gif.n_frames - 1)
        last = np.asarray(gif.convert("RGB"))
    assert first.shape[1] < window.width()  # the region, not the whole window
    assert np.abs(first.astype(int) - last.astype(int)).mean() > 0.5


def test_ctrl_r_records_into_the_video_folder_and_names_the_file(qtbot, window, tmp_path,
                                                                monkeypatch):
    import playground.app.window.export_actions as export_actions

    monkeypatch.setattr(export_actions, "_video_folder", lambda: tmp_path)
    worker = window.runs.main.client
    assert worker.frame_interval == FRAME_INTERVAL  # up to 50 frames/s drawn
    window.exports.toggle_recording()
    assert window.exports.recorder.recording and window.exports.indicator.isVisible()
    assert 1 / 30 > worker.frame_interval > 1 / 40  # drawn a little faster than recorded
    with qtbot.waitSignal(window.exports.recorder.finished, timeout=30_000):
        window.exports.toggle_recording()
    assert worker.frame_interval == FRAME_INTERVAL
    qtbot.waitUntil(lambda: "Recorded" in window.statusBar().currentMessage())
    assert list(tmp_path.glob("playground-*.mp4"))
    assert window.exports.folder_button.isVisible()
    window.messages.status("Something else happened.")
    assert not window.exports.folder_button.isVisible()  # it leaves with its message


def test_png_export_and_caption(qtbot, window, tmp_path):
    target = tmp_path / "shot.png"
    window.exports.choose_file = lambda *a: str(target)
    window.exports.ask_text = lambda parent, current: "Learning rate 0.03"
    window.exports.edit_caption()
    assert window.exports.caption.isVisible()
    written = window.exports.export_png(window, 2.0)
    image = Image.open(written)
    assert image.size == (window.width() * 2, window.height() * 2)
    window.exports.choose_file = lambda *a: "/no/such/dir/x.png"
    assert window.exports.export_png(window, 1.0) is None
    assert "Not exported" in window.banner.text()


def test_menu_options_size_countdown_and_a_clean_readout(qtbot, window, tmp_path, monkeypatch):
    import playground.app.window.export_actions as export_actions

    monkeypatch.setattr(export_actions, "_video_folder", lambda: tmp_path)
    exports = window.exports
    exports.size_group.actions()[0].trigger()  # 1280x720
    exports.countdown_action.setChecked(True)
    exports.keys_action.setChecked(True)
    exports.countdown_step_ms = 40
    assert exports.settings.value("record/size") == "1280x720"
    exports.toggle_recording()
    assert not exports.recorder.recording and exports.countdown.isVisible()
    assert exports.countdown.isWindow()  # never in the window's pixels
    with qtbot.waitSignal(exports.recorder.started, timeout=5_000):
        pass
    assert not exports.countdown.isVisible()
    qtbot.waitUntil(lambda: exports.indicator.isVisible() and "REC" in exports.indicator.text())
    take = exports.recorder._take
    grabbed, scene = exports.recorder._grab(take)
    scene.paint(grabbed)  # as the writer thread will
    pixels = np.asarray(Image.fromqimage(grabbed).convert("RGB"), int)
    ratio = grabbed.devicePixelRatio()
    corner = exports.indicator.mapTo(window, exports.indicator.rect().topLeft())
    left, top = round(corner.x() * ratio), round(corner.y() * ratio)
    area = pixels[top:top + round(exports.indicator.height() * ratio),
                  left:left + round(exports.indicator.width() * ratio)]
    bar = exports.indicator.parentWidget()
    corner = bar.mapTo(window, bar.rect().topLeft())
    colours, counts = np.unique(pixels[round(corner.y() * ratio):, round(corner.x() * ratio):][
        :round(bar.height() * ratio), :round(bar.width() * ratio)].reshape(-1, 3), axis=0,
        return_counts=True)
    background = colours[counts.argmax()]  # the run bar's own colour, as painted
    assert area.size and (area == background).all()  # REC on screen, not in the video
    exports.toggle_pause()
    assert exports.recorder.paused and "paused" in exports.indicator.text()
    exports.toggle_pause()
    qtbot.waitUntil(lambda: exports.recorder.elapsed >= 0.5, timeout=10_000)
    with qtbot.waitSignal(exports.recorder.finished, timeout=30_000) as blocker:
        exports.toggle_recording()
    result = blocker.args[0]
    reader = imageio_ffmpeg.read_frames(str(result.path))
    meta = next(reader)
    assert meta["size"] == (1280, 720)
    assert abs(sum(1 for _ in reader) - result.duration * 30) <= 1


def test_a_bad_output_size_in_settings_falls_back_to_1920x1080(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("record/size", "999xabc")
    settings.setValue("record/pointer", "maybe")
    settings.sync()
    win = open_window(qtbot, tmp_path, (780, 560), choose_file=lambda *a: "")
    try:
        assert win.exports.output_size() == (1920, 1080)
        assert win.exports.pointer_action.isChecked()  # the default
        assert not win.exports.keys_action.isChecked()
    finally:
        win.close()
