"""Qt6 lint: what would break the plugin on QGIS 4 (Qt6, PyQt6), found in the source's syntax tree.

Refuses, in the plugin's code and its tests:
  - QVariant.<Type> anywhere but plugin/compat.py (PyQt6 has no QVariant.String);
  - exec_ (Qt6 has only exec);
  - imports of PyQt5, PyQt6 or sip (the plugin goes through qgis.PyQt);
  - unscoped enums: Qt.AlignLeft, QMessageBox.Yes, QgsWkbTypes.LineGeometry... (PyQt6 knows only
    Qt.AlignmentFlag.AlignLeft); found by resolving each Name.Member against the installed PyQt5/QGIS;
  - the old homes of QGIS enums that later moved into Qgis (compat.MOVED_ENUMS), outside compat.py.

Usage: python test/tools/qt6_lint.py [files...]   (default: plugin/, __init__.py and test/). Exit 1 on any finding.
"""
import ast
import enum
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPAT = ROOT / "plugin" / "compat.py"
ENUM_MODULES = ("qgis.PyQt.", "qgis.core", "qgis.gui")


def moved_enums():
    """The old homes of the enums compat.py resolves: the enum part of each _enum(new, old) call's old path."""
    homes = set()
    for node in ast.walk(ast.parse(COMPAT.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_enum" and len(node.args) == 2:
            homes.add(node.args[1].value.rsplit(".", 1)[0])
    return tuple(sorted(homes))


MOVED_ENUMS = moved_enums()


def sources():
    """The plugin and its tests, but not pyqt6_names.py, which imports PyQt6 on purpose."""
    everything = [ROOT / "__init__.py", *(ROOT / "plugin").rglob("*.py"), *(ROOT / "test").rglob("*.py")]
    return sorted(path for path in everything if path.name != "pyqt6_names.py")


def is_enum_member(value):
    """A member of a C++ enum as PyQt5/sip or Python's enum module shows it (not a class, not a flag set)."""
    if isinstance(value, enum.Enum):
        return True
    kind = type(value)
    return isinstance(value, int) and type(kind).__name__ == "enumtype"


def dotted(node):
    """'Qt.AlignmentFlag.AlignLeft' for a chain of attributes on a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return None


class Finder(ast.NodeVisitor):
    def __init__(self, path, text):
        self.path, self.is_compat = path, path.resolve() == COMPAT
        self.imported = {}  # local name -> the module object it came from
        self.findings = []
        self.tree = ast.parse(text, filename=str(path))

    def report(self, node, message):
        where = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        self.findings.append(f"{where}:{node.lineno}:{node.col_offset + 1}: {message}")

    def visit_Import(self, node):  # noqa: N802 - ast API
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                self.report(node, f"import {alias.name}: go through qgis.PyQt")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):  # noqa: N802 - ast API
        module = node.module or ""
        if module.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
            self.report(node, f"from {module} import ...: go through qgis.PyQt")
        elif node.level == 0 and module.startswith(ENUM_MODULES):
            source = importlib.import_module(module)
            for alias in node.names:
                self.imported[alias.asname or alias.name] = getattr(source, alias.name, None)
        self.generic_visit(node)

    def visit_Attribute(self, node):  # noqa: N802 - ast API
        if node.attr == "exec_":
            self.report(node, "exec_(): Qt6 has only exec()")
        chain = dotted(node)
        if chain:
            self.check_chain(node, chain)
        # Only the outermost attribute of a chain is checked, with all its parts.
        inner = node.value
        while isinstance(inner, ast.Attribute):
            if inner.attr == "exec_":
                self.report(inner, "exec_(): Qt6 has only exec()")
            inner = inner.value
        self.visit(inner)

    def check_chain(self, node, chain):
        head, *rest = chain.split(".")
        if head == "QVariant" and rest and rest[0][:1].isupper() and not self.is_compat:
            self.report(node, f"{chain}: field types come from plugin/compat.py (PyQt6 has no QVariant types)")
        if not self.is_compat and any(chain == moved or chain.startswith(moved + ".") for moved in MOVED_ENUMS):
            self.report(node, f"{chain}: this enum moved into Qgis; name it through plugin/compat.py")
        # Only the first step can be unscoped: Qt.AlignLeft, where Qt.AlignmentFlag.AlignLeft is meant.
        owner = self.imported.get(head)
        member = getattr(owner, rest[0], None) if owner is not None and rest else None
        if member is not None and isinstance(owner, type) and is_enum_member(member):
            self.report(node, f"{head}.{rest[0]} is an unscoped enum: name it "
                              f"{head}.{type(member).__name__}.{rest[0]}")


def lint(paths):
    findings = []
    for path in paths:
        finder = Finder(Path(path).resolve(), Path(path).read_text(encoding="utf-8"))
        finder.visit(finder.tree)
        findings += finder.findings
    return findings


def main(argv):
    paths = [Path(p) for p in argv] or sources()
    findings = lint(paths)
    for finding in findings:
        print(finding)
    print(f"qt6 lint: {len(paths)} files, {len(findings)} findings", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
