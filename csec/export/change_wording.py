"""The report's words for a change from before the series to after it, in the report's language: each side's
figure (or why there is none), and the change with its 95% confidence interval and the answers behind it."""

from math import floor

from csec.content import Curriculum
from csec.group import tally
from csec.group.questions import PHASES
from csec.group.tally import AgreementChange, Answer, Change, RightAnswersChange, Share
from csec.i18n import N_, translations

PHASE_NAMES = {"before": N_("Before"), "after": N_("After")}
# Why a change has no figure, by the sides it lacks: whole sentences, so that each language can word them.
NOT_ASKED = {("before",): N_("No change: not asked before the series."),
             ("after",): N_("No change: not asked after the series."),
             ("before", "after"): N_("No change: not asked before or after the series.")}
TOO_FEW = {("before",): N_("No change shown: fewer than {few} answers before."),
           ("after",): N_("No change shown: fewer than {few} answers after."),
           ("before", "after"): N_("No change shown: fewer than {few} answers before and after.")}
SIDE_NOT_ASKED = {"before": N_("not asked before"), "after": N_("not asked after")}


def rounded(value: float, decimals: int = 0) -> str:
    """``value`` to ``decimals`` places, halves rounded up as people do by hand: 2.85 is 2.9."""
    return f"{floor(value * 10 ** decimals + 0.5) / 10 ** decimals:.{decimals}f}"


def signed(value: float, decimals: int = 0) -> str:
    """``value`` rounded, with its sign: +20, -3, +0.4; what rounds to zero has none: 0, 0.0."""
    text = rounded(value, decimals)
    if float(text) == 0:
        return text.removeprefix("-")
    return text if text.startswith("-") else f"+{text}"


def change_sentence(change: Change, language: str) -> str:
    """The change with its interval and the answers behind it, in ``language``: "+20 points (95% CI +5 to +33),
    70 before, 80 after", or what leaves no figure to show."""
    catalog = translations(language)
    missing = tuple(phase for phase in PHASES if not getattr(change, phase).total)
    if missing:
        return catalog.gettext(NOT_ASKED[missing])
    few = tuple(phase for phase in PHASES if not change.enough(phase))
    if few:
        return catalog.gettext(TOO_FEW[few]).format(few=tally.FEW_ANSWERS)
    if isinstance(change, AgreementChange):
        figure = catalog.gettext("{change} on the scale of 1 to 5").format(change=signed(change.difference, 1))
        scale, decimals = 1, 1
    else:
        figure = catalog.ngettext("{change} point", "{change} points", abs(change.difference)).format(
            change=f"{change.difference:+d}")
        scale, decimals = 100, 0
    interval = change.interval
    ci = (catalog.gettext("95% CI {low} to {high}").format(low=signed(scale * interval[0], decimals),
                                                          high=signed(scale * interval[1], decimals))
          if interval else catalog.gettext("no interval: every answer was the same"))
    counts = catalog.gettext("{before} before, {after} after").format(before=change.before.total,
                                                                      after=change.after.total)
    if change.people:
        counts = catalog.gettext("{before} answers before, {after} after, from about {people_before} and "
                                 "{people_after} people").format(before=change.before.total,
                                                                 after=change.after.total,
                                                                 people_before=change.people[0],
                                                                 people_after=change.people[1])
    return catalog.gettext("Change: {figure} ({interval}), {counts}.").format(figure=figure, interval=ci,
                                                                              counts=counts)


def side_figure(change: Change, phase: str, language: str) -> tuple[float | None, str]:
    """(the bar's length in percent, or None for no bar; the figure in words, in ``language``) of one side of a
    change."""
    gettext = translations(language).gettext
    side = getattr(change, phase)
    if not side.total:
        return None, gettext(SIDE_NOT_ASKED[phase])
    if not change.enough(phase):
        return None, gettext("too few answers to show")
    if isinstance(side, Share):
        counts = gettext("{count} of {total}").format(count=side.count, total=side.total)
        return side.percent, "{percent}% ({counts})".format(percent=side.percent, counts=counts)
    return 25 * (side.mean - 1), gettext("{mean} of 5 ({total})").format(mean=rounded(side.mean, 1),
                                                                          total=side.total)


def overall_title(change: type[Change], count: int, language: str) -> str:
    """What the pooled row of ``count`` questions (or statements) is called, in ``language``."""
    if change is RightAnswersChange:
        return translations(language).ngettext("Overall: the {count} question asked both before and after, pooled",
                                               "Overall: the {count} questions asked both before and after, pooled",
                                               count).format(count=count)
    return translations(language).ngettext("Overall: the {count} statement asked both before and after, pooled",
                                           "Overall: the {count} statements asked both before and after, pooled",
                                           count).format(count=count)


def change_row(change: Change, language: str, text: str | None = None) -> dict:
    """What the report shows of a change: its text (or ``text``), each side's name, bar and figure, and the
    sentence, in ``language``."""
    gettext = translations(language).gettext
    return {"text": change.text if text is None else text, "sentence": change_sentence(change, language),
            "sides": [(phase, gettext(PHASE_NAMES[phase]), *side_figure(change, phase, language))
                      for phase in PHASES]}


def before_and_after(curriculum: Curriculum, answers: list[Answer], change: type[Change]) -> dict:
    """The report's rows for the questions (or statements) of the anonymous check, in the curriculum's language:
    each one, and overall (None when none was asked both times)."""
    language = curriculum.settings.language
    changes = tally.pre_post_changes(curriculum, answers, change)
    overall = tally.overall_change(changes)
    pooled = sum(1 for each in changes if each.before.total and each.after.total)  # as overall_change counts them
    return {"items": [change_row(each, language) for each in changes],
            "overall": overall and change_row(overall, language, overall_title(change, pooled, language))}
