"""`csec export slides`: a session in one HTML file that opens offline, from file://, with every slide."""

import ipywidgets
import pytest

from csec.errors import CsecError
from csec.export.slides import render_deck_html
from csec.notebooks import for_audience, read_notebook, slides
from csec.settings import DEFAULT_AUDIENCE, PROJECT_ROOT
from tests.command_line import assert_one_clear_line, call_csec, run_csec
from tests.presenting import fit_problems, present_slide, present_text
from widgets.snapshot import static_html

SESSION_IDS = ["what-is-csec", "scenario-workshop"]


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    out = tmp_path_factory.mktemp("slides")
    for session in SESSION_IDS:
        result = run_csec("export", "slides", session, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [f"wrote {out / session}.html"]
    return out


@pytest.mark.browser
@pytest.mark.parametrize("session_id", SESSION_IDS)
def test_deck_opens_from_a_file_offline_and_shows_every_slide(decks, browser, curriculum, session_id):
    session = curriculum.session(session_id)
    context = browser.new_context(viewport={"width": 1280, "height": 720}, offline=True)
    requests, errors = [], []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((decks / f"{session_id}.html").as_uri())
    page.wait_for_function("window.Reveal && Reveal.isReady()")
    expected = slides(for_audience(read_notebook(PROJECT_ROOT / session["notebook"]), DEFAULT_AUDIENCE))
    assert page.evaluate("Reveal.getTotalSlides()") == len(expected)
    shown = []
    for index in range(len(expected)):
        assert page.evaluate("Reveal.getIndices().h") == index
        text = " ".join(present_text(page).split())
        assert text, f"slide {index + 1} is empty"
        assert fit_problems(page) == [], f"slide {index + 1} overflows"
        shown.append(text)
        for tab in present_slide(page).locator("label.csec-tab").all()[1:]:  # a help slide: each resource in turn
            tab.click()
            shown.append(" ".join(present_text(page).split()))
            assert fit_problems(page) == [], f"slide {index + 1} overflows with {tab.inner_text()!r} chosen"
        page.keyboard.press("ArrowRight")
    everything = " ".join(shown)
    assert f"Session {session['number']}: {session['title']}" in everything
    assert all(" ".join(point.split()) in everything for point in session["key_points"])
    assert "1-888-373-7888" in everything  # shown once its name is chosen: the deck needs no kernel for that
    assert not page.locator("aside.notes").first.is_visible()
    page.keyboard.press("c")  # high contrast works in the offline deck too
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
    assert errors == []
    assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
    context.close()


def test_an_unknown_session_is_one_clear_line(tmp_path):
    result = call_csec("export", "slides", "7", "--out", str(tmp_path))
    assert_one_clear_line(result, "unknown session '7'", "1 (what-is-csec)")
    assert not list(tmp_path.iterdir())


def test_every_session_becomes_a_deck_with_every_widget_shown(curriculum):
    for session in curriculum.sessions:  # a widget the snapshot cannot show would stop its session here
        html = render_deck_html(curriculum, session)
        assert f'Session {session["number"]}: {session["title"]}' in html
        assert html.count(".csec-card { font-size") == 1  # the activities' stylesheet once, not per widget


def test_a_widget_the_snapshot_does_not_know_stops_the_deck_with_one_line_naming_it():
    card = ipywidgets.VBox([ipywidgets.HTML("<p>Shown</p>"), ipywidgets.FloatSlider(description="How sure?")])
    with pytest.raises(CsecError) as refused:
        static_html(card)
    message = str(refused.value)
    assert "\n" not in message and "FloatSlider" in message and "widgets/snapshot.py" in message, message
