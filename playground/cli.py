"""Command line: open the window (default) or `train` headless; bad input exits 2 with one line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from playground.errors import UsageError

EXIT_USAGE = 2
MAX_CONFIG_BYTES = 2**20  # a TrainConfig is a few hundred bytes
LESSON_LANGUAGES = ("en", "zh_CN")  # playground.lessons.LANGUAGES, not imported: --help is quick


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad flag as one line instead of usage plus error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """The `playground` parser: no command opens the window; `train` runs headless."""
    parser = _Parser(prog="playground", description="A desktop neural-network playground.",
                     usage="%(prog)s [-h] [FILE.json | COMMAND ...]")
    parser.add_argument("experiment", nargs="?", metavar="FILE.json",
                        help="an experiment file to open in the window")
    commands = parser.add_subparsers(dest="command")
    train = commands.add_parser("train", help="train without a window and print the result",
                                description="Train headless; flags override --config.")
    data = train.add_argument_group("data")
    data.add_argument("--dataset", help="generator name (default circle)")
    data.add_argument("--points", type=int, help="number of points (default: the generator's)")
    data.add_argument("--noise", type=float, help="noise fraction 0-0.5 (default 0)")
    data.add_argument("--train-fraction", type=float, help="share of points used to train (0.5)")
    data.add_argument("--classes", type=int, help="classes, for multi-class generators (2)")
    data.add_argument("--data", metavar="FILE.csv", help="points from a CSV file (x,y,label)")
    data.add_argument("--task", choices=("classification", "regression"),
                      help="task of --data (default classification)")
    model = train.add_argument_group("model and training")
    model.add_argument("--features", help="comma-separated input features (x1,x2)")
    model.add_argument("--hidden", help="comma-separated hidden layer sizes (4,2); 'none' for none")
    for flag, what in (("--activation", "hidden activation (tanh)"),
                       ("--loss", "loss (cross_entropy; mse for regression)"),
                       ("--optimizer", "optimizer (sgd)"), ("--init", "weight init (xavier)"),
                       ("--regularization", "none, l1 or l2 (none)")):
        model.add_argument(flag, help=what)
    model.add_argument("--lr", type=float, help="learning rate (0.03)")
    model.add_argument("--batch-size", type=int, help="minibatch size (10)")
    model.add_argument("--reg-rate", type=float, help="regularization rate (0)")
    model.add_argument("--dropout", type=float, help="dropout rate on hidden layers (0)")
    model.add_argument("--label-smoothing", type=float, help="cross_entropy label smoothing (0)")
    model.add_argument("--focal-gamma", type=float, help="focal loss focusing power (2)")
    model.add_argument("--huber-delta", type=float, help="huber loss threshold (1)")
    model.add_argument("--seed", type=int, help="seed for data, weights and shuffling (0)")
    model.add_argument("--epochs", type=int, default=100, help="epochs to train (100)")
    model.add_argument("--config", metavar="FILE", help="a JSON TrainConfig")
    model.add_argument("--history", metavar="OUT.csv", help="write the per-epoch history here")
    files = train.add_argument_group("experiment files")
    files.add_argument("--experiment", metavar="FILE.json", dest="resume",
                       help="continue a saved experiment (its data; flags override its config)")
    files.add_argument("--save", metavar="FILE.json",
                       help="write the experiment (data, config, weights, history) at the end")
    render = commands.add_parser(
        "render", help="render a lesson to a video offscreen",
        description="Play a lesson offscreen and write it to MP4 or GIF at a fixed frame rate.")
    render.add_argument("lesson", metavar="LESSON.toml", help="the lesson file")
    render.add_argument("-o", "--output", metavar="OUT.mp4", required=True,
                        help="the video to write: .mp4 (H.264) or .gif")
    render.add_argument("--fps", type=int, help="frames per second (the lesson's, or 30)")
    render.add_argument("--size", metavar="WxH",
                        help="video size in pixels, 320x240 to 3840x2160 (the lesson's, or "
                             "1280x800); the window is laid out at that size, its type larger "
                             "above 1280x800 (x1.35 at 1920x1080)")
    render.add_argument("--burn-captions", action="store_true",
                        help="draw the captions into the frames too; an MP4 always gets them "
                             "as a subtitle track, an .srt beside it and a chapter per step, a "
                             "GIF (no subtitle track) always has them drawn in")
    render.add_argument("--lang", choices=LESSON_LANGUAGES, default="en",
                        help="the language of the window and the captions (default en); a "
                             "lesson without text in it is refused")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python main.py`, `python -m playground` and `playground`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parse_args(build_parser(), argv)
        if args.command == "train":
            return _train(args)
        if args.command == "render":
            from playground.app.lessons.render_command import render

            return render(args)
        if args.experiment is not None:
            _load_experiment(args.experiment)  # report a bad file here, before a window opens
    except UsageError as err:
        print(f"playground: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    from playground.app import run_window

    if args.experiment is None:
        return run_window(argv)
    return run_window(argv, experiment=args.experiment)


def _parse_args(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """Parse argv; a first word that is no command is the experiment file to open.

    argparse would hand a lone positional to the command slot and call it an invalid choice.
    """
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if argv and argv[0] in commands.choices:  # the optional FILE.json would take the command
        args = commands.choices[argv[0]].parse_args(argv[1:])
        args.command, args.experiment = argv[0], None
        return args
    if not argv or argv[0].startswith("-"):
        return parser.parse_args(argv)
    args = parser.parse_args(argv[1:])
    if args.command is not None or args.experiment is not None:
        raise UsageError(f"give either a file to open or a command, not both: {argv!r}")
    args.experiment = argv[0]
    return args


def _load_experiment(path: str):
    """The experiment in path, or a UsageError with the file's one-line problem."""
    from playground.io import ExperimentError, load

    try:
        return load(path)
    except ExperimentError as err:
        raise UsageError(str(err)) from None


