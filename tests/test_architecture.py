"""The house rules of docs/architecture.md, checked on the source: which package may import which,
no import cycles (function-local imports count: hiding a cycle inside a function is still a
cycle), and no private hooks of Django or django-reversion.
"""

import ast
import re
from collections import defaultdict
from functools import cache

import pytest

from tests.paths import PROJECT_ROOT

APPS = ("newsroom", "articles", "people", "media")

#: Packages that must never import the ones listed (``imports point one way``).
FORBIDDEN = {
    "people": ("articles",),
    "media": ("articles",),
    "newsroom": ("articles", "people", "media"),
    # reading wire copy is pure: no models, no database (see test_wire_reading_is_pure)
    "articles.wire.read": (
        "articles.models",
        "articles.wire.models",
        "articles.site",
        "articles.desk",
        "people.models",
        "media.models",
    ),
    "people.mentions": ("articles",),
}
#: Reading wire copy never touches the database.
PURE = ("articles.wire.read",)

PRIVATE_HOOKS = re.compile(
    r"pre_save\.send|post_save\.send|_state\.adding|_result_cache|_prepare_cursor|_get_options"
    r"|noqa: E402"
)


@cache
def modules() -> dict[str, ast.Module]:
    """Every project module (migrations aside) by dotted name, parsed."""
    found = {}
    for app in APPS:
        for path in sorted((PROJECT_ROOT / app).rglob("*.py")):
            relative = path.relative_to(PROJECT_ROOT)
            if "migrations" in relative.parts:
                continue
            name = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
            found[name] = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return found


def _owner(name: str, known) -> str | None:
    """The project module that ``name`` (a module or a name inside one) belongs to."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def imported(tree: ast.Module, package: str) -> list[str]:
    """Dotted names that ``tree`` imports anywhere in its code, relative imports resolved."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            # ``from pkg import submodule`` imports the submodule itself
            names += [f"{base}.{alias.name}" for alias in node.names]
    return names


@cache
def imports() -> dict[str, set[str]]:
    """Module -> the project modules it imports."""
    known = modules()
    graph = defaultdict(set)
    for name, tree in known.items():
        package = name if _is_package(name) else name.rpartition(".")[0]
        for target in imported(tree, package):
            owner = _owner(target, known)
            if owner and owner != name:
                graph[name].add(owner)
    return graph


def cycles_in(graph: dict[str, set[str]]) -> list[str]:
    """Each group of modules that import one another in a loop (Tarjan's components)."""
    cycles = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph.get(module, ())):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(" -> ".join(sorted(component)))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return cycles


def _is_package(name: str) -> bool:
    return (PROJECT_ROOT / name.replace(".", "/") / "__init__.py").exists()


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_walker_sees_the_project():
    graph = imports()
    assert len(modules()) > 80
    assert "articles.models" in graph["articles.wire.persist"] | set().union(*graph.values())
    assert "newsroom.text" in graph["people.models"]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_one_way(package):
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in imports().items()
        if _within(module, package)
        for target in targets
        for forbidden in FORBIDDEN[package]
        if _within(target, forbidden)
    )
    assert wrong == []


def test_wire_reading_is_pure():
    """Everything reading wire copy reaches, through any chain of imports, is free of models
    and database code: it runs in worker processes and is tested without a database."""
    graph, known = imports(), modules()
    reached, todo = set(), [name for name in known if any(_within(name, p) for p in PURE)]
    while todo:
        name = todo.pop()
        if name not in reached:
            reached.add(name)
            todo.extend(graph.get(name, ()))
    wrong = sorted(name for name in reached if name.endswith(".models"))
    for name in sorted(reached):
        for node in ast.walk(known[name]):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if any((m or "").startswith("django.db") for m in [module, *names]):
                wrong.append(f"{name} imports {module or names}")
    assert wrong == []
    assert "people.mentions.officials" in reached  # the walk follows imports across apps


def test_no_import_cycles():
    assert cycles_in(imports()) == []


def test_a_cycle_hidden_in_a_function_is_still_a_cycle():
    """The checks are not vacuous: a function-local import closing a loop is found."""
    parsers = {
        "wire.parse_xml": "def tree(markup):\n    from .parse_html import build_tree\n",
        "wire.parse_html": "from .parse_xml import parse_datetime\n",
        "wire.detect": "from wire import parse_xml, parse_html\n",
    }
    known = {*parsers, "wire"}
    graph = {
        name: {
            owner
            for target in imported(ast.parse(source), "wire")
            if (owner := _owner(target, known)) not in (None, name, "wire")
        }
        for name, source in parsers.items()
    }
    assert graph["wire.parse_xml"] == {"wire.parse_html"}
    assert graph["wire.detect"] == {"wire.parse_xml", "wire.parse_html"}
    assert cycles_in(graph) == ["wire.parse_html -> wire.parse_xml"]


def test_no_private_hooks_of_django_or_reversion():
    found = []
    for app in APPS:
        for path in sorted((PROJECT_ROOT / app).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if PRIVATE_HOOKS.search(line):
                    found.append(f"{path.relative_to(PROJECT_ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_no_module_over_800_lines():
    long = []
    for app in APPS:
        for path in sorted((PROJECT_ROOT / app).rglob("*.py")):
            relative = path.relative_to(PROJECT_ROOT)
            if {"migrations", "demo"} & set(relative.parts) or path.name == "legacy_encodings.py":
                continue  # data, not design
            lines = path.read_text(encoding="utf-8").count("\n")
            if lines > 800:
                long.append(f"{relative} ({lines} lines)")
    assert long == []
