"""Static HTML of each activity for handouts: the content, never the answers to discover."""

from itertools import groupby

from csec.content import Curriculum
from csec.notebooks import ContentReference
from widgets import action_plan, diagram, myth_or_fact, poll, question_box, reflection, risk_map, scenario, sign_sorter

# kind -> renderer of the items one widget call names
RENDERERS = {
    "myth_or_fact": myth_or_fact.handout_html,
    "scenario": lambda items: scenario.handout_html(items[0]),
    "sign_sort": lambda items: sign_sorter.handout_html(items[0]),
    "risk_map": lambda items: risk_map.handout_html(items[0]),
    "poll": lambda items: poll.handout_html(items[0]),
    "reflection": lambda items: reflection.handout_html(items[0]),
    "action_plan": lambda items: action_plan.handout_html(items[0]),
    "question_box": lambda items: question_box.handout_html(items[0]),
    "diagram": lambda items: diagram.handout_html(items[0]),
}


def activity_blocks(curriculum: Curriculum, references: list[ContentReference]) -> list[str]:
    """One block of HTML per activity, in the order the notebook runs them."""
    blocks = []
    calls = groupby(references, key=lambda r: (r.cell_number, r.widget, r.kind))
    for (_cell, widget, kind), group in calls:
        item_ids = [r.item_id for r in group]
        if widget == "AudienceScenario":  # the one scenario this audience sees
            item_ids = [curriculum.scenario_for(item_ids)]
        if kind in RENDERERS:
            blocks.append(RENDERERS[kind]([curriculum.item(kind, item_id) for item_id in item_ids]))
    return blocks
