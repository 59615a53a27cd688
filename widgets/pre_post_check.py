"""The anonymous check asked before the series and again after it, one question or statement at a time."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.group.live import LiveRoom, room_in_use
from csec.group.questions import question_key
from csec.i18n import N_, _
from csec.kinds.pre_post_check import statements_for
from csec.kinds.statement import AGREEMENT_SCALE
from widgets.phone_answers import PhoneAnswers
from widgets.theme import LETTERS, Card, FeedbackPanel, actions, button, html_block, paragraph, show

PHASES = {
    "before": N_("Before the series"),
    "after": N_("After the series"),
}
PHONES_NOTE = N_("Today you can answer on your phone instead of a sheet: each question appears there when it "
                 "opens.")


def lettered_options(question: dict) -> str:
    """The options as A, B, C..., the letters participants mark on their sheet."""
    return '<ol class="csec-lettered">' + "".join(
        f"<li><b>{letter}.</b> {escape(option['text'])}</li>"
        for letter, option in zip(LETTERS, question["options"])) + "</ol>"


def agreement_scale() -> str:
    """The five answers to a statement, in a row, as the sheet and the phones show them."""
    return '<ol class="csec-scale">' + "".join(f"<li>{escape(_(answer))}</li>" for answer in AGREEMENT_SCALE) + "</ol>"


class PrePostCheck(Card):
    """A check from content/items/pre_post_checks.yaml, shown to the room.

    People answer on their own sheet, or on their phones in group mode, so
    nobody's answer is seen. The instructions come first, on their own; then
    one question at a time, then the statements written for the audience.
    Before the series the answers stay closed (phones show only how many
    answered); after it the facilitator may show each question's answer, its
    explanation going to the speaker notes. How much the room agrees with a
    statement is never shown: it is in the results only.
    """

    def __init__(self, check_id: str, phase: str, curriculum: Curriculum | None = None,
                 room: LiveRoom | None = None):
        if phase not in PHASES:
            raise ValueError(f"PrePostCheck phase {phase!r}: use one of {', '.join(PHASES)}")
        curriculum = curriculum or active_curriculum()
        self.item = curriculum.item("pre_post_check", check_id)
        self.phase = phase
        self.questions = [curriculum.item("knowledge_check", q) for q in self.item["questions"]]
        self.statements = statements_for(self.item, curriculum.settings.audience, curriculum)
        self.position = 0
        self.room = room or room_in_use()
        phones_note = paragraph(_(PHONES_NOTE), "csec-muted") if self.room else ""
        self.instructions = html_block(paragraph(self.item["instructions"], "csec-muted") + phones_note)
        self.progress = html_block("", "csec-progress")
        self.question = html_block("")
        self.start_button = button(_("Start the check"))
        self.previous_button = button(_("Previous"), secondary=True)
        self.next_button = button(_("Next"))
        self.answer_button = button(_("Show the answer"), secondary=True)
        self.feedback = FeedbackPanel()
        self.notes = html_block("")
        self.phones = PhoneAnswers(*self._live(0)) if self.room else None
        super().__init__(
            [self.instructions, self.progress, self.question, *([self.phones] if self.phones else []),
             actions(self.start_button, self.previous_button, self.next_button, self.answer_button), self.feedback,
             self.notes],
            kind="pre-post-check",
        )
        self.on_press(self.start_button, lambda: self.go_to(0))
        self.on_press(self.previous_button, lambda: self.go_to(self.position - 1))
        self.on_press(self.next_button, lambda: self.go_to(self.position + 1))
        self.on_press(self.answer_button, self.show_answer)
        self._show_questions(False)

    @property
    def length(self) -> int:
        """How many questions and statements the check asks this audience."""
        return len(self.questions) + len(self.statements)

    def _has_answer(self, position: int) -> bool:
        """Whether what stands at ``position`` has an answer to show after the series (a question, not a
        statement)."""
        return self.phase == "after" and position < len(self.questions)

    def _show_questions(self, shown: bool) -> None:
        """The instructions with their start button, or the questions with theirs."""
        show([self.instructions, self.start_button], not shown)
        show([self.progress, self.question, self.previous_button, self.next_button,
              *([self.phones] if self.phones else [])], shown)
        show([self.answer_button], shown and self._has_answer(self.position))

    def go_to(self, position: int) -> None:
        """Show question or statement ``position``; positions outside the check are ignored."""
        if not 0 <= position < self.length:
            return
        self.position = position
        self.progress.value = paragraph(f"{_(PHASES[self.phase])}: {self._counted(position)}")
        self.question.value = self._asked_html(position)
        self._show_questions(True)  # the instructions are read once, at the start
        self.previous_button.disabled = position == 0
        self.next_button.disabled = position == self.length - 1
        self.answer_button.disabled = not self._has_answer(position)
        self.feedback.clear()
        self.notes.value = ""
        if self.phones:
            self.phones.show_question(*self._live(position))

    def _counted(self, position: int) -> str:
        """"question 2 of 8", or "statement 1 of 5" once the questions are done."""
        if position < len(self.questions):
            return _("question {number} of {count}").format(number=position + 1, count=len(self.questions))
        return _("statement {number} of {count}").format(number=position - len(self.questions) + 1,
                                                         count=len(self.statements))

    def _asked_html(self, position: int) -> str:
        if position < len(self.questions):
            question = self.questions[position]
            return paragraph(question["question"], "csec-question") + lettered_options(question)
        statement = self.statements[position - len(self.questions)]
        return (paragraph(_("How much do you agree?"), "csec-muted")
                + paragraph(statement["statement"], "csec-question") + agreement_scale())

    def _live(self, position: int) -> tuple:
        """What stands at ``position`` as the phones answer it, counted apart before and after the series: the
        live question, its labels, and what the room sees (a question's chart after the series, else only how
        many answered)."""
        if position < len(self.questions):
            question = self.questions[position]
            key = question_key("knowledge_check", question["id"], self.phase)
            return (self.room.question(key, len(question["options"])), [o["text"] for o in question["options"]],
                    "chart" if self.phase == "after" else "count")
        statement = self.statements[position - len(self.questions)]
        key = question_key("statement", statement["id"], self.phase)
        return self.room.question(key, len(AGREEMENT_SCALE)), [_(answer) for answer in AGREEMENT_SCALE], "count"

    def show_answer(self) -> None:
        """After the series, for a question only: the right answer and why."""
        if not self._has_answer(self.position):
            return
        question = self.questions[self.position]
        index, correct = next((i, o) for i, o in enumerate(question["options"]) if o.get("correct"))
        self.question.value = paragraph(question["question"], "csec-question")  # the options give way to the answer
        answer = _("The answer: {letter}. {text}").format(letter=LETTERS[index], text=correct["text"])
        self.feedback.show(paragraph(answer))
        self.notes.value = f'<aside class="notes">{paragraph(question["explanation"])}</aside>'  # for the facilitator
        self.answer_button.disabled = True
