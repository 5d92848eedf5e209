"""Render the window mid-training to a PNG offscreen: python -m playground.app.screenshot OUT.png

Used for the README and for looking at every visible change; anyone can rerun it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

FORK_CHANGES = ({"lr": 0.003}, {"activation": "relu"}, {"optimizer": "sgd", "lr": 0.1})


def main(argv: list[str] | None = None) -> int:
    """Open the window with fresh settings, train to an epoch, save a screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--dataset", default="spiral",
                        help="preset to train on (spiral); a regression one (plane, reg_gauss) "
                             "makes it a regression problem")
    parser.add_argument("--noise", type=float, default=0.1, help="preset noise (0.1)")
    parser.add_argument("--epochs", type=int, default=300, help="train until this epoch (300)")
    parser.add_argument("--size", default="1600x960", help="window size WxH (1600x960)")
    parser.add_argument("--optimizer", default="adam", help="optimizer (adam)")
    parser.add_argument("--lr", type=float, default=0.01, help="learning rate (0.01)")
    parser.add_argument("--hidden", default="8,8", help="hidden layer sizes (8,8)")
    parser.add_argument("--activation", default="tanh", help="hidden activation (tanh)")
    parser.add_argument("--tab", default="Loss",
                        help="the plot tab under the canvas: Loss, Gradient flow, Weights, Metrics")
    parser.add_argument("--part", default="window",
                        choices=("window", "canvas", "network", "plots", "concepts"),
                        help="what to save: the whole window or one part (window)")
    parser.add_argument("--theme", default="light", choices=("light", "dark"),
                        help="colour theme (light)")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"),
                        help="the window's language (en)")
    parser.add_argument("--present", action="store_true",
                        help="presentation mode (F5): big type, side panels hidden")
    parser.add_argument("--concept", type=int, default=0,
                        help="with --part concepts: the tab, 0 activations, 1 losses, "
                             "2 descent, 3 optimizers")
    parser.add_argument("--race", type=int, default=None, metavar="STEPS",
                        help="with --part concepts --concept 3: the textbook race after STEPS")
    parser.add_argument("--scrub", type=int, default=None, metavar="EPOCH",
                        help="show the stored frame nearest this epoch on the timeline")
    parser.add_argument("--onion", action="store_true", help="switch the onion skin on")
    parser.add_argument("--forks", type=int, default=0, choices=range(4),
                        help="compare runs: fork 0-3 runs (lr 0.003, relu, sgd at lr 0.1)")
    parser.add_argument("--show", default="A", metavar="RUN",
                        help="with --forks: the run the big views show (as a click on its tile)")
    parser.add_argument("--lesson", type=Path, default=None, metavar="TOML",
                        help="play this lesson (in --lang) instead of training, up to --step")
    parser.add_argument("--step", type=int, default=1,
                        help="with --lesson: the step whose caption shows (1)")
    parser.add_argument("--record", type=float, default=None, metavar="SECONDS",
                        help="instead of a PNG, record OUT (.gif or .mp4) with the window's own "
                             "recorder for SECONDS after --epochs, the pointer drawing points "
                             "on the canvas")
    parser.add_argument("--diverge", action="store_true",
                        help="after --epochs, raise the learning rate to 10 until the run "
                             "diverges (e.g. --activation leaky_relu --optimizer sgd --lr 0.1)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from playground.app.data.settings import DataSettings
    from playground.app.window.main_window import MainWindow
    from playground.engine import datasets

    app = QApplication.instance() or QApplication(["playground-screenshot"])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        spec = datasets.info(args.dataset)
        window.data.apply_settings(DataSettings(spec.task, args.dataset, spec.default_points,
                                                args.noise))
        hidden = tuple(int(size) for size in args.hidden.split(",") if size)
        window.session.edit("A", {"optimizer": args.optimizer, "lr": args.lr, "hidden": hidden,
                                  "activation": args.activation})
        window.run_bar.speed.setCurrentIndex(0)  # full speed, to the epoch asked for
        window.appearance.set_theme(args.theme)
        plots = window.inside.plots  # tabs are named in English before the language is set
        plots.setCurrentIndex([plots.tabText(i) for i in range(plots.count())].index(args.tab))
        window.language_menu.choose(args.lang, remember=False)
        if args.present:
            window.toggle_presentation(full_screen=False)  # keep --size
        loop = QEventLoop()

        def check(name, frame) -> None:
            if name != "A":
                return
            reached = frame.snapshot.epoch >= args.epochs
            if args.diverge and reached and window.session.config().lr < 10:
                window.session.edit("A", {"lr": 10.0})
            elif frame.snapshot.diverged or (reached and not args.diverge):
                window.set_playing(False)
                QTimer.singleShot(200, loop.quit)

        if args.lesson is not None:
            _play_lesson(window, args.lesson, args.step, lambda: QTimer.singleShot(300, loop.quit))
        elif args.forks:
            _train_forks(window, args.forks, args.epochs, lambda: QTimer.singleShot(300, loop.quit))
        else:
            window.runs.frame_drawn.connect(check)
            QTimer.singleShot(300, lambda: window.set_playing(True))
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        window.session.select(args.show)
        window.history.timeline.onion.setChecked(args.onion)
        window.history.refresh()
        if args.scrub is not None:
            window.history.timeline.slider.setValue(window.history.store.nearest(args.scrub))
        app.processEvents()
        window.renderer.draw_pending()
        window.compare.flush()
        concepts = window.inside.concepts
        concepts.setCurrentIndex(args.concept)
        if args.race is not None:
            concepts.race.use_preset("textbook")
            for _ in range(args.race):
                concepts.race.step()
        if args.part == "concepts":
            window.pages.setCurrentWidget(concepts)
            app.processEvents()
        part = {"window": window, "canvas": window.canvas, "plots": plots,
                "network": window.inside.network_view, "concepts": concepts}[args.part]
        if args.record is not None:
            if not args.forks and args.lesson is None:
                window.runs.frame_drawn.disconnect(check)  # it pauses at --epochs
            _record(window, args.out, args.record)
        else:
            part.grab().save(str(args.out))
        window.close()
    app.processEvents()
    print(f"wrote {args.out}")
    return 0


def _record(window, out: Path, seconds: float) -> None:
    """Record `out` with the Export menu's recorder (pointer drawn) while training goes on and
    the pointer sprays a few strokes of class-2 points across the canvas."""
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtGui import QCursor
    from PySide6.QtTest import QTest

    exports = window.exports
    exports.pointer_action.setChecked(True)
    region = None if out.suffix.lower() == ".mp4" else exports.region  # a GIF: canvas and plots
    if not exports.start_recording(out, 10 if out.suffix.lower() == ".gif" else 30, region):
        raise SystemExit(f"not recorded: {window.banner.text()}")
    window.data_panel.select_class(1)
    window.run_bar.speed.setCurrentIndex(2)  # 30 epochs a second: a pace to watch (and a small GIF)
    window.set_playing(True)
    view = window.canvas.viewport() if hasattr(window.canvas, "viewport") else window.canvas
    steps = max(1, int(seconds * 10))
    box = view.rect()

    def at(step: int) -> QPoint:
        x = box.left() + box.width() * (0.25 + 0.5 * step / steps)
        y = box.top() + box.height() * (0.3 + 0.4 * ((step * 7) % steps) / steps)
        return QPoint(int(x), int(y))

    def move(step: int) -> None:
        point = at(step)
        QCursor.setPos(view.mapToGlobal(point))
        if step % 5 == 0:
            QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
        if step < steps:
            QTimer.singleShot(100, lambda: move(step + 1))
        else:
            exports.stop_recording()

    loop = QEventLoop()
    exports.recorder.finished.connect(lambda _result: QTimer.singleShot(200, loop.quit))
    move(0)
    loop.exec()
    window.set_playing(False)


def _play_lesson(window, path: Path, step: int, done) -> None:
    """Open the lesson at `path`, go on (at full speed) until step `step` shows, then done()."""
    player = window.lessons.player

    def go_on() -> None:
        if player.lesson is None:
            return
        if player.step_number >= step and not player.training:
            player.changed.disconnect(go_on)
            done()
        else:
            QTimer.singleShot(0, player.next)

    from PySide6.QtCore import QTimer

    player.changed.connect(go_on)
    if not window.lessons.open(path):
        raise SystemExit(f"lesson not opened: {path}")


def _train_forks(window, count: int, epochs: int, done) -> None:
    """Fork `count` runs (FORK_CHANGES), train every run to `epochs`, then call done()."""
    for changes in FORK_CHANGES[:count]:
        window.runs.fork(changes=changes)
    from playground.training.protocol import Goal

    runs = window.runs.all()
    reached: set[int] = set()

    def one_reached(reply) -> None:
        reached.add(reply.sequence)
        if len(reached) == len(runs):
            done()

    for index, run in enumerate(runs):
        run.client.reached.connect(one_reached)
        run.send(Goal(epochs, None, index))


if __name__ == "__main__":
    sys.exit(main())
