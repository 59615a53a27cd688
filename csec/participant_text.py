"""What participants read in a session: its slides, its activities and its own text."""

from csec.content import Curriculum
from csec.kinds import content_kinds
from csec.notebooks import content_references, for_audience, is_facilitator, read_notebook, slide_type


def item_texts(curriculum: Curriculum, kind: str, item_id: str, audience: str) -> list[str]:
    """What participants read of one content item (its kind says: csec/kinds/)."""
    return content_kinds()[kind].participant_texts(curriculum.item(kind, item_id), audience, curriculum)


def participant_texts(curriculum: Curriculum, session: dict, audience: str) -> list[str]:
    """Slides, widget content and the session's own text, as one audience sees them."""
    notebook = for_audience(read_notebook(curriculum.settings.notebook(session)), audience)
    texts = [cell.source for cell in notebook.cells
             if cell.cell_type == "markdown" and not is_facilitator(cell) and slide_type(cell) != "skip"]
    texts += [*session["objectives"], *session["key_points"], *session["reflection_questions"]]
    scenario_calls: dict[int, list[str]] = {}
    for reference in content_references(notebook):
        if reference.widget == "AudienceScenario":
            scenario_calls.setdefault(reference.cell_number, []).append(reference.item_id)
        elif reference.kind in content_kinds():
            texts += item_texts(curriculum, reference.kind, reference.item_id, audience)
    for scenario_ids in scenario_calls.values():
        texts += item_texts(curriculum, "scenario", curriculum.scenario_for(scenario_ids, audience), audience)
    return texts
