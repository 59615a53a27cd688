"""Help resources, read from the canonical resources file of the chosen locale."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.plain_text import contact_lines
from widgets.theme import Card, html_block, paragraph


def resource_html(resource: dict) -> str:
    """One resource as a card of static HTML."""
    contacts = "".join(f"<li>{escape(line)}</li>" for line in contact_lines(resource))
    hours = f' <span class="csec-hours">Open {escape(resource["hours"])}.</span>' if resource.get("hours") else ""
    return (
        f'<div class="csec-resource"><h3>{escape(resource["name"])}</h3>'
        f'<p>{escape(resource["purpose"])}{hours}</p><ul class="csec-contacts">{contacts}</ul></div>'
    )


class ResourceCard(Card):
    """One help resource by id, e.g. ``ResourceCard("national-human-trafficking-hotline")``."""

    def __init__(self, resource_id: str, curriculum: Curriculum | None = None):
        self.resource = (curriculum or active_curriculum()).resource(resource_id)
        super().__init__([html_block(resource_html(self.resource))], kind="resource-card")


def resource_line_html(resource: dict) -> str:
    """One resource on one line: its name and every way to reach it."""
    return f'<li><b>{escape(resource["name"])}</b>: {escape(" · ".join(contact_lines(resource)))}</li>'


class HelpResources(Card):
    """Every help resource of the chosen locale, in the order of its file.

    ``compact`` gives one line per resource, for a slide that has other content.
    """

    def __init__(self, curriculum: Curriculum | None = None, *, compact: bool = False):
        resources = (curriculum or active_curriculum()).resources
        if compact:
            lines = "".join(resource_line_html(resource) for resource in resources["resources"])
            blocks = [html_block(f'<ul class="csec-resource-lines">{lines}</ul>')]
        else:
            blocks = [html_block(resource_html(resource)) for resource in resources["resources"]]
            if resources.get("note"):
                blocks.append(html_block(paragraph(resources["note"], "csec-muted"), "csec-resources-note"))
        super().__init__(blocks, kind="help-resources-compact" if compact else "help-resources")
