"""MainWindow: builds the window's parts and connects them; owns no training logic.

The Session holds every setting, the DataModel the points and the Runs the training processes;
each collaborator built here receives the typed objects it uses, never the window. Everything
here runs on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from playground.app import i18n
from playground.app.data.editor import DataEditor
from playground.app.data.model import DataModel
from playground.app.data.settings import generate
from playground.app.gui_thread import assert_gui_thread
from playground.app.i18n import Language
from playground.app.lessons.actions import LessonStage
from playground.app.lessons.menu import LessonActions
from playground.app.panels.binding import bind_to_session
from playground.app.panels.data_panel import DataPanel
from playground.app.panels.network_panel import NetworkPanel
from playground.app.panels.run_bar import RunBar
from playground.app.panels.training_panel import TrainingPanel
from playground.app.runs.lockstep import Lockstep
from playground.app.runs.runs import Runs
from playground.app.session import Session
from playground.app.views.canvas import DataCanvas
from playground.app.views.compare.strip import CompareStrip
from playground.app.views.compare.view import CompareView
from playground.app.views.frame_renderer import FrameRenderer
from playground.app.views.history.controller import HistoryTimeline
from playground.app.views.inside import InsideViews
from playground.app.views.run_display import RunDisplay
from playground.app.window.appearance import Appearance
from playground.app.window.autosave import AUTOSAVE_SECONDS, AskRestore, Autosave, ask_to_restore
from playground.app.window.experiments import Experiments
from playground.app.window.export_actions import ExportActions
from playground.app.window.file_actions import FileActions
from playground.app.window.focus import FocusKeeper
from playground.app.window.keys_sheet import KeysSheet, key_rows
from playground.app.window.layout import (
    WIDE,
    Parts,
    arrange_docks,
    build_layout,
    forget_sizes,
    install_shortcuts,
    menu_actions,
    retranslate,
)
from playground.app.window.leftovers import tidy_leftovers
from playground.app.window.messages import DIVERGED, Messages, Sentence
from playground.app.window.network_edits import NetworkEdits
from playground.app.window.runs_menu import runs_menu
from playground.app.window.screen_modes import ScreenModes
from playground.app.window.settings_store import SettingsStore
from playground.app.window.style import STYLE_SHEET, THEMES
from playground.app.window.undo_actions import UndoAction
from playground.app.window.view_menu import ViewAndHelpMenus
from playground.training import protocol as p

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
KEY_NAMES = (  # the window's own keys, in the order _install_keys_and_menus gives their doings
    (QT_TRANSLATE_NOOP("MainWindow", "Quit"), "Ctrl+Q"),
    (QT_TRANSLATE_NOOP("MainWindow", "Play/pause"), "Space"),
    (QT_TRANSLATE_NOOP("MainWindow", "Step"), "Right"),
    (QT_TRANSLATE_NOOP("MainWindow", "Back (in a lesson)"), "Left"),
    (QT_TRANSLATE_NOOP("MainWindow", "Step one batch"), "Shift+Right"),
    (QT_TRANSLATE_NOOP("MainWindow", "Reset"), "R"),
    (QT_TRANSLATE_NOOP("MainWindow", "Step (presenter remote)"), "PgDown"),
    (QT_TRANSLATE_NOOP("MainWindow", "Play/pause (presenter remote)"), "PgUp"),
    (QT_TRANSLATE_NOOP("MainWindow", "Presentation mode"), "F5"),
    (QT_TRANSLATE_NOOP("MainWindow", "Focus canvas"), "F11"),
    (QT_TRANSLATE_NOOP("MainWindow", "Dark theme"), "Ctrl+Shift+D"),
    *((QT_TRANSLATE_NOOP("MainWindow", "Class {number}"), str(i + 1)) for i in range(9)),
)


class MainWindow(QMainWindow):
    """The playground window."""

    def __init__(self, settings: QSettings | None = None, start_worker: bool = True,
                 choose_file=None, data_dir: Path | None = None,
                 ask_restore: AskRestore = ask_to_restore,
                 autosave_seconds: float = AUTOSAVE_SECONDS):
        super().__init__()
        self.store = SettingsStore(settings)
        self.language = Language(self)
        config, data_settings = self.store.load()
        self.setWindowIcon(QIcon(str(RESOURCES / "icon.svg")))
        self.setStyleSheet(STYLE_SHEET)
        self.run_bar = RunBar()
        self.session = Session(config, data_settings, self.run_bar.speed.currentData(), self)
        self.model = DataModel(generate(data_settings))
        self.runs = Runs(self.session, self.model, self)
        if start_worker:  # first: the training process starts while the window is being built
            self.runs.start()
        self.canvas = DataCanvas(self.model)
        self.inside = InsideViews(self)
        self.loss_plot = self.inside.loss_plot
        self.renderer = FrameRenderer(self.canvas, self.inside.network_view, self.loss_plot,
                                      self.inside.gradient_plot, self.inside.histograms,
                                      self.inside.metrics, self.inside.landscape,
                                      lambda: self.inside.palette, self)
        self.lockstep = Lockstep(self.runs, self.session, self)
        self.history = HistoryTimeline(self.runs, self.renderer, self.canvas, self)
        self.data_panel = DataPanel(data_settings)
        self.network_panel = NetworkPanel(config)
        self.training_panel = TrainingPanel(config)
        self.strip = CompareStrip()
        self.layout_parts = build_layout(self, Parts(
            self.data_panel, self.network_panel, self.training_panel, self.run_bar,
            self.inside.network_view, self.canvas, self.history.timeline, self.strip,
            self.inside.plots, self.inside.concepts))
        self.pages, self.banner = self.layout_parts.pages, self.layout_parts.banner
        self.docks = self.layout_parts.docks
        self.setCentralWidget(self.pages)
        self.modes = ScreenModes(self, self.docks, (self.inside.network_view,
                                                    self.layout_parts.below_canvas),
                                 self.inside.plots, self.loss_plot, self.pages,
                                 self.layout_parts.middle)
        self.pages.currentChanged.connect(
            lambda index: self.modes.set_concepts_shown(self.pages.widget(index) is
                                                        self.inside.concepts))
        self.messages = Messages(self.banner, self.statusBar())
        self.messages.status(Sentence(lambda: QCoreApplication.translate(
            "MainWindow", "Draw points or pick a preset, then press Space to train.")))
        self.compare = CompareView(self.runs, self.session, self.canvas, self.loss_plot,
                                   self.strip, self)
        self.display = RunDisplay(self.runs, self.session, self.renderer, self.run_bar,
                                  self.messages, lambda: self.lessons.player.training, self)
        self.data = DataEditor(self.session, self.model, self.runs, self.data_panel, self.canvas,
                               self.messages, self)
        self.experiments = Experiments(self.session, self.model, self.runs, self.messages,
                                       self.setWindowTitle, self.setWindowModified, self)
        self.inside.follow(self.session, self.model)
        self.store.follow(self.session)
        bind_to_session(self.network_panel, self.session)
        bind_to_session(self.training_panel, self.session)
        self._connect()
        self.files = FileActions(self, self.store.settings, self.experiments, self.model,
                                 self.runs.main.client, self.messages, choose_file)
        self.exports = ExportActions(self, self.canvas, [self.canvas, self.inside.plots],
                                     self.runs.main.client, self.messages, self.pages,
                                     self.store.settings, self.files.choose_file)
        self.run_bar.add_indicator(self.exports.indicator)
        self.run_bar.add_indicator(self.exports.narration.meter)
        self.lessons = LessonActions(self, self._lesson_stage(), self.messages,
                                     self.files.choose_file, self._keep_current)
        self.runs_menu, self.same_start_action = runs_menu(self, self.runs, self.session)
        self._install_keys_and_menus()
        self.pages.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the Concepts page's key sink
        self.focus = FocusKeeper(self, self._key_target, self._show_values_in_use, self)
        self._default_splits = (self.layout_parts.middle.sizes(), self.layout_parts.left.sizes())
        for dock in self.docks:  # styled by now: their true widths, before the window shows
            forget_sizes(dock.widget())
        self.store.restore_geometry(self)
        self._layout_fresh = not self.store.restore_layout(
            self, (self.layout_parts.middle, self.layout_parts.left))
        self.appearance = Appearance(self, self.run_bar, self.canvas, self.inside,
                                     self.data_panel)
        theme = str(self.store.settings.value("theme", "light"))
        if theme in THEMES and theme != "light":
            self.appearance.set_theme(theme)
        self.autosave = None
        if data_dir is not None:
            self._start_autosave(Path(data_dir), autosave_seconds, ask_restore)
            tidy_leftovers([Path(data_dir), self.exports.video_folder(),
                            *(Path(p).parent for p in self.files.recent())], self.messages)

    # ----- building -----------------------------------------------------------------------

    def _connect(self) -> None:
        bar, session, runs = self.run_bar, self.session, self.runs
        bar.play_toggled.connect(self.set_playing)
        bar.step_clicked.connect(lambda: runs.broadcast(p.Step()))
        bar.reset_clicked.connect(self.reset)
        bar.speed_changed.connect(session.set_speed)
        session.playing_changed.connect(lambda playing, _drive: bar.set_playing(playing))
        # Sentences: each says its kind (a refusal is cleared by a good edit) and itself again
        # in a new language.
        session.refused.connect(lambda text: self.messages.problem(text))
        runs.problem.connect(lambda text: self.messages.problem(text))
        runs.news.connect(lambda text, milliseconds: self.messages.status(text, milliseconds))
        runs.main_failed.connect(lambda: session.set_playing(False))
        runs.inspected.connect(self.inside.show_point)
        landscape = self.inside.landscape
        watch = lambda *_: runs.watch_landscape(  # noqa: E731  (only while it can be seen)
            self.inside.landscape_showing() and self.pages.currentIndex() == 0,
            landscape.directions.currentData())
        self.inside.plots.currentChanged.connect(watch)
        self.pages.currentChanged.connect(watch)
        landscape.directions_changed.connect(watch)
        self.network_edits = NetworkEdits(session, runs, self.inside.network_view,
                                          self.messages, self)

    def _install_keys_and_menus(self) -> None:
        stack = self.model.undo_stack
        undo, redo = UndoAction(stack, self, redo=False), UndoAction(stack, self, redo=True)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        player = self.lessons.player
        doings = (  # KEY_NAMES' order; _retranslate_menus says their names
            self.close, lambda: self.set_playing(not self.session.playing), self._next,
            lambda: player.previous() if player.active else None,
            lambda: self.runs.broadcast(p.StepBatch()) if not self.session.playing else None,
            self.reset,
            # What presenter remotes send: next = one epoch, previous = play/pause; in a lesson,
            # the lesson's next and previous step.
            self._next,
            lambda: player.previous() if player.active
            else self.set_playing(not self.session.playing),
            self.toggle_presentation, self.toggle_focus, self.toggle_theme,
            *(lambda i=i: self.data_panel.select_class(i) for i in range(9)))
        shortcuts = [(name, key, doing) for (name, key), doing
                     in zip(KEY_NAMES, doings, strict=True)]
        actions = install_shortcuts(self, shortcuts, [undo, redo])
        self._undo_actions = (undo, redo)
        self._shortcut_actions = actions[2:]
        bar = self.menuBar()
        for menu in (self.files.menu, self.exports.menu, self.lessons.menu, self.runs_menu):
            bar.addMenu(menu)
        self.menus = ViewAndHelpMenus(
            bar, self._shortcut_actions[8:11], self.docks, self.reset_layout, self.show_keys,
            self.language, self.store.settings, self.messages, self)
        self.language_menu = self.menus.language_menu
        i18n.retranslate_on_change(self.menuBar(), self._retranslate_menus)
        # The menu bar hides in presentation and focus modes; its keys must keep working.
        for menu in (self.files.menu, self.exports.menu, self.lessons.menu, self.runs_menu,
                     self.menus.help):
            for action in menu_actions(menu):
                if not action.shortcut().isEmpty() and action not in self.actions():
                    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                    self.addAction(action)

    def _retranslate_menus(self) -> None:
        """The window's own keys, in the current language (the menus say their own)."""
        texts = [QCoreApplication.translate("MainWindow", name) for name, _ in KEY_NAMES]
        texts[-9:] = [text.format(number=i + 1) for i, text in enumerate(texts[-9:])]
        for action, text in zip(self._shortcut_actions, texts, strict=True):
            action.setText(text)
        for action in self._undo_actions:
            action.retranslate()

    def show_keys(self) -> KeysSheet:
        """F1: every key of the window, from its actions and menus."""
        menus = [action.menu() for action in self.menuBar().actions() if action.menu()]
        self._keys_sheet = KeysSheet(key_rows(self.actions(), menus), self)
        self._keys_sheet.show()
        return self._keys_sheet

    def _lesson_stage(self) -> LessonStage:
        targets = {"data": self.docks[0], "network": self.network_panel,
                   "training": self.training_panel, "canvas": self.canvas,
                   "diagram": self.inside.network_view, "plots": self.inside.plots,
                   "run bar": self.run_bar, "tiles": self.strip}
        return LessonStage(self.session, self.runs, self.experiments, self.exports.caption,
                           self.pages, self.inside.plots, self.inside.concepts, self.pages,
                           targets, self.reset, self._forget_file)

    def _start_autosave(self, folder: Path, seconds: float, ask_restore: AskRestore) -> None:
        self.autosave = Autosave(self.experiments.save, self.messages, folder, seconds, self)
        self.runs.main.client.saved.connect(self.autosave.saved)
        self.model.changed.connect(self.autosave.changed)
        self.session.config_changed.connect(self.autosave.changed)
        self.runs.frame_drawn.connect(
            lambda name, frame: self.autosave.changed() if len(frame.rows["epoch"]) else None)
        orphan = self.autosave.start()
        if orphan is not None and ask_restore(self, orphan):
            self.files.open(orphan, remember=False)  # not the experiment's own file

    # ----- commands -----------------------------------------------------------------------

    def set_playing(self, playing: bool) -> None:
        """Start or pause training (refused while run A has diverged: Reset first)."""
        assert_gui_thread()
        if playing and self.runs.main.diverged:
            self.messages.problem(Sentence(lambda: QCoreApplication.translate(
                "MainWindow", "Training diverged; press Reset (R) before playing again."),
                DIVERGED))
            playing = False
        self.session.set_playing(playing)

    def reset(self) -> None:
        """Fresh weights, history cleared, divergence forgotten; restarts a failed process."""
        self.messages.hide_problem()
        self.runs.reset()  # and every fork, from run A's new weights with 'same start'

    def toggle_presentation(self, full_screen: bool = True) -> None:
        """F5: the whole screen, big type and points, colour-blind-safe classes, docks hidden;
        and back to the window as it was."""
        presenting = not self.modes.presenting
        self.appearance.set_presenting(presenting)
        self.modes.set_presenting(presenting, full_screen)
        if presenting:
            said = lambda: QCoreApplication.translate(  # noqa: E731
                "MainWindow", "Presentation mode on: F5 to leave.")
        else:
            said = lambda: QCoreApplication.translate(  # noqa: E731
                "MainWindow", "Presentation mode off.")
        self.messages.status(said, 4000)

    def toggle_focus(self) -> None:
        """F11: only the run bar, the canvas and the loss plot; and back."""
        self.modes.set_focused(not self.modes.focused)
        if self.modes.focused:
            self.messages.status(Sentence(lambda: QCoreApplication.translate(
                "MainWindow", "Focus canvas: F11 to bring the rest back.")), 4000)

    def reset_layout(self) -> None:
        """View > Reset layout: the docks and splitters as a fresh window of this width has."""
        arrange_docks(self, self.docks, wide=self.width() >= WIDE)
        self.layout_parts.middle.setSizes(self._default_splits[0])
        self.layout_parts.left.setSizes(self._default_splits[1])

    def toggle_theme(self) -> None:
        """Switch light and dark; the choice is remembered."""
        self.appearance.set_theme("dark" if self.appearance.theme == "light" else "light")
        self.store.settings.setValue("theme", self.appearance.theme)

    def _next(self) -> None:
        """Right or PageDown: the lesson's next step while one is open, else one epoch."""
        if self.lessons.player.active:
            self.lessons.player.next()
        elif not self.session.playing:
            self.runs.broadcast(p.Step())

    def _key_target(self) -> QWidget:
        """Where the keyboard goes after an edit: the canvas, or the page shown instead."""
        return self.canvas if self.canvas.isVisible() else self.pages

    def _show_values_in_use(self) -> None:
        """Escape: every box shows the setting in use again."""
        config = self.session.config(self.session.selected)
        self.network_panel.set_config(config)
        self.training_panel.set_config(config)
        self.data_panel.set_settings(self.session.data_settings, self.data.class_count())

    def _forget_file(self) -> None:
        self.files.path = None
        self.experiments.name("")

    def _keep_current(self, name: str) -> Path | None:
        """Save the person's experiment beside the autosave (before a lesson replaces it)."""
        if self.autosave is None:
            return None
        path = self.autosave.folder / name
        self.experiments.save(path, "autosave")
        return path

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """A fresh layout is arranged for the width the window first shows at."""
        super().showEvent(event)
        if self._layout_fresh:
            self._layout_fresh = False
            size = self.size()
            arrange_docks(self, self.docks, wide=size.width() >= WIDE)
            self.resize(size)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """A new language: the window's own titles say themselves again."""
        if event.type() == QEvent.Type.LanguageChange:
            retranslate(self.layout_parts)
        super().changeEvent(event)

    # ----- closing ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Every paint of the window happens here: the pacer counts it as drawing."""
        if event.type() == QEvent.Type.UpdateRequest and hasattr(self, "runs"):
            with self.runs.pacer.timing():
                return super().event(event)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Save settings and stop training cleanly, even mid-run."""
        if self.modes.presenting:
            self.toggle_presentation()
        self.modes.set_focused(False)
        self.store.save_geometry(self)
        self.store.save_layout(self, (self.layout_parts.middle, self.layout_parts.left))
        self.store.save_config(self.session.config())
        self.store.save_data_settings(self.session.data_settings)
        self.exports.finish()
        self.files.finish()
        self.focus.close()
        if self.autosave is not None:
            self.autosave.finish()
        self.runs.stop()
        super().closeEvent(event)
