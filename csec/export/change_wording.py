"""The report's words for a change from before the series to after it: each side's figure (or why there is
none), and the change with its 95% confidence interval and the answers behind it."""

from math import floor

from csec.content import Curriculum
from csec.group import tally
from csec.group.questions import PHASES
from csec.group.tally import AgreementChange, Answer, Change, Share


def rounded(value: float, decimals: int = 0) -> str:
    """``value`` to ``decimals`` places, halves rounded up as people do by hand: 2.85 is 2.9."""
    return f"{floor(value * 10 ** decimals + 0.5) / 10 ** decimals:.{decimals}f}"


def signed(value: float, decimals: int = 0) -> str:
    """``value`` rounded, with its sign: +20, -3, +0.4; what rounds to zero has none: 0, 0.0."""
    text = rounded(value, decimals)
    if float(text) == 0:
        return text.removeprefix("-")
    return text if text.startswith("-") else f"+{text}"


def change_sentence(change: Change) -> str:
    """The change with its interval and the answers behind it: "+20 points (95% CI +5 to +33), 70 before,
    80 after", or what leaves no figure to show."""
    missing = [phase for phase in PHASES if not getattr(change, phase).total]
    if missing:
        return f"No change: not asked {' or '.join(missing)} the series."
    few = [phase for phase in PHASES if not change.enough(phase)]
    if few:
        return f"No change shown: fewer than {tally.FEW_ANSWERS} answers {' and '.join(few)}."
    if isinstance(change, AgreementChange):
        figure, scale, decimals = f"{signed(change.difference, 1)} on the scale of 1 to 5", 1, 1
    else:
        figure, scale, decimals = (f"{change.difference:+d} point{'s' if abs(change.difference) != 1 else ''}",
                                   100, 0)
    interval = change.interval
    ci = (f"95% CI {signed(scale * interval[0], decimals)} to {signed(scale * interval[1], decimals)}" if interval
          else "no interval: every answer was the same")
    counts = f"{change.before.total} before, {change.after.total} after"
    if change.people:
        counts = (f"{change.before.total} answers before, {change.after.total} after, "
                  f"from about {change.people[0]} and {change.people[1]} people")
    return f"Change: {figure} ({ci}), {counts}."


def side_figure(change: Change, phase: str) -> tuple[float | None, str]:
    """(the bar's length in percent, or None for no bar; the figure in words) of one side of a change."""
    side = getattr(change, phase)
    if not side.total:
        return None, f"not asked {phase}"
    if not change.enough(phase):
        return None, "too few answers to show"
    if isinstance(side, Share):
        return side.percent, f"{side.percent}% ({side.count} of {side.total})"
    return 25 * (side.mean - 1), f"{rounded(side.mean, 1)} of 5 ({side.total})"


def change_row(change: Change) -> dict:
    """What the report shows of a change: its text, each side's bar and figure, and the sentence."""
    return {"text": change.text, "sentence": change_sentence(change),
            "sides": [(phase, *side_figure(change, phase)) for phase in PHASES]}


def before_and_after(curriculum: Curriculum, answers: list[Answer], change: type[Change]) -> dict:
    """The report's rows for the questions (or statements) of the anonymous check: each one, and overall (None
    when none was asked both times)."""
    changes = tally.pre_post_changes(curriculum, answers, change)
    overall = tally.overall_change(changes)
    return {"items": [change_row(change) for change in changes], "overall": overall and change_row(overall)}
