"""The random hand for benchmarks/chaos.py: one seeded random action on the real window per call.

Menus and shortcuts (every action of the window), the mouse on the canvas and the panels
(clicks, drags, right-drags, wheel), config edits with extreme values, data and big CSVs,
forks, lessons and recording. Each action is named in `log` before it runs, so a failure can
be traced to the actions just before it.
"""

from __future__ import annotations

import collections
import random
import re
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from playground.app.data.settings import DataSettings
from playground.app.lessons.menu import shipped_lessons
from playground.engine import Dataset, activations, datasets, features, losses, optimizers
from playground.engine.config import INITS, MAX_LAYERS, MAX_NEURONS, REGULARIZATIONS

LEFT, RIGHT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.NoButton
SKIPPED = {"Quit"}  # closing the window ends the run: the driver closes it at the end
KEYS = [Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_R, Qt.Key.Key_1,
        Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_K, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
        Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Delete, Qt.Key.Key_A]


def data_files(folder: Path, rng: np.random.Generator) -> dict[str, Path]:
    """CSV files to import: small, 20,000 and 120,000 points (big data), and a broken one."""
    files = {}
    for name, n in (("small", 300), ("big", 20_000), ("huge", 120_000)):
        points = rng.uniform(-5.5, 5.5, (n, 2))
        labels = (np.hypot(*points.T) > 3).astype(int)
        files[name] = folder / f"{name}.csv"
        Dataset(points, labels, "classification", 2, rng.random(n) < 0.7).to_csv(files[name])
    files["broken"] = folder / "broken.csv"
    files["broken"].write_text("x,y,label\n1,2,0\n3,nan,1\n")
    return files


