"""The facilitator's review of written answers, in the speaker view only: approve each before the room sees it.

The list is speaker notes (reveal's ``aside.notes``, never on the projector).
Its buttons are plain HTML there: the speaker view passes a click on one to
this widget's hidden command field on the slide, which the kernel reads.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

import ipywidgets as ipw

from csec.group.review import review_flags
from csec.i18n import _
from widgets.theme import html_block

if TYPE_CHECKING:
    from csec.group.live import LiveQuestion
    from csec.group.store import WrittenAnswer


class AnswerReview(ipw.VBox):
    """Written answers for ``question`` in the speaker notes, each flagged where it may identify someone,
    with Show to the room / Remove; ``apply`` carries out each decision (and shows what it changed)."""

    def __init__(self, question: LiveQuestion, apply: Callable[[Callable[[], object]], None], language: str = "en"):
        self.question, self.apply, self.language = question, apply, language
        self.notes = html_block("")
        self.commands = ipw.Text(layout=ipw.Layout(display="none"))
        self.commands.add_class("csec-review-commands")
        self.commands.observe(self._on_command, "value")
        super().__init__([self.notes, self.commands])
        self.add_class("csec-answer-review")

    def show(self, answers: list[WrittenAnswer]) -> None:
        """List ``answers`` (approved or waiting) in the speaker notes."""
        self.notes.value = review_notes(answers, self.language)

    def decide(self, command: str) -> None:
        """Carry out "approve N [M ...]" or "reject N" (the review list's buttons) through ``apply``; ignore
        anything else. "Show all" names the answers it listed, so one that arrives meanwhile still waits."""
        verb, *targets = command.split()
        if not targets or not all(target.isdigit() for target in targets):
            return
        numbers = [int(target) for target in targets]
        if verb == "approve":
            self.apply(lambda: self.question.approve(numbers))
        elif verb == "reject" and len(numbers) == 1:
            self.apply(lambda: self.question.reject(numbers[0]))

    def _on_command(self, change: dict) -> None:
        if change["new"]:
            self.decide(change["new"])
            self.commands.value = ""


def review_notes(answers: list[WrittenAnswer], language: str = "en") -> str:
    """The review list as speaker notes: the answers waiting, with their flags, then those shown to the room."""
    waiting = [answer for answer in answers if not answer.approved]
    shown = [answer for answer in answers if answer.approved]
    if not answers:
        return ('<aside class="notes"><p><b>' + escape(_("Written answers:")) + "</b> "
                + escape(_("none yet. Each one waits here, for you alone, until you show it to the room."))
                + "</p></aside>")
    waiting_line = _("Written answers waiting for you: {count}.").format(count=len(waiting))
    parts = ["<p><b>" + escape(waiting_line) + "</b> "
             + escape(_("Only you see them here. Show an answer to the room, or remove it.")) + "</p>"]
    if waiting:
        parts.append('<ol class="csec-review-list">' + "".join(_waiting_item(a, language) for a in waiting) + "</ol>")
        if len(waiting) > 1:
            parts.append(_command_button("approve " + " ".join(str(a.number) for a in waiting),
                                         _("Show all {count} to the room").format(count=len(waiting))))
    remove = _("Remove")
    if shown:
        shown_line = _("Shown to the room: {count}.").format(count=len(shown))
        parts.append(f"<p><b>{escape(shown_line)}</b></p>"
                     '<ol class="csec-review-shown">' + "".join(
                         f"<li><p>{escape(a.text)}</p>{_command_button(f'reject {a.number}', remove)}</li>"
                         for a in shown) + "</ol>")
    # A region, not a <section>: reveal.js counts every section in the deck as a slide.
    region = escape(_("Written answers"))
    return f'<aside class="notes"><div class="csec-review" role="region" aria-label="{region}">' \
           f'{"".join(parts)}</div></aside>'


def _waiting_item(answer: WrittenAnswer, language: str) -> str:
    flags = review_flags(answer.text, language)
    check_first = escape(_("Check first:"))
    flagged = f'<p class="csec-review-flags"><b>{check_first}</b> {escape(", ".join(flags))}</p>' if flags else ""
    show, remove = _("Show to the room"), _("Remove")
    return (f"<li><p>{escape(answer.text)}</p>{flagged}"
            f"{_command_button(f'approve {answer.number}', show)}{_command_button(f'reject {answer.number}', remove)}"
            "</li>")


def _command_button(command: str, label: str) -> str:
    return f'<button type="button" data-csec-command="{command}">{escape(label)}</button>'
