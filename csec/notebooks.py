"""Read session notebooks: their slides, facilitator notes and the content ids they name."""

import ast
import json
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import nbformat

from csec.errors import ContentProblem
from csec.kinds import content_kinds

FACILITATOR_TAG = "facilitator"
NEW_SLIDE_TYPES = {"slide", "subslide"}

# Widgets whose first argument names a session or a help resource; those naming content items: csec/kinds/.
OTHER_ARGUMENT_KINDS = {
    "ResourceCard": "resource",
    "SessionTitle": "session",
    "KeyPoints": "session",
    "ReflectionQuestions": "session",
    "SessionSources": "session",
}


@cache
def widget_argument_kinds() -> dict[str, str]:
    """Widget class -> the kind of what its first argument names."""
    return {**{widget: kind.name for kind in content_kinds().values() for widget in kind.widgets},
            **OTHER_ARGUMENT_KINDS}


@dataclass(frozen=True)
class ContentReference:
    """A widget call in a notebook that names a content item by id."""

    widget: str
    kind: str
    item_id: str
    cell_number: int  # 1-based, as a person counts cells


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook at ``path`` (a copy the caller may change); a missing or broken file raises ContentProblem.

    Each file is parsed and validated once per process while it stays unchanged: one `csec check` or
    build reads every notebook from many places.
    """
    if not path.is_file():
        raise ContentProblem(path, "notebook not found",
                             fix="restore the notebook or correct the path in content/curriculum.yaml")
    stat = path.stat()
    return nbformat.from_dict(_parsed_notebook(path.resolve(), stat.st_mtime_ns, stat.st_size))  # a copy: new dicts, lists


@lru_cache(maxsize=32)
def _parsed_notebook(path: Path, _mtime_ns: int, _size: int) -> nbformat.NotebookNode:
    """One parse per path and version of the file (the arguments after the path only key the cache)."""
    try:
        return nbformat.read(path, as_version=4)
    except (json.JSONDecodeError, nbformat.reader.NotJSONError, UnicodeDecodeError) as error:
        raise ContentProblem(path, f"not a readable notebook ({error.__class__.__name__})",
                             fix="restore it from version control or re-save it in JupyterLab") from None


def is_facilitator(cell: nbformat.NotebookNode) -> bool:
    return FACILITATOR_TAG in cell.get("metadata", {}).get("tags", [])


def slide_type(cell: nbformat.NotebookNode) -> str:
    return cell.get("metadata", {}).get("slideshow", {}).get("slide_type", "-")


def cell_audiences(cell: nbformat.NotebookNode) -> list[str] | None:
    """The audiences a cell names in ``metadata.csec.audiences`` (None: every audience)."""
    return cell.get("metadata", {}).get("csec", {}).get("audiences")


def audience_cells(notebook: nbformat.NotebookNode, audience: str) -> list[tuple[int, nbformat.NotebookNode]]:
    """(1-based number, cell) of every cell ``audience`` sees.

    The audiences named on a slide's first cell hold for the whole slide; a
    later cell of the slide may narrow them for itself.
    """
    shown, slide_audiences = [], None
    for number, cell in enumerate(notebook.cells, start=1):
        if slide_type(cell) in NEW_SLIDE_TYPES:
            slide_audiences = cell_audiences(cell)
        limits = [cell_audiences(cell)] if slide_type(cell) == "skip" else [slide_audiences, cell_audiences(cell)]
        if all(limit is None or audience in limit for limit in limits):
            shown.append((number, cell))
    return shown


def for_audience(notebook: nbformat.NotebookNode, audience: str) -> nbformat.NotebookNode:
    """The notebook with only the cells ``audience`` sees: a new notebook whose cells are the given one's."""
    return nbformat.NotebookNode({**notebook, "cells": [cell for _number, cell in audience_cells(notebook, audience)]})


def slides(notebook: nbformat.NotebookNode) -> list[list[tuple[int, nbformat.NotebookNode]]]:
    """Cells grouped by slide, each with its 1-based cell number; skipped cells left out."""
    grouped: list[list[tuple[int, nbformat.NotebookNode]]] = []
    for number, cell in enumerate(notebook.cells, start=1):
        kind = slide_type(cell)
        if kind == "skip":
            continue
        if kind in NEW_SLIDE_TYPES or not grouped:
            grouped.append([])
        grouped[-1].append((number, cell))
    return grouped


def content_references(notebook: nbformat.NotebookNode) -> list[ContentReference]:
    """Every literal content id passed to a curriculum widget in a code cell."""
    return [ContentReference(name, widget_argument_kinds()[name], item_id, number)
            for number, cell in enumerate(notebook.cells, start=1) if cell.cell_type == "code"
            for name, item_ids in _calls(cell.source) if name in widget_argument_kinds()
            for item_id in item_ids]


def called_names(cell: nbformat.NotebookNode) -> set[str]:
    """What a code cell calls by name (`Poll(...)`), from its syntax tree: never a name in a comment or text."""
    return {name for name, _item_ids in _calls(cell.source)} if cell.cell_type == "code" else set()


@lru_cache(maxsize=1024)
def _calls(source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(name, the literal strings of its first argument) of each call by name in some code, parsed once per
    text; nothing for code that does not parse."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ()
    return tuple((node.func.id, tuple(_literal_strings(node.args[0])) if node.args else ())
                 for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name))


def _literal_strings(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [n.value for n in node.elts if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return []


def code_syntax_errors(notebook: nbformat.NotebookNode) -> list[tuple[int, SyntaxError]]:
    errors = []
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type == "code":
            try:
                ast.parse(cell.source)
            except SyntaxError as error:
                errors.append((number, error))
    return errors
