"""The anonymous check asked before the series and again after it, one question at a time."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.group.live import LiveRoom, room_in_use
from csec.group.questions import question_key
from widgets.phone_answers import PhoneAnswers
from widgets.theme import LETTERS, Card, FeedbackPanel, actions, button, html_block, paragraph, show

PHASES = {
    "before": "Before the series",
    "after": "After the series",
}
PHONES_NOTE = "Today you can answer on your phone instead of a sheet: each question appears there when it opens."


def lettered_options(question: dict) -> str:
    """The options as A, B, C..., the letters participants mark on their sheet."""
    return '<ol class="csec-lettered">' + "".join(
        f"<li><b>{letter}.</b> {escape(option['text'])}</li>"
        for letter, option in zip(LETTERS, question["options"])) + "</ol>"


class PrePostCheck(Card):
    """A check from content/items/pre_post_checks.yaml, shown to the room.

    People answer on their own sheet, or on their phones in group mode, so
    nobody's answer is seen. The instructions come first, on their own; then
    one question at a time. Before the series the answers stay closed (phones
    show only how many answered); after it the facilitator may show each one,
    its explanation going to the speaker notes.
    """

    def __init__(self, check_id: str, phase: str, curriculum: Curriculum | None = None,
                 room: LiveRoom | None = None):
        if phase not in PHASES:
            raise ValueError(f"PrePostCheck phase {phase!r}: use one of {', '.join(PHASES)}")
        curriculum = curriculum or active_curriculum()
        self.item = curriculum.item("pre_post_check", check_id)
        self.phase = phase
        self.questions = [curriculum.item("knowledge_check", q) for q in self.item["questions"]]
        self.position = 0
        self.room = room or room_in_use()
        phones_note = paragraph(PHONES_NOTE, "csec-muted") if self.room else ""
        self.instructions = html_block(paragraph(self.item["instructions"], "csec-muted") + phones_note)
        self.progress = html_block("", "csec-progress")
        self.question = html_block("")
        self.start_button = button("Start the check")
        self.start_button.on_click(lambda _button: self.go_to(0))
        self.previous_button = button("Previous question", secondary=True)
        self.next_button = button("Next question")
        self.answer_button = button("Show the answer", secondary=True)
        self.feedback = FeedbackPanel()
        self.notes = html_block("")
        self.phones = None
        if self.room:
            self.phones = PhoneAnswers(*self._live(0), results="chart" if phase == "after" else "count")
        self.previous_button.on_click(lambda _button: self.go_to(self.position - 1))
        self.next_button.on_click(lambda _button: self.go_to(self.position + 1))
        self.answer_button.on_click(lambda _button: self.show_answer())
        super().__init__(
            [self.instructions, self.progress, self.question, *([self.phones] if self.phones else []),
             actions(self.start_button, self.previous_button, self.next_button, self.answer_button), self.feedback,
             self.notes],
            kind="pre-post-check",
        )
        self._show_questions(False)

    def _show_questions(self, shown: bool) -> None:
        """The instructions with their start button, or the questions with theirs."""
        show([self.instructions, self.start_button], not shown)
        show([self.progress, self.question, self.previous_button, self.next_button,
              *([self.phones] if self.phones else [])], shown)
        show([self.answer_button], shown and self.phase == "after")

    def go_to(self, position: int) -> None:
        """Show question ``position``; positions outside the check are ignored."""
        if not 0 <= position < len(self.questions):
            return
        self.position = position
        question = self.questions[position]
        self.progress.value = paragraph(f"{PHASES[self.phase]}: question {position + 1} of {len(self.questions)}")
        self.question.value = paragraph(question["question"], "csec-question") + lettered_options(question)
        self._show_questions(True)  # the instructions are read once, at the start
        self.previous_button.disabled = position == 0
        self.next_button.disabled = position == len(self.questions) - 1
        self.answer_button.disabled = self.phase != "after"
        self.feedback.clear()
        self.notes.value = ""
        if self.phones:
            self.phones.show_question(*self._live(position))

    def _live(self, position: int) -> tuple:
        """Question ``position`` as the phones answer it, counted apart before and after the series."""
        question = self.questions[position]
        key = question_key("knowledge_check", question["id"], self.phase)
        return self.room.question(key, len(question["options"])), [option["text"] for option in question["options"]]

    def show_answer(self) -> None:
        """After the series only: the right answer and why."""
        if self.phase != "after":
            return
        question = self.questions[self.position]
        index, correct = next((i, o) for i, o in enumerate(question["options"]) if o.get("correct"))
        self.question.value = paragraph(question["question"], "csec-question")  # the options give way to the answer
        self.feedback.show(paragraph(f"The answer: {LETTERS[index]}. {correct['text']}"))
        self.notes.value = f'<aside class="notes">{paragraph(question["explanation"])}</aside>'  # for the facilitator
        self.answer_button.disabled = True
