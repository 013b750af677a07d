"""Imports run one way. Every import statement of the four packages (at the top of a module or inside a function:
an import inside a function only hides a circle until that function runs) is read with ast; the graph must have no
cycle, and the libraries (surveys, analysis, reports) must never import Flask or vocapp."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("vocapp", "surveys", "analysis", "reports")
LIBRARIES = ("surveys", "analysis", "reports")
FORBIDDEN_IN_LIBRARIES = ("flask", "flask_login", "flask_wtf", "flask_sqlalchemy", "flask_migrate", "flask_limiter",
                          "vocapp")


def package_modules(root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file of the packages (migrations included)."""
    modules = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def imported_names(module: str, path: Path) -> list[tuple[str, int]]:
    """(absolute dotted name, line) of everything the module imports; `from x import y` names x.y, which is a
    module when y is one."""
    is_package = path.name == "__init__.py"
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            names += [(f"{target}.{alias.name}", node.lineno) for alias in node.names]
    return names


def import_graph(modules: dict[str, Path]) -> dict[str, dict[str, int]]:
    """module -> {imported module of the packages: line}; a name is cut back to the nearest known module."""
    graph = {}
    for module, path in modules.items():
        edges: dict[str, int] = {}
        for name, line in imported_names(module, path):
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                edges.setdefault(name, line)
        graph[module] = edges
    return graph


def find_cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """One cycle (as a path a -> b -> ... -> a) per strongly connected group of modules (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)
    return [_a_cycle_in(graph, group) for group in groups]


def _a_cycle_in(graph, group: set[str]) -> list[str]:
    """A path from the group's first module back to itself, inside the group (breadth first: the shortest)."""
    first = min(group)
    paths = {first: [first]}
    queue = [first]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph[node]):
            if child == first:
                return paths[node] + [first]
            if child in group and child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    raise AssertionError("a strongly connected group always has a cycle")


def describe(cycle: list[str], graph) -> str:
    return " -> ".join(f"{a} (line {graph[a][b]})" for a, b in zip(cycle, cycle[1:])) + f" -> {cycle[-1]}"


def test_the_packages_have_no_import_cycle():
    modules = package_modules()
    assert {"vocapp.cli", "vocapp.commands.surveys", "analysis.lexicon", "surveys.nps", "reports.charts"} <= set(modules)
    graph = import_graph(modules)
    cycles = find_cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(describe(cycle, graph) for cycle in cycles)


@pytest.mark.parametrize("library", LIBRARIES)
def test_the_libraries_never_import_flask_or_vocapp(library):
    offenders = []
    for module, path in package_modules().items():
        if module.split(".")[0] != library:
            continue
        for name, line in imported_names(module, path):
            if name.split(".")[0] in FORBIDDEN_IN_LIBRARIES:
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not offenders, "\n".join(offenders)


# The checker itself, on small made-up packages: it must see each kind of import it claims to see.
def write_package(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


@pytest.mark.parametrize("files,expected", [
    ({"vocapp/__init__.py": "", "vocapp/a.py": "from vocapp.b import x\n", "vocapp/b.py": "import vocapp.a\n"},
     ["vocapp.a", "vocapp.b", "vocapp.a"]),
    ({"vocapp/__init__.py": "", "vocapp/a.py": "def f():\n    from . import b\n",
      "vocapp/b.py": "def g():\n    from .a import f\n"},
     ["vocapp.a", "vocapp.b", "vocapp.a"]),
    ({"analysis/__init__.py": "from .analyzer import Analyzer\nVERSION = 1\n",
      "analysis/analyzer.py": "from . import VERSION\n"},
     ["analysis", "analysis.analyzer", "analysis"]),
    ({"vocapp/__init__.py": "", "vocapp/web/__init__.py": "def r():\n    from vocapp.web import page\nITEMS = []\n",
      "vocapp/web/page.py": "from vocapp.web import ITEMS\n"},
     ["vocapp.web", "vocapp.web.page", "vocapp.web"]),
])
def test_the_checker_finds_direct_relative_lazy_and_package_cycles(tmp_path, files, expected):
    write_package(tmp_path, files)
    graph = import_graph(package_modules(tmp_path))
    assert find_cycles(graph) == [expected]


def test_the_checker_accepts_one_way_imports(tmp_path):
    write_package(tmp_path, {"vocapp/__init__.py": "", "vocapp/commands/__init__.py": "GROUP = []\n",
                             "vocapp/commands/area.py": "from vocapp.commands import GROUP\n",
                             "vocapp/cli.py": "from vocapp.commands import GROUP, area\n"})
    graph = import_graph(package_modules(tmp_path))
    assert graph["vocapp.cli"] == {"vocapp.commands": 1, "vocapp.commands.area": 1}
    assert find_cycles(graph) == []
