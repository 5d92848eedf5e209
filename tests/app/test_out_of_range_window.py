"""In the window, points or weights a float32 run cannot hold are refused where they come in:
the banner says "values out of range", nothing changes, and no RuntimeWarning is printed."""

import json

from playground.cli import main
from tests.app.windows import open_window


def test_import_and_open_refuse_values_out_of_range(qtbot, tmp_path, capfd):
    saved = tmp_path / "run.json"
    assert main(["train", "--epochs", "2", "--save", str(saved)]) == 0
    document = json.loads(saved.read_text())
    document["state"]["params"][0] = 1e39
    huge_weights = tmp_path / "huge.json"
    huge_weights.write_text(json.dumps(document))
    huge_points = tmp_path / "huge.csv"
    huge_points.write_text("x,y,label\n1e300,1e300,1\n0,0,0\n1,1,1\n")
    window = open_window(qtbot, tmp_path)
    try:
        points = window.model.dataset.points.copy()
        config = window.session.config()
        with qtbot.waitSignal(window.files.imported,  # read off the GUI thread
                              check_params_cb=lambda imported: not imported):
            window.files.import_csv(huge_points)
        assert "values out of range: points up to 1e+300 overflow float32" in window.banner.text()
        with qtbot.waitSignal(window.files.opener.refused):  # read off the GUI thread
            window.files.open(huge_weights)
        assert "values out of range: up to 1e+39 overflow float32" in window.banner.text()
        assert (window.model.dataset.points == points).all()
        assert window.session.config() == config
    finally:
        window.close()
    captured = capfd.readouterr()
    assert "RuntimeWarning" not in captured.err + captured.out
