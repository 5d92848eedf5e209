"""No import cycles among the modules of playground/, counting imports inside functions.

Every `import` and `from ... import` that can run is an edge (those under `if TYPE_CHECKING:`
never run and are skipped). `from pkg import name` is an edge to `pkg.name` when that is a module,
else to the package `pkg` (its `__init__`); a package's `__init__` importing its submodules
counts too. Importing `a.b.c` is not counted as importing the packages `a` and `a.b`.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "playground"

# Import cycles wholly inside playground/app, tolerated while the app is being refactored; each
# entry is the set of modules in one cycle. Empty it once the app has none.
ALLOWED_WHILE_REFACTORING: set[frozenset[str]] = set()


def module_names() -> dict[str, Path]:
    """Every module and package of playground/ by dotted name, with its file."""
    names = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    """Whether an `if` test is TYPE_CHECKING or typing.TYPE_CHECKING."""
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """The import statements anywhere in tree, except those under `if TYPE_CHECKING:`."""
    found = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))
    return found


def import_graph() -> dict[str, set[str]]:
    """For each playground module, the playground modules it imports."""
    modules = module_names()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor[: len(anchor) - node.level + is_package]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph[node]):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def one_loop(graph: dict[str, set[str]], component: frozenset[str]) -> list[str]:
    """A shortest import loop through the component's first module, as a readable path."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for successor in sorted(graph[node] & component):
            if successor == start:
                return [*paths[node], start]
            if successor not in paths:
                paths[successor] = [*paths[node], successor]
                queue.append(successor)
    raise AssertionError(f"{sorted(component)} is not a cycle")


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "playground.app.lessons.render_command" in graph["playground.cli"]
    assert "playground.engine.trainer" in graph["playground.engine.checkpoint"]


def test_the_allowed_cycles_are_inside_the_app():
    for component in ALLOWED_WHILE_REFACTORING:
        assert all(name.startswith("playground.app.") or name == "playground.app"
                   for name in component), sorted(component)


def test_there_are_no_import_cycles():
    graph = import_graph()
    found = cycles(graph)
    report = [f"{', '.join(sorted(c))} (e.g. {' -> '.join(one_loop(graph, c))})" for c in found]
    print("\n".join(f"import cycle among {line}" for line in report))
    unexpected = [line for c, line in zip(found, report, strict=True)
                  if not any(c <= allowed for allowed in ALLOWED_WHILE_REFACTORING)]
    assert not unexpected, "import cycles among:\n" + "\n".join(unexpected)
