"""Help resources, read from the canonical resources file of the chosen locale."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.icons import icon_svg
from csec.plain_text import contact_lines, first_contact_line
from widgets.theme import Card, html_block, page_share, paragraph


def resource_html(resource: dict) -> str:
    """One resource as a card of static HTML: what it is for, what happens to what you tell it, how to reach it."""
    contacts = "".join(f"<li>{escape(line)}</li>" for line in contact_lines(resource))
    hours = f' <span class="csec-hours">Open {escape(resource["hours"])}.</span>' if resource.get("hours") else ""
    return (
        f'<div class="csec-resource"><div class="csec-resource-reach">'
        f'<h3>{icon_svg(resource["icon"], size=32)}{escape(resource["name"])}</h3>'
        f'<ul class="csec-contacts">{contacts}</ul></div>'
        f'<div class="csec-resource-about"><p>{escape(resource["purpose"])}{hours}</p>'
        f'<p class="csec-what-happens"><b>What happens:</b> {escape(resource["what_happens"])}</p></div></div>'
    )


class ResourceCard(Card):
    """One help resource by id, e.g. ``ResourceCard("national-human-trafficking-hotline")``."""

    def __init__(self, resource_id: str, curriculum: Curriculum | None = None):
        self.resource = (curriculum or active_curriculum()).resource(resource_id)
        super().__init__([html_block(resource_html(self.resource))], kind="resource-card")


EVERY_WAY_TO_REACH = "Every way to reach them, and what happens when you do, is on the help slides and the handout."


def resource_line_html(resource: dict) -> str:
    """One resource on one line: its name and the first way to reach it."""
    return (f'<li>{icon_svg(resource["icon"], size=28)}<b>{escape(resource["name"])}</b>: '
            f'<span class="csec-reach">{escape(first_contact_line(resource))}</span></li>')


class HelpResources(Card):
    """The chosen locale's help resources for the chosen audience, those it leads with first.

    ``compact`` gives one line per resource, for a slide that has other content.
    ``page`` and ``of`` split the cards over several slides, e.g.
    ``HelpResources(page=1, of=2)`` on one slide and ``HelpResources(page=2, of=2)``
    on the next; what the audience should know first opens the first page.
    """

    def __init__(self, curriculum: Curriculum | None = None, *, compact: bool = False, page: int = 1, of: int = 1):
        curriculum = curriculum or active_curriculum()
        resources = curriculum.help_resources()
        if compact:
            lines = "".join(resource_line_html(resource) for resource in resources)
            super().__init__([html_block(f'<ul class="csec-resource-lines">{lines}</ul>'
                                         + paragraph(EVERY_WAY_TO_REACH, "csec-muted"))],
                             kind="help-resources-compact")
            return
        blocks = [html_block(resource_html(resource)) for resource in page_share(resources, page, of, "HelpResources")]
        note = curriculum.help_note()
        if note and page == 1:
            blocks.insert(0, html_block(paragraph(note), "csec-resources-note"))
        if not blocks:
            blocks = [html_block(paragraph("The help resources are on the other help slides.", "csec-muted"))]
        super().__init__(blocks, kind="help-resources")
