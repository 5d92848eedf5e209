"""The engine stays pure NumPy: importing it loads no Qt and nothing from the app."""

import subprocess
import sys


def test_importing_the_engine_loads_no_qt():
    code = (
        "import sys, playground.engine, playground.engine.trainer\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'superqt')"
        " or m.startswith('playground.app')]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
