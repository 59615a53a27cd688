"""Slides for some audiences only (`csec.audiences` in a cell's metadata), honoured wherever a session appears."""

import re
from html import escape as html_escape

import nbformat
import pytest

from csec.content import load_curriculum
from csec.notebooks import for_audience, slides
from csec.settings import PROJECT_ROOT, curriculum_settings
from tests.presenting import limited_slide_headings, variant_problems


def cell(source: str, slide_type: str = "-", audiences: list[str] | None = None, tags: list[str] | None = None):
    metadata = {"slideshow": {"slide_type": slide_type}}
    if audiences is not None:
        metadata["csec"] = {"audiences": audiences}
    if tags:
        metadata["tags"] = tags
    return nbformat.v4.new_markdown_cell(source, metadata=metadata)


def sample_notebook():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        cell("imports", "skip"),
        cell("## For everyone", "slide"),
        cell("notes for everyone", "notes", tags=["facilitator"]),
        cell("## Taking care of yourself", "slide", audiences=["professionals", "caregivers"]),
        cell("vicarious trauma notes", "notes", tags=["facilitator"]),
        cell("## After helping a friend", "slide", audiences=["youth"]),
        cell("a line for youth only on this slide", audiences=["youth"]),
        cell("notes for the youth slide", "notes", tags=["facilitator"]),
        cell("## Help", "slide"),
        cell("what youth should know first", audiences=["youth"]),
    ]
    return notebook


def sources_seen(notebook, audience):
    return [[c.source for _n, c in cells] for cells in slides(for_audience(notebook, audience))]


def test_a_slides_first_cell_decides_for_the_whole_slide_and_later_cells_for_themselves():
    notebook = sample_notebook()
    assert sources_seen(notebook, "youth") == [
        ["## For everyone", "notes for everyone"],
        ["## After helping a friend", "a line for youth only on this slide", "notes for the youth slide"],
        ["## Help", "what youth should know first"],
    ]
    assert sources_seen(notebook, "caregivers") == [
        ["## For everyone", "notes for everyone"],
        ["## Taking care of yourself", "vicarious trauma notes"],
        ["## Help"],
    ]
    assert sources_seen(notebook, "hospitality") == [["## For everyone", "notes for everyone"], ["## Help"]]


def test_the_notebook_itself_is_left_whole():
    notebook = sample_notebook()
    for_audience(notebook, "youth")
    assert len(notebook.cells) == 10


def headings_in(html: str) -> set[str]:
    headings = re.findall(r"<h[12][^>]*>(.*?)</h[12]>", html, re.S)
    return {" ".join(re.sub(r"<[^>]+>", "", heading).split()) for heading in headings}


def curriculum_for(audience: str):
    return load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us", audience))


SESSIONS_WITH_VARIANTS = [session for session in curriculum_for("professionals").sessions
                          if limited_slide_headings(session)]


def test_the_curriculum_has_youth_versions_of_slides():
    youth_only = [heading for session in SESSIONS_WITH_VARIANTS
                  for heading, audiences in limited_slide_headings(session) if audiences == ["youth"]]
    assert len(youth_only) >= 5, youth_only


@pytest.mark.parametrize("session", SESSIONS_WITH_VARIANTS, ids=[s["id"] for s in SESSIONS_WITH_VARIANTS])
@pytest.mark.parametrize("audience", ["youth", "professionals"])
def test_the_offline_deck_shows_the_audiences_own_slides(session, audience):
    from csec.export.slides import render_deck_html

    headings = headings_in(render_deck_html(curriculum_for(audience), session))
    assert variant_problems(session, audience, headings) == []


def test_the_guide_lists_every_version_of_a_slide_labelled():
    from csec.export.session_pages import session_page
    from csec.export.templating import export_templates

    curriculum = curriculum_for("professionals")
    for session in SESSIONS_WITH_VARIANTS:
        template = export_templates("en").get_template("session_page.html.j2")
        html = template.render(page=session_page(curriculum, session))
        for heading, audiences in limited_slide_headings(session):
            labels = "; ".join(curriculum.audiences[a]["label"] for a in audiences)
            assert re.search(rf"Slide \d+: {re.escape(html_escape(heading))}</h3>\s*<p class=\"audience-variant\">"
                             rf"Only for: {re.escape(html_escape(labels))}</p>", html), (session["id"], heading)
