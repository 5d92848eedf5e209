"""The house's arrows, kept by import-linter: engine <- training, io, lessons <- app <- cli."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(root: Path) -> subprocess.CompletedProcess:
    """lint-imports on the `playground` package found in `root`, with its pyproject's contracts."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)


def test_the_import_contracts_hold():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_a_qt_import_in_the_training_loop_breaks_a_contract(tmp_path):
    shutil.copytree(ROOT / "playground", tmp_path / "playground",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    loop = tmp_path / "playground" / "training" / "loop.py"
    loop.write_text(loop.read_text("utf-8") + "\nfrom playground.app import run_window\n",
                    "utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0 and "BROKEN" in result.stdout
    assert "playground.training.loop -> playground.app" in result.stdout
