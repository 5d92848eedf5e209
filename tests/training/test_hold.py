"""The loop's hold line: a playing run trains up to the held epoch, waits there, and goes on
when the line moves (compared runs in lockstep)."""

import pytest

from playground.engine import TrainConfig, datasets
from playground.training.loop import TrainingLoop
from playground.training.protocol import Hold, Play


def test_a_held_run_stops_at_the_line_and_goes_on_when_it_moves():
    replies = []
    loop = TrainingLoop(replies.append, TrainConfig(hidden=(4,), lr=0.1, batch_size=10),
                        datasets.generate("xor", n_points=200, seed=2))
    loop.handle(Hold(3))
    loop.handle(Play())
    for _ in range(10_000):
        if not loop._can_train():
            break
        loop._train_slice()
    assert loop.trainer.epoch == 3 and loop.playing and not loop._can_train()
    loop.handle(Hold(5))
    while loop._can_train():
        loop._train_slice()
    assert loop.trainer.epoch == 5
    loop.handle(Hold(None))
    assert loop._can_train()


@pytest.mark.parametrize("bad", [1.5, "3", True])
def test_a_bad_hold_is_refused(bad):
    loop = TrainingLoop(lambda reply: None, TrainConfig(hidden=(4,)),
                        datasets.generate("xor", n_points=50, seed=2))
    with pytest.raises(ValueError, match="hold"):
        loop.handle(Hold(bad))
    assert loop.hold is None