def _train(args: argparse.Namespace) -> int:
    if args.epochs < 0:
        raise UsageError(f"--epochs must be >= 0, got {args.epochs}")
    trainer = _continued_trainer(args) if args.resume else _new_trainer(args)
    if args.history:
        _check_writable(args.history)
    if args.save:
        _check_savable(args.save)
    if trainer.blocked_reason:
        raise UsageError(f"cannot train: {trainer.blocked_reason}")
    _run_with_progress(trainer, args.epochs)
    if args.history:
        try:
            trainer.history.to_csv(args.history)
        except ValueError as err:
            raise UsageError(f"cannot write --history {err}") from None
    if args.save:
        _save_experiment(args.save, trainer)
    print(_summary(trainer))
    return 1 if trainer.diverged else 0


def _new_trainer(args: argparse.Namespace):
    from playground.engine import Trainer

    config = _config_from(args)
    dataset = _dataset_from(args, config)
    try:
        return Trainer(config, dataset)
    except ValueError as err:
        raise UsageError(str(err)) from None


DATA_FLAGS = ("dataset", "points", "noise", "train_fraction", "classes", "data", "task")


def _continued_trainer(args: argparse.Namespace):
    """The saved experiment's trainer, state restored, with config flags applied on top."""
    given = [name for name in DATA_FLAGS if getattr(args, name) is not None]
    if given:
        flag = "--" + given[0].replace("_", "-")
        raise UsageError(f"{flag} cannot be used with --experiment: the experiment brings its data")
    experiment = _load_experiment(args.resume)
    trainer = experiment.trainer()
    config = _config_from(args, experiment.config.to_dict())
    try:
        rebuilt = trainer.set_config(config)
    except ValueError as err:
        raise UsageError(str(err)) from None
    if rebuilt:
        print("note: --features/--hidden change the network, so training starts from fresh "
              "weights", file=sys.stderr)
    return trainer


def _check_savable(path: str) -> None:
    """Refuse a --save path that cannot be written before training rather than after it."""
    from playground.io import ExperimentError, check_writable

    try:
        check_writable(path)
    except ExperimentError as err:
        raise UsageError(f"--save: {err}") from None


def _save_experiment(path: str, trainer) -> None:
    from playground.io import Experiment, ExperimentError, save

    try:
        save(path, Experiment.from_trainer(trainer))
    except ExperimentError as err:
        raise UsageError(f"--save: {err}") from None


