"""Examples written for each audience, one list per audience (items/examples.yaml)."""

from csec.kinds import ContentKind, Problem


def participant_texts(item: dict, audience: str, _curriculum) -> list[str]:
    return [item["title"], *item["by_audience"].get(audience, [])]


def item_problems(item: dict, curriculum) -> list[Problem]:
    """Examples for every audience of the curriculum, and for no other."""
    return [(["by_audience"], f"no examples for audience {audience!r}",
             f"add a list of examples under `{audience}:`")
            for audience in curriculum.audiences if audience not in item["by_audience"]] + [
            (["by_audience", audience], f"unknown audience {audience!r}",
             f"use one of: {', '.join(curriculum.audiences)}")
            for audience in item["by_audience"] if audience not in curriculum.audiences]


KIND = ContentKind(
    name="examples", file="items/examples.yaml", schema="examples", list_key="examples",
    label="audience examples", order=10, widgets=("AudienceExamples",), participant_texts=participant_texts,
    item_problems=item_problems)
