"""A private reflection prompt with a timer. Nothing typed leaves the screen."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.i18n import N_, _
from widgets.activity_timer import ActivityTimer
from widgets.theme import Card, html_block, paragraph

PRIVACY_NOTE = N_("Nothing you type here is saved, collected or sent anywhere. You can also just think, or write on "
                  "paper.")


class Reflection(Card):
    """A prompt from content/items/reflections.yaml.

    The notepad is a plain HTML text area, not a synced widget, so what is
    typed never reaches the kernel, the server or any file.
    """

    def __init__(self, reflection_id: str, curriculum: Curriculum | None = None, **timer_options):
        self.item = (curriculum or active_curriculum()).item("reflection", reflection_id)
        field_id = f'csec-reflection-{escape(self.item["id"])}'
        self.prompt = html_block(paragraph(self.item["prompt"], "csec-statement"))
        private_notes = escape(_("Private notes"))
        self.notepad = html_block(
            f'<p class="csec-muted">{escape(_(PRIVACY_NOTE))}</p>'
            f'<label for="{field_id}">{private_notes}</label>'
            f'<textarea id="{field_id}" class="csec-notepad" rows="2" autocomplete="off" spellcheck="false"></textarea>'
        )
        self.timer = ActivityTimer(self.item["minutes"], **timer_options)
        super().__init__([self.prompt, self.timer, self.notepad], kind="reflection")
