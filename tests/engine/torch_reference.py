"""Regenerate the PyTorch reference numbers hard-coded in tests/engine/test_*.py.

Not a test module and not part of the project: it needs torch, which the project never imports.
Run it with any Python that has torch and numpy, e.g.

    /work/torchenv/bin/python tests/engine/torch_reference.py

and compare (or paste) the printed constants with the same-named ones in the tests. The inputs
below are copied verbatim from the tests; everything is computed in float64 and printed with repr,
so the round trip is exact.
"""

import pprint

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

# --- activations: values and autograd derivatives at fixed points (test_activations.py) ---

ACTIVATION_Z = [-30.0, -3.0, -1.5, -0.5, 0.0, 0.25, 1.0, 2.5, 20.0, 30.0]

ACTIVATIONS = {
    "linear": lambda z: z,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "leaky_relu": lambda z: F.leaky_relu(z, negative_slope=0.01),
    "elu": lambda z: F.elu(z, alpha=1.0),
    "softplus": lambda z: F.softplus(z, beta=1.0, threshold=20.0),
    "gelu": lambda z: F.gelu(z, approximate="tanh"),
    "silu": F.silu,
    "sine": torch.sin,
}

# --- losses: value and autograd gradient on fixed inputs (test_losses.py) ---

SCORES_3 = [[1.2, -0.7, 0.3], [-0.4, 0.9, 2.1], [0.05, 0.05, -1.5], [3.0, -2.0, 0.5]]
LABELS_3 = [0, 2, 1, 1]
SCORES_2 = [[0.8, -0.3], [-1.1, 0.4], [2.5, 2.0], [0.0, -0.6], [-0.2, 1.7]]
LABELS_2 = [0, 1, 1, 0, 0]
REGRESSION_SCORES = [[0.6], [-1.2], [2.0], [0.3], [-0.1]]
REGRESSION_TARGETS = [0.0, -0.4, 3.5, 0.3, -0.35]

CLASSIFICATION_CASES = [
    ("cross_entropy", {}),
    ("cross_entropy", {"label_smoothing": 0.1}),
    ("mse", {}),
    ("bce", {}),
    ("hinge", {}),
    ("focal", {"gamma": 0.0}),
    ("focal", {}),
    ("focal", {"gamma": 0.5}),
]
REGRESSION_CASES = [("mse", {}), ("mae", {}), ("huber", {}), ("huber", {"delta": 0.5})]


def focal_loss(scores, labels, gamma=2.0):
    """Mean over the batch of -(1 - p_y)^gamma log p_y, p = softmax(scores)."""
    log_p = F.log_softmax(scores, dim=1).gather(1, labels[:, None])[:, 0]
    p = F.softmax(scores, dim=1).gather(1, labels[:, None])[:, 0]
    return (-((1.0 - p) ** gamma) * log_p).mean()


def classification_loss(name, options, scores, labels):
    k = scores.shape[1]
    if name == "cross_entropy":
        return F.cross_entropy(scores, labels, label_smoothing=options.get("label_smoothing", 0.0))
    if name == "mse":
        return F.mse_loss(F.softmax(scores, dim=1), F.one_hot(labels, k).double())
    if name == "bce":
        return F.binary_cross_entropy_with_logits(scores, F.one_hot(labels, k).double())
    if name == "hinge":
        return F.multi_margin_loss(scores, labels)
    if name == "focal":
        return focal_loss(scores, labels, **options)
    raise ValueError(name)


def regression_loss(name, options, scores, targets):
    predictions = scores[:, 0]
    if name == "mse":
        return F.mse_loss(predictions, targets)
    if name == "mae":
        return F.l1_loss(predictions, targets)
    if name == "huber":
        return F.huber_loss(predictions, targets, delta=options.get("delta", 1.0))
    raise ValueError(name)


def value_and_grad(loss_fn, scores):
    s = torch.tensor(scores, requires_grad=True)
    value = loss_fn(s)
    (grad,) = torch.autograd.grad(value, s)
    return value.item(), grad.tolist()


# --- optimizers: parameters after 50 steps of torch.optim (test_optimizers.py) ---

STEPS = 50
SINGLE_PARAMS = [[0.9, -1.3, 0.25, 2.0, -0.05, 0.6, -0.7]]
PAIR_PARAMS = [np.linspace(-1.0, 1.0, 12).reshape(3, 4).tolist(), [0.3, -0.2, 0.5, 0.1, -0.4]]

