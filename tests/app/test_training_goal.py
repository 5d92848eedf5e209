"""The training loop's "goal" command: play to an exact epoch or loss, pause, and say so."""

from multiprocessing import Pipe

from playground.app.training_process import TrainingLoop
from playground.engine import TrainConfig, Trainer, datasets


def loop_and_peer(config: TrainConfig, data):
    ours, theirs = Pipe()
    return TrainingLoop(theirs, config.to_dict(), data.to_dict()), ours


def play_until_reached(loop: TrainingLoop, peer) -> tuple:
    while loop.goal is not None:
        loop._train_slice()
    while peer.poll():
        message = peer.recv()
        if message[0] == "reached":
            return message
    raise AssertionError("no reached message")


def test_a_goal_stops_at_the_exact_epoch_with_the_numbers_of_an_unbroken_run():
    config = TrainConfig(hidden=(4,), lr=0.1, batch_size=10)
    data = datasets.generate("xor", n_points=200, seed=2)
    loop, peer = loop_and_peer(config, data)
    loop.handle(("goal", 37, None, 5))
    assert play_until_reached(loop, peer) == ("reached", 5, 37)
    assert not loop.playing and loop.trainer.epoch == 37
    loop.handle(("goal", 13, None, 6))
    assert play_until_reached(loop, peer) == ("reached", 6, 50)
    reference = Trainer(config, data)
    reference.run(50)
    assert loop.trainer.history.to_dict() == reference.history.to_dict()


def test_a_goal_can_be_a_loss_and_survives_a_pause_until_cancelled():
    config = TrainConfig(hidden=(8,), lr=0.1, batch_size=10)
    loop, peer = loop_and_peer(config, datasets.generate("gauss", n_points=200, seed=1))
    loop.handle(("goal", 10_000, 0.2, 1))
    _, _, epoch = play_until_reached(loop, peer)
    assert epoch < 10_000 and loop.trainer.history.last()["train_loss"] <= 0.2
    loop.handle(("goal", 100, None, 2))
    loop.handle(("pause",))
    assert loop.goal is not None and not loop.playing
    loop.handle(("play",))
    assert play_until_reached(loop, peer) == ("reached", 2, epoch + 100)
    loop.handle(("goal", 100, None, 3))
    loop.handle(("cancel_goal",))
    assert loop.goal is None and not loop.playing
