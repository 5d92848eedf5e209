"""Test set-up: offscreen Qt before anything imports it, and no thread left running after a test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"  # the window follows the system language: tests read English

import sys  # noqa: E402
import threading  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def no_dangling_threads():
    """Fail a test that leaves a Python thread running (napari's conftest does the same)."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon
    ]
    for thread in leftover:
        thread.join(timeout=2.0)
    still = [t.name for t in leftover if t.is_alive()]
    assert not still, f"threads left running: {still}"
    client = sys.modules.get("playground.app.runs.client")  # once a test has used the window
    if client is not None:
        running = client.TrainingClient.running()
        for left in running:
            left.stop()
        assert not running, f"{len(running)} training client thread(s) left running"
