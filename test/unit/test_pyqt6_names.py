"""test/tools/pyqt6_names.py, run as make lint runs it (PyQt6 from PyPI in build/pyqt6-venv)."""
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYQT6 = ROOT / "build" / "pyqt6-venv" / "bin" / "python"
pytestmark = pytest.mark.skipif(not PYQT6.exists(), reason="make lint builds build/pyqt6-venv first")


def run(tmp_path, source):
    sample = tmp_path / "sample.py"
    sample.write_text(source, encoding="utf-8")
    done = subprocess.run([str(PYQT6), str(ROOT / "test" / "tools" / "pyqt6_names.py"), str(sample)],
                          capture_output=True, text=True, timeout=120, check=False)
    return done.returncode, done.stdout


def test_names_qt6_lacks_are_listed(tmp_path):
    code, out = run(tmp_path, "from qgis.PyQt.QtCore import Qt, QVariant\n"
                              "from qgis.PyQt.QtWidgets import QAction, QDesktopWidget\n"
                              "A = Qt.AlignLeft\nB = QVariant.String\nC = Qt.AlignmentFlag.AlignLeft\n")
    assert code == 1
    assert "PyQt6.QtWidgets has no QDesktopWidget" in out
    assert "PyQt6 has no Qt.AlignLeft" in out
    assert "PyQt6 has no QVariant.String" in out
    assert "QAction" not in out
    assert "AlignmentFlag" not in out


def test_the_code_base_resolves(tmp_path):
    done = subprocess.run([str(PYQT6), str(ROOT / "test" / "tools" / "pyqt6_names.py")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout
    assert " 0 unresolved" in done.stderr
