"""The index dashboard: every session in order, with links to present and to handouts.

The facilitator chooses the audience (and the language and the locale, when the
curriculum has more than one) here: each choice is a link to the same index for that choice,
and its session links carry it on, so two tabs can present two audiences.
"""

from html import escape
from pathlib import Path, PurePosixPath

from csec.build_record import part_status
from csec.content import Curriculum, active_curriculum, available_languages, available_locales, language_name
from csec.export.names import GUIDE_FILE_NAME, WALLET_CARD_NAME
from csec.i18n import _
from csec.page import page_url
from csec.settings import Settings
from widgets.theme import Card, html_block, paragraph

INDEX_NOTEBOOK = "index.ipynb"


def download_links(folder: Path, url: str, name: str, title: str) -> list[str]:
    """Download links to the exported PDF and web page ``name`` in ``folder``, where they exist."""
    links = []
    for suffix, label in (("pdf", _("PDF")), ("html", _("web page"))):
        path = folder / f"{name}.{suffix}"
        if path.is_file():
            links.append(f'<a href="{url}{path.name}" download>{escape(title)} ({escape(label)})</a>')
    return links


def session_row(session: dict, curriculum: Curriculum) -> str:
    if set(session["audiences"]) == set(curriculum.audiences):
        audiences = _("All four audiences")
    else:
        audiences = "; ".join(curriculum.audiences[a]["label"] for a in session["audiences"])
    notebook = PurePosixPath(session["notebook"]).name
    not_ready = escape(_("Not ready yet"))
    handouts = download_links(curriculum.settings.handouts_dir, handouts_url(curriculum), session["id"],
                              _("Session {number} handout").format(number=session["number"]))
    deck = curriculum.settings.decks_dir / f'{session["id"]}.html'
    offline = (f'<br><a href="/{curriculum.settings.built_part("slides")}/{deck.name}" download>'
               + escape(_("Offline copy (one file)")) + "</a>" if deck.is_file() else "")
    present = escape(_("Present session {number}").format(number=session["number"]))
    return (
        "<tr>"
        f'<td>{session["number"]}</td>'
        f'<td><b>{escape(session["title"])}</b><br><span class="csec-muted">{escape(session["summary"])}</span></td>'
        f'<td>{session["minutes"]}</td>'
        f"<td>{escape(audiences)}</td>"
        f'<td><a class="csec-present" href="{escape(page_url(notebook, curriculum.settings))}">{present}</a>'
        f"{offline}</td>"
        f'<td>{"<br>".join(handouts) or not_ready}</td>'
        "</tr>"
    )


def build_status(curriculum: Curriculum, part: str) -> str:
    """Why a part's files may be missing, as the last build recorded it (csec/build.py), or ""."""
    settings = curriculum.settings
    status = part_status(settings, settings.built_part(part))
    return escape(status[0].upper() + status[1:]) if status else ""


def handouts_url(curriculum: Curriculum) -> str:
    return f"/{curriculum.settings.built_part('handouts')}/"


def choice_links(label: str, chosen: str, choices: dict[str, str], url) -> str:
    """One line of links, one per choice (id -> name), the chosen one marked for eyes and screen readers."""
    links = [f'<b aria-current="page">{escape(name)}</b>' if choice == chosen
             else f'<a href="{escape(url(choice))}">{escape(name)}</a>' for choice, name in choices.items()]
    return f'<p class="csec-choice">{escape(label)}: {" &middot; ".join(links)}</p>'


