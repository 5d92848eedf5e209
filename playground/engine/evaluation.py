"""Evaluation: a network's losses and accuracy (or RMSE) on the train and test rows, per epoch."""

from __future__ import annotations

import math

import numpy as np

from playground.engine import losses
from playground.engine.config import TrainConfig
from playground.engine.network import Network


def evaluate(network: Network, loss: losses.Loss, config: TrainConfig, X_all: np.ndarray,
             y_train: np.ndarray, y_test: np.ndarray) -> dict[str, float]:
    """The history row: penalty, train and test loss, accuracy or RMSE (test NaN if no test rows).

    X_all holds the feature rows with a ones column, the len(y_train) training rows first.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        scores = network.forward_ext(X_all, training=False)
        n_train, n_test = len(y_train), len(y_test)
        penalty = network.penalty(config.regularization, config.reg_rate)
        row = {"penalty": penalty,
               "train_loss": loss.value(scores[:n_train], y_train) + penalty,
               "test_loss": math.nan}
        if n_test:
            row["test_loss"] = loss.value(scores[n_train:], y_test)
        if config.task == "classification":
            predicted = scores.argmax(axis=1)
            row["train_accuracy"] = float(np.mean(predicted[:n_train] == y_train))
            row["test_accuracy"] = (float(np.mean(predicted[n_train:] == y_test))
                                    if n_test else math.nan)
        else:
            errors = scores[:, 0] - np.concatenate([y_train, y_test])
            row["train_rmse"] = float(np.sqrt(np.mean(np.square(errors[:n_train], dtype=float))))
            row["test_rmse"] = (float(np.sqrt(np.mean(np.square(errors[n_train:], dtype=float))))
                                if n_test else math.nan)
        return row
