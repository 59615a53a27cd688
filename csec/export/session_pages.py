"""A facilitator's page for each session, built from curriculum.yaml and the session's notebook.

Nothing here is written twice: objectives, agenda and key points come from the
curriculum, notes from the notebook's `facilitator` cells, answers and teaching
points from the content items the notebook names. A note changed in a notebook
is in the next guide.
"""

import re
from collections.abc import Callable

import mistune
from markupsafe import Markup

from csec.content import PATH_MINUTES, Curriculum
from csec.i18n import N_, translations
from csec.notebooks import called_names, cell_audiences, content_references, is_facilitator, read_notebook, slides
from csec.plain_text import source_line

# What a slide shows when its first cell is a widget rather than a heading.
WIDGET_SLIDE_TITLES = {
    "SessionTitle": N_("Title and objectives"),
    "ContentNotice": N_("Content notice"),
    "GroundRules": N_("Ground rules"),
}
_markdown = mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])
_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.MULTILINE)


def markdown_html(text: str) -> Markup:
    """Markdown as HTML, with any raw HTML in it escaped."""
    return Markup(_markdown(text))


def session_page(curriculum: Curriculum, session: dict) -> dict:
    """Everything the facilitator's page for ``session`` shows, in the curriculum's language."""
    language = curriculum.settings.language
    notebook = read_notebook(curriculum.settings.notebook(session))
    references = content_references(notebook)
    called = {reference.widget for reference in references}
    return {
        "session": session,
        "audiences": [curriculum.audiences[a]["label"] for a in session["audiences"]],
        "materials": materials(called, language),
        "agenda": agenda(session),
        "slides": slide_notes(curriculum, notebook),
        "questions": _items(curriculum, references, "knowledge_check"),
        "myths": _items(curriculum, references, "myth_or_fact"),
        "sign_sorts": _items(curriculum, references, "sign_sort"),
        "scenarios": [(scenario, [curriculum.audiences[a]["label"] for a in scenario["audiences"]])
                      for scenario in _items(curriculum, references, "scenario")],
        "fidelity": fidelity_checklist(session, language),
    }


def materials(called: set[str], language: str) -> list[str]:
    """What to bring, from what the session's notebook uses, in ``language``."""
    gettext = translations(language).gettext
    needed = [
        gettext("A laptop with the app (make serve) and a projector; a second screen, or the laptop itself, "
                "for the speaker view (press S)."),
        gettext("Your organization's reporting protocol and the local reporting numbers (check the help resources "
                "slide)."),
        gettext("The session handout, one per person (from the index page, or csec export handouts)."),
        gettext("Cards and pens for anonymous questions, and a quiet space where people can step out."),
    ]
    if "PrePostCheck" in called:
        needed.append(gettext("The anonymous answer sheet, one per person, and a box or envelope to collect them "
                              "face down."))
    if "JoinRoom" in called:
        needed.append(gettext("Optional, for answers from phones: Wi-Fi that the phones and the laptop share, and "
                              "the app started with make serve LAN=1 (see Answering from phones)."))
    if called & {"Reflection", "ActionPlan"}:
        needed.append(gettext("Paper and pens for private notes (nothing typed on screen is kept)."))
    return needed


def agenda(session: dict) -> dict:
    """Rows of (number, title, minutes, minutes per path) and the totals."""
    rows = [(number, segment["title"], segment["minutes"], [segment["paths"][p] for p in PATH_MINUTES])
            for number, segment in enumerate(session["segments"], start=1)]
    totals = [sum(row[3][i] for row in rows) for i in range(len(PATH_MINUTES))]
    return {"paths": list(PATH_MINUTES.values()), "rows": rows,
            "total": sum(row[2] for row in rows), "path_totals": totals,
            "path_notes": [(minutes, session["path_notes"][key]) for key, minutes in PATH_MINUTES.items()]}


def slide_notes(curriculum: Curriculum, notebook) -> list[dict]:
    """Per slide: its number, title, audiences, the sources it names and its facilitator notes.

    Every audience's version of a slide is listed, labelled; versions for other
    audiences that stand in the same place share its number.
    """
    gettext = translations(curriculum.settings.language).gettext
    pages, number, place_audiences = [], 0, set()
    for cells in slides(notebook):
        first = cells[0][1]
        audiences = cell_audiences(first)
        if not (audiences and place_audiences and place_audiences.isdisjoint(audiences)):
            number, place_audiences = number + 1, set()
        place_audiences |= set(audiences or curriculum.audiences)
        sources = first.get("metadata", {}).get("csec", {}).get("sources", [])
        pages.append({
            "number": number,
            "title": _slide_title(cells, gettext) or gettext("Slide {number}").format(number=number),
            "audiences": _audience_labels(curriculum, audiences),
            "sources": [source_line(curriculum.source(s)) for s in sources if s in curriculum.sources],
            "notes": [{"html": markdown_html(cell.source),
                       "audiences": _audience_labels(curriculum, cell_audiences(cell) if cell is not first else None)}
                      for _n, cell in cells if is_facilitator(cell)],
        })
    return pages


def _audience_labels(curriculum: Curriculum, audiences: list[str] | None) -> list[str]:
    """Labels of the audiences a slide or note is limited to (none when it is for everyone)."""
    return [curriculum.audiences[a]["label"] for a in audiences or [] if a in curriculum.audiences]


def fidelity_checklist(session: dict, language: str) -> list[str]:
    """What a facilitator ticks off after delivering the session, in ``language``."""
    gettext = translations(language).gettext
    return ([gettext("Segment {number}: {title}").format(number=n, title=segment["title"])
             for n, segment in enumerate(session["segments"], start=1)]
            + [gettext("Key point: {point}").format(point=point) for point in session["key_points"]]
            + [gettext("The content notice and ground rules were read, with the limit of confidentiality."),
               gettext("The pause was offered, and people knew they could step out."),
               gettext("The help resources were shown, and the handout was given out.")])


def _slide_title(cells, gettext: Callable[[str], str]) -> str | None:
    for _number, cell in cells:
        if is_facilitator(cell):
            continue
        if cell.cell_type == "markdown":
            heading = _HEADING.search(cell.source)
            if heading:
                return heading.group(1).strip()
        elif cell.cell_type == "code":
            for widget, title in WIDGET_SLIDE_TITLES.items():
                if widget in called_names(cell):
                    return gettext(title)
    return None


def _items(curriculum: Curriculum, references, kind: str) -> list[dict]:
    ids = dict.fromkeys(reference.item_id for reference in references if reference.kind == kind)
    return [curriculum.item(kind, item_id) for item_id in ids]

