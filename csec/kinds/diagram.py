"""Diagrams drawn from content: steps in order, or a row of icons (items/diagrams.yaml)."""

from html import escape

from csec.html_text import paragraph
from csec.icons import icon_fix, icon_names
from csec.kinds import ContentKind, Problem
from csec.pictures import diagram_svg


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    texts = [item["title"], item.get("intro"), item.get("note"),
             *(text for entry in item["items"] for text in (entry["label"], entry.get("detail")))]
    return [text for text in texts if text]


def handout_html(items: list[dict]) -> str:
    """The diagram for a handout: its title and intro, the picture (as on the slide), its note."""
    item = items[0]
    intro = f' {escape(item["intro"])}' if "intro" in item else ""
    note = paragraph(item["note"]) if "note" in item else ""
    return f'<p><b>{escape(item["title"])}.</b>{intro}</p>{diagram_svg(item)}{note}'


def item_problems(item: dict, _curriculum) -> list[Problem]:
    return [(["items", i, "icon"], f"diagram {item['id']!r} has unknown icon {entry['icon']!r}",
             icon_fix(entry["icon"])) for i, entry in enumerate(item["items"]) if entry["icon"] not in icon_names()]


KIND = ContentKind(
    name="diagram", file="items/diagrams.yaml", schema="diagrams", list_key="diagrams", label="diagram",
    order=14, widgets=("Diagram",), participant_texts=participant_texts, handout_html=handout_html,
    item_problems=item_problems)