OPTIMIZER_CASES = [
    ("sgd", 0.1, {}),
    ("momentum", 0.05, {}),
    ("momentum", 0.05, {"momentum": 0.5}),
    ("nesterov", 0.05, {}),
    ("adagrad", 0.1, {}),
    ("adagrad", 0.1, {"eps": 1e-3}),
    ("rmsprop", 0.01, {}),
    ("rmsprop", 0.01, {"alpha": 0.9, "eps": 1e-3}),
    ("adam", 0.05, {}),
    ("adam", 0.05, {"betas": (0.8, 0.99), "eps": 1e-3}),
]


def gradient(param: np.ndarray, step: int, index: int) -> np.ndarray:
    """The deterministic gradient used by the tests: 0.3 p + 0.1 sin(step + 0.7 i + index)."""
    phase = step + 0.7 * np.arange(param.size) + index
    return 0.3 * param + 0.1 * np.sin(phase).reshape(param.shape)


def torch_optimizer(name, params, lr, options):
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=options.get("momentum", 0.9))
    if name == "nesterov":
        return torch.optim.SGD(
            params, lr=lr, momentum=options.get("momentum", 0.9), nesterov=True
        )
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, eps=options.get("eps", 1e-10))
    if name == "rmsprop":
        return torch.optim.RMSprop(
            params, lr=lr, alpha=options.get("alpha", 0.99), eps=options.get("eps", 1e-8)
        )
    if name == "adam":
        return torch.optim.Adam(
            params, lr=lr, betas=options.get("betas", (0.9, 0.999)), eps=options.get("eps", 1e-8)
        )
    raise ValueError(name)


def run_torch(name, lr, options, initial, lr_schedule=None):
    """Params (as lists) after STEPS steps; lr_schedule maps a step index to a new lr."""
    params = [torch.tensor(p) for p in initial]
    optimizer = torch_optimizer(name, params, lr, options)
    for step in range(STEPS):
        if lr_schedule and step in lr_schedule:
            for group in optimizer.param_groups:
                group["lr"] = lr_schedule[step]
        for index, p in enumerate(params):
            p.grad = torch.from_numpy(gradient(p.detach().numpy(), step, index))
        optimizer.step()
    return [p.tolist() for p in params]


LR_SCHEDULE = {20: 0.01, 35: 0.2}


def show(name, obj):
    """Print `name = obj` as Python source wrapped to 99 columns, ready to paste into a test."""
    prefix = f"{name} = "
    text = pprint.pformat(obj, width=99 - len(prefix), compact=True, sort_dicts=False)
    print(prefix + text.replace("\n", "\n" + " " * len(prefix)))
    print()


def main():
    z = torch.tensor(ACTIVATION_Z, requires_grad=True)
    activations = {}
    for name, fn in ACTIVATIONS.items():
        a = fn(z)
        (d,) = torch.autograd.grad(a.sum(), z)
        activations[name] = (a.tolist(), d.tolist())
    show("ACTIVATION_REFERENCE", activations)

    classification = []
    for scores, labels, key in ((SCORES_3, LABELS_3, "3-class"), (SCORES_2, LABELS_2, "2-class")):
        y = torch.tensor(labels)
        for name, options in CLASSIFICATION_CASES:
            value, grad = value_and_grad(
                lambda s, name=name, options=options, y=y: classification_loss(name, options, s, y),
                scores,
            )
            classification.append((name, options, key, value, grad))
    show("CLASSIFICATION_REFERENCE", classification)

    t = torch.tensor(REGRESSION_TARGETS)
    regression = []
    for name, options in REGRESSION_CASES:
        value, grad = value_and_grad(
            lambda s, name=name, options=options: regression_loss(name, options, s, t),
            REGRESSION_SCORES,
        )
        regression.append((name, options, value, grad))
    show("REGRESSION_REFERENCE", regression)

    for title, initial in (("SINGLE", SINGLE_PARAMS), ("PAIR", PAIR_PARAMS)):
        finals = [
            (name, lr, options, run_torch(name, lr, options, initial))
            for name, lr, options in OPTIMIZER_CASES
        ]
        show(f"OPTIMIZER_{title}_REFERENCE", finals)

    scheduled = {
        name: run_torch(name, lr, options, SINGLE_PARAMS, LR_SCHEDULE)
        for name, lr, options in OPTIMIZER_CASES
        if not options
    }
    show("OPTIMIZER_LR_SCHEDULE_REFERENCE", scheduled)


if __name__ == "__main__":
    main()
