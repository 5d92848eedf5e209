"""Messages: where the window tells the person something: the banner over the views for
problems (it stays until dismissed or solved), the status bar for passing news."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar

from playground.app.window.banner import Banner

REFUSALS = ("Not applied", "Not generated", "Not forked")


class Messages:
    """The banner and the status bar, for collaborators that must say something."""

    def __init__(self, banner: Banner, status_bar: QStatusBar):
        self.banner, self.status_bar = banner, status_bar

    def problem(self, text: str) -> None:
        """A clear message above the canvas; nothing else changes (the same message again
        while it shows is not shown twice)."""
        if self.problem_text() != text:
            self.banner.show_text(text)

    def status(self, text: str, milliseconds: int = 0) -> None:
        """Passing news in the status bar (kept until replaced when milliseconds is 0)."""
        self.status_bar.showMessage(text, milliseconds)

    def clear_status(self, text: str) -> None:
        """Take passing news away once it is no longer true (only if it is still shown)."""
        if self.status_bar.currentMessage() == text:
            self.status_bar.clearMessage()

    def problem_text(self) -> str:
        """The problem shown now ("" when none)."""
        return self.banner.text() if self.banner.isVisible() else ""

    def hide_problem(self, *starts: str) -> None:
        """Take the problem away (only one starting with one of `starts`, when given)."""
        if not starts or self.banner.text().startswith(starts):
            self.banner.hide()

    def clear_refusal(self) -> None:
        """A good edit after a refused one: the refusal's message has done its job."""
        text = self.banner.text()
        if text.startswith(REFUSALS) or " refused: " in text:
            self.banner.hide()
