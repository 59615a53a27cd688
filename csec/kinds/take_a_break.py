"""A calm break in the session (items/breaks.yaml)."""

from csec.kinds import ContentKind


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["title"], item["message"]]


KIND = ContentKind(
    name="break", file="items/breaks.yaml", schema="breaks", list_key="breaks", label="break", order=9,
    widgets=("TakeABreak",), participant_texts=participant_texts)
