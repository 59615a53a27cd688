"""The kinds of content item, one module each (``csec/kinds/poll.py``...), each defining ``KIND``, a ContentKind.

Every part of the engine reads them from here: loading and validating the
files, the notebooks' widget calls, participant text, handouts, phones and
results, and `csec check`. Adding a kind is one module here and its schema in
csec/schemas/ (see README.md, "How to add a content kind").
"""

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csec.content import Curriculum

Problem = tuple[list, str, str]  # (JSON path inside the item, message, fix)


def no_problems(_item: dict, _curriculum: "Curriculum") -> list[Problem]:
    return []


@dataclass(frozen=True)
class ContentKind:
    """What the engine knows of one kind of content item."""

    name: str  # how notebooks, question keys and the code name the kind: "poll"
    file: str  # the file of its items, in the content folder: "items/polls.yaml"
    schema: str  # its JSON Schema, csec/schemas/<schema>.schema.json
    list_key: str  # the file's top-level key that lists the items
    label: str  # one item in an error line: "unknown poll id 'x'"
    order: int  # where its file comes among the others in `csec check`'s lines (its own number)
    # the widget classes whose first argument names items of this kind; none: only other items name them
    widgets: tuple[str, ...]
    # what participants read of one item as one audience sees it: (item, audience, curriculum) -> texts
    participant_texts: Callable[[dict, str, "Curriculum"], list[str]]
    # the static HTML of the items one widget call names, for the handout; None: not in handouts
    handout_html: Callable[[list[dict]], str] | None = None
    # what a phone shows: (item, phase: "" or "before"/"after") -> {"text", "options"}, or None; None: no phones
    phone_question: Callable[[dict, str, str], dict | None] | None = None
    results_name: str = ""  # its name in the group results' CSV (kinds that phones answer)
    item_problems: Callable[[dict, "Curriculum"], list[Problem]] = no_problems  # its own checks of one item


class KindProblem(Exception):
    """A kind module that does not define its kind properly (a programming error, not content)."""


@cache
def content_kinds() -> dict[str, ContentKind]:
    """Every kind, by name, in their ``order``: one per module of this package."""
    found = []
    for module in pkgutil.iter_modules(__path__):
        kind = getattr(importlib.import_module(f"{__name__}.{module.name}"), "KIND", None)
        if not isinstance(kind, ContentKind):
            raise KindProblem(f"csec/kinds/{module.name}.py defines no KIND = ContentKind(...)")
        if kind.phone_question and not kind.results_name:
            raise KindProblem(f"kind {kind.name!r} asks phones but has no results_name")
        found.append(kind)
    for attribute in ("name", "order"):
        values = [getattr(kind, attribute) for kind in found]
        if len(set(values)) != len(values):
            raise KindProblem(f"two kinds share a {attribute}: {sorted(values)}")
    return {kind.name: kind for kind in sorted(found, key=lambda kind: kind.order)}
