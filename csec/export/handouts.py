"""Participant handouts per session, and the anonymous answer sheet: HTML for screens and a print-ready PDF.

A handout carries only what participants may keep: key points, activity
summaries, reflection questions, help resources and sources. Facilitator notes
and knowledge-check answers never appear in it, nor on the answer sheet.
On screen a handout shows all of that; printed (its PDF, or the page printed
from a browser) it is a take-home of at most two pages: key points, what to
do, the help resources one line each and the sources' publishers.
"""

import re
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

from markupsafe import Markup

from csec.content import Curriculum
from csec.export.names import WALLET_CARD_NAME
from csec.export.printing import FORMATS, PAPER_SIZES, write_printable
from csec.export.templating import export_templates
from csec.html_text import LETTERS
from csec.i18n import translations
from csec.icons import icon_svg
from csec.kinds import content_kinds
from csec.kinds.pre_post_check import statements_for
from csec.kinds.statement import AGREEMENT_SCALE
from csec.notebooks import ContentReference, content_references, for_audience, read_notebook
from csec.page import presenting
from csec.plain_text import contact_lines, first_contact_line, source_line


def sessions_for_audience(curriculum: Curriculum) -> list[dict]:
    return [s for s in curriculum.sessions if curriculum.settings.audience in s["audiences"]]


def activity_blocks(curriculum: Curriculum, references: list[ContentReference]) -> list[str]:
    """One block of HTML per activity that has one (its kind's ``handout_html``), in the order the notebook
    runs them: the content, never the answers to discover."""
    blocks = []
    calls = groupby(references, key=lambda r: (r.cell_number, r.widget, r.kind))
    for (_cell, widget, kind), group in calls:
        item_ids = [r.item_id for r in group]
        if widget == "AudienceScenario":  # the one scenario this audience sees
            item_ids = [curriculum.scenario_for(item_ids)]
        content_kind = content_kinds().get(kind)  # None: a session or a help resource
        if content_kind and content_kind.handout_html:
            blocks.append(content_kind.handout_html([curriculum.item(kind, item_id) for item_id in item_ids]))
    return blocks


def activities(curriculum: Curriculum, session: dict) -> dict:
    """What the session's notebook does with the group, as far as a handout may tell, in the curriculum's language
    (the kinds' words come from the page's: see csec/i18n.py)."""
    notebook = for_audience(read_notebook(curriculum.settings.notebook(session)), curriculum.settings.audience)
    references = content_references(notebook)
    with presenting(curriculum.settings):
        return {
            "blocks": [Markup(block) for block in activity_blocks(curriculum, references)],
            "diagrams": [Markup(block) for block in activity_blocks(curriculum, [
                r for r in references
                if r.kind == "diagram" and curriculum.item("diagram", r.item_id).get("take_home", True)])],
            "question_count": sum(1 for r in references if r.kind == "knowledge_check"),
        }


PUBLISHERS_ON_TAKE_HOME = 5  # the most cited; the web handout lists every source
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # "U.S. government" is not an end


def first_sentence(text: str) -> str:
    """The text up to its first full stop, e.g. a help resource's purpose in one line."""
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def help_resource_cards(curriculum: Curriculum, resources: list[dict]) -> list[dict]:
    """Help resources as the cards handouts and the guide print, with the audiences each is shown to,
    and the take-home's one line: the purpose's first sentence and the first way to reach it."""
    language = curriculum.settings.language
    every_audience = translations(language).gettext("every audience")
    return [{"name": r["name"], "icon": icon_svg(r["icon"]), "purpose": r["purpose"],
             "purpose_line": first_sentence(r["purpose"]), "what_happens": r["what_happens"],
             "language_access": r.get("language_access"), "hours": r.get("hours"),
             "contacts": contact_lines(r, language), "first_contact": first_contact_line(r, language),
             "audiences": [every_audience] if set(curriculum.audiences) <= set(r["audiences"])
             else [curriculum.audiences[a]["label"] for a in r["audiences"]]}
            for r in resources]


def render_handout_html(curriculum: Curriculum, session: dict, paper: str) -> str:
    resources = help_resource_cards(curriculum, curriculum.help_resources())
    sources = [curriculum.source(s) for s in session["sources"]]
    publishers = curriculum.session_publishers(session)
    return export_templates(curriculum.settings.language).get_template("handout.html.j2").render(
        curriculum_title=curriculum.title,
        session=session,
        audience=curriculum.audience["label"],
        what_to_do=curriculum.audience["what_to_do"],
        activities=activities(curriculum, session),
        resources=resources,
        resources_note=curriculum.help_note(),
        locale_name=curriculum.resources["name"],
        sources=[source_line(source) for source in sources],
        publisher_count=len(publishers),
        most_cited_publishers=publishers[:PUBLISHERS_ON_TAKE_HOME],
        web_handout=f'{session["id"]}.html',
        page_size=PAPER_SIZES[paper],
    )


def render_answer_sheet_html(curriculum: Curriculum, check: dict, paper: str) -> str:
    """A sheet to tick answers to the pre/post check on, without a name: its questions, then the statements for
    the audience, each with the five answers the phones offer."""
    return export_templates(curriculum.settings.language).get_template("answer_sheet.html.j2").render(
        curriculum_title=curriculum.title,
        check=check,
        questions=[curriculum.item("knowledge_check", q) for q in check["questions"]],
        letters=LETTERS,
        statements=statements_for(check, curriculum.settings.audience, curriculum),
        scale=AGREEMENT_SCALE,
        resources=help_resource_cards(curriculum, curriculum.help_resources()),
        resources_note=curriculum.help_note(),
        locale_name=curriculum.resources["name"],
        page_size=PAPER_SIZES[paper],
    )




def render_wallet_cards_html(curriculum: Curriculum, paper: str) -> str:
    """Eight wallet cards of the audience's help resources on one page, with cut lines."""
    return export_templates(curriculum.settings.language).get_template("wallet_card.html.j2").render(
        resources=help_resource_cards(curriculum, curriculum.help_resources()), audience_note=curriculum.audience_note(), locale_name=curriculum.resources["name"],
        page_size=PAPER_SIZES[paper])


def printed_documents(curriculum: Curriculum, paper: str) -> list[tuple[str, str, str]]:
    """(file name without suffix, HTML, page footer title in the curriculum's language) for each handout, answer
    sheet and the wallet cards."""
    gettext = translations(curriculum.settings.language).gettext
    documents = [(session["id"], render_handout_html(curriculum, session, paper),
                  gettext("Session {number}: {title}").format(number=session["number"], title=session["title"]))
                 for session in sessions_for_audience(curriculum)]
    documents += [(f'{check["id"]}-answer-sheet', render_answer_sheet_html(curriculum, check, paper), check["title"])
                  for check in curriculum.items["pre_post_check"].values()]
    documents.append((WALLET_CARD_NAME, render_wallet_cards_html(curriculum, paper),
                      gettext("Where to get help: wallet cards")))
    return documents


def export_handouts(
    curriculum: Curriculum,
    *,
    out_dir: Path | None = None,
    paper: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    progress: Callable[[str], None] = print,
) -> list[Path]:
    """Write each session's handout and each answer sheet; return the files written."""
    paper = paper or curriculum.resources["paper"]
    folder = out_dir or curriculum.settings.handouts_dir
    documents = [(folder / f"{name}.html", html, footer_title)
                 for name, html, footer_title in printed_documents(curriculum, paper)]
    return write_printable(documents, paper, formats, progress, curriculum.settings.language)
