"""Answers from phones in the room: the facilitator opens a question, watches answers arrive, closes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as ipw
from tornado.ioloop import PeriodicCallback

from widgets.answer_chart import answer_chart_html, answer_total
from widgets.theme import actions, bullet_list, button, html_block, paragraph

if TYPE_CHECKING:
    from csec.group.live import LiveQuestion

REFRESH_MILLISECONDS = 1000
RESULTS = ("chart", "count", "written")  # what the room sees: the chart, only how many answered, or words


class PhoneAnswers(ipw.VBox):
    """Open and close one question on the phones; the results refresh every second while it is open.

    ``results`` is "chart" (counts and percentages), "count" (only how many
    answered, e.g. before the series, so the room is not shown the answer) or
    "written" (the words, shown only when the facilitator chooses, escaped).
    """

    def __init__(self, question: LiveQuestion, labels: list[str], results: str = "chart"):
        if results not in RESULTS:
            raise ValueError(f"PhoneAnswers results {results!r}: use one of {', '.join(RESULTS)}")
        self.question, self.labels, self.results_shown = question, labels, results
        self.open_button = button("Open on phones")
        self.close_button = button("Close answers", secondary=True)
        self.words_button = button("Show the answers", secondary=True)
        self.words_button.layout.display = None if results == "written" else "none"
        self.status = html_block("", "csec-phone-status")
        self.results = html_block("")
        self._show_words(False)
        self.open_button.on_click(lambda _button: self.open_question())
        self.close_button.on_click(lambda _button: self.close_question())
        self.words_button.on_click(lambda _button: self.toggle_words())
        self.timer = PeriodicCallback(self.refresh, REFRESH_MILLISECONDS)
        super().__init__([actions(self.open_button, self.close_button, self.words_button), self.status,
                          self.results])
        self.add_class("csec-phone-answers")
        self.refresh()
        if self.open_button.disabled:  # the page was reloaded while the question was open
            self.timer.start()

    def show_question(self, question: LiveQuestion, labels: list[str]) -> None:
        """Switch to another question (the next of a check); the one open before is closed."""
        if self.open_button.disabled:
            self.close_question()
        self.question, self.labels = question, labels
        self._show_words(False)
        self.refresh()

    def open_question(self) -> None:
        self._safely(self.question.open)
        self.timer.start()
        self.refresh()

    def close_question(self) -> None:
        self.timer.stop()
        self._safely(self.question.close)
        self.refresh()

    def toggle_words(self) -> None:
        """Show the written answers, or hide them again at once (say, when one names someone)."""
        self._show_words(not self.words_visible)
        self.refresh()

    def _show_words(self, visible: bool) -> None:
        self.words_visible = visible
        self.words_button.description = self.words_button.tooltip = (
            "Hide the answers" if visible else "Show the answers")

    def refresh(self) -> None:
        """Read the store: is the question open (another may have been opened since), how many answered."""
        self._safely(self._show_state)

    def _show_state(self) -> None:
        is_open = self.question.is_open
        if not is_open:
            self.timer.stop()
        self.open_button.disabled, self.close_button.disabled = is_open, not is_open
        if self.results_shown == "written":
            words = self.question.written()
            total = len(words)
            self.results.value = bullet_list(words, "csec-written-answers") if self.words_visible and words else ""
        else:
            counts = self.question.counts()
            total = sum(counts)
            self.results.value = answer_chart_html(self.labels, counts) if self.results_shown == "chart" else ""
        state = "Open on phones" if is_open else "Closed on phones"
        self.status.value = f'<p role="status">{state}: {answer_total(total)} so far.</p>'
        self.words_button.disabled = not total

    def _safely(self, action) -> None:
        """A store that cannot be reached shows a line on the slide, not a traceback."""
        from sqlalchemy.exc import SQLAlchemyError  # loaded already: there is a store in group mode

        try:
            action()
        except SQLAlchemyError:
            self.timer.stop()
            self.status.value = paragraph("The answers cannot be reached right now. Use a show of hands, "
                                          "and check that csec serve --lan is still running.", "csec-muted")
