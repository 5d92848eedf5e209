"""engine.files: only regular files are read, with bounds; writes are atomic and say why not;
what a killed writer left is tidied."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from playground.engine import files
from tests.broken_paths import disk_full, fifo, refusal_of_dev_zero


def test_a_fifo_is_refused_at_once(tmp_path):
    with fifo(tmp_path / "pipe.csv") as path:
        with pytest.raises(files.FileRefused, match="pipe.csv: not a regular file: it is a named"):
            files.read_bytes(path, files.MB)
        with pytest.raises(files.FileRefused, match="not a regular file"):
            list(files.read_lines(path, files.MB, 100))


def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path):
    said = refusal_of_dev_zero(tmp_path, "zero.csv", "from playground.engine import files",
                               "files.read_bytes('zero.csv', 10**12)", "files.FileRefused")
    assert said == "zero.csv: not a regular file: it is a device"


def test_sizes_are_bounded(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(files.FileRefused, match="larger than 1 KB"):
        files.read_bytes(path, 1024)
    path.write_bytes(b"short\n" + b"y" * 5000 + b"\nlast\n")
    lines = files.read_lines(path, files.MB, 100)
    assert next(lines) == b"short\n"
    with pytest.raises(files.FileRefused, match="line 2 is longer than 100 characters"):
        next(lines)
    path.write_bytes(b"a" * 100 + b"\n" + b"b" * 100)  # exactly at the bound: fine
    assert [len(line) for line in files.read_lines(path, files.MB, 100)] == [101, 100]


def test_a_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufefftitle = 'x'".encode())
    assert files.read_text(path, 100) == "title = 'x'"


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_full_disk_leaves_the_old_file(failing, tmp_path, monkeypatch):
    path = tmp_path / "x.csv"
    files.write_atomic(path, b"old\n")
    monkeypatch.setattr(os, failing, disk_full) if failing != "write" else None

    def write(handle):
        handle.write(b"new, cut")
        disk_full()

    with pytest.raises(files.FileRefused, match="x.csv: the disk is full"):
        files.write_atomic(path, write if failing == "write" else b"new\n")
    assert path.read_bytes() == b"old\n"
    assert os.listdir(tmp_path) == ["x.csv"]


def test_a_read_only_file_is_not_replaced(tmp_path):
    path = tmp_path / "keep.csv"
    path.write_bytes(b"mine\n")
    path.chmod(0o444)
    with pytest.raises(files.FileRefused, match="keep.csv: the file is read-only"):
        files.write_atomic(path, b"other\n")
    with pytest.raises(files.FileRefused, match="read-only"):
        files.check_writable(path)
    assert path.read_bytes() == b"mine\n" and os.listdir(tmp_path) == ["keep.csv"]


def test_a_read_only_folder_is_said(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open", denied, raising=False)  # root ignores folder modes
    with pytest.raises(files.FileRefused, match=f"no permission to write in {tmp_path}"):
        files.write_atomic(tmp_path / "x.json", b"{}")
    with pytest.raises(files.FileRefused, match="no permission"):
        files.check_writable(tmp_path / "x.json")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_tidy_clears_a_killed_writers_temporaries_and_keeps_its_recording(tmp_path):
    dead, alive = _dead_pid(), os.getpid()
    (tmp_path / f".x.json.{dead}-0123abcd.tmp").write_bytes(b"{half")
    (tmp_path / f".x.json.{alive}-0123abcd.tmp").write_bytes(b"{being written")
    (tmp_path / f".rec.{dead}-89abcdef.part.mp4").write_bytes(b"frames")
    (tmp_path / "rec (unfinished).mp4").write_bytes(b"an older one")
    kept = files.tidy(tmp_path)
    assert kept == [tmp_path / "rec (unfinished) 2.mp4"]
    assert kept[0].read_bytes() == b"frames"
    assert sorted(os.listdir(tmp_path)) == [f".x.json.{alive}-0123abcd.tmp",
                                            "rec (unfinished) 2.mp4", "rec (unfinished).mp4"]


def test_the_next_write_tidies_an_older_versions_leftover_only_for_its_file(tmp_path):
    old = tmp_path / ".x.json.0123abcd.tmp"
    other = tmp_path / ".notes.deadbeef.tmp"  # some other program's, perhaps
    for path in (old, other):
        path.write_bytes(b"{half")
        os.utime(path, (1, 1))
    assert files.tidy(tmp_path) == [] and old.exists() and other.exists()
    files.write_atomic(tmp_path / "x.json", b"{}")
    assert not old.exists() and other.exists()


def test_the_next_write_tidies_its_own_leftovers(tmp_path):
    (tmp_path / f".x.json.{_dead_pid()}-0123abcd.tmp").write_bytes(b"{half")
    (tmp_path / f".y.json.{_dead_pid()}-0123abcd.tmp").write_bytes(b"{other")  # not its own
    files.write_atomic(tmp_path / "x.json", b"{}")
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".x.json")]
    assert [name for name in os.listdir(tmp_path) if name.startswith(".y.json")]


WRITER = textwrap.dedent("""
    import sys
    from playground.engine import files
    path = sys.argv[1]
    for n in range(10**6):
        files.write_atomic(path, (str(n % 10) * 3_000_000).encode())
        print(n, flush=True)
""")


def test_a_kill_at_a_random_moment_leaves_a_whole_file(tmp_path):
    path = tmp_path / "x.txt"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    chooser = random.Random(12)
    for _ in range(5):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], env=env,
                                  stdout=subprocess.PIPE, text=True)
        for _ in range(chooser.randint(1, 4)):  # kill during the next write, at some point
            writer.stdout.readline()
        writer.kill()
        writer.wait()
        writer.stdout.close()
        data = path.read_bytes()
        assert len(data) == 3_000_000 and len(set(data)) == 1
        files.tidy(tmp_path)
        assert os.listdir(tmp_path) == ["x.txt"]
