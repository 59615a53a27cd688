"""Every session for every other audience: each slide fits, shows that audience's
scenario and examples with no serious accessibility problem, raises no error and
asks nothing of another host."""

import sys

import pytest

from csec.content import load_curriculum
from csec.notebooks import content_references, for_audience, read_notebook
from csec.settings import DEFAULT_AUDIENCE, PROJECT_ROOT, current_settings
from tests.presenting import (
    activity_states,
    fit_problems,
    open_session,
    present_slide,
    present_text,
    serious_violations,
    slide_headings,
    variant_problems,
)
from tests.serving import BackgroundServer, free_port

pytestmark = pytest.mark.browser
CURRICULUM = load_curriculum(current_settings(PROJECT_ROOT / "content", "us"))
OTHER_AUDIENCES = [audience for audience in CURRICULUM.audiences if audience != DEFAULT_AUDIENCE]


@pytest.fixture(scope="module", params=OTHER_AUDIENCES)
def audience_server(request, chromium_executable):
    port = free_port()
    command = [sys.executable, "-m", "csec", "serve", "--port", str(port), "--audience", request.param]
    with BackgroundServer(command, port) as server:
        yield request.param, server.url


def shown_titles(session: dict, audience: str) -> list[str]:
    """Titles of the scenarios and examples this audience should see in the session."""
    curriculum = load_curriculum(current_settings(PROJECT_ROOT / "content", "us", audience))
    titles, audience_calls = [], {}
    for reference in content_references(for_audience(read_notebook(PROJECT_ROOT / session["notebook"]), audience)):
        if reference.widget == "AudienceScenario":
            audience_calls.setdefault(reference.cell_number, []).append(reference.item_id)
        elif reference.widget == "AudienceExamples":
            titles.append(curriculum.item("examples", reference.item_id)["by_audience"][audience][0])
    for scenario_ids in audience_calls.values():
        titles.append(curriculum.item("scenario", curriculum.scenario_for(scenario_ids))["title"])
    return titles


@pytest.mark.parametrize("session", CURRICULUM.sessions, ids=[s["id"] for s in CURRICULUM.sessions])
def test_every_slide_for_the_audience(audience_server, recorded, session):
    audience, url = audience_server
    page = recorded.page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_session(page, url, session["number"])
    seen, headings = [], set()
    for index in range(page.evaluate("Reveal.getTotalSlides()")):
        assert fit_problems(page) == [], f"{audience}: slide {index + 1} of {session['id']}"
        for state in activity_states(page):
            assert fit_problems(page) == [], f"{audience}: slide {index + 1} of {session['id']}, {state}"
        seen.append(" ".join(present_text(page).split()))
        headings |= slide_headings(page)
        if present_slide(page).locator(".csec-scenario, .csec-examples").count():  # what differs by audience
            assert serious_violations(page) == [], f"{audience}: slide {index + 1} of {session['id']}"
        page.keyboard.press("ArrowRight")
    shown = " ".join(seen)
    for title in shown_titles(session, audience):
        assert " ".join(title.split()) in shown, f"{audience} should see {title!r}"
    assert variant_problems(session, audience, headings) == []
    assert errors == []
