"""What a phone shows for a question the facilitator opens: its text and option labels, never the answer.

A question key names a content item of a kind that phones answer (its
``phone_question``, csec/kinds/): `poll:ID`, `question_box:ID` (answered in
writing, so no options) or `knowledge_check:ID`, with `@before` or `@after`
added for the anonymous check, so the same question asked before and after
the series is counted twice; the check's statements are `statement:ID@before`
and `statement:ID@after`.
"""

from csec.content import Curriculum
from csec.kinds import content_kinds

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
    content_kind = content_kinds().get(kind)
    if content_kind is None or content_kind.phone_question is None or item_id not in curriculum.items[kind]:
        return None
    return content_kind.phone_question(curriculum.items[kind][item_id], phase, curriculum.settings.language)
