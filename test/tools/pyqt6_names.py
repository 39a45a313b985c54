"""Resolves every name the code imports from qgis.PyQt, and every attribute chain on those names
(Qt.AlignmentFlag.AlignLeft, QMessageBox.StandardButton.Yes, QTest.mouseClick...), against PyQt6.

Run it with a Python that has PyQt6 from PyPI and no QGIS (make lint builds one under build/):
QGIS 4's qgis.PyQt is PyQt6, plus the classes Qt6 moved from QtWidgets to QtGui, which QGIS puts
back into qgis.PyQt.QtWidgets. Exit 1 when a name does not exist there.

A line marked "Qt5 only" (compat.py's branch for QGIS < 3.38) is not checked.

Usage: python pyqt6_names.py [files...]   (default: plugin/, __init__.py and test/)
"""
import ast
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What QGIS's qgis/PyQt/QtWidgets.py adds for Qt6: classes that moved to QtGui.
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand", "QUndoGroup",
                  "QUndoStack"}


def sources():
    return sorted([ROOT / "__init__.py", *(ROOT / "plugin").rglob("*.py"), *(ROOT / "test").rglob("*.py")])


def qt_module(name):
    return importlib.import_module(f"PyQt6.{name}")


def resolve_import(module, name):
    """The PyQt6 object that `from qgis.PyQt.<module> import <name>` gives on QGIS 4, or None."""
    if module == "QtWidgets" and name in MOVED_TO_QTGUI:
        return getattr(qt_module("QtGui"), name, None)
    try:
        return getattr(qt_module(module), name, None)
    except ImportError:
        return None


def chains(tree):
    """(node, ['Qt', 'AlignmentFlag', 'AlignLeft']) for each outermost attribute chain on a name."""
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            inner.add(id(node.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            parts, cursor = [], node
            while isinstance(cursor, ast.Attribute):
                parts.append(cursor.attr)
                cursor = cursor.value
            if isinstance(cursor, ast.Name):
                yield node, [cursor.id, *reversed(parts)]


def check(path):
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=str(path))
    qt5_only = {number for number, line in enumerate(text.splitlines(), start=1) if "Qt5 only" in line}
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    problems, names, used = [], {}, 0
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt"):
            module = (node.module or "").split(".")[-1]
            if module == "PyQt":
                problems.append(f"{where}:{node.lineno}: import from qgis.PyQt itself; name a Qt module")
                continue
            for alias in node.names:
                used += 1
                value = resolve_import(module, alias.name)
                if value is None:
                    problems.append(f"{where}:{node.lineno}: PyQt6.{module} has no {alias.name}")
                else:
                    names[alias.asname or alias.name] = value
    for node, parts in chains(tree):
        if parts[0] not in names or node.lineno in qt5_only:
            continue
        value = names[parts[0]]
        used += 1
        for depth, attr in enumerate(parts[1:], start=1):
            if not hasattr(value, attr):
                problems.append(f"{where}:{node.lineno}: PyQt6 has no {'.'.join(parts[:depth + 1])}")
                break
            value = getattr(value, attr)
            if not isinstance(value, type):
                break  # a method or a member: what follows is its own attributes (.value, .connect...)
    return problems, used


def main(argv):
    paths = [Path(p).resolve() for p in argv] or sources()
    problems, used = [], 0
    for path in paths:
        found, count = check(path)
        problems += found
        used += count
    for problem in problems:
        print(problem)
    import PyQt6.QtCore
    print(f"PyQt6 {PyQt6.QtCore.PYQT_VERSION_STR}: {used} qgis.PyQt names and chains in {len(paths)} files, "
          f"{len(problems)} unresolved", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