class Hand:
    """Does one random thing to `window` per `act()`; `log` keeps the last actions done."""

    def __init__(self, window, rng: random.Random, folder: Path, files: dict[str, Path]):
        self.window, self.rng, self.folder, self.files = window, rng, folder, files
        self.log: collections.deque[str] = collections.deque(maxlen=40)
        self.counts: collections.Counter[str] = collections.Counter()
        self._saved = 0
        self._lessons = [path for path, _ in shipped_lessons()]
        self._moves = [
            (6, self.trigger_action), (4, self.press_key), (6, self.canvas_stroke),
            (2, self.canvas_wheel), (6, self.panel_widget), (4, self.edit_config),
            (3, self.play), (1, self.new_data), (0.4, self.import_csv), (1, self.fork),
            (1, self.lesson), (0.4, self.record), (0.5, self.resize)]

    # ----- the file dialogs' stand-in ----------------------------------------------------

    def choose_file(self, kind: str, title: str, file_filter: str) -> str:
        """Answer a file dialog: an existing file of the kind asked for, or a new one in
        the run's folder; sometimes Cancel."""
        if self.rng.random() < 0.15:
            return ""
        suffix = (re.findall(r"\*\.(\w+)", file_filter) or ["dat"])[0]
        if kind == "save":
            self._saved += 1
            return str(self.folder / f"out-{self._saved}.{suffix}")
        if suffix == "csv":
            return str(self.files[self.rng.choice(list(self.files))])
        if suffix == "toml":
            return str(self.rng.choice(self._lessons))
        saved = sorted(self.folder.glob(f"*.{suffix}"))
        return str(self.rng.choice(saved)) if saved else ""

    # ----- the moves -----------------------------------------------------------------------

    def dismiss(self) -> None:
        """Close a dialog or popup left open (a modal dialog's loop holds the last move)."""
        open_widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if open_widget is not None:
            self._do(f"close: {type(open_widget).__name__}", open_widget.close)

    def act(self) -> None:
        """One random move."""
        weights, moves = zip(*self._moves, strict=True)
        self.rng.choices(moves, weights)[0]()

    def _do(self, what: str, call, *args) -> None:
        self.log.append(what)
        self.counts[what.split(":")[0]] += 1
        call(*args)

    def all_actions(self) -> list[QAction]:
        """Every action of the window and its menus (submenus included), Quit left out."""
        found, menus = list(self.window.actions()), [
            a.menu() for a in self.window.menuBar().actions() if a.menu()]
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                if action.menu():
                    menus.append(action.menu())
                elif not action.isSeparator():
                    found.append(action)
        return [a for a in dict.fromkeys(found) if a.text().replace("&", "") not in SKIPPED]

    def trigger_action(self) -> None:
        action = self.rng.choice(self.all_actions())
        if action.isEnabled():
            self._do(f"action: {action.text()}", action.trigger)

    def press_key(self) -> None:
        """A shortcut of a random action, or a plain key, to the widget with the focus."""
        if self.rng.random() < 0.6:
            keys = [a.shortcut() for a in self.all_actions() if not a.shortcut().isEmpty()]
            combo = self.rng.choice(keys)[0]
            key, modifiers = combo.key(), combo.keyboardModifiers()
        else:
            key, modifiers = self.rng.choice(KEYS), Qt.KeyboardModifier.NoModifier
        target = QApplication.focusWidget() or self.window
        self._do(f"key: {QKeySequence(key | modifiers).toString()} to "
                 f"{type(target).__name__}", QTest.keyClick, target, key, modifiers)

    def canvas_stroke(self) -> None:
        """A click or a drag with the left or right button (Ctrl+click inspects)."""
        canvas = self.window.canvas
        if not canvas.isVisible():
            return
        button = self.rng.choice([LEFT, LEFT, RIGHT])
        modifiers = (Qt.KeyboardModifier.ControlModifier if self.rng.random() < 0.1
                     else Qt.KeyboardModifier.NoModifier)
        start = np.array([self.rng.uniform(-7, 7), self.rng.uniform(-7, 7)])
        end = np.array([self.rng.uniform(-7, 7), self.rng.uniform(-7, 7)])
        steps = self.rng.choice([0, 3, 20])
        path = [start + (end - start) * t for t in np.linspace(0, 1, steps + 1)]
        self._do(f"canvas: {'right' if button == RIGHT else 'left'} stroke of {steps} moves",
                 self._stroke, canvas, path, button, modifiers)

    def _stroke(self, canvas, path, button, modifiers) -> None:
        self._mouse(canvas, QEvent.Type.MouseButtonPress, path[0], button, button, modifiers)
        for point in path[1:]:
            self._mouse(canvas, QEvent.Type.MouseMove, point, NONE, button, modifiers)
        self._mouse(canvas, QEvent.Type.MouseButtonRelease, path[-1], button, NONE, modifiers)

    @staticmethod
    def _mouse(canvas, kind, point, button, buttons, modifiers) -> None:
        scene = canvas.plotItem.vb.mapViewToScene(QPointF(*point))
        pos = QPointF(canvas.mapFromScene(scene))
        global_pos = QPointF(canvas.viewport().mapToGlobal(pos.toPoint()))
        QApplication.sendEvent(canvas.viewport(),
                               QMouseEvent(kind, pos, global_pos, button, buttons, modifiers))

    def canvas_wheel(self) -> None:
        self._do("canvas: wheel", self._wheel, self.window.canvas.viewport())

    def _wheel(self, widget: QWidget) -> None:
        pos = QPointF(self.rng.uniform(0, widget.width()), self.rng.uniform(0, widget.height()))
        delta = QPoint(0, self.rng.choice([-360, -120, 120, 360]))
        QApplication.sendEvent(widget, QWheelEvent(
            pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(), delta, NONE,
            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))

    def panel_widget(self) -> None:
        """Click, wheel or type into a random visible control of the window."""
        kinds = (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox, QLineEdit)
        controls = [w for w in self.window.findChildren(QWidget)
                    if isinstance(w, kinds) and w.isVisible() and w.isEnabled()]
        if not controls:
            return
        widget = self.rng.choice(controls)
        name = f"{type(widget).__name__} {widget.objectName() or widget.toolTip()[:30]!r}"
        move = self.rng.random()
        if move < 0.5:
            pos = QPoint(self.rng.randrange(max(widget.width(), 1)),
                         self.rng.randrange(max(widget.height(), 1)))
            self._do(f"panel: click {name}", QTest.mouseClick, widget, LEFT,
                     Qt.KeyboardModifier.NoModifier, pos)
        elif move < 0.8:
            self._do(f"panel: wheel {name}", self._wheel, widget)
        else:
            text = self.rng.choice(["0", "10", "-1", "1e9", "abc", "0.5", "", "3,3,3", "nan"])
            self._do(f"panel: type {text!r} into {name}", self._type, widget, text)

    @staticmethod
    def _type(widget: QWidget, text: str) -> None:
        widget.setFocus()
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(widget, text)
        QTest.keyClick(widget, Qt.Key.Key_Return)

    def edit_config(self) -> None:
        """Change one or two settings of the selected run, extreme values included."""
        session, rng = self.window.session, self.rng
        task = session.config().task
        choices = {
            "lr": lambda: rng.choice([1e-5, 0.003, 0.03, 0.3, 3.0, 10.0]),
            "hidden": lambda: tuple(rng.choice([1, 2, 8, MAX_NEURONS])
                                    for _ in range(rng.randint(0, MAX_LAYERS))),
            "activation": lambda: rng.choice(activations.names()),
            "optimizer": lambda: rng.choice(optimizers.names()),
            "loss": lambda: rng.choice(losses.names(task)),
            "batch_size": lambda: rng.choice([1, 2, 10, 100, 5000]),
            "init": lambda: rng.choice(list(INITS)),
            "regularization": lambda: rng.choice(list(REGULARIZATIONS)),
            "reg_rate": lambda: rng.choice([0.0, 0.001, 0.1, 10.0]),
            "dropout": lambda: rng.choice([0.0, 0.2, 0.5]),
            "features": lambda: tuple(rng.sample(features.names(), rng.randint(1, 4))),
            "seed": lambda: rng.randrange(1000)}
        names = rng.sample(list(choices), rng.choice([1, 1, 2]))
        changes = {name: choices[name]() for name in names}
        self._do(f"config: {session.selected} {changes}", session.edit, session.selected,
                 changes)

    def play(self) -> None:
        playing = self.rng.random() < 0.85
        self._do(f"play: {playing}", self.window.set_playing, playing)

    def new_data(self) -> None:
        task = self.rng.choice(["classification", "classification", "regression"])
        settings = DataSettings(
            task=task, generator=self.rng.choice(datasets.names(task)),
            n_points=self.rng.choice([10, 200, 1000, 10_000]),
            noise=self.rng.choice([0.0, 0.2, 0.5]), classes=self.rng.randint(2, 6),
            train_fraction=self.rng.choice([0.1, 0.5, 0.9]), seed=self.rng.randrange(100))
        self._do(f"data: {settings}", self.window.data.apply_settings, settings)

    def import_csv(self) -> None:
        name = self.rng.choice(list(self.files))
        self._do(f"import: {name}", self.window.files.import_csv, self.files[name])

    def fork(self) -> None:
        runs = self.window.runs
        if runs.forks() and (len(runs.forks()) >= 3 or self.rng.random() < 0.3):
            name = self.rng.choice(runs.forks()).name
            self._do(f"fork: close {name}", runs.close, name)
        else:
            self._do("fork: new", runs.fork)

    def lesson(self) -> None:
        player = self.window.lessons.player
        if not player.active or self.rng.random() < 0.1:
            path = self.rng.choice(self._lessons)
            self._do(f"lesson: open {path.name}", self.window.lessons.open, path)
            return
        move = self.rng.choice(["next", "next", "next", "previous", "close", "restart"])
        self._do(f"lesson: {move}", getattr(player, move))

    def record(self) -> None:
        exports = self.window.exports
        if exports.recorder.recording:
            self._do("record: stop", exports.stop_recording)
        else:
            path = self.folder / f"rec-{self.counts['record']}.{self.rng.choice(['mp4', 'gif'])}"
            self._do(f"record: start {path.name}", exports.start_recording, path)

    def resize(self) -> None:
        size = self.rng.choice([(1280, 720), (1920, 1080), (1024, 600), (1600, 900)])
        self._do(f"resize: {size}", self.window.resize, *size)
