"""Editing single weights, one neuron's map, single points and confusion matrices of a run."""

import numpy as np
import pytest

from playground.engine import TrainConfig, Trainer, datasets, inspection


@pytest.fixture
def trainer():
    t = Trainer(TrainConfig(hidden=(4, 3)), datasets.generate("blobs", classes=3, seed=2))
    t.run(3)
    return t


def test_an_edited_weight_is_kept_and_training_continues_from_it(trainer):
    trainer.set_weight(1, 2, 0, 0.75)
    trainer.set_bias(2, 1, -0.5)
    assert trainer.network.weights[1][2, 0] == np.float32(0.75)
    assert trainer.snapshot(resolution=4).weights[1][2, 0] == np.float32(0.75)
    assert trainer.snapshot(resolution=4).biases[2][1] == np.float32(-0.5)
    trainer.run(1)
    assert len(trainer.history) == 4


@pytest.mark.parametrize(("args", "message"), [
    ((5, 0, 0, 1.0), "no parameter"), ((0, 2, 0, 1.0), "no parameter"),
    ((0, 0, 9, 1.0), "no parameter"), ((0, 0, 0, float("nan")), "finite"),
    ((0, 0, 0, "big"), "finite"),
])
def test_bad_weight_edits_change_nothing(trainer, args, message):
    before = trainer.network.params.copy()
    with pytest.raises(ValueError, match=message):
        trainer.set_weight(*args)
    np.testing.assert_array_equal(trainer.network.params, before)


def test_neuron_map_matches_the_snapshot_thumbnails_and_the_output(trainer):
    snap = trainer.snapshot(resolution=12, thumbnail=12)
    np.testing.assert_allclose(inspection.neuron_map(trainer, 1, 2, resolution=12),
                               snap.neurons[1][2], rtol=1e-6)
    np.testing.assert_allclose(inspection.neuron_map(trainer, 2, 0, resolution=12),
                               snap.output[..., 0], rtol=1e-6)
    with pytest.raises(ValueError, match="no neuron"):
        inspection.neuron_map(trainer, 1, 3)


def test_inspect_points_gives_probabilities_and_each_points_loss(trainer):
    data = trainer.dataset
    result = inspection.inspect_points(trainer, data.points[:3], data.labels[:3])
    assert result["prediction"].shape == (3, 3)
    np.testing.assert_allclose(result["prediction"].sum(axis=1), 1.0, rtol=1e-5)
    expected = -np.log(result["prediction"][np.arange(3), data.labels[:3]])
    np.testing.assert_allclose(result["loss"], expected, rtol=1e-4)


def test_inspecting_a_class_the_network_has_no_output_for_is_refused(trainer):
    """Data newer than the network (a fifth class drawn before the rebuild) is a ValueError,
    which the training loop answers as a refusal, not an IndexError that fails the run."""
    with pytest.raises(ValueError, match="class 5 is not one of the network's 3 classes"):
        inspection.inspect_points(trainer, np.zeros((1, 2)), np.array([4]))


def test_detailed_metrics_agree_with_the_history(trainer):
    details = inspection.detailed_metrics(trainer)
    train = details["train_confusion"]
    assert train.sum() == trainer.dataset.is_train.sum()
    accuracy = np.trace(train) / train.sum()
    assert accuracy == pytest.approx(trainer.history["train_accuracy"][-1])
    np.testing.assert_array_equal(details["class_counts"], trainer.dataset.class_counts())
    reg = Trainer(TrainConfig(task="regression"), datasets.generate("plane"))
    reg.run(5)
    values = inspection.detailed_metrics(reg)
    assert values["test_rmse"] == pytest.approx(reg.history["test_rmse"][-1], rel=1e-4)
    assert values["train_r2"] < 1.0
