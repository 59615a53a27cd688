"""Polls: a question and its options, by a show of hands or on phones (items/polls.yaml)."""

from csec.html_text import paragraph
from csec.i18n import _
from csec.kinds import ContentKind


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["question"], *item["options"]]


def handout_html(items: list[dict]) -> str:
    return paragraph(_("Poll: {question}").format(question=items[0]["question"]))


def phone_question(item: dict, phase: str, _language: str) -> dict | None:
    """Asked in a session only: never before or after the series."""
    return None if phase else {"text": item["question"], "options": list(item["options"])}


KIND = ContentKind(
    name="poll", file="items/polls.yaml", schema="polls", list_key="polls", label="poll", order=7,
    widgets=("Poll",), participant_texts=participant_texts, handout_html=handout_html,
    phone_question=phone_question, results_name="poll")
