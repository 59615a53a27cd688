"""The engine's layers point one way: `widgets` uses `csec`, and the few `csec` exports that draw
widgets (handouts, offline decks) are never reached from `widgets`, so there is no import cycle."""

import ast
from pathlib import Path

from csec.settings import PROJECT_ROOT

PACKAGES = ("csec", "widgets")


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    return {module_name(path): path for package in PACKAGES for path in (PROJECT_ROOT / package).rglob("*.py")}


def imports_of(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project's modules that ``path`` imports anywhere in it (at the top or inside a function)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        found |= {name for name in names if name in modules}
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: imports_of(path, modules) for name, path in modules.items()}


def cycles_through_widgets(graph: dict[str, set[str]]) -> tuple[set[str], set[str]]:
    """(the csec modules that import widgets, those of them some widgets module reaches)."""
    drawing_exports = {name for name, imported in graph.items()
                       if name.startswith("csec") and any(module.startswith("widgets") for module in imported)}
    reached, waiting = set(), [name for name in graph if name.startswith("widgets")]
    while waiting:
        for imported in graph[waiting.pop()] - reached:
            reached.add(imported)
            waiting.append(imported)
    return drawing_exports, drawing_exports & reached


def test_no_module_widgets_reaches_imports_widgets_back():
    drawing_exports, reached = cycles_through_widgets(import_graph())
    assert "csec.export.handouts" in drawing_exports  # the reader sees imports inside functions too
    assert sorted(reached) == []


def test_a_widget_importing_an_export_that_draws_widgets_is_a_cycle():
    graph = import_graph()
    graph["widgets.session_index"] = graph["widgets.session_index"] | {"csec.export.handouts"}
    assert cycles_through_widgets(graph)[1] == {"csec.export.handouts"}
