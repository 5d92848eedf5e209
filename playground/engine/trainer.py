"""Trainer: a TrainConfig and a Dataset in, minibatch steps, per-epoch history and snapshots out.

Same seed, data and config give the same history, number for number. The hot loop is a handful of
NumPy calls per minibatch on preallocated float32 buffers; divergence is checked once per epoch
and, when found, the epoch is replayed from a saved copy to name the exact step and keep the last
finite weights.
"""

from __future__ import annotations

import copy
import math

import numpy as np

from playground.engine import evaluation, features, losses, optimizers
from playground.engine.config import TrainConfig
from playground.engine.dataset import Dataset
from playground.engine.history import History
from playground.engine.network import Network
from playground.engine.snapshot import Snapshot, grid_inputs
from playground.engine.trajectory import Trajectory


class Trainer:
    """Trains a Network on a Dataset by minibatch gradient descent, one epoch = one pass."""

    def __init__(self, config: TrainConfig, dataset: Dataset,
                 dtype: np.typing.DTypeLike = np.float32):
        self.dtype = np.dtype(dtype)
        self.config = config
        self.dataset = dataset
        self.history = History(config.task)
        self.epoch = 0
        self.steps = 0
        self.diverged = False
        self.reason = ""
        self._cursor = 0
        self._check_task()
        self._load_data()
        self._build()

    # ----- state ------------------------------------------------------------------------------

    @property
    def blocked_reason(self) -> str | None:
        """Why training cannot run on the current data (a UI waits), or None when it can."""
        return self.dataset.check_trainable()

    @property
    def loss(self) -> losses.Loss:
        """The loss object in use (value, grad, predict)."""
        return self._loss

    @property
    def batch_size(self) -> int:
        """The configured batch size, clamped to the number of training points."""
        return max(1, min(self.config.batch_size, self._n_train))

    def reset(self) -> None:
        """Fresh weights from the config's init and seed; history, epoch and divergence cleared."""
        self.history.clear()
        self.epoch = self.steps = self._cursor = 0
        self.diverged, self.reason = False, ""
        self._build()

    def set_config(self, config: TrainConfig) -> bool:
        """Apply a new config; returns True when the network had to be rebuilt (a reset).

        Learning rate, optimizer, loss, regularization, dropout, batch size and activation keep the
        current weights; task, features and hidden layers rebuild the network. Init and seed take
        effect at the next reset. A diverged run stays stopped until reset(): its last finite
        weights are as a rule far too large to train on (measured: 1e15 and more).
        """
        if config.task != self.config.task:
            raise ValueError("changing the task needs data of that task: make a new Trainer")
        old, self.config = self.config, config
        if config == old:
            return False
        if (config.features, config.hidden) != (old.features, old.hidden):
            if config.features != old.features:
                self._load_data()
            self.reset()
            return True
        if config.activation != old.activation:
            self.network.set_activation(config.activation)
        self.network.dropout = config.dropout
        if (config.loss, config.loss_options) != (old.loss, old.loss_options):
            self._loss = losses.get(config.loss, config.task, **config.loss_options)
            self._encode_targets()
        if config.optimizer != old.optimizer:
            self._optimizer = optimizers.get(config.optimizer, config.lr)
        self._optimizer.lr = config.lr
        self._set_regularization()
        return False

    def set_dataset(self, dataset: Dataset) -> bool:
        """Swap in edited data, keeping the weights unless the number of outputs changes."""
        if dataset.task != self.config.task:
            raise ValueError(f"the data is for {dataset.task} "
                             f"but the config is for {self.config.task}")
        self.dataset = dataset
        self._load_data()
        self._cursor = 0
        if self._n_outputs() != self.network.sizes[-1]:
            self.reset()
            return True
        self._encode_targets()
        return False

    # ----- training ---------------------------------------------------------------------------

    def step(self) -> bool:
        """One minibatch update; returns True when it finished an epoch. No-op once diverged."""
        self._require_trainable()
        if self.diverged:
            return False
        if self._cursor == 0:
            self._start_epoch()
        stop = min(self._cursor + self.batch_size, self._n_train)
        before = self._save_state()
        problem = self._train_slice(self._cursor, stop, check=True)
        self._cursor = stop
        if problem:
            self._restore(before)
            self._diverge(f"{problem} at epoch {self.epoch + 1}, step {self._batch_index(stop)}")
            return False
        if self._cursor >= self._n_train:
            return self._finish_epoch()
        return False

    def run_epoch(self) -> bool:
        """Train to the end of the current epoch; returns False if the run diverged instead."""
        return self.run_steps(None) and not self.diverged

    def run_steps(self, count: int | None) -> bool:
        """Up to `count` minibatch steps (None: all), stopping at the epoch's end.

        Returns True when an epoch finished. A window calls this in slices so that it can answer
        commands during long epochs; divergence is checked at the end of each slice.
        """
        self._require_trainable()
        if self.diverged:
            return False
        if self._cursor == 0:
            self._start_epoch()
        start = self._cursor
        stop = self._n_train if count is None else min(start + count * self.batch_size,
                                                        self._n_train)
        saved = self._epoch_start if start == 0 else self._save_state()
        self._train_slice(start, stop, check=False)
        self._cursor = stop
        if not np.isfinite(self.network.params).all():
            return self._replay(start, stop, saved)
        if stop >= self._n_train:
            return self._finish_epoch(replay=(start, stop, saved))
        return False

    def run(self, epochs: int) -> History:
        """Train `epochs` more epochs (stops early on divergence); returns the history."""
        if not isinstance(epochs, int) or epochs < 0:
            raise ValueError(f"epochs must be a whole number >= 0, got {epochs!r}")
        for _ in range(epochs):
            if not self.run_epoch():
                break
        return self.history

    def evaluate(self) -> dict[str, float]:
        """Losses and accuracy (or RMSE) on the train and test sets with the current weights."""
        if not self._n_train:
            raise ValueError(self.blocked_reason or "there are no training points")
        return evaluation.evaluate(self.network, self._loss, self.config, self._X_all,
                                   self._y_train, self._y_test)

    def predict(self, points: np.ndarray) -> np.ndarray:
        """Class probabilities (n, k) or values (n,) for raw 2-D points (n, 2)."""
        X = features.transform(np.asarray(points, dtype=self.dtype), self.config.features)
        return self._loss.predict(self.network.forward(X))

    def set_weight(self, layer: int, source: int, target: int, value: float) -> None:
        """Set the weight from neuron `source` of layer `layer` to `target` of the next layer.

        Layer 0 is the input features; training goes on from the edited weights.
        """
        self._check_edit(value, layer, (source, target), self.network.weights)
        self.network.weights[layer][source, target] = value

    def set_bias(self, layer: int, target: int, value: float) -> None:
        """Set the bias of neuron `target` in weight layer `layer` (the last is the output)."""
        self._check_edit(value, layer, (target,), self.network.biases)
        self.network.biases[layer][target] = value

    def grad_norms(self) -> list[float]:
        """L2 norm of each layer's last gradient (weights and bias together), first layer first;
        summed in float64, where the squares of finite float32 gradients cannot overflow."""
        with np.errstate(over="ignore", invalid="ignore"):  # a diverging run's may be inf
            blocks = [g.ravel().astype(np.float64) for g in self.network.grad_blocks]
            return [math.sqrt(np.dot(g, g)) for g in blocks]

    def snapshot(self, resolution: int = 100, extent: tuple[float, float] = (-6.0, 6.0),
                 thumbnail: int = 24) -> Snapshot:
        """Fresh arrays for a frame: output over a resolution^2 grid, neurons over thumbnail^2."""
        if not (isinstance(resolution, int) and isinstance(thumbnail, int)
                and resolution >= 1 and thumbnail >= 1):
            raise ValueError(f"resolution and thumbnail must be whole numbers >= 1, "
                             f"got {resolution!r} and {thumbnail!r}")
        with np.errstate(over="ignore", invalid="ignore"):
            return self._snapshot(resolution, tuple(extent), thumbnail)

    def _snapshot(self, resolution: int, extent: tuple[float, float], thumbnail: int) -> Snapshot:
        names = self.config.features
        grid = grid_inputs(resolution, tuple(extent), names, self.dtype.name)
        scores = self.network.forward_ext(grid, training=False)
        output = self._loss.predict(scores)
        shape = (resolution, resolution) + output.shape[1:]
        output = np.ascontiguousarray(output).reshape(shape)
        neurons = []
        if self.network.n_layers > 1:
            small = grid_inputs(thumbnail, tuple(extent), names, self.dtype.name)
            neurons = [h.T.reshape(-1, thumbnail, thumbnail)
                       for h in self.network.hidden_outputs(small[:, :-1])]
        return Snapshot(
            epoch=self.epoch, step=self.steps, task=self.config.task, extent=tuple(extent),
            output=output, neurons=neurons,
            weights=[w.copy() for w in self.network.weights],
            biases=[b.copy() for b in self.network.biases],
            grad_norms=np.array(self.grad_norms()), metrics=self.history.last(),
            diverged=self.diverged, reason=self.reason)

    # ----- internals --------------------------------------------------------------------------

    def _check_task(self) -> None:
        if self.dataset.task != self.config.task:
            raise ValueError(f"the data is for {self.dataset.task} "
                             f"but the config is for {self.config.task}")

    def _check_edit(self, value: float, layer: int, where: tuple[int, ...], arrays) -> None:
        if not (isinstance(value, (int, float, np.floating)) and math.isfinite(value)):
            raise ValueError(f"a weight must be a finite number, got {value!r}")
        limit = float(np.finfo(self.dtype).max)
        if abs(value) > limit:
            raise ValueError(f"values out of range: a weight of {value:.3g} overflows "
                             f"{self.dtype.name} (at most ±{limit:.3g})")
        if not 0 <= layer < len(arrays) or any(
                not 0 <= i < size for i, size in zip(where, arrays[layer].shape, strict=True)):
            raise ValueError(f"no parameter at layer {layer}, position {where}")

    def _n_outputs(self) -> int:
        return self.dataset.n_classes if self.config.task == "classification" else 1

    def _load_data(self) -> None:
        """Feature rows with a ones column for the train set and for train+test (evaluation)."""
        data, names = self.dataset, self.config.features
        train = features.transform(data.train_points.astype(self.dtype), names)
        test = features.transform(data.test_points.astype(self.dtype), names)
        self._n_train, self._n_test = len(train), len(test)
        width = len(names) + 1
        self._X_all = np.ones((self._n_train + self._n_test, width), self.dtype, order="F")
        self._X_all[:self._n_train, :-1] = train
        self._X_all[self._n_train:, :-1] = test
        label_type = np.int64 if self.config.task == "classification" else self.dtype
        self._y_train = data.train_labels.astype(label_type)
        self._y_test = data.test_labels.astype(label_type)
        self._X_epoch = np.array(self._X_all[:self._n_train], order="F")
        self._y_epoch = self._y_train.copy()
        self._order = np.arange(self._n_train)

    def _encode_targets(self) -> None:
        """The loss's own form of the training targets, in the current epoch's shuffled order."""
        self._t_train = self._loss.encode(self._y_train, self._n_outputs(), self.dtype)
        self._t_epoch = self._t_train[self._order]

    def _build(self) -> None:
        cfg = self.config
        sizes = (len(cfg.features), *cfg.hidden, self._n_outputs())
        self.network = Network(sizes, cfg.activation, cfg.init, cfg.seed, cfg.dropout, self.dtype)
        self._loss = losses.get(cfg.loss, cfg.task, **cfg.loss_options)
        self._encode_targets()
        self._optimizer = optimizers.get(cfg.optimizer, cfg.lr)
        self._shuffle_rng = np.random.default_rng([cfg.seed, 2])
        self._scratch = np.empty_like(self.network.params)
        self._set_regularization()
        self.initial_params = self.network.params.copy()  # for a run that wants the same start
        self.trajectory = Trajectory(self.initial_params)  # for the loss landscape's path

    def _set_regularization(self) -> None:
        cfg = self.config
        self._reg_scale = self.network.weight_mask * self.dtype.type(cfg.reg_rate)
        self._reg_kind = cfg.regularization if cfg.reg_rate > 0 else "none"

    def _require_trainable(self) -> None:
        reason = self.blocked_reason
        if reason:
            raise ValueError(reason)

    def _start_epoch(self) -> None:
        """Reshuffle the training rows (skipped for full batches) and remember where we started."""
        if self.batch_size < self._n_train:
            self._apply_order(self._shuffle_rng.permutation(self._n_train))
        self._epoch_start = self._save_state()

    def _apply_order(self, order: np.ndarray) -> None:
        """Lay the training rows, labels and encoded targets out in `order` for this epoch."""
        self._order = order
        np.take(self._X_all[:self._n_train], order, axis=0, out=self._X_epoch)
        np.take(self._y_train, order, out=self._y_epoch)
        np.take(self._t_train, order, axis=0, out=self._t_epoch)

    def _train_slice(self, start: int, stop: int, check: bool) -> str:
        """Minibatch updates over shuffled rows [start, stop); with check, stop at a bad loss."""
        X, y, t, size = self._X_epoch, self._y_epoch, self._t_epoch, self.batch_size
        forward, backward = self.network.forward_ext, self.network.backward
        grad, value = self._loss.grad_inplace, self._loss.value
        step = self._optimizer.step
        params, grads = [self.network.params], [self.network.grads]
        regularize = self._regularize if self._reg_kind != "none" else None
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is detected, not warned
            for a in range(start, stop, size):
                b = min(a + size, stop)
                scores = forward(X[a:b], True)
                if check:
                    loss = value(scores, y[a:b])
                    if not math.isfinite(loss):
                        return f"loss became {loss}"
                backward(grad(scores, t[a:b]))
                if regularize:
                    regularize()
                step(params, grads)
                self.steps += 1
                if check and not np.isfinite(self.network.params).all():
                    return "the weights became non-finite"
        return ""

    def _regularize(self) -> None:
        """Add the penalty's gradient (weights only) to the flat gradient, in place."""
        scratch = self._scratch
        if self._reg_kind == "l2":
            np.multiply(self.network.params, self._reg_scale, out=scratch)
        else:
            np.sign(self.network.params, out=scratch)
            scratch *= self._reg_scale
        self.network.grads += scratch

    def _finish_epoch(self, replay: tuple | None = None) -> bool:
        """Evaluate and record the epoch. A non-finite loss first replays the fast slice step by
        step (to name the step, as step() would); failing that, the epoch's start is restored."""
        row = self.evaluate()
        checked = ("train_loss", "test_loss") if self._n_test else ("train_loss",)
        bad = [name for name in checked if not math.isfinite(row[name])]
        if not bad:
            self.epoch += 1
            self._cursor = 0
            self.history.append(self.grad_norms(), epoch=self.epoch, **row)
            self.trajectory.add(self.epoch, self.network.params)
            return True
        if replay is not None:
            return self._replay(*replay)
        self._restore(self._epoch_start)
        name = bad[0].replace("_", " ")
        self._diverge(f"the {name} became {row[bad[0]]} at epoch {self.epoch + 1}")
        return False

    def _save_state(self) -> tuple:
        """What a replay needs: weights, optimizer state, dropout generator, step count."""
        return (self.network.params.copy(), copy.deepcopy(self._optimizer.state_dict()),
                copy.deepcopy(self.network.dropout_rng.bit_generator.state), self.steps)

    def _restore(self, saved: tuple) -> None:
        params, opt_state, rng_state, steps = saved
        self.network.params[...] = params
        self._optimizer.load_state_dict(copy.deepcopy(opt_state))
        self.network.dropout_rng.bit_generator.state = rng_state
        self.steps = steps

    def _replay(self, start: int, stop: int, saved: tuple) -> bool:
        """Redo a failed slice step by step from its saved start, checking each batch's loss
        and the weights as step() does, so both report the same step and keep the same weights.
        Returns True if the replay got through and finished the epoch."""
        self._restore(saved)
        size = self.batch_size
        for a in range(start, stop, size):
            before = self._save_state()
            problem = self._train_slice(a, min(a + size, stop), check=True)
            if problem:
                self._restore(before)
                self._diverge(f"{problem} at epoch {self.epoch + 1}, "
                              f"step {self._batch_index(min(a + size, stop))}")
                return False
        self._cursor = stop
        return stop >= self._n_train and self._finish_epoch()

    def _batch_index(self, stop: int) -> int:
        return -(-stop // self.batch_size)

    def _diverge(self, what: str) -> None:
        self.diverged = True
        self._cursor = 0
        self.reason = f"{what}: lower the learning rate"
