"""The group's answers as an accessible bar chart: every bar also says its number and percentage in words."""

from html import escape

from csec.group.percent import whole_percent
from csec.i18n import _, ngettext


def answer_chart_html(options: list[str], counts: list[int]) -> str:
    rows = "".join(f"<li>{answer_bar_html(option, count, sum(counts))}</li>" for option, count in zip(options, counts))
    return f'{results_line_html(sum(counts))}<ul class="csec-poll-results">{rows}</ul>'


def answer_bar_html(option: str, count: int, total: int) -> str:
    """One option's answers: its text, a bar, and the count and percentage in words."""
    share = whole_percent(count, total) if total else 0
    return (f'<span class="csec-poll-option">{escape(option)}</span>'
            f'<span class="csec-poll-bar" aria-hidden="true"><span style="width:{share}%"></span></span>'
            f'<span class="csec-poll-count">{count} ({share}%)</span>')


def results_line_html(total: int) -> str:
    results = _("Results: {answers}").format(answers=answer_total(total))
    return f'<p class="csec-muted">{escape(results)}</p>'


def answer_total(total: int) -> str:
    return ngettext("{count} answer", "{count} answers", total).format(count=total)
