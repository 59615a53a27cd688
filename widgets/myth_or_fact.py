"""A group activity: decide whether each statement is a myth or a fact."""

from html import escape

from csec.content import Curriculum, active_curriculum
from widgets.theme import Card, actions, bullet_list, button, html_block, paragraph

ANSWERS = {"myth": "Myth", "fact": "Fact"}


class MythOrFact(Card):
    """Steps through statements from content/items/myths_facts.yaml one at a time."""

    def __init__(self, statement_ids: list[str], curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        self.items = [curriculum.item("myth_or_fact", statement_id) for statement_id in statement_ids]
        if not self.items:
            raise ValueError("MythOrFact needs at least one statement id")
        self.position = 0
        self.given: str | None = None
        self.progress = html_block("", "csec-progress")
        self.statement = html_block("")
        self.answer_buttons = {answer: button(label) for answer, label in ANSWERS.items()}
        for answer, control in self.answer_buttons.items():
            control.on_click(lambda _button, answer=answer: self.answer(answer))
        self.next_button = button("Next statement", secondary=True, disabled=True)
        self.next_button.on_click(lambda _button: self.next())
        self.restart_button = button("Start over", secondary=True)
        self.restart_button.on_click(lambda _button: self.restart())
        self.result = html_block("", "csec-feedback csec-empty")
        super().__init__(
            [self.progress, self.statement,
             actions(*self.answer_buttons.values(), self.next_button, self.restart_button),
             self.result],
            kind="myth-or-fact",
        )
        self._show_statement()

    @property
    def current(self) -> dict:
        return self.items[self.position]

    @property
    def finished(self) -> bool:
        return self.position >= len(self.items)

    def answer(self, given: object) -> None:
        """Record the group's answer to the current statement and reveal the explanation."""
        if self.finished or self.given is not None:
            return
        if given not in ANSWERS:
            self._show_result("<p>Choose <b>Myth</b> or <b>Fact</b>.</p>")
            return
        self.given = given
        item = self.current
        verdict = "Well spotted." if given == item["answer"] else "Not quite."
        self._show_result(
            f'<p><span class="csec-verdict">{verdict} It is a {item["answer"]}.</span> '
            f'{escape(item["explanation"])}</p>'
        )
        for control in self.answer_buttons.values():
            control.disabled = True
        self.next_button.disabled = False
        is_last = self.position == len(self.items) - 1
        self.next_button.description = "See the summary" if is_last else "Next statement"

    def next(self) -> None:
        """Move on once the current statement has been answered."""
        if self.given is None or self.finished:
            return
        self.position += 1
        self.given = None
        if self.finished:
            self._show_summary()
        else:
            self._show_statement()

    def restart(self) -> None:
        self.position = 0
        self.given = None
        self._show_statement()

    def _show_statement(self) -> None:
        self.progress.value = paragraph(f"Statement {self.position + 1} of {len(self.items)}")
        self.statement.value = paragraph(self.current["statement"], "csec-statement")
        for control in self.answer_buttons.values():
            control.disabled = False
        self.next_button.disabled = True
        self.next_button.description = "Next statement"
        self.result.value = ""
        self.result.add_class("csec-empty")

    def _show_summary(self) -> None:
        self.progress.value = paragraph(f"All {len(self.items)} statements done")
        self.statement.value = paragraph("What to remember", "csec-statement")
        for control in self.answer_buttons.values():
            control.disabled = True
        self.next_button.disabled = True
        self._show_result(bullet_list([item["takeaway"] for item in self.items]))

    def _show_result(self, content: str) -> None:
        self.result.value = f'<div role="status">{content}</div>'
        self.result.remove_class("csec-empty")
