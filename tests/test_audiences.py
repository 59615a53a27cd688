"""Every session for every other audience, and in every translation for every audience: each slide fits in
every state its activity takes, shows that audience's scenario and examples with no serious accessibility
problem and none of the facilitator's notes, raises no error and asks nothing of another host."""

import pytest

from csec.content import available_languages, load_curriculum
from csec.notebooks import content_references, for_audience, read_notebook
from csec.settings import DEFAULT_AUDIENCE, DEFAULT_LANGUAGE, PROJECT_ROOT, curriculum_settings
from tests.presenting import (
    activity_states,
    fit_problems,
    notes_by_slide,
    open_session,
    present_from_index,
    present_slide,
    present_text,
    serious_violations,
    slide_headings,
    variant_problems,
    wait_for_session,
)

pytestmark = pytest.mark.browser
CURRICULUM = load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us"))
OTHER_AUDIENCES = [audience for audience in CURRICULUM.audiences if audience != DEFAULT_AUDIENCE]
TRANSLATIONS = {language: load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us", language=language))
                for language in available_languages(PROJECT_ROOT / "content")[1:]}
# test_browser walks the original for the default audience; here the others, and each translation for all.
WALKS = ([(session, audience, DEFAULT_LANGUAGE) for session in CURRICULUM.sessions for audience in OTHER_AUDIENCES]
         + [(session, audience, language) for language, curriculum in TRANSLATIONS.items()
            for session in curriculum.sessions for audience in curriculum.audiences])


def shown_titles(session: dict, audience: str, curriculum=CURRICULUM) -> list[str]:
    """Titles of the scenarios and examples this audience should see in the session: for each
    AudienceScenario, the first scenario it names whose ``audiences`` list the audience."""
    titles, audience_calls = [], {}
    notebook = read_notebook(curriculum.settings.notebook(session))
    for reference in content_references(for_audience(notebook, audience)):
        if reference.widget == "AudienceScenario":
            audience_calls.setdefault(reference.cell_number, []).append(reference.item_id)
        elif reference.widget == "AudienceExamples":
            titles.append(curriculum.item("examples", reference.item_id)["by_audience"][audience][0])
    for scenario_ids in audience_calls.values():
        scenarios = [curriculum.items["scenario"][scenario_id] for scenario_id in scenario_ids]
        titles.append(next(s for s in scenarios if audience in s["audiences"])["title"])
    return titles


@pytest.mark.parametrize("session,audience,language", WALKS,
                         ids=[f'{language}-{session["id"]}-{audience}' for session, audience, language in WALKS])
def test_every_slide_for_the_audience(server_url, recorded, session, audience, language):
    curriculum = TRANSLATIONS.get(language, CURRICULUM)
    page = recorded.page
    page.emulate_media(reduced_motion="reduce")  # each state is checked at rest, never mid-fade
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_session(page, server_url, session["number"], audience, language)
    notes = [phrase for slide in notes_by_slide(curriculum.settings.notebook(session), audience) for phrase in slide]
    seen, headings = [], set()
    for index in range(page.evaluate("Reveal.getTotalSlides()")):
        where = f"{language}, {audience}: slide {index + 1} of {session['id']}"
        shown = present_text(page)
        assert [phrase for phrase in notes if phrase in shown] == [], f"{where} shows a facilitator note"
        assert fit_problems(page) == [], where
        for state in activity_states(page, language):
            assert fit_problems(page) == [], f"{where}, {state}"
        seen.append(" ".join(shown.split()))
        headings |= slide_headings(page)
        if present_slide(page).locator(".csec-scenario, .csec-examples").count():  # what differs by audience
            assert serious_violations(page) == [], where
        page.keyboard.press("ArrowRight")
    shown = " ".join(seen)
    for title in shown_titles(session, audience, curriculum):
        assert " ".join(title.split()) in shown, f"{audience} should see {title!r}"
    assert variant_problems(session, audience, headings, language) == []
    assert errors == []


def test_two_tabs_present_two_audiences_at_once_and_an_address_reopens_its_choice(server_url, recorded):
    """One server, no restart: each tab shows its own audience's examples and scenario, side by side."""
    session = next(s for s in CURRICULUM.sessions if s["id"] == "forms-and-venues")
    tabs = {audience: recorded.context.new_page() for audience in ("youth", "caregivers")}
    for audience, tab in tabs.items():
        present_from_index(tab, server_url, session["number"], CURRICULUM.audiences[audience]["label"])
    for audience, tab in tabs.items():
        text = " ".join(tab.locator(".reveal .slides").text_content().split())
        mine = shown_titles(session, audience)
        others = [t for t in shown_titles(session, "caregivers" if audience == "youth" else "youth") if t not in mine]
        assert mine and all(" ".join(t.split()) in text for t in mine), audience
        assert others and not any(" ".join(t.split()) in text for t in others), audience
    bookmark = tabs["youth"].url
    reopened = recorded.context.new_page()
    reopened.goto(bookmark)
    wait_for_session(reopened)
    text = " ".join(reopened.locator(".reveal .slides").text_content().split())
    assert all(" ".join(t.split()) in text for t in shown_titles(session, "youth"))
