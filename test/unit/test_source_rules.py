"""Rules the plugin repository's scan and Qt6 builds of QGIS enforce, checked on every source file."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([ROOT / "__init__.py", *(ROOT / "plugin").rglob("*.py")])
RULES = {
    "PyQt imported directly (use qgis.PyQt)": re.compile(r"^\s*(from|import)\s+PyQt[56]\b", re.M),
    "exec_() (Qt6 has only exec())": re.compile(r"\.exec_\("),
    "eval/exec of text": re.compile(r"(?<![.\w])(eval|exec)\("),
    "pickle": re.compile(r"\bpickle\b"),
    "shell=True": re.compile(r"shell\s*=\s*True"),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_no_source_breaks_the_rule(rule):
    offenders = [f"{path.relative_to(ROOT)}:{text[:m.start()].count(chr(10)) + 1}"
                 for path in SOURCES for text in [path.read_text(encoding="utf-8")]
                 for m in RULES[rule].finditer(text)]
    assert offenders == []


def test_the_rules_catch_what_they_name():
    assert RULES["PyQt imported directly (use qgis.PyQt)"].search("from PyQt5.QtCore import Qt")
    assert RULES["exec_() (Qt6 has only exec())"].search("dialog.exec_()")
    assert RULES["eval/exec of text"].search("x = eval(text)")
    assert not RULES["eval/exec of text"].search("dialog.exec()")


def test_domain_imports_neither_qgis_nor_qt():
    for path in [*(ROOT / "plugin" / "evidence").rglob("*.py"), *(ROOT / "plugin" / "sources").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(qgis|PyQt)", text, re.M), path


def test_root_init_holds_only_a_lazy_class_factory():
    text = (ROOT / "__init__.py").read_text(encoding="utf-8")
    top_level_imports = re.findall(r"^(from|import)\s", text, re.M)
    assert top_level_imports == []
    assert "def classFactory(iface)" in text
