"""The training loop's "goal" command: play to an exact epoch or loss, pause, and say so."""

from playground.engine import TrainConfig, Trainer, datasets
from playground.training.loop import TrainingLoop
from playground.training.protocol import CancelGoal, Goal, Pause, Play, Reached


def loop_and_peer(config: TrainConfig, data):
    replies = []
    return TrainingLoop(replies.append, config, data), replies


def play_until_reached(loop: TrainingLoop, replies: list) -> tuple:
    while loop.goal is not None:
        loop._train_slice()
    while replies:
        reply = replies.pop(0)
        if isinstance(reply, Reached):
            return ("reached", reply.sequence, reply.epoch)
    raise AssertionError("no reached message")


def test_a_goal_stops_at_the_exact_epoch_with_the_numbers_of_an_unbroken_run():
    config = TrainConfig(hidden=(4,), lr=0.1, batch_size=10)
    data = datasets.generate("xor", n_points=200, seed=2)
    loop, peer = loop_and_peer(config, data)
    loop.handle(Goal(37, None, 5))
    assert play_until_reached(loop, peer) == ("reached", 5, 37)
    assert not loop.playing and loop.trainer.epoch == 37
    loop.handle(Goal(13, None, 6))
    assert play_until_reached(loop, peer) == ("reached", 6, 50)
    reference = Trainer(config, data)
    reference.run(50)
    assert loop.trainer.history.to_dict() == reference.history.to_dict()


def test_a_goal_can_be_a_loss_and_survives_a_pause_until_cancelled():
    config = TrainConfig(hidden=(8,), lr=0.1, batch_size=10)
    loop, peer = loop_and_peer(config, datasets.generate("gauss", n_points=200, seed=1))
    loop.handle(Goal(10_000, 0.2, 1))
    _, _, epoch = play_until_reached(loop, peer)
    assert epoch < 10_000 and loop.trainer.history.last()["train_loss"] <= 0.2
    loop.handle(Goal(100, None, 2))
    loop.handle(Pause())
    assert loop.goal is not None and not loop.playing
    loop.handle(Play())
    assert play_until_reached(loop, peer) == ("reached", 2, epoch + 100)
    loop.handle(Goal(100, None, 3))
    loop.handle(CancelGoal())
    assert loop.goal is None and not loop.playing
