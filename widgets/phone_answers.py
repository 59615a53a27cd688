"""Answers from phones in the room: the facilitator opens a question, watches answers arrive, closes it."""

from __future__ import annotations

from csec.i18n import _
from typing import TYPE_CHECKING

import ipywidgets as ipw
from tornado.ioloop import PeriodicCallback

from widgets.answer_chart import answer_chart_html, answer_total
from widgets.answer_review import AnswerReview
from widgets.keyboard_focus import on_press
from widgets.theme import LiveRegion, actions, bullet_list, button, html_block, paragraph

if TYPE_CHECKING:
    from csec.group.live import LiveQuestion

REFRESH_MILLISECONDS = 1000
RESULTS = ("chart", "count", "written")  # what the room sees: the chart, only how many answered, or words


class PhoneAnswers(ipw.VBox):
    """Open and close one question on the phones; what it shows follows the store every second, open or closed
    (a page drawn before the question was opened, by a kernel started ahead of time, is right once shown).

    ``results`` is "chart" (counts and percentages), "count" (only how many
    answered, e.g. before the series, so the room is not shown the answer) or
    "written" (the words: each waits in the speaker view's review list until the facilitator approves
    it, and the approved ones reach the slide only when they choose to show them, escaped).
    """

    def __init__(self, question: LiveQuestion, labels: list[str], results: str = "chart"):
        if results not in RESULTS:
            raise ValueError(f"PhoneAnswers results {results!r}: use one of {', '.join(RESULTS)}")
        self.question, self.labels, self.results_shown = question, labels, results
        self.open_button = button(_("Open on phones"))
        self.close_button = button(_("Close answers"), secondary=True)
        self.words_button = button(_("Show the answers"), secondary=True)
        self.words_button.layout.display = None if results == "written" else "none"
        self.status = LiveRegion("csec-phone-status")
        self.results = html_block("")
        self.review = AnswerReview(question, self._decide) if results == "written" else None
        self._show_words(False)
        self.timer = PeriodicCallback(self.refresh, REFRESH_MILLISECONDS)
        super().__init__([actions(self.open_button, self.close_button, self.words_button), self.status,
                          self.results, *([self.review] if self.review else [])])
        on_press(self.open_button, self.open_question, self)
        on_press(self.close_button, self.close_question, self)
        on_press(self.words_button, self.toggle_words, self)
        self.add_class("csec-phone-answers")
        self._follow_the_store()

    def _follow_the_store(self) -> None:
        """Refresh now, and every second from now on (once: a second start would refresh twice as often)."""
        if not self.timer.is_running():
            self.timer.start()
        self.refresh()

    def show_question(self, question: LiveQuestion, labels: list[str], results: str) -> None:
        """Switch to another question (the next of a check), showing ``results`` of it; the one open before is
        closed."""
        if results not in RESULTS:
            raise ValueError(f"PhoneAnswers results {results!r}: use one of {', '.join(RESULTS)}")
        if self.open_button.disabled:
            self.close_question()
        self.question, self.labels, self.results_shown = question, labels, results
        if self.review:
            self.review.question = question
        self._show_words(False)
        self.refresh()

    def open_question(self) -> None:
        self._safely(self.question.open)
        self._follow_the_store()

    def close_question(self) -> None:
        self._safely(self.question.close)
        self._follow_the_store()

    def toggle_words(self) -> None:
        """Show the written answers, or hide them again at once (say, when one names someone)."""
        self._show_words(not self.words_visible)
        self.refresh()

    def _show_words(self, visible: bool) -> None:
        self.words_visible = visible
        self.words_button.description = self.words_button.tooltip = (
            _("Hide the answers") if visible else _("Show the answers"))

    def refresh(self) -> None:
        """Read the store: is the question open (another may have been opened since), how many answered."""
        self._safely(self._show_state)

    def _show_state(self) -> None:
        is_open = self.question.is_open
        self.open_button.disabled, self.close_button.disabled = is_open, not is_open
        state = _("Open on phones") if is_open else _("Closed on phones")
        summary, self.words_button.disabled = self._show_written() if self.review else self._show_counts()
        self.status.show(paragraph(_("{state}: {summary}").format(state=state, summary=summary)))

    def _show_counts(self) -> tuple[str, bool]:
        """The chart (or nothing) on the slide; (how many answered, whether there is nothing to show)."""
        counts = self.question.counts()
        self.results.value = answer_chart_html(self.labels, counts) if self.results_shown == "chart" else ""
        return _("{answers} so far.").format(answers=answer_total(sum(counts))), not sum(counts)

    def _show_written(self) -> tuple[str, bool]:
        """Every written answer in the speaker view's review list; on the slide only approved ones, and only when
        the facilitator chose to show them."""
        written = self.question.to_review()
        self.review.show(written)
        approved = [answer.text for answer in written if answer.approved]
        waiting = len(written) - len(approved)
        self.results.value = bullet_list(approved, "csec-written-answers") if self.words_visible and approved else ""
        answers = answer_total(len(written))
        return ((_("{answers} so far, {waiting} waiting for your review in the speaker view (press S).")
                 if waiting else _("{answers} so far.")).format(answers=answers, waiting=waiting), not approved)

    def _decide(self, decision) -> None:
        """A decision from the review list: carried out, then shown everywhere at once."""
        self._safely(decision)
        self.refresh()

    def _safely(self, action) -> None:
        """A store that cannot be reached shows a line on the slide, not a traceback."""
        from sqlalchemy.exc import SQLAlchemyError  # loaded already: there is a store in group mode

        try:
            action()
        except SQLAlchemyError:
            self.timer.stop()
            self.status.show(paragraph(_("The answers cannot be reached right now. Use a show of hands, "
                                         "and check that csec serve --lan is still running."), "csec-muted"))
