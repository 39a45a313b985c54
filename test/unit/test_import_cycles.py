"""No import circles among the plugin's modules.

Every import statement of every module under plugin/ counts: those at module level and those inside a
function. An import deferred into a function to get round a circle is still a circle (the two modules
still need each other), so it is counted as one. Importing a.b.c runs a/__init__.py too, but an edge is
drawn only to the module named (a package's __init__ that re-exports its own submodules is no circle)."""
import ast
from pathlib import Path

PLUGIN = Path(__file__).resolve().parents[2] / "plugin"


def module_name(path):
    parts = list(path.relative_to(PLUGIN.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def plugin_modules():
    return {module_name(path): path for path in sorted(PLUGIN.rglob("*.py"))}


def imports_of(name, path, modules):
    """{imported plugin module: first line} for one module, every import statement in it."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = {}

    def add(target, line):
        while target and target not in modules:
            target = target.rpartition(".")[0]  # a name imported from a module, not a module itself
        if target and target != name:
            found.setdefault(target, line)

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name.partition("conflict_evidence.")[2] or alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = (node.module or "").partition("conflict_evidence.")[2]
            for alias in node.names:
                add(f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source, node.lineno)
    return found


def import_graph():
    modules = plugin_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph):
    """The strongly connected components of more than one module (Tarjan), each with one cycle through it."""
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [one_cycle(graph, component) for component in components]


def one_cycle(graph, component):
    """a -> b (line) -> ... -> a, the shortest way back to the component's first module."""
    start, inside = component[0], set(component)
    paths, seen = [[start]], {start}
    while paths:
        path = paths.pop(0)
        for target in sorted(graph[path[-1]]):
            if target == start:
                steps = path + [start]
                return " -> ".join(f"{a} (line {graph[a][b]})" for a, b in zip(steps, steps[1:])) + f" -> {start}"
            if target in inside and target not in seen:
                seen.add(target)
                paths.append(path + [target])
    raise AssertionError(f"no cycle through {component}")


def test_the_graph_sees_module_and_function_level_imports():
    graph = import_graph()
    assert "plugin.store.base" in graph["plugin.store.geopackage"]
    assert "plugin.store.geopackage" in graph["plugin.store"]  # inside open_store()


def test_the_cycle_finder_names_a_circle():
    graph = {"a": {"b": 3}, "b": {"c": 5}, "c": {"a": 7, "d": 1}, "d": {}}
    assert cycles(graph) == ["a (line 3) -> b (line 5) -> c (line 7) -> a"]


def test_no_import_circles_in_the_plugin():
    found = cycles(import_graph())
    assert not found, "import circles:\n" + "\n".join(found)
