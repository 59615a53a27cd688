"""The group's answers as an accessible bar chart: every bar also says its number and percentage in words."""

from html import escape


def answer_chart_html(options: list[str], counts: list[int]) -> str:
    total = sum(counts)
    rows = []
    for option, count in zip(options, counts):
        share = round(100 * count / total) if total else 0
        rows.append(
            f'<li><span class="csec-poll-option">{escape(option)}</span>'
            f'<span class="csec-poll-bar" aria-hidden="true"><span style="width:{share}%"></span></span>'
            f'<span class="csec-poll-count">{count} ({share}%)</span></li>'
        )
    return f'<p class="csec-muted">Results: {answer_total(total)}</p><ul class="csec-poll-results">{"".join(rows)}</ul>'


def answer_total(total: int) -> str:
    return f"{total} answer{'s' if total != 1 else ''}"
