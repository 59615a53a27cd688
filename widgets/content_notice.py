"""The opening of every session: a content notice with help resources one click away, then the ground rules."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.i18n import N_, _
from widgets.resource_card import HelpResources
from widgets.theme import Card, actions, bullet_list, button, html_block, paragraph

SHOW_HELP = N_("Show where to get help")
HIDE_HELP = N_("Back to the notice")


class ContentNotice(Card):
    """A notice from content/items/notices.yaml; opens every session, the ground rules on the next slide."""

    def __init__(self, notice_id: str, curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        self.item = curriculum.item("notice", notice_id)
        self.text = html_block(f'<h2>{escape(self.item["title"])}</h2>')
        self.message = html_block(paragraph(self.item["message"]))
        self.help_button = button(_(SHOW_HELP), secondary=True)
        self.help = HelpResources(curriculum, compact=True)
        self.help.layout.display = "none"
        super().__init__([self.text, self.message, actions(self.help_button), self.help], kind="content-notice")
        self.on_press(self.help_button, self.toggle_help)

    @property
    def help_shown(self) -> bool:
        return self.help.layout.display != "none"

    def toggle_help(self) -> None:
        """Show the lines for someone who needs help right now in place of the notice, or the notice again."""
        shown = not self.help_shown
        self.message.layout.display = "none" if shown else None  # one gives way before the other appears
        self.help.layout.display = None if shown else "none"
        self.help_button.description = _(HIDE_HELP) if shown else _(SHOW_HELP)


class GroundRules(Card):
    """The ground rules of a notice in content/items/notices.yaml, on the slide after the notice."""

    def __init__(self, notice_id: str, curriculum: Curriculum | None = None):
        self.item = (curriculum or active_curriculum()).item("notice", notice_id)
        heading = escape(_("Our ground rules"))
        super().__init__([html_block(f"<h2>{heading}</h2>{bullet_list(self.item['ground_rules'])}")],
                         kind="ground-rules")
