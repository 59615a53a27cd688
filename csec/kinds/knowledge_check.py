"""Knowledge checks: a question with options, exactly one right, each with feedback (items/knowledge_checks.yaml).

Phones can answer one in a session, or before and after the series (the anonymous check asks them).
"""

from csec.kinds import ContentKind, Problem


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["question"], item["explanation"],
            *(text for option in item["options"] for text in (option["text"], option["feedback"]))]


def phone_question(item: dict, _phase: str, _language: str) -> dict:
    """The question and its options, never which is right: in a session, or before or after the series."""
    return {"text": item["question"], "options": [option["text"] for option in item["options"]]}


def item_problems(item: dict, _curriculum) -> list[Problem]:
    correct = sum(1 for option in item["options"] if option.get("correct"))
    if correct != 1:
        return [(["options"], f"question {item['id']!r} has {correct} correct options",
                 "mark exactly one option with `correct: true`")]
    return []


KIND = ContentKind(
    name="knowledge_check", file="items/knowledge_checks.yaml", schema="knowledge_checks",
    list_key="knowledge_checks", label="knowledge-check question", order=1, widgets=("KnowledgeCheck",),
    participant_texts=participant_texts, phone_question=phone_question, results_name="knowledge check",
    item_problems=item_problems)
