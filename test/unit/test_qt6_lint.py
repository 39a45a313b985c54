"""The Qt6 lint (test/tools/qt6_lint.py) catches each thing it names, and the code base is clean."""
import sys
from pathlib import Path

import pytest

# The lint reads QGIS's own classes to tell a scoped enum from an unscoped one; the unit tier under Python 3.9
# (make unit-py39, Debian 11) has no QGIS of a supported version.
pytest.importorskip("qgis.core", reason="the Qt6 lint reads QGIS's own classes (QGIS's Python is not here)")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import qt6_lint  # noqa: E402

CASES = [
    ("qvariant_type", "from qgis.PyQt.QtCore import QVariant\nT = QVariant.String\n",
     "field types come from plugin/compat.py"),
    ("qvariant_scoped_type", "from qgis.PyQt.QtCore import QVariant\nT = QVariant.Type.Int\n",
     "field types come from plugin/compat.py"),
    ("exec_", "def run(dialog):\n    return dialog.exec_()\n", "exec_(): Qt6 has only exec()"),
    ("pyqt5_import", "from PyQt5.QtCore import Qt\n", "go through qgis.PyQt"),
    ("pyqt5_module_import", "import PyQt5.QtWidgets\n", "go through qgis.PyQt"),
    ("sip_import", "import sip\n", "go through qgis.PyQt"),
    ("unscoped_qt", "from qgis.PyQt.QtCore import Qt\nA = Qt.AlignLeft\n",
     "Qt.AlignLeft is an unscoped enum: name it Qt.AlignmentFlag.AlignLeft"),
    ("unscoped_widget", "from qgis.PyQt.QtWidgets import QMessageBox\nB = QMessageBox.Yes\n",
     "QMessageBox.Yes is an unscoped enum: name it QMessageBox.StandardButton.Yes"),
    ("unscoped_qgis", "from qgis.core import QgsFeatureSink\nF = QgsFeatureSink.FastInsert\n",
     "QgsFeatureSink.FastInsert is an unscoped enum: name it QgsFeatureSink.Flag.FastInsert"),
    ("moved_qgis_enum", "from qgis.core import QgsWkbTypes\nL = QgsWkbTypes.GeometryType.LineGeometry\n",
     "this enum moved into Qgis; name it through plugin/compat.py"),
]


@pytest.mark.parametrize(("source", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_the_lint_reports(tmp_path, source, expected):
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    findings = qt6_lint.lint([path])
    assert any(f"{path}:2:" in finding or f"{path}:1:" in finding for finding in findings), findings
    assert any(expected in finding for finding in findings), findings


@pytest.mark.parametrize("source", [
    "from qgis.PyQt.QtCore import Qt\nA = Qt.AlignmentFlag.AlignLeft\n",
    "from qgis.PyQt.QtWidgets import QMessageBox\nB = QMessageBox.StandardButton.Yes\nQMessageBox.question\n",
    "def run(dialog):\n    return dialog.exec()\n",
    "from qgis.core import QgsFeatureSink\nF = QgsFeatureSink.Flag.FastInsert\n",
], ids=["scoped_qt", "scoped_widget", "exec", "scoped_qgis"])
def test_the_lint_passes_what_qt6_has(tmp_path, source):
    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    assert qt6_lint.lint([path]) == []


def test_compat_is_the_one_place_for_moved_enums():
    assert "QgsWkbTypes.GeometryType" in qt6_lint.MOVED_ENUMS
    assert "QgsUnitTypes.RenderUnit" in qt6_lint.MOVED_ENUMS


def test_the_code_base_is_clean():
    assert qt6_lint.lint(qt6_lint.sources()) == []
