"""The random-input run of the real window (benchmarks/chaos.py) for three minutes: zero
exceptions, zero hangs, zero crashes. Slow: `pytest -m slow` runs it, the default suite skips it."""

import random
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "chaos.py"


@pytest.mark.slow
def test_three_minutes_of_random_input_break_nothing():
    seed = random.SystemRandom().randrange(2**31)
    done = subprocess.run([sys.executable, str(SCRIPT), "--seconds", "180", "--seed", str(seed)],
                          capture_output=True, text=True, timeout=900)
    report = done.stdout + done.stderr
    print(report)
    assert done.returncode == 0, f"chaos run with --seed {seed} failed:\n{report}"
    assert "failures: 0" in done.stdout