def choices_block(curriculum: Curriculum) -> str:
    """Who the sessions are prepared for, and whose help resources they show: each a choice of links."""
    settings = curriculum.settings
    audiences = {audience: details["label"] for audience, details in curriculum.audiences.items()}
    block = choice_links(_("Prepared for"), settings.audience, audiences,
                         lambda audience: page_url(INDEX_NOTEBOOK, settings.choosing(audience=audience)))
    languages = available_languages(settings.content_dir)
    if len(languages) > 1:
        names = {language: language_name(language) for language in languages}
        block += choice_links(_("Language"), settings.language, names,
                              lambda language: page_url(INDEX_NOTEBOOK, settings.choosing(language=language)))
    locales = available_locales(settings.content_dir)
    if len(locales) > 1:
        block += choice_links(_("Help resources for"), settings.locale, {locale: locale for locale in locales},
                              lambda locale: page_url(INDEX_NOTEBOOK, settings.choosing(locale=locale)))
    else:
        block += paragraph(_("Help resources: {place}.").format(place=curriculum.resources["name"]), "csec-muted")
    return block + paragraph(_("Each choice opens this list for that group; the sessions you present from it keep "
                               "the choice, so two groups can be open in two tabs."), "csec-muted")


def group_mode_line(settings: Settings) -> str:
    """Whether phones can answer, and where they join."""
    if settings.room:
        room, join_url = settings.room, settings.join_url
        return paragraph(_("Group mode is on: phones join room {room} at {address} (the join slide after each "
                           "content notice shows the QR code). Results afterwards: csec export results --room {room}")
                         .format(room=room, address=join_url))
    return paragraph(_("Group mode is off: the group answers by a show of hands or on paper. "
                       "To let phones answer, start the app with make serve LAN=1."), "csec-muted")


class SessionIndex(Card):
    """A table of sessions in curriculum order; handout links appear once exported."""

    def __init__(self, curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        audience = curriculum.settings.audience
        rows = "".join(session_row(session, curriculum) for session in curriculum.sessions
                       if audience in session["audiences"])
        table = (
            '<table class="csec-index"><caption>' + escape(_("Sessions in order")) + "</caption><thead><tr>"
            + "".join(f'<th scope="col">{escape(heading)}</th>' for heading in (
                "#", _("Session"), _("Minutes"), _("Audiences"), _("Present"), _("Handout")))
            + f"</tr></thead><tbody>{rows}</tbody></table>"
        )
        sheets = [link for check in curriculum.items["pre_post_check"].values()
                  for link in download_links(curriculum.settings.handouts_dir, handouts_url(curriculum),
                                             f'{check["id"]}-answer-sheet',
                                             _("{title}: answer sheet").format(title=check["title"]))]
        not_ready = escape(_("not ready yet"))
        check_line = escape(_("Anonymous check that can open session 1 and close session 6, one sheet per person:"))
        answer_sheets = f'<p>{check_line} {" &middot; ".join(sheets) or not_ready}</p>'
        cards = download_links(curriculum.settings.handouts_dir, handouts_url(curriculum), WALLET_CARD_NAME,
                               _("Where to get help: wallet cards"))
        cards_line = escape(_("Help resources to take away, eight wallet cards to a page:"))
        wallet_cards = f'<p>{cards_line} {" &middot; ".join(cards) or not_ready}</p>'
        guide_links = download_links(curriculum.settings.guide_dir, f"/{curriculum.settings.built_part('guide')}/",
                                     GUIDE_FILE_NAME, _("Facilitator guide"))
        handouts_status = build_status(curriculum, "handouts")
        handouts_line = ('<p class="csec-build-status">' + escape(_("Handouts:")) + f" {handouts_status}</p>"
                         if handouts_status else "")
        guide_status = build_status(curriculum, "guide") or ("" if guide_links else escape(_("Not ready yet")))
        guide = ("<p>" + escape(_("For facilitators:"))
                 + f' {" &middot; ".join([*guide_links, *filter(None, [guide_status])])}</p>')
        title = f"<h1>{escape(curriculum.title)}</h1>"
        body = title + choices_block(curriculum) + group_mode_line(curriculum.settings) + table + handouts_line + answer_sheets + wallet_cards + guide
        super().__init__([html_block(body)], kind="session-index")
