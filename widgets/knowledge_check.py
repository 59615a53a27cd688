"""A multiple-choice question with feedback that explains why."""

from html import escape

import ipywidgets as ipw

from csec.content import Curriculum, active_curriculum
from csec.group.live import LiveRoom, room_in_use
from csec.group.questions import question_key
from csec.i18n import _
from widgets.phone_answers import PhoneAnswers
from widgets.theme import Card, FeedbackPanel, actions, button, html_block, paragraph


class KnowledgeCheck(Card):
    """One question from content/items/knowledge_checks.yaml, answered by the group.

    Once checked, the slide keeps to the question, the group's answer and why it is right or not; the
    right answer and its explanation go to the speaker notes, for the facilitator to give. The correct
    option never reaches the browser before an answer is checked.
    In group mode the phones answer first (their chart never marks the right
    option); then the facilitator checks the answer the group chose.
    """

    def __init__(self, question_id: str, curriculum: Curriculum | None = None, room: LiveRoom | None = None):
        self.item = (curriculum or active_curriculum()).item("knowledge_check", question_id)
        options = self.item["options"]
        room = room or room_in_use()
        phones = [PhoneAnswers(room.question(question_key("knowledge_check", question_id), len(options)),
                               [option["text"] for option in options])] if room else []
        self.question = html_block(paragraph(self.item["question"], "csec-question"))
        self.choices = ipw.RadioButtons(
            options=[(option["text"], index) for index, option in enumerate(options)],
            value=None,
            description=_("Choose one answer:"),
            layout=ipw.Layout(width="100%"),
            style={"description_width": "initial"},
        )
        self.choices.add_class("csec-answers")  # Up and Down choose, Left and Right change slides (slide_keys.js)
        self.checked_option: int | None = None  # Python-side state: the browser cannot set it
        self.check_button = button(_("Check answer"))
        self.reset_button = button(_("Try again"), secondary=True, disabled=True)
        self.feedback = FeedbackPanel()
        self.notes = html_block("")
        super().__init__(
            [self.question, *phones, self.choices, actions(self.check_button, self.reset_button), self.feedback,
             self.notes],
            kind="knowledge-check",
        )
        self.on_press(self.check_button, self.check)
        self.on_press(self.reset_button, self.reset)
        self.choices.observe(self.answer_arrived_late, "value")

    @property
    def answered(self) -> bool:
        return self.checked_option is not None

    def check(self) -> None:
        """Show feedback for the selected option; ignore clicks that cannot apply."""
        if self.answered:
            return
        chosen = self.choices.value
        if not isinstance(chosen, int) or not 0 <= chosen < len(self.item["options"]):
            first = escape(_("Choose an answer first, then select {button}.")).replace(
                "{button}", f"<b>{escape(_('Check answer'))}</b>")
            self.feedback.show(f"<p>{first}</p>")
            return
        self.choices.layout.display = "none"  # room on the slide for the answer and why, made first
        self.choices.disabled = True
        self.show_verdict(chosen)
        correct_text = next(o["text"] for o in self.item["options"] if o.get("correct"))
        self.notes.value = ('<aside class="notes">' + paragraph(_("The answer: {answer}").format(answer=correct_text))
                            + paragraph(self.item["explanation"]) + "</aside>")
        self.check_button.disabled = True
        self.reset_button.disabled = False

    def show_verdict(self, chosen: int) -> None:
        """The chosen answer, whether it is right, and why."""
        option = self.item["options"][chosen]
        verdict = _("Correct.") if option.get("correct") else _("Not quite.")
        self.checked_option = chosen
        self.feedback.show(paragraph(_("Your answer: {answer}").format(answer=option["text"]), "csec-chosen")
                           + f'<p><span class="csec-verdict">{verdict}</span> {escape(option["feedback"])}</p>')

    def answer_arrived_late(self, change: dict) -> None:
        """Judge the answer chosen just before the click, when it reaches Python after the click did.

        The browser holds back a widget's second quick change until Python has taken its first, but sends a
        click at once: Down, Down, Enter can reach Python as Down, Enter, Down. The answers are disabled
        once checked, so a change that arrives afterwards was made before the check.
        """
        late = self.answered and self.choices.disabled and isinstance(change["new"], int)
        if late and change["new"] != self.checked_option:
            self.show_verdict(change["new"])

    def reset(self) -> None:
        """Clear the answer so the group can try again."""
        self.checked_option = None
        self.choices.disabled = False
        self.choices.layout.display = None
        self.choices.value = None
        self.notes.value = ""
        self.check_button.disabled = False
        self.reset_button.disabled = True
        self.feedback.clear()
