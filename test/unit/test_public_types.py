"""Types where they pay (issue 33): every public function of plugin/exchange, the exchange's entry points, says
what it takes and gives. mypy (make lint) checks those hints, and every definition of the store interface
(store/base.py), the domain model (evidence/model.py) and the Processing base (processing/base.py)."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXCHANGE = sorted((ROOT / "plugin" / "exchange").glob("*.py"))


def unannotated(function):
    """The parameters (and "return") of a function definition that have no type hint."""
    arguments = function.args
    named = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    missing = [a.arg for a in named if a.annotation is None and a.arg not in ("self", "cls")]
    missing += [f"*{a.arg}" for a in (arguments.vararg, arguments.kwarg) if a is not None and a.annotation is None]
    if function.returns is None:
        missing.append("return")
    return missing


def test_every_public_exchange_function_is_typed():
    found = []
    for path in EXCHANGE:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and unannotated(node):
                found.append(f"{path.name}: {node.name} {unannotated(node)}")
    assert found == []


def test_the_check_sees_what_is_missing():
    tree = ast.parse("def f(self, a: int, b, *rest, c=1, **more) -> None: ...\ndef g(x: str): ...\n")
    assert unannotated(tree.body[0]) == ["b", "c", "*rest", "*more"]
    assert unannotated(tree.body[1]) == ["return"]


def test_mypy_checks_the_public_interfaces():
    """make lint runs mypy on the modules pyproject.toml names (read as text: tomllib is not in Python 3.9)."""
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    files = next(line for line in config.splitlines() if line.startswith("files = "))
    for module in ("plugin/store/base.py", "plugin/evidence/model.py", "plugin/processing/base.py", "plugin/exchange"):
        assert f'"{module}"' in files
    lint = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "$(VENV)/bin/mypy" in lint
