"""The training loop driven through its protocol alone: commands in, replies out, no Qt."""

import contextlib
import multiprocessing
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from playground import io
from playground.engine import TrainConfig, Trainer, datasets
from playground.training import loop as training
from playground.training import protocol as p
from playground.training.loop import TrainingLoop

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30.0  # generous: a spawned child imports NumPy and the engine first
CONFIG = TrainConfig(hidden=(4,), lr=0.1, batch_size=10)


def xor():
    """The small two-class data set every test trains on."""
    return datasets.generate("xor", n_points=200, seed=2)


def loop_and_replies(config=CONFIG, data=None):
    """A loop whose replies land in a list instead of a pipe."""
    replies = []
    return TrainingLoop(replies.append, config, xor() if data is None else data), replies


def play_to_goal(loop, epochs, sequence=0):
    """Set a goal and train slices until the loop drops it, as its serve would."""
    loop.handle(p.Goal(epochs, None, sequence))
    while loop.goal is not None:
        loop._train_slice()


def of_type(replies, kind):
    """The replies of one type, in order."""
    return [reply for reply in replies if isinstance(reply, kind)]


def frame(loop, replies):
    """Ask for a frame, build it now and return it."""
    loop.handle(p.RequestFrame(resolution=8))
    loop._send_frame()
    return of_type(replies, p.Frame)[-1]


def next_reply(replies):
    """The next reply from the pipe; fail if none comes within TIMEOUT."""
    assert replies.poll(TIMEOUT), f"no reply within {TIMEOUT} s"
    return replies.recv()


@contextlib.contextmanager
def served(start):
    """The module-level serve in a spawned child, as the app runs it; always ended."""
    context = multiprocessing.get_context("spawn")
    commands_in, commands = context.Pipe(duplex=False)
    replies, replies_out = context.Pipe(duplex=False)
    process = context.Process(target=training.serve, args=(commands_in, replies_out, start),
                              name="test-training", daemon=True)
    process.start()
    commands_in.close()
    replies_out.close()
    try:
        yield commands, replies, process
    finally:
        with contextlib.suppress(OSError):
            commands.send(p.Quit())
        process.join(TIMEOUT)
        if process.is_alive():
            process.terminate()
            process.join(TIMEOUT)
        commands.close()
        replies.close()


def quit_and_join(commands, process):
    """Send Quit and return the child's exit code once it has ended."""
    commands.send(p.Quit())
    process.join(TIMEOUT)
    assert not process.is_alive(), "the training process did not end after Quit"
    return process.exitcode


