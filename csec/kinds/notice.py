"""The content notice shown at the start of a session, and its ground rules (items/notices.yaml)."""

from csec.kinds import ContentKind


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["title"], item["message"], *item["ground_rules"]]


KIND = ContentKind(
    name="notice", file="items/notices.yaml", schema="notices", list_key="notices", label="content notice",
    order=3, widgets=("ContentNotice", "GroundRules"), participant_texts=participant_texts)
