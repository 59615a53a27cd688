"""The anonymous check before and after the series: knowledge checks not asked in any session, then statements
to agree or disagree with (items/pre_post_checks.yaml names them)."""

from csec.errors import ContentProblem
from csec.kinds import ContentKind, Problem, knowledge_check, statement


def statements_for(item: dict, audience: str, curriculum) -> list[dict]:
    """The check's statements that ``audience`` is asked, in the check's order."""
    statements = [curriculum.item("statement", s) for s in item.get("statements", [])]
    return [s for s in statements if statement.is_for(s, audience)]


def participant_texts(item: dict, audience: str, curriculum) -> list[str]:
    """Its title and instructions, and what participants read of each of its questions and statements."""
    questions = [curriculum.item("knowledge_check", question) for question in item["questions"]]
    statements = statements_for(item, audience, curriculum)
    return [item["title"], item["instructions"],
            *(text for question in questions
              for text in knowledge_check.participant_texts(question, audience, curriculum)),
            *(s["statement"] for s in statements), *(statement.AGREEMENT_SCALE if statements else ())]


def item_problems(item: dict, curriculum) -> list[Problem]:
    """Its questions exist and no session asks them (else the check would not measure learning); its statements
    exist, and when it has some, every audience is asked at least one."""
    known = curriculum.items["knowledge_check"]
    taught = questions_asked_in_sessions(curriculum)
    statements = item.get("statements", [])
    unknown_statements = [(["statements", i], f"unknown statement {s!r}", "use an id from statements.yaml")
                          for i, s in enumerate(statements) if s not in curriculum.items["statement"]]
    unasked = [] if unknown_statements or not statements else [
        (["statements"], f"no statement is for audience {audience!r}",
         f"add one whose `audiences` list {audience!r}, or one without `audiences`")
        for audience in curriculum.audiences if not statements_for(item, audience, curriculum)]
    return [(["questions", i], f"unknown knowledge-check question {q!r}", "use an id from knowledge_checks.yaml")
            for i, q in enumerate(item["questions"]) if q not in known] + [
            (["questions", i], f"question {q!r} is also asked in {taught[q]}",
             "keep pre/post questions out of the sessions, so the check measures learning")
            for i, q in enumerate(item["questions"]) if q in taught] + unknown_statements + unasked


def questions_asked_in_sessions(curriculum) -> dict[str, str]:
    """Knowledge-check id -> the notebook that asks it (`csec check` alone asks: every kernel loads the kinds,
    and the notebook reader is not for them)."""
    from csec.notebooks import content_references, read_notebook

    asked = {}
    for session in curriculum.sessions:
        path = curriculum.settings.notebook(session)
        try:
            references = content_references(read_notebook(path))
        except ContentProblem:
            continue  # reported by the notebook checks
        for reference in references:
            if reference.kind == "knowledge_check":
                asked.setdefault(reference.item_id, path.name)
    return asked


KIND = ContentKind(
    name="pre_post_check", file="items/pre_post_checks.yaml", schema="pre_post_checks", list_key="pre_post_checks",
    label="pre/post check", order=11, widgets=("PrePostCheck",), participant_texts=participant_texts,
    item_problems=item_problems)
