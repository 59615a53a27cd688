"""The engine's layers point one way: `widgets` uses `csec`; in `csec` only the offline deck (which runs
the widgets to draw them) and the server (which serves their stylesheet) import `widgets`, and neither is
reached from `widgets`, so there is no import cycle. Handouts, checks and the content kinds never import it."""

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
    graph = {name: imports_of(path, modules) for name, path in modules.items()}
    # the registry imports every module of csec/kinds/ by its name (pkgutil), which the reader cannot see
    graph["csec.kinds"] |= {name for name in modules if name.startswith("csec.kinds.")}
    return graph


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


def test_only_the_deck_and_the_server_import_widgets_and_no_widget_reaches_them():
    drawing_exports, reached = cycles_through_widgets(import_graph())
    assert drawing_exports == {"csec.export.slides", "csec.server_pages"}  # both import widgets inside functions
    assert sorted(reached) == []


def test_a_widget_importing_an_export_that_draws_widgets_is_a_cycle():
    graph = import_graph()
    graph["widgets.session_index"] = graph["widgets.session_index"] | {"csec.export.slides"}
    assert cycles_through_widgets(graph)[1] == {"csec.export.slides"}


def test_a_content_kind_importing_a_widget_is_a_cycle():
    graph = import_graph()  # widgets load the curriculum, which loads every kind
    graph["csec.kinds.poll"] = graph["csec.kinds.poll"] | {"widgets.theme"}
    assert cycles_through_widgets(graph)[1] == {"csec.kinds.poll"}
