"""An ecological map of risk and protective factors, by level (items/risk_maps.yaml)."""

from html import escape

from csec.i18n import _
from csec.kinds import ContentKind, Problem
from csec.pictures import levels_svg


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["framing"], *(t for f in item["factors"] for t in (f["label"], f["how_targeted"], f["protective"]))]


def handout_html(items: list[dict]) -> str:
    """The levels as rings (as on the slide), then every factor with how it is targeted and what protects."""
    item = items[0]
    sections, what_protects = [], escape(_("What protects:"))
    for level in item["levels"]:
        factors = [f for f in item["factors"] if f["level"] == level["id"]]
        if factors:
            rows = "".join(f'<li><b>{escape(f["label"])}.</b> {escape(f["how_targeted"])} '
                           f'<i>{what_protects}</i> {escape(f["protective"])}</li>' for f in factors)
            sections.append(f'<p><b>{escape(level["label"])}</b></p><ul>{rows}</ul>')
    return f'<p><b>{escape(item["title"])}.</b> {escape(item["framing"])}</p>{levels_svg(item)}' + "".join(sections)


def item_problems(item: dict, _curriculum) -> list[Problem]:
    levels = [level["id"] for level in item["levels"]]
    return [(["factors", i, "level"], f"unknown level {f['level']!r}", f"use one of: {', '.join(levels)}")
            for i, f in enumerate(item["factors"]) if f["level"] not in levels]


KIND = ContentKind(
    name="risk_map", file="items/risk_maps.yaml", schema="risk_maps", list_key="risk_maps", label="risk map",
    order=6, widgets=("RiskMap",), participant_texts=participant_texts, handout_html=handout_html,
    item_problems=item_problems)