def _config_from(args: argparse.Namespace, base: dict[str, Any] | None = None):
    """The TrainConfig from base (an experiment's), then --config, then the flags."""
    from playground.engine import TrainConfig

    values: dict[str, Any] = dict(base or {})
    if args.config:
        values.update(_read_json(args.config))
    flags = {"activation": args.activation, "loss": args.loss, "optimizer": args.optimizer,
             "init": args.init, "regularization": args.regularization, "lr": args.lr,
             "batch_size": args.batch_size, "reg_rate": args.reg_rate, "dropout": args.dropout,
             "seed": args.seed, "label_smoothing": args.label_smoothing,
             "focal_gamma": args.focal_gamma, "huber_delta": args.huber_delta}
    values.update({k: v for k, v in flags.items() if v is not None})
    if args.features is not None:
        values["features"] = [name.strip() for name in args.features.split(",") if name.strip()]
    if args.hidden is not None:
        values["hidden"] = _parse_hidden(args.hidden)
    task = args.task or _dataset_task(args.dataset)
    if task:
        values["task"] = task
    try:
        return TrainConfig.from_dict(values)
    except (TypeError, ValueError) as err:
        raise UsageError(str(err)) from None


def _dataset_task(name: str | None) -> str | None:
    from playground.engine import datasets

    if name is None:
        return None
    try:
        return datasets.info(name).task
    except ValueError as err:
        raise UsageError(f"--dataset: {err}") from None


def _check_writable(path: str) -> None:
    """Refuse an unwritable --history path before training rather than after it."""
    from playground.engine import files

    try:
        files.check_writable(path)
    except files.FileRefused as err:
        raise UsageError(f"cannot write --history {err}") from None


def _dataset_from(args: argparse.Namespace, config):
    from playground.engine import datasets

    task, seed = config.task, config.seed
    if args.data:
        if args.dataset:
            raise UsageError("give either --data or --dataset, not both")
        try:
            return datasets.Dataset.from_csv(args.data, task=task,
                                             train_fraction=_or(args.train_fraction, 0.5),
                                             seed=seed)
        except ValueError as err:
            raise UsageError(str(err)) from None
    name = args.dataset or ("circle" if task == "classification" else "plane")
    try:
        return datasets.generate(name, n_points=args.points, noise=_or(args.noise, 0.0),
                                 seed=seed, classes=_or(args.classes, 2),
                                 train_fraction=_or(args.train_fraction, 0.5))
    except ValueError as err:
        raise UsageError(str(err)) from None


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


def _parse_hidden(text: str) -> list[int]:
    text = text.strip()
    if text.lower() in ("", "none", "0"):
        return []
    try:
        return [int(part) for part in text.split(",")]
    except ValueError:
        raise UsageError(
            f"--hidden must be comma-separated whole numbers like 8,8, got {text!r}") from None


def _read_json(path: str) -> dict[str, Any]:
    from playground.engine import files
    from playground.io.json_text import parse

    try:
        data = parse(files.read_text(path, MAX_CONFIG_BYTES))
    except files.FileRefused as err:
        raise UsageError(f"cannot read --config {err}") from None
    except ValueError as err:  # not JSON, too deep, a huge number, a key twice
        raise UsageError(f"--config {path}: {err}") from None
    if not isinstance(data, dict):
        raise UsageError(f"--config {path} must hold a JSON object of config fields")
    return data


def _run_with_progress(trainer, epochs: int) -> None:
    """Train epoch by epoch; tqdm's bar (rate, time left) on a terminal, a line every 10 %
    otherwise (a log file gets no carriage returns)."""
    from tqdm import tqdm

    terminal = sys.stderr.isatty()
    every = max(1, epochs // 10)
    with tqdm(total=epochs, unit="epoch", file=sys.stderr, disable=not terminal,
              mininterval=0.1) as bar:
        for done in range(1, epochs + 1):
            if not trainer.run_epoch():
                break
            loss = trainer.history["train_loss"][-1]
            bar.update(1)
            bar.set_postfix_str(f"train loss {loss:.4f}", refresh=False)
            if not terminal and (done % every == 0 or done == epochs):
                print(f"epoch {done}/{epochs}  train loss {loss:.6f}", file=sys.stderr)


def _summary(trainer) -> str:
    """The final line(s): losses and accuracy or RMSE, or why training stopped."""
    lines = []
    if trainer.diverged:
        lines.append(f"diverged: {trainer.reason}")
    row = trainer.history.last()
    if not row:
        row = {"epoch": 0, **trainer.evaluate()}
    line = (f"epoch {row['epoch']}  train loss {row['train_loss']:.6f}"
            f"  test loss {row['test_loss']:.6f}")
    if "train_accuracy" in row:
        line += (f"  train accuracy {row['train_accuracy']:.4f}"
                 f"  test accuracy {row['test_accuracy']:.4f}")
    else:
        line += f"  train rmse {row['train_rmse']:.6f}  test rmse {row['test_rmse']:.6f}"
    lines.append(line)
    return "\n".join(lines)
