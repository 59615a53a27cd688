"""A calm pause offering time out and the help resources; usable at any point."""

from html import escape

from csec.content import Curriculum, active_curriculum
from widgets.activity_timer import ActivityTimer
from widgets.resource_card import resource_line_html
from widgets.theme import Card, html_block, paragraph

THE_REST = "The rest are on the help slides and in the handout."


class TakeABreak(Card):
    """A break from content/items/breaks.yaml with a timer and the lines for someone upset right now (the
    resources marked ``right_now``), so the slide stays short."""

    def __init__(self, break_id: str, curriculum: Curriculum | None = None, **timer_options):
        curriculum = curriculum or active_curriculum()
        self.item = curriculum.item("break", break_id)
        self.text = html_block(f'<h3>{escape(self.item["title"])}</h3>' + paragraph(self.item["message"]))
        self.timer = ActivityTimer(self.item["minutes"], **timer_options)
        lines = "".join(resource_line_html(r) for r in curriculum.help_resources() if r.get("right_now"))
        self.help = html_block("<p><b>If you need help right now</b></p>"
                               f'<ul class="csec-resource-lines">{lines}</ul>' + paragraph(THE_REST, "csec-muted"))
        super().__init__([self.text, self.timer, self.help], kind="break")
