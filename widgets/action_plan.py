"""A personal action plan that closes the series. Nothing typed leaves the screen."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.i18n import N_, _
from widgets.activity_timer import ActivityTimer
from widgets.theme import Card, html_block, paragraph

PRIVATE_NOTEPADS = N_("Nothing you type here is saved, collected or sent anywhere.")


class ActionPlan(Card):
    """A plan from content/items/action_plans.yaml: its prompts, each with a private notepad.

    The notepads are plain HTML text areas, never synced to the kernel.
    """

    def __init__(self, plan_id: str, curriculum: Curriculum | None = None, **timer_options):
        self.item = (curriculum or active_curriculum()).item("action_plan", plan_id)
        fields = "".join(
            f'<li><label for="csec-plan-{escape(self.item["id"])}-{number}">{escape(prompt)}</label>'
            f'<textarea id="csec-plan-{escape(self.item["id"])}-{number}" class="csec-notepad" rows="2" '
            'autocomplete="off" spellcheck="false"></textarea></li>'
            for number, prompt in enumerate(self.item["prompts"], start=1))
        self.intro = html_block(paragraph(self.item["intro"]) + paragraph(_(PRIVATE_NOTEPADS), "csec-muted"), "csec-intro")
        self.plan = html_block(f'<ol class="csec-plan">{fields}</ol>')
        self.timer = ActivityTimer(self.item["minutes"], **timer_options)
        super().__init__([self.intro, self.timer, self.plan], kind="action-plan")
