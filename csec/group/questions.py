"""What a phone shows for a question the facilitator opens: its text and option labels, never the answer.

A question key names a content item: `poll:ID`, `question_box:ID` (answered in
writing, so no options) or `knowledge_check:ID`, with
`@before` or `@after` added for the anonymous check, so the same question
asked before and after the series is counted twice.
"""

from csec.content import Curriculum

PHASES = ("before", "after")
WRITTEN = 0  # the number of options of a question answered in writing


def question_key(kind: str, item_id: str, phase: str | None = None) -> str:
    return f"{kind}:{item_id}" + (f"@{phase}" if phase else "")


def parse_question_key(key: str) -> tuple[str, str, str]:
    """(kind, item id, phase or "") as written in ``key``, whether or not the curriculum knows it."""
    kind, _, rest = key.partition(":")
    item_id, _, phase = rest.partition("@")
    return kind, item_id, phase


def question_for_phones(curriculum: Curriculum, key: str) -> dict | None:
    """{"text", "options"} for ``key``, or None when the curriculum has no such question."""
    kind, item_id, phase = parse_question_key(key)
    if phase and phase not in PHASES:
        return None
    if kind == "poll" and item_id in curriculum.items["poll"] and not phase:
        item = curriculum.items["poll"][item_id]
        return {"text": item["question"], "options": list(item["options"])}
    if kind == "question_box" and item_id in curriculum.items["question_box"] and not phase:
        return {"text": curriculum.items["question_box"][item_id]["prompt"], "options": []}
    if kind == "knowledge_check" and item_id in curriculum.items["knowledge_check"]:
        item = curriculum.items["knowledge_check"][item_id]
        return {"text": item["question"], "options": [option["text"] for option in item["options"]]}
    return None
