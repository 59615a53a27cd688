"""A calm pause offering time out and the help resources; usable at any point."""

from html import escape

from csec.content import Curriculum, active_curriculum
from widgets.activity_timer import ActivityTimer
from widgets.resource_card import HelpResources
from widgets.theme import Card, html_block, paragraph


class TakeABreak(Card):
    """A break from content/items/breaks.yaml with a timer and the lines for someone upset right now."""

    def __init__(self, break_id: str, curriculum: Curriculum | None = None, **timer_options):
        curriculum = curriculum or active_curriculum()
        self.item = curriculum.item("break", break_id)
        self.text = html_block(f'<h3>{escape(self.item["title"])}</h3>' + paragraph(self.item["message"]))
        self.timer = ActivityTimer(self.item["minutes"], **timer_options)
        self.help = HelpResources(curriculum, compact=True)
        super().__init__([self.text, self.timer, self.help], kind="break")
