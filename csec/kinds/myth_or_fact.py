"""Myth-or-fact statements, sorted by the group (items/myths_facts.yaml); one widget call names several."""

from html import escape

from csec.html_text import bullet_list
from csec.i18n import _
from csec.kinds import ContentKind


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["statement"], item["explanation"], item["takeaway"]]


def handout_html(items: list[dict]) -> str:
    """The activity for a handout: the facts to remember, not the quiz."""
    title = escape(_("Myth or fact?"))
    words = escape(_("We looked at common beliefs about this topic. What to remember:"))
    return f"<p><b>{title}</b> {words}</p>" + bullet_list([item["takeaway"] for item in items])


KIND = ContentKind(
    name="myth_or_fact", file="items/myths_facts.yaml", schema="myths_facts", list_key="myths_facts",
    label="myth-or-fact statement", order=2, widgets=("MythOrFact",), participant_texts=participant_texts,
    handout_html=handout_html)
