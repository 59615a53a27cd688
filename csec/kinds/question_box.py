"""An anonymous question box: questions written on phones or on cards (items/question_boxes.yaml)."""

from csec.html_text import paragraph
from csec.i18n import _
from csec.kinds import ContentKind


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["prompt"], item["paper"]]


def handout_html(items: list[dict]) -> str:
    return paragraph(_("Question box: {prompt}").format(prompt=items[0]["prompt"]))


def phone_question(item: dict, phase: str, _language: str) -> dict | None:
    """Answered in writing, so without options; in a session only."""
    return None if phase else {"text": item["prompt"], "options": []}


KIND = ContentKind(
    name="question_box", file="items/question_boxes.yaml", schema="question_boxes", list_key="question_boxes",
    label="question box", order=13, widgets=("QuestionBox",), participant_texts=participant_texts,
    handout_html=handout_html, phone_question=phone_question, results_name="question box")