def test_importing_the_loop_loads_no_qt():
    code = ("import sys, playground.training.loop\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'superqt',"
            " 'playground.app'))]\n"
            "print(','.join(sorted(bad)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True, timeout=TIMEOUT)
    assert "playground.training.loop" in sys.modules and out.stdout.strip() == ""


def test_a_goal_is_reached_at_its_epoch_with_the_numbers_of_an_unbroken_run():
    loop, replies = loop_and_replies()
    play_to_goal(loop, 25, sequence=4)
    reached = of_type(replies, p.Reached)
    assert [(r.sequence, r.epoch) for r in reached] == [(4, 25)]
    assert not loop.playing and loop.trainer.epoch == 25
    reference = Trainer(CONFIG, xor())
    reference.run(25)
    assert loop.trainer.history.to_dict() == reference.history.to_dict()


def test_a_new_learning_rate_keeps_the_weights_and_new_layers_rebuild():
    loop, replies = loop_and_replies()
    play_to_goal(loop, 3)
    first = frame(loop, replies)
    assert first.restart and list(first.rows["epoch"]) == [1, 2, 3]
    weights = [w.copy() for w in loop.trainer.network.weights]
    loop.handle(p.SetConfig(CONFIG.replace(lr=0.5)))
    assert loop.trainer.config.lr == 0.5 and loop.trainer._optimizer.lr == 0.5
    kept = frame(loop, replies)
    assert not kept.restart and kept.notices == () and kept.snapshot.epoch == 3
    assert [w.shape for w in kept.snapshot.weights] == [(2, 4), (4, 2)]
    assert all(np.array_equal(a, b) for a, b in zip(weights, kept.snapshot.weights, strict=True))
    loop.handle(p.SetConfig(CONFIG.replace(lr=0.5, hidden=(6, 3))))
    rebuilt = frame(loop, replies)
    assert rebuilt.restart and any("rebuilt" in notice for notice in rebuilt.notices)
    assert [w.shape for w in rebuilt.snapshot.weights] == [(2, 6), (6, 3), (3, 2)]
    assert rebuilt.snapshot.epoch == 0 and len(rebuilt.rows["epoch"]) == 0


def test_an_edited_weight_and_bias_show_in_the_next_frame_and_nothing_else_moves():
    loop, replies = loop_and_replies()
    expected = Trainer(CONFIG, xor()).network
    loop.handle(p.EditWeight(layer=0, source=1, target=3, value=-1.25))  # weights[0] is (2, 4)
    loop.handle(p.EditBias(layer=1, target=1, value=0.5))
    expected.weights[0][1, 3] = -1.25
    expected.biases[1][1] = 0.5
    snapshot = frame(loop, replies).snapshot
    assert snapshot.weights[0][1, 3] == -1.25 and snapshot.biases[1][1] == 0.5
    for got, want in zip(snapshot.weights + snapshot.biases, expected.weights + expected.biases,
                         strict=True):
        np.testing.assert_array_equal(got, want)


def test_a_captured_run_restored_in_another_loop_continues_number_for_number():
    original, replies = loop_and_replies()
    play_to_goal(original, 15)
    for _ in range(3):
        original.handle(p.StepBatch())  # capture mid-epoch: the shuffle and cursor must travel
    original.handle(p.Capture(sequence=7))
    captured = pickle.loads(pickle.dumps(of_type(replies, p.Captured)[-1]))  # as through a pipe
    assert captured.sequence == 7 and captured.state["epoch"] == 15
    other = datasets.generate("gauss", n_points=100, seed=5)
    fork, _ = loop_and_replies(TrainConfig(hidden=(2,), lr=0.3), other)
    fork.handle(p.Restore(captured.config, captured.dataset, captured.state))
    assert fork.trainer.config == CONFIG and not fork.playing
    play_to_goal(original, 10)
    play_to_goal(fork, 10)
    assert original.trainer.epoch == fork.trainer.epoch == 25
    assert fork.trainer.history.to_dict() == original.trainer.history.to_dict()
    np.testing.assert_array_equal(fork.trainer.network.params, original.trainer.network.params)


def test_a_bad_edit_is_refused_through_the_pipe_and_training_goes_on():
    with served(p.Setup(CONFIG, xor())) as (commands, replies, process):
        commands.send(p.EditWeight(layer=99, source=0, target=0, value=1.0))
        refused = next_reply(replies)
        assert isinstance(refused, p.Refused), refused
        assert "EditWeight refused" in refused.message and "layer 99" in refused.message
        commands.send(p.RequestFrame(resolution=8))
        answer = next_reply(replies)
        assert isinstance(answer, p.Frame), answer
        untouched = Trainer(CONFIG, xor()).network.weights
        for got, want in zip(answer.snapshot.weights, untouched, strict=True):
            np.testing.assert_array_equal(got, want)
        assert quit_and_join(commands, process) == 0


def test_a_crashing_command_is_reported_and_the_process_keeps_serving():
    with served(p.Setup(CONFIG, xor())) as (commands, replies, process):
        # No label: np.array([None], dtype=int64) raises TypeError, which is not a refusal.
        commands.send(p.Inspect(point=(0.0, 0.0), label=None, train=True))
        failed = next_reply(replies)
        assert isinstance(failed, p.Failed), failed
        assert failed.message.startswith("TypeError")
        assert "Traceback" in failed.traceback and "_inspect" in failed.traceback
        commands.send(p.RequestFrame(resolution=8))
        answer = next_reply(replies)
        assert isinstance(answer, p.Frame), answer
        assert quit_and_join(commands, process) == 0


def test_an_unknown_command_is_a_value_error_naming_it():
    class Bogus(p.Command):
        """A command the loop has no handler for."""

    loop, replies = loop_and_replies()
    with pytest.raises(ValueError, match="unknown command .*object"):
        loop.handle(object())
    with pytest.raises(ValueError, match=r"unknown command .*Bogus\(\)"):
        loop.handle(Bogus())
    assert replies == []


def test_save_writes_a_file_that_loads_back_and_a_bad_folder_answers_an_error(tmp_path):
    loop, replies = loop_and_replies()
    play_to_goal(loop, 5)
    path = tmp_path / "run.json"
    loop.handle(p.Save(str(path), "my run", {"view": "boundary"}, kind="autosave"))
    saved = replies[-1]
    assert isinstance(saved, p.Saved)
    assert (saved.kind, saved.path, saved.error) == ("autosave", str(path), "")
    experiment = io.load(path)
    assert experiment.config == CONFIG and experiment.title == "my run"
    assert experiment.extras == {"view": "boundary"} and experiment.state["epoch"] == 5
    missing = tmp_path / "missing" / "run.json"
    loop.handle(p.Save(str(missing), "lost", {}))
    failed = replies[-1]
    assert isinstance(failed, p.Saved) and failed.kind == "save" and failed.error
    assert str(missing) in failed.error and not missing.parent.exists()
    assert sorted(f.name for f in tmp_path.iterdir()) == ["run.json"]


def test_a_paused_runs_landscape_catches_up_with_its_weights():
    """A goal that ends within the landscape's pause still gets a landscape of where it ended."""
    with served(p.Setup(CONFIG, xor())) as (commands, replies, process):
        commands.send(p.WatchLandscape(True))
        commands.send(p.RequestFrame(resolution=8))
        first = next_reply(replies)
        assert isinstance(first, p.Frame) and first.landscape is not None
        commands.send(p.Goal(20, None, 1))
        commands.send(p.RequestFrame(resolution=8))
        latest = None
        while latest is None or latest.landscape is None or latest.snapshot.epoch < 20:
            reply = next_reply(replies)
            if isinstance(reply, p.Frame):
                latest = reply
                commands.send(p.RequestFrame(resolution=8))
        assert latest.snapshot.epoch == 20 and len(latest.landscape.path) > 1
        assert quit_and_join(commands, process) == 0


def test_inspecting_a_point_of_a_class_the_network_lacks_is_a_refusal():
    """The window's data can be a step ahead of the network (a new class drawn): the loop
    refuses with a reason (a ValueError, which serve answers with Refused), it does not fail."""
    loop, _replies = loop_and_replies()
    with pytest.raises(ValueError, match="class 5 is not one of the network's 2 classes"):
        loop.handle(p.Inspect(point=(0.0, 0.0), label=4, train=True))
