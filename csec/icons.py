"""Lucide icons as inline SVG, from the pinned set `csec assets` fetched (nothing loaded at run time)."""

import copy
import difflib
import xml.etree.ElementTree as ElementTree
from functools import cache

from markupsafe import Markup

from csec.assets import ICONS_DIR, require_assets
from csec.errors import CsecError
from csec.settings import PROJECT_ROOT

SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"


class UnknownIcon(CsecError):
    """An icon name that is not in the pinned Lucide set."""


@cache
def icon_names() -> frozenset[str]:
    """Every icon name in the set (the SVG file names without .svg)."""
    require_assets()
    return frozenset(path.stem for path in ICONS_DIR.glob("*.svg"))


def icon_fix(name: str) -> str:
    """How to correct an icon name that is not in the set."""
    close = difflib.get_close_matches(name, sorted(icon_names()), n=3)
    nearest = f"did you mean {', '.join(map(repr, close))}? " if close else ""
    return f"{nearest}use a file name from {ICONS_DIR.relative_to(PROJECT_ROOT)}/ without .svg"


@cache  # the same few icons are drawn on every help slide, list and card of a session
def icon_svg(name: str, *, label: str | None = None, size: int = 48) -> Markup:
    """The icon as inline <svg> drawn in the text colour: named by ``label``, or hidden from screen readers."""
    svg = copy.deepcopy(_icon(name))
    svg.attrib.update({"width": str(size), "height": str(size), "class": "csec-icon", "stroke": "currentColor"})
    if label:
        svg.attrib.update({"role": "img", "aria-label": label})
        title = ElementTree.Element("title")
        title.text = label
        svg.insert(0, title)
    else:
        svg.attrib.update({"aria-hidden": "true", "focusable": "false"})
    return Markup(ElementTree.tostring(svg, encoding="unicode"))


@cache
def _icon(name: str) -> ElementTree.Element:
    """The parsed SVG of one icon, read once."""
    if name not in icon_names():
        raise UnknownIcon(f"unknown icon {name!r}: it is not in the Lucide set ({icon_fix(name)})")
    svg = ElementTree.parse(ICONS_DIR / f"{name}.svg").getroot()
    for element in svg.iter():  # inline in HTML: no namespace (HTML puts <svg> in it), no indentation
        element.tag = element.tag.removeprefix(SVG_NAMESPACE)
        element.text, element.tail = None, None
    return svg
