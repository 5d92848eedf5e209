"""Messages: where the window tells the person something: the banner over the views for
problems (it stays until dismissed or solved), the status bar for passing news.

A message is known by its kind (DIVERGED, WAITING, REFUSAL, ...), never by its words: the words
are translated. A message made by a `Sentence` (or given as a zero-argument callable) is said
again in the new language when View > Language switches while it shows; a plain str stays as it
was said.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QStatusBar

from playground.app import i18n
from playground.app.window.banner import Banner

# Kinds of problem that someone takes away again once it is no longer true.
DIVERGED = "diverged"  # run A diverged (Reset clears it)
WAITING = "waiting"  # run A waits for data
REFUSAL = "refusal"  # an edit or command that was not applied (a good edit clears it)

Text = str | Callable[[], str]


class Sentence(str):
    """A text in the current language that can say itself again in another: `make()` builds it
    (with QCoreApplication.translate and a literal source, for the catalogue), `kind` says what
    it is about. It is a str, so a Signal(object) carries it and code that reads it sees words:
    Sentence(lambda: translate("Ctx", "Not applied: {reason}").format(reason=err), REFUSAL)."""

    make: Callable[[], str]
    kind: str

    def __new__(cls, make: Callable[[], str], kind: str = "") -> Sentence:
        sentence = super().__new__(cls, make())
        sentence.make, sentence.kind = make, kind
        return sentence


def _maker(text: Text) -> Callable[[], str]:
    if callable(text):
        return text
    return getattr(text, "make", None) or (lambda: text)


class Messages:
    """The banner and the status bar, for collaborators that must say something."""

    def __init__(self, banner: Banner, status_bar: QStatusBar):
        self.banner, self.status_bar = banner, status_bar
        self.problem_kind = ""  # the kind of the problem shown ("" when none or unknown)
        self.status_kind = ""  # the kind of the passing news shown
        self._problem: Callable[[], str] | None = None
        self._status: Callable[[], str] | None = None
        self._status_until: float | None = None  # monotonic seconds; None: until replaced
        self._status_text = ""
        status_bar.messageChanged.connect(self._status_changed)
        i18n.retranslate_on_change(banner, self._say_again)

    def problem(self, text: Text, kind: str = "") -> None:
        """A clear message above the canvas; nothing else changes (the same message again
        while it shows is not shown twice). `kind` (or the Sentence's own) names it for
        hide_problem."""
        make = _maker(text)
        words = make()
        self.problem_kind = kind or getattr(text, "kind", "")
        self._problem = make
        if self.problem_text() != words:
            self.banner.show_text(words)

    def status(self, text: Text, milliseconds: int = 0, kind: str = "") -> None:
        """Passing news in the status bar (kept until replaced when milliseconds is 0)."""
        make = _maker(text)
        self._status, self.status_kind = make, kind or getattr(text, "kind", "")
        self._status_until = time.monotonic() + milliseconds / 1000 if milliseconds else None
        self._show_status(make(), milliseconds)

    def clear_status(self, key: str) -> None:
        """Take passing news away once it is no longer true (only if it is still shown):
        `key` is the kind it was said with, or its words."""
        if (key and self.status_kind == key) or self.status_bar.currentMessage() == key:
            self.status_bar.clearMessage()

    def problem_text(self) -> str:
        """The problem shown now ("" when none)."""
        return self.banner.text() if self.banner.isVisible() else ""

    def hide_problem(self, *kinds: str) -> None:
        """Take the problem away (only one of one of `kinds`, when given)."""
        if not kinds or self.problem_kind in kinds:
            self.banner.hide()

    def clear_refusal(self) -> None:
        """A good edit after a refused one: the refusal's message has done its job."""
        self.hide_problem(REFUSAL)

    # ----- a new language -----------------------------------------------------------------

    def _say_again(self) -> None:
        """The problem and the news shown now, in the new language (those made by a Sentence
        or a callable; a plain str is said as it was)."""
        if self._problem is not None and self.banner.isVisible():
            self.banner.show_text(self._problem())
        if self._status is not None and self.status_bar.currentMessage():
            if self._status_until is None:
                self._show_status(self._status(), 0)
            else:
                left = round((self._status_until - time.monotonic()) * 1000)
                if left > 0:
                    self._show_status(self._status(), left)

    def _show_status(self, words: str, milliseconds: int) -> None:
        self._status_text = words
        self.status_bar.showMessage(words, milliseconds)

    def _status_changed(self, text: str) -> None:
        """News replaced from elsewhere, or timed out: it is no longer ours to say again."""
        if text != self._status_text:
            self._status, self.status_kind, self._status_text = None, "", ""
