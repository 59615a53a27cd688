"""Statements to agree or disagree with, before and after the series (items/statements.yaml).

The anonymous check (items/pre_post_checks.yaml) names them; each audience sees those written for it. Phones
and the answer sheet offer the same five answers, which the results score from 1 to 5.
"""

from csec.i18n import N_, translations
from csec.kinds import ContentKind, Problem

# scored 1 to 5; marked for the catalogs (csec/i18n.py), translated where they are shown
AGREEMENT_SCALE = (N_("Strongly disagree"), N_("Disagree"), N_("Not sure"), N_("Agree"), N_("Strongly agree"))


def is_for(item: dict, audience: str) -> bool:
    """Whether ``audience`` is asked the statement (one without `audiences` is for everyone)."""
    return audience in item.get("audiences", [audience])


def participant_texts(item: dict, audience: str, _curriculum) -> list[str]:
    return [item["statement"]] if is_for(item, audience) else []


def phone_question(item: dict, phase: str, language: str) -> dict | None:
    """Asked before or after the series only, never in a session; the scale in ``language``."""
    gettext = translations(language).gettext
    return {"text": item["statement"], "options": [gettext(answer) for answer in AGREEMENT_SCALE]} if phase else None


def item_problems(item: dict, curriculum) -> list[Problem]:
    return [(["audiences", position], f"unknown audience {audience!r}",
             f"use one of: {', '.join(curriculum.audiences)}")
            for position, audience in enumerate(item.get("audiences", [])) if audience not in curriculum.audiences]


KIND = ContentKind(
    name="statement", file="items/statements.yaml", schema="statements", list_key="statements",
    label="statement", order=15, widgets=(), participant_texts=participant_texts, phone_question=phone_question,
    results_name="agreement statement", item_problems=item_problems)
