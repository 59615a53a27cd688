"""A personal action plan: prompts, each with a private notepad (items/action_plans.yaml)."""

from html import escape

from csec.html_text import paragraph
from csec.kinds import ContentKind


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["title"], item["intro"], *item["prompts"]]


def handout_html(items: list[dict]) -> str:
    """The plan with room to write, for the handout."""
    item = items[0]
    return (f"<h3>{escape(item['title'])}</h3>" + paragraph(item["intro"])
            + '<ol class="action-plan">' + "".join(
                f'<li>{escape(prompt)}<span class="write-here"></span></li>' for prompt in item["prompts"])
            + "</ol>")


KIND = ContentKind(
    name="action_plan", file="items/action_plans.yaml", schema="action_plans", list_key="action_plans",
    label="action plan", order=12, widgets=("ActionPlan",), participant_texts=participant_texts,
    handout_html=handout_html)
