"""WCAG contrast between two colours, for tests that check what a class can read."""

from PySide6.QtGui import QColor


def luminance(color) -> float:
    """Relative luminance (WCAG 2) of a QColor, a '#rrggbb' string or an (r, g, b) tuple."""
    c = QColor(color) if not isinstance(color, tuple) else QColor(*color[:3])
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF()))


def contrast(a, b) -> float:
    """WCAG contrast ratio of two colours, 1 (same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
