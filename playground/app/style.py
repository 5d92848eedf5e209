"""The window's look: a calm light theme with clear section titles."""

STYLE_SHEET = """
QMainWindow, QScrollArea, QScrollArea > QWidget > QWidget { background: #f4f5f7; }
QFrame#section { background: #ffffff; border: 1px solid #e1e3e8; border-radius: 8px; }
QLabel#sectionTitle { color: #5f6368; font-weight: 600; letter-spacing: 1px; font-size: 11px; }
QWidget#runBar { background: #ffffff; border: 1px solid #e1e3e8; border-radius: 8px; }
QLabel#epoch { font-size: 16px; font-weight: 600; color: #202124; }
QLabel#numbers { color: #3c4043; }
QPushButton#play { background: #1a73e8; color: white; border: none; border-radius: 6px;
                   padding: 6px 14px; font-weight: 600; }
QPushButton#play:checked { background: #d93025; }
QPushButton#toggle { padding: 3px 4px; border: 1px solid #dadce0; border-radius: 4px;
                     background: #ffffff; }
QPushButton#toggle:checked { background: #e8f0fe; border-color: #1a73e8; color: #174ea6; }
QLabel#banner { background: #fce8e6; color: #a50e0e; border: 1px solid #f5c2bd;
                border-radius: 6px; padding: 8px; }
"""
