"""What participants read in a session: its slides, its activities and its own text."""

from csec.content import Curriculum
from csec.notebooks import content_references, for_audience, is_facilitator, read_notebook, slide_type


def item_texts(kind: str, item: dict, audience: str) -> list[str]:
    """What participants read of one content item."""
    if kind == "knowledge_check":
        return [item["question"], item["explanation"],
                *(text for option in item["options"] for text in (option["text"], option["feedback"]))]
    if kind == "myth_or_fact":
        return [item["statement"], item["explanation"], item["takeaway"]]
    if kind == "notice":
        return [item["title"], item["message"], *item["ground_rules"]]
    if kind == "scenario":
        return [item["title"], item["summary"], item["teaching_point"]] + [
            text for step in item["steps"]
            for text in [step["text"], step.get("prompt", ""), *step.get("discussion", []),
                         *(t for c in step.get("choices", []) for t in (c["text"], c["consequence"], c["why"]))]
            if text]
    if kind == "sign_sort":
        return [item["instructions"], item["caution"],
                *(text for o in item["observations"] for text in (o["text"], o["explanation"]))]
    if kind == "risk_map":
        return [item["framing"], *(t for f in item["factors"] for t in (f["label"], f["how_targeted"], f["protective"]))]
    if kind == "poll":
        return [item["question"], *item["options"]]
    if kind == "reflection":
        return [item["prompt"]]
    if kind == "break":
        return [item["title"], item["message"]]
    if kind == "pre_post_check":
        return [item["title"], item["instructions"]]  # its questions: see participant_texts
    if kind == "question_box":
        return [item["prompt"], item["paper"]]
    if kind == "action_plan":
        return [item["title"], item["intro"], *item["prompts"]]
    if kind == "examples":
        return [item["title"], *item["by_audience"].get(audience, [])]
    if kind == "diagram":
        texts = [item["title"], item.get("intro"), item.get("note"),
                 *(text for entry in item["items"] for text in (entry["label"], entry.get("detail")))]
        return [text for text in texts if text]
    return []


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
        elif reference.kind not in ("session", "resource"):
            item = curriculum.item(reference.kind, reference.item_id)
            texts += item_texts(reference.kind, item, audience)
            if reference.kind == "pre_post_check":
                questions = [curriculum.item("knowledge_check", question) for question in item["questions"]]
                texts += [text for question in questions for text in item_texts("knowledge_check", question, audience)]
    for scenario_ids in scenario_calls.values():
        texts += item_texts("scenario", curriculum.item("scenario", curriculum.scenario_for(scenario_ids, audience)),
                            audience)
    return texts
