"""Private reflection prompts, with a timer (items/reflections.yaml)."""

from csec.html_text import paragraph
from csec.i18n import _
from csec.kinds import ContentKind


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["prompt"]]


def handout_html(items: list[dict]) -> str:
    return paragraph(_("Reflection: {prompt}").format(prompt=items[0]["prompt"]))


KIND = ContentKind(
    name="reflection", file="items/reflections.yaml", schema="reflections", list_key="reflections",
    label="reflection prompt", order=8, widgets=("Reflection",), participant_texts=participant_texts,
    handout_html=handout_html)
