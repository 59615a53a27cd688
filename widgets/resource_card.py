"""Help resources, read from the canonical resources file of the chosen locale."""

from html import escape
from uuid import uuid4

from csec.content import Curriculum, active_curriculum
from csec.i18n import N_, translations
from csec.icons import icon_svg
from csec.plain_text import contact_lines, first_contact_line
from widgets.theme import DIRECTORY_TABS, Card, html_block, page_share, paragraph


def resource_html(resource: dict, language: str, *, named: bool = True) -> str:
    """One resource as a card of static HTML in ``language``: how to reach it, what it is for, what happens to
    what you tell it (and, in a translation, whether it serves people in that language).
    ``named=False`` leaves out its name and icon, for a place that shows them already."""
    gettext = translations(language).gettext
    contacts = "".join(f"<li>{escape(line)}</li>" for line in contact_lines(resource, language))
    hours = (f' <span class="csec-hours">{escape(gettext("Open {hours}.").format(hours=resource["hours"]))}</span>'
             if resource.get("hours") else "")
    name = f'<h3>{icon_svg(resource["icon"], size=32)}{escape(resource["name"])}</h3>' if named else ""
    access = (f'<p class="csec-language-access">{escape(resource["language_access"])}</p>'
              if resource.get("language_access") else "")
    return (
        f'<div class="csec-resource"><div class="csec-resource-reach">{name}'
        f'<ul class="csec-contacts">{contacts}</ul></div>'
        f'<div class="csec-resource-about"><p>{escape(resource["purpose"])}{hours}</p>{access}'
        f'<p class="csec-what-happens"><b>{escape(gettext("What happens:"))}</b> '
        f'{escape(resource["what_happens"])}</p></div></div>'
    )


class ResourceCard(Card):
    """One help resource by id, e.g. ``ResourceCard("national-human-trafficking-hotline")``."""

    def __init__(self, resource_id: str, curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        self.resource = curriculum.resource(resource_id)
        super().__init__([html_block(resource_html(self.resource, curriculum.settings.language))],
                         kind="resource-card")


BEFORE_YOU_REACH_OUT = N_("Before you reach out")
CHOOSE_ONE = N_("Choose one to see how to reach it and what happens")
RIGHT_NOW = N_("If you need help right now")
THE_REST = N_("The rest are on the help slides and in the handout.")
ON_OTHER_SLIDES = N_("The help resources are on the other help slides.")


def resource_line_html(resource: dict, language: str) -> str:
    """One resource on one line: its name and the first way to reach it."""
    return (f'<li>{icon_svg(resource["icon"], size=28)}<b>{escape(resource["name"])}</b>: '
            f'<span class="csec-reach">{escape(first_contact_line(resource, language))}</span></li>')


def directory_html(entries: list[tuple[str, str]], group: str, language: str) -> str:
    """(tab, detail) pairs as tabs down the left and the chosen tab's detail beside them, the first chosen.
    Plain radio buttons and the stylesheet do the choosing, so a deck without a kernel works the same."""
    if len(entries) > DIRECTORY_TABS:
        raise ValueError(f"{len(entries)} help resources are too many for one slide (at most {DIRECTORY_TABS}): "
                         "split them, e.g. HelpResources(page=1, of=2) and HelpResources(page=2, of=2)")
    tabs = "".join(f'<label class="csec-tab"><input type="radio" name="{group}" value="{index}"'
                   f'{" checked" if index == 0 else ""}>{tab}</label>' for index, (tab, _detail) in enumerate(entries))
    details = "".join(f'<div class="csec-directory-detail" data-tab="{index}">{detail}</div>'
                      for index, (_tab, detail) in enumerate(entries))
    return (f'<div class="csec-directory"><div class="csec-directory-tabs" role="radiogroup" '
            f'aria-label="{escape(translations(language).gettext(CHOOSE_ONE))}">'
            f'{tabs}</div>{details}</div>')


class HelpResources(Card):
    """The chosen locale's help resources for the chosen audience, those it leads with first.

    Each slide lists its resources by name; the one chosen (the first, to begin with) shows how to reach
    it, what it is for and what happens to what you tell it, so the slide stays within what a room can read.
    ``compact`` gives one line for each resource marked ``right_now`` (every one, if the locale marks none),
    for a slide that has other content: the content notice and the pause.
    ``page`` and ``of`` split the resources over several slides, e.g.
    ``HelpResources(page=1, of=2)`` on one slide and ``HelpResources(page=2, of=2)``
    on the next; what the audience should know first (the locale's note) opens the first page.
    """

    def __init__(self, curriculum: Curriculum | None = None, *, compact: bool = False, page: int = 1, of: int = 1):
        curriculum = curriculum or active_curriculum()
        language = curriculum.settings.language
        gettext = translations(language).gettext
        resources = curriculum.help_resources()
        if compact:
            right_now = [resource for resource in resources if resource.get("right_now")] or resources
            lines = "".join(resource_line_html(resource, language) for resource in right_now)
            super().__init__([html_block(f"<p><b>{escape(gettext(RIGHT_NOW))}</b></p>"
                                         f'<ul class="csec-resource-lines">{lines}</ul>'
                                         + paragraph(gettext(THE_REST), "csec-muted"))],
                             kind="help-resources-compact")
            return
        entries = [(f'{icon_svg(resource["icon"], size=32)}<span>{escape(resource["name"])}</span>',
                    resource_html(resource, language, named=False))
                   for resource in page_share(resources, page, of, "HelpResources")]
        note = curriculum.help_note()
        if note and page == 1:
            entries.insert(0, (f'{icon_svg("info", size=32)}<span>{escape(gettext(BEFORE_YOU_REACH_OUT))}</span>',
                               f'<div class="csec-resources-note">{paragraph(note)}</div>'))
        if not entries:
            super().__init__([html_block(paragraph(gettext(ON_OTHER_SLIDES), "csec-muted"))], kind="help-resources")
            return
        super().__init__([html_block(directory_html(entries, f"csec-help-{uuid4().hex}", language))],
                         kind="help-resources")

