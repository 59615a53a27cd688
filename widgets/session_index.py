"""The index dashboard: every session in order, with links to present and to handouts."""

from html import escape
from pathlib import Path, PurePosixPath

from csec.content import Curriculum, active_curriculum
from csec.export.guide import GUIDE_FILE_NAME
from csec.export.handouts import WALLET_CARD_NAME
from csec.group.live import join_address
from widgets.theme import Card, html_block, paragraph

HANDOUTS_URL = "/handouts/"
GUIDE_URL = "/guide/"


def download_links(folder: Path, url: str, name: str, title: str) -> list[str]:
    """Download links to the exported PDF and web page ``name`` in ``folder``, where they exist."""
    links = []
    for suffix, label in (("pdf", "PDF"), ("html", "web page")):
        path = folder / f"{name}.{suffix}"
        if path.is_file():
            links.append(f'<a href="{url}{path.name}" download>{escape(title)} ({label})</a>')
    return links


def session_row(session: dict, curriculum: Curriculum) -> str:
    if set(session["audiences"]) == set(curriculum.audiences):
        audiences = "All four audiences"
    else:
        audiences = "; ".join(curriculum.audiences[a]["label"] for a in session["audiences"])
    notebook = PurePosixPath(session["notebook"]).name
    handouts = download_links(curriculum.settings.handouts_dir, HANDOUTS_URL, session["id"],
                              f'Session {session["number"]} handout')
    return (
        "<tr>"
        f'<td>{session["number"]}</td>'
        f'<td><b>{escape(session["title"])}</b><br><span class="csec-muted">{escape(session["summary"])}</span></td>'
        f'<td>{session["minutes"]}</td>'
        f"<td>{escape(audiences)}</td>"
        f'<td><a class="csec-present" href="{escape(notebook)}">Present session {session["number"]}</a></td>'
        f'<td>{"<br>".join(handouts) or "Not exported yet"}</td>'
        "</tr>"
    )


def group_mode_line() -> str:
    """Whether phones can answer, and where they join."""
    joined = join_address()
    if joined:
        room, join_url = joined
        return paragraph(f"Group mode is on: phones join room {room} at {join_url} (the join slide after each "
                         f"content notice shows the QR code). Results afterwards: csec export results --room {room}")
    return paragraph("Group mode is off: the group answers by a show of hands or on paper. "
                     "To let phones answer, start the app with make serve LAN=1.", "csec-muted")


class SessionIndex(Card):
    """A table of sessions in curriculum order; handout links appear once exported."""

    def __init__(self, curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        audience = curriculum.settings.audience
        rows = "".join(session_row(session, curriculum) for session in curriculum.sessions
                       if audience in session["audiences"])
        table = (
            '<table class="csec-index"><caption>Sessions in order</caption>'
            "<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Session</th>"
            "<th scope=\"col\">Minutes</th><th scope=\"col\">Audiences</th>"
            "<th scope=\"col\">Present</th><th scope=\"col\">Handout</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
        locale = paragraph(
            f'Prepared for: {curriculum.audience["label"]} (audience \u201c{audience}\u201d). '
            f'Help resources: {curriculum.resources["name"]} (locale \u201c{curriculum.settings.locale}\u201d). '
            "Start the app with --audience or --locale to change them.", "csec-muted")
        sheets = [link for check in curriculum.items["pre_post_check"].values()
                  for link in download_links(curriculum.settings.handouts_dir, HANDOUTS_URL,
                                             f'{check["id"]}-answer-sheet', f'{check["title"]}: answer sheet')]
        answer_sheets = ("<p>Anonymous check that can open session 1 and close session 6, one sheet per person: "
                         f'{" &middot; ".join(sheets) or "not exported yet"}</p>')
        cards = download_links(curriculum.settings.handouts_dir, HANDOUTS_URL, WALLET_CARD_NAME,
                               "Where to get help: wallet cards")
        wallet_cards = ("<p>Help resources to take away, eight wallet cards to a page: "
                        f'{" &middot; ".join(cards) or "not exported yet"}</p>')
        guide_links = download_links(curriculum.settings.guide_dir, GUIDE_URL, GUIDE_FILE_NAME, "Facilitator guide")
        waiting = "the facilitator guide is being prepared: reload this page in a minute or two"
        guide = f'<p>For facilitators: {" &middot; ".join(guide_links) or waiting}</p>'
        title = f"<h1>{escape(curriculum.title)}</h1>"
        body = title + locale + group_mode_line() + table + answer_sheets + wallet_cards + guide
        super().__init__([html_block(body)], kind="session-index")
