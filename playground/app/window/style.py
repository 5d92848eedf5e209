"""The window's look: light and dark themes, scaled up for presenting."""

from __future__ import annotations

from pathlib import Path

ICONS = (Path(__file__).resolve().parents[3] / "resources" / "icons").as_posix()

THEMES: dict[str, dict[str, str]] = {
    "light": {"window": "#f4f5f7", "panel": "#ffffff", "border": "#e1e3e8", "title": "#5f6368",
              "text": "#202124", "muted": "#3c4043", "accent": "#1a73e8", "toggle": "#e8f0fe",
              "toggle_text": "#174ea6", "banner": "#fce8e6", "banner_text": "#a50e0e",
              "banner_border": "#f5c2bd", "plot": "#ffffff", "axis": "#464646",
              "curve": "#202124"},
    "dark": {"window": "#1f2023", "panel": "#2a2b2f", "border": "#3c3e44", "title": "#aeb2b8",
             "text": "#e8eaed", "muted": "#c4c7cc", "accent": "#8ab4f8", "toggle": "#2f3b52",
             "toggle_text": "#d2e3fc", "banner": "#5c2b29", "banner_text": "#fad2cf",
             "banner_border": "#8c3b37", "plot": "#26272b", "axis": "#c4c7cc",
             "curve": "#e8eaed"},
}


def style_sheet(theme: str = "light", scale: float = 1.0, base_px: int = 12) -> str:
    """The window's style sheet for a theme, with font sizes multiplied by scale (a style sheet
    stops QWidget.setFont from reaching the children, so the enlarged type is said here)."""
    c = THEMES[theme]
    title, epoch = round(11 * scale), round(16 * scale * (1.5 if scale > 1 else 1))
    larger = f"QWidget {{ font-size: {round(base_px * scale)}px; }}" if scale != 1 else ""
    return larger + f"""
QMainWindow, QScrollArea, QScrollArea > QWidget > QWidget, QTabWidget > QWidget {{
    background: {c['window']}; }}
QFrame#section {{ background: {c['panel']}; border: 1px solid {c['border']};
                  border-radius: 8px; }}
QLabel#sectionTitle {{ color: {c['title']}; font-weight: 600; letter-spacing: 1px;
                       font-size: {title}px; }}
QWidget#runBar {{ background: {c['panel']}; border: 1px solid {c['border']};
                  border-radius: 8px; }}
QLabel#epoch {{ font-size: {epoch}px; font-weight: 600; color: {c['text']}; }}
QLabel#numbers {{ color: {c['muted']}; }}
QPushButton#play {{ background: #1a73e8; color: white; border: none; border-radius: 6px;
                    padding: 6px 14px; font-weight: 600; }}
QPushButton#play:checked {{ background: #d93025; }}
QPushButton#toggle {{ padding: 3px 4px; border: 1px solid {c['border']}; border-radius: 4px;
                      background: {c['panel']}; }}
QPushButton#toggle:checked {{ background: {c['toggle']}; border-color: {c['accent']};
                              color: {c['toggle_text']}; }}
QLabel#viewTitle, QLabel#tableTitle {{ color: {c['muted']}; font-weight: 600; }}
QLabel#viewCaption {{ color: {c['title']}; font-size: {title}px; }}
QLabel#pointBox {{ background: {c['panel']}; border: 1px solid {c['border']}; border-radius: 4px;
                   padding: 4px; color: {c['text']}; }}
QLabel#banner {{ background: {c['banner']}; color: {c['banner_text']};
                 border: 1px solid {c['banner_border']}; border-radius: 6px; padding: 8px; }}
""" + (_DARK_CONTROLS.format(icons=ICONS, **c) if theme == "dark" else "")


# Style sheets switch off palette colours for the widgets they touch, so in the dark theme the
# standard controls get explicit dark backgrounds (the light theme keeps the native look).
_DARK_CONTROLS = """
QWidget {{ color: {text}; }}
QWidget:disabled {{ color: #6f7379; }}
QPushButton {{ background: {panel}; border: 1px solid {border}; border-radius: 4px;
               padding: 3px 4px; }}
QToolButton {{ background: {panel}; border: 1px solid {border}; border-radius: 4px;
               padding: 1px; }}
QPushButton:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{ color: #6f7379; }}
QComboBox, QAbstractSpinBox, QLineEdit {{ background: {panel}; border: 1px solid {border};
                                          border-radius: 4px; padding: 1px 3px; }}
SliderLabel {{ background: transparent; border: none; padding: 0px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 16px; border-left: 1px solid {border}; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 4px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right;
                                 border-bottom-right-radius: 4px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {toggle}; }}
QAbstractSpinBox::up-arrow {{ image: url({icons}/spin_up_dark.svg); width: 9px; height: 6px; }}
QAbstractSpinBox::down-arrow, QComboBox::down-arrow {{ image: url({icons}/spin_down_dark.svg);
                                                      width: 9px; height: 6px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QAbstractItemView {{ background: {panel}; color: {text};
                     selection-background-color: {toggle}; selection-color: {text}; }}
QTabBar::tab {{ background: {window}; color: {muted}; padding: 4px 12px;
               border: 1px solid {border}; }}
QTabBar::tab:selected {{ background: {panel}; color: {text}; }}
QCheckBox::indicator {{ border: 1px solid {muted}; background: {panel}; width: 12px;
                        height: 12px; }}
QCheckBox::indicator:checked {{ background: {accent}; }}
QHeaderView::section, QTableCornerButton::section {{ background: {panel}; color: {text};
                                                    border: 1px solid {border}; }}
QToolTip {{ background: {panel}; color: {text}; border: 1px solid {border}; }}
QMenuBar, QStatusBar {{ background: {window}; color: {text}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {toggle}; }}
QMenu {{ background: {panel}; color: {text}; border: 1px solid {border}; }}
"""


STYLE_SHEET = style_sheet()
