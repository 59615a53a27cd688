"""End to end: the real server, real Chromium, a facilitator presenting session 1."""

import re

import pytest

from csec.content import load_curriculum
from csec.notebooks import for_audience, read_notebook, slides
from csec.settings import DEFAULT_AUDIENCE, PROJECT_ROOT, curriculum_settings
from tests.presenting import (
    COLOUR_RULES,
    PRESENT_SLIDE,
    WIDGET_TIMEOUT_MS,
    activity_states,
    codesniffer_errors,
    contrast_problems,
    fit_problems,
    focus_ring_problems,
    go_to_slide_showing,
    heading_problems,
    notes_by_slide,
    open_session,
    present_text,
    serious_violations,
    slide_headings,
    switch_high_contrast,
    switch_large_text,
    tab_to,
    text_size,
    variant_problems,
)
from tests.serving import wait_for_build

pytestmark = pytest.mark.browser
SESSIONS = load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us")).sessions


def test_index_lists_the_sessions_with_links_to_present_and_handouts(recorded, server_url, served_folder, curriculum):
    assert wait_for_build(served_folder, "handouts/professionals")["error"] is None
    page = recorded.page
    page.goto(f"{server_url}/")
    page.get_by_role("link", name="Present session 1").wait_for(timeout=WIDGET_TIMEOUT_MS)
    rows = page.locator("table.csec-index tbody tr")
    assert rows.count() == len(curriculum.sessions)
    for row, session in zip(rows.all(), curriculum.sessions):
        cells = [cell.inner_text() for cell in row.locator("td").all()]
        assert cells[:4] == [str(session["number"]), cells[1], str(session["minutes"]), "All four audiences"]
        assert cells[1].startswith(session["title"])
    chosen = page.locator('.csec-choice b[aria-current="page"]').all_inner_texts()
    assert chosen == ["Professionals who work with youth", "English"]  # the audience, then the language
    for name, content_type in (("Session 1 handout (PDF)", "application/pdf"),
                               ("Session 1 handout (web page)", "text/html"),
                               ("Anonymous check: answer sheet (PDF)", "application/pdf"),
                               ("Where to get help: wallet cards (PDF)", "application/pdf")):
        href = page.get_by_role("link", name=name).get_attribute("href")
        response = page.request.get(f"{server_url}{href}")
        assert response.ok and response.headers["content-type"].startswith(content_type)
    assert page.get_by_role("link", name="activity gallery").get_attribute("href") == "gallery.ipynb"
    assert serious_violations(page) == []
    assert focus_ring_problems(page, limit=80) == []


@pytest.mark.parametrize("session", SESSIONS, ids=[session["id"] for session in SESSIONS])
def test_every_slide_meets_the_projector_standard_in_both_themes_without_notes(recorded, server_url, session):
    page = recorded.page
    page.emulate_media(reduced_motion="reduce")  # every check sees each slide and theme at rest, never mid-fade
    open_session(page, server_url, session["number"])
    expected_notes = notes_by_slide(PROJECT_ROOT / session["notebook"])
    assert page.evaluate("Reveal.getTotalSlides()") == len(expected_notes)
    headings = set()
    for index, notes in enumerate(expected_notes):
        assert page.evaluate("Reveal.getIndices().h") == index
        shown = present_text(page)
        headings |= slide_headings(page)
        for slide_notes in expected_notes:
            for phrase in slide_notes:
                assert phrase not in shown, f"slide {index + 1} shows a facilitator note"
        assert not page.locator(f"{PRESENT_SLIDE} aside.notes").first.is_visible()
        assert fit_problems(page) == [], f"slide {index + 1}"
        assert heading_problems(page) == [], f"slide {index + 1}"
        assert contrast_problems(page) == [], f"slide {index + 1}"
        switch_large_text(page, on=True)  # as large as it fits, here and once its activity has run
        assert fit_problems(page) == [], f"slide {index + 1}, large text"
        switch_large_text(page, on=False)
        for state in activity_states(page):
            assert fit_problems(page) == [], f"slide {index + 1}, {state}"
            assert heading_problems(page) == [], f"slide {index + 1}, {state}"
            assert contrast_problems(page) == [], f"slide {index + 1}, {state}"
        # axe and HTML_CodeSniffer on the whole page at the first slide (landmarks, controls, the deck), then on
        # each slide's content: in high contrast, what a theme changes: the colours.
        within = None if index == 0 else PRESENT_SLIDE
        assert serious_violations(page, within) == [], f"slide {index + 1}"
        assert codesniffer_errors(page, within or "html") == [], f"slide {index + 1}"
        switch_high_contrast(page, on=True)  # the same slide, as legible, its colours as accessible
        assert fit_problems(page) == [], f"slide {index + 1}, high contrast"
        assert contrast_problems(page) == [], f"slide {index + 1}, high contrast"
        assert codesniffer_errors(page, PRESENT_SLIDE) == [], f"slide {index + 1}, high contrast"
        assert serious_violations(page, within, None if index == 0 else COLOUR_RULES) == [], \
            f"slide {index + 1}, high contrast"
        switch_large_text(page, on=True)
        assert fit_problems(page) == [], f"slide {index + 1}, high contrast, large text"
        switch_large_text(page, on=False)
        switch_high_contrast(page, on=False)
        page.keyboard.press("ArrowRight")
    assert page.evaluate("Reveal.isLastSlide()")
    assert variant_problems(session, DEFAULT_AUDIENCE, headings) == []


def test_knowledge_check_gives_the_explanation_in_the_speaker_notes(recorded, server_url, curriculum):
    page = recorded.page
    open_session(page, server_url)
    question = curriculum.item("knowledge_check", "anything-of-value")
    slide = go_to_slide_showing(page, "question 1 of 3")
    correct = next(option["text"] for option in question["options"] if option.get("correct"))
    slide.get_by_label(correct).check()
    slide.get_by_role("button", name="Check answer").click()
    feedback = slide.locator(".csec-feedback")
    feedback.get_by_text("Correct.").wait_for()
    notes = " ".join(slide.locator("aside.notes").all_text_contents())  # the speaker view shows these
    assert " ".join(question["explanation"].split()) in " ".join(notes.split())
    assert question["explanation"].split(".")[0] not in present_text(page)
    assert fit_problems(page) == []
    slide.get_by_role("button", name="Try again").click()
    slide.locator(".csec-feedback.csec-empty").wait_for(state="attached")  # emptied, out of sight


TOP_LEVEL_CARDS = f"{PRESENT_SLIDE} .csec-card:not(.csec-card .csec-card)"


@pytest.mark.parametrize("session", SESSIONS, ids=[session["id"] for session in SESSIONS])
def test_a_small_or_zoomed_window_shows_every_activity_and_each_works(recorded, server_url, session):
    """400x300 CSS px is an 800 px window at 200% zoom (Chromium keeps a site's zoom from the index to every
    session), or 1280 px at 300%: the deck scales down, never turning into a scroll view that comes up before the
    widgets; every code cell's activity is drawn on its slide and goes through the states a room sees."""
    page = recorded.page
    page.set_viewport_size({"width": 400, "height": 300})
    open_session(page, server_url, session["number"])
    assert not page.evaluate("Reveal.isScrollView()")
    notebook = for_audience(read_notebook(PROJECT_ROOT / session["notebook"]), DEFAULT_AUDIENCE)
    for index, cells in enumerate(slides(notebook)):
        page.wait_for_function(f"Reveal.getIndices().h === {index}")
        activities = sum(cell.cell_type == "code" for _number, cell in cells)
        cards = page.locator(TOP_LEVEL_CARDS)
        assert cards.count() == activities, f"slide {index + 1}"
        assert all(card.is_visible() for card in cards.all()), f"slide {index + 1}"
        for _state in activity_states(page):  # each state waits until the kernel has answered
            pass
        page.keyboard.press("ArrowRight")


def test_a_screen_reader_reads_the_deck_as_a_document(recorded, server_url):
    page = recorded.page
    open_session(page, server_url)
    assert page.locator('[role="application"]').count() == 0  # reveal sets it; focus mode hides plain text


def test_a_knowledge_check_is_one_radio_group_named_by_its_question(recorded, server_url, curriculum):
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "question 1 of 3")
    question = curriculum.item("knowledge_check", "anything-of-value")
    group = slide.get_by_role("radiogroup", name=question["question"], exact=True)
    assert [radio.get_attribute("value") for radio in group.get_by_role("radio").all()] == ["0", "1", "2"]
    for option in question["options"]:
        assert f'- radio "{option["text"]}"' in group.aria_snapshot()
    assert slide.locator('[title="null"]').count() == 0  # read out as the answers' description before
    page.keyboard.press("Tab")  # the group is one Tab stop: on to the button from its first answer
    assert page.evaluate(FIRST_ANSWER_FOCUSED)
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED_BUTTON.format("Check answer"))


def test_feedback_is_read_from_a_live_region_that_was_there_before_it(recorded, server_url, curriculum):
    """A region added, or shown, only as its words arrive is often not read out: the knowledge check's is in
    the accessibility tree, empty, from the start."""
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "question 1 of 3")
    region = slide.locator(".csec-knowledge-check").get_by_role("status")
    assert region.count() == 1 and region.inner_text().strip() == ""
    region.evaluate("region => { region.dataset.seenBefore = 'yes'; }")
    question = curriculum.item("knowledge_check", "anything-of-value")
    slide.get_by_label(next(o["text"] for o in question["options"] if o.get("correct"))).check()
    slide.get_by_role("button", name="Check answer").click()
    slide.locator('[role="status"][data-seen-before="yes"]').get_by_text("Correct.").wait_for()
    assert "Correct." in slide.get_by_role("status").inner_text()


def test_the_slide_number_is_not_a_tab_stop(recorded, server_url):
    page = recorded.page
    open_session(page, server_url)
    for _slide in range(3):
        for _press in range(25):
            page.keyboard.press("Tab")
            assert not page.evaluate("Boolean(document.activeElement.closest('.slide-number'))")
        page.evaluate("document.activeElement.blur(); Reveal.next()")


RUNNING_ANIMATIONS = "document.getAnimations().filter(a => a.playState === 'running').length"


def test_nothing_moves_when_the_system_asks_for_reduced_motion(recorded, server_url):
    """Reveal's arrows bounce until someone navigates and its progress bar slides at each change; a timer pulses
    when time is up: none of it for someone whose system asks for less motion."""
    page = recorded.page
    open_session(page, server_url)
    page.wait_for_function(f"{RUNNING_ANIMATIONS} > 0")  # the bounce, as anyone else sees it
    page.keyboard.press("ArrowRight")
    page.wait_for_function("document.getAnimations().some(a => a.effect.target.closest('.progress'))")
    page.emulate_media(reduced_motion="reduce")
    open_session(page, server_url)
    page.wait_for_function("document.querySelector('.reveal .controls .navigate-right')")
    assert page.evaluate(RUNNING_ANIMATIONS) == 0
    page.keyboard.press("ArrowRight")
    page.wait_for_function("Reveal.getIndices().h === 1")
    assert page.evaluate(RUNNING_ANIMATIONS) == 0
    timer = go_to_slide_showing(page, "Pause").locator(".csec-timer")
    timer.evaluate("card => card.classList.add('csec-timer-done')")  # as when time is up
    assert page.evaluate(RUNNING_ANIMATIONS) == 0


def test_the_fit_check_names_text_a_room_could_not_read(recorded, server_url):
    """A slide made too long, too small and clipped on purpose fails the check that every slide passes."""
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "What CSEC includes")
    assert fit_problems(page) == []
    slide.evaluate("""section => {
      const add = html => section.insertAdjacentHTML('beforeend', html);
      add('<p style="font-size: 16px">Small print the back row cannot read.</p>');
      add('<button style="width: 1400px">A button wider than the slide</button>');
      add('<div style="height: 40px; overflow: hidden"><p>First line of a box.<br>Its second line is hidden.</p></div>');
      add('<button style="width: 60px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">Shortened</button>');
      for (let i = 1; i <= 12; i++) add(`<p>Extra paragraph ${i} that makes the slide too long.</p>`);
    }""")
    problems = fit_problems(page)
    assert '16px text, under 24px: "Small print the back row cannot read."' in problems
    assert any("cut off by its box" in p and "Its second line is hidden." in p for p in problems)
    assert 'text cut off by its box: "Shortened"' in problems  # drawn as "Sho..."
    assert any(re.fullmatch(r"\d+ words on the slide at once, over 80: split it, .*", p) for p in problems)
    assert 'text outside the slide: "Extra paragraph 12 that makes the slide too long."' in problems
    assert 'button cut off at its edge: "A button wider than the slide"' in problems
    assert any(p.startswith("the slide's content runs") for p in problems)
    assert not any("Extra paragraph 1 that" in p for p in problems), "text on the slide is reported"


def test_the_contrast_check_names_text_too_faint_for_what_is_really_behind_it(recorded, server_url):
    """Grey on grey made on purpose fails the check that every slide passes in both themes: a semi-transparent
    layer counts over what is under it, a faded element fades its text, and large text needs 3:1 where body text
    needs 4.5:1."""
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "What CSEC includes")
    assert contrast_problems(page) == []
    slide.evaluate("""section => section.insertAdjacentHTML('beforeend', `
      <div style="background: #888888"><p style="color: #777777">Grey on grey.</p></div>
      <div style="background: rgba(0, 0, 0, 0.5)"><p style="color: #555555">Dark on a veil over white.</p></div>
      <p style="color: #000000; opacity: 0.3">Black faded to a whisper.</p>
      <p style="color: #949494; font-size: 24px">Large enough for 3 to 1.</p>
      <p style="color: #949494; font-size: 20px">Too small for 3 to 1.</p>`)""")
    problems = contrast_problems(page)
    assert problems == [  # worked by hand from WCAG's formula
        '1.26:1, under 3:1: "Grey on grey." (#777777 on #888888, 30px, large)',
        '1.87:1, under 3:1: "Dark on a veil over white." (#555555 on #808080, 30px, large)',
        '2.11:1, under 3:1: "Black faded to a whisper." (#b3b3b3 on #ffffff, 30px, large)',
        '3.03:1, under 4.5:1: "Too small for 3 to 1." (#949494 on #ffffff, 20px)',
    ], problems


def test_the_second_engine_finds_what_axe_lets_pass(recorded, server_url):
    """HTML_CodeSniffer, on a slide given on purpose what it first found on every slide: a link to an anchor that
    does not exist (reveal's slide number) and a hidden button without a name (an unused scenario choice)."""
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "What CSEC includes")
    assert codesniffer_errors(page) == []
    slide.evaluate("""section => section.insertAdjacentHTML('beforeend',
      '<p><a href="#no-such-slide">12 / 24</a></p><button style="display: none"></button>')""")
    assert serious_violations(page, PRESENT_SLIDE) == []
    errors = codesniffer_errors(page)  # on the whole page: where an anchor is looked for
    assert len(errors) == 2, errors
    assert errors[0].startswith("WCAG2AA.Principle2.Guideline2_4.2_4_1.G1,G123,G124.NoSuchID:"), errors
    assert errors[1].startswith("WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.Button.Name:"), errors


def test_myth_or_fact_runs_to_the_summary_each_step_on_one_screen(recorded, server_url, curriculum):
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "Activity: myth or fact?")
    slide.get_by_role("button", name="Myth", exact=True).click()
    slide.get_by_text("Well spotted. It is a myth.").wait_for()
    for number in range(2, 7):
        slide.get_by_role("button", name="Next statement").click()
        slide.get_by_text(f"Statement {number} of 6").wait_for()
        slide.get_by_role("button", name="Fact", exact=True).click()
        slide.locator(".csec-feedback").get_by_text("It is a").wait_for()
        assert fit_problems(page) == [], f"statement {number} with its explanation overflows"
    slide.get_by_role("button", name="See the summary").click()
    slide.get_by_text("What to remember (1 of 2)").wait_for()
    assert fit_problems(page) == []
    slide.get_by_role("button", name="More to remember").click()
    slide.get_by_text("What to remember (2 of 2)").wait_for()
    assert fit_problems(page) == []


def test_speaker_view_shows_the_current_slides_notes(recorded, server_url, curriculum):
    page = recorded.page
    open_session(page, server_url)
    expected_notes = notes_by_slide(PROJECT_ROOT / SESSIONS[0]["notebook"])
    with page.expect_popup() as popup_info:
        page.keyboard.press("s")
    speaker = popup_info.value
    speaker.wait_for_load_state()
    notes = speaker.locator("#notes")
    notes.get_by_text(expected_notes[0][0]).wait_for()
    assert speaker.locator("#position").inner_text() == f"Slide 1 of {len(expected_notes)}"
    page.keyboard.press("ArrowRight")
    notes.get_by_text(expected_notes[1][0]).wait_for()
    assert "Next:" in speaker.locator("#next-heading").inner_text()
    speaker.get_by_role("button", name="Next slide").click()
    notes.get_by_text(expected_notes[2][0]).wait_for()
    assert page.evaluate("Reveal.getIndices().h") == 2
    assert speaker.locator("#elapsed").inner_text().count(":") == 1
    assert speaker.locator("#planned").inner_text() == f"of {curriculum.session('what-is-csec')['minutes']} min"
    assert serious_violations(speaker) == []


def test_a_spanish_sessions_speaker_view_speaks_spanish(recorded, server_url, curriculum):
    page = recorded.page
    open_session(page, server_url, 1, "professionals", "es")
    expected_notes = notes_by_slide(PROJECT_ROOT / "notebooks" / "es" / "01_what_is_csec.ipynb", "professionals")
    with page.expect_popup() as popup_info:
        page.keyboard.press("s")
    speaker = popup_info.value
    speaker.wait_for_load_state()
    speaker.locator("#notes").get_by_text(expected_notes[0][0]).wait_for()
    assert speaker.locator("#position").inner_text() == f"Diapositiva 1 de {len(expected_notes)}"
    assert speaker.locator("html").get_attribute("lang") == "es"
    assert speaker.locator("#next-heading").inner_text().startswith("Siguiente:")
    speaker.get_by_role("button", name="Pausar el temporizador").click()
    speaker.get_by_role("button", name="Continuar el temporizador").wait_for()
    assert speaker.locator("#planned").inner_text() == f"de {curriculum.session('what-is-csec')['minutes']} min"
    assert speaker.get_by_role("navigation", name="Moverse por las diapositivas").is_visible()


def test_activities_work_from_the_keyboard_alone(recorded, server_url):
    """On an answer, Up and Down choose the answer above or below, on purpose; Left and Right (a clicker) change
    slides and leave the answer as it was."""
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "question 2 of 3")
    slide_index = page.evaluate("Reveal.getIndices().h")
    radios = slide.get_by_role("radio")
    page.keyboard.press("Tab")
    assert radios.first.evaluate("radio => radio === document.activeElement")
    page.keyboard.press("ArrowDown")
    assert radios.nth(1).is_checked()
    page.keyboard.press("ArrowRight")
    page.wait_for_function(f"Reveal.getIndices().h === {slide_index + 1}")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"Reveal.getIndices().h === {slide_index}")
    assert radios.nth(1).is_checked() and [radio.is_checked() for radio in radios.all()].count(True) == 1
    tab_to(page, "element.textContent === 'Check answer'")
    page.keyboard.press("Space")
    slide.locator(".csec-feedback").get_by_text("Not quite.").wait_for()
    assert page.evaluate("Reveal.getIndices().h") == slide_index  # Space pressed the button only


FOCUSED_BUTTON = "document.activeElement.tagName === 'BUTTON' && document.activeElement.textContent.trim() === {!r}"
FIRST_ANSWER_FOCUSED = f"document.activeElement === document.querySelector('{PRESENT_SLIDE} input[type=radio]')"


def test_a_button_that_disables_itself_hands_the_focus_on_never_to_the_page(recorded, server_url):
    page = recorded.page
    open_session(page, server_url)
    go_to_slide_showing(page, "Pause")
    tab_to(page, "element.textContent.trim() === 'Start timer'")
    page.keyboard.press("Enter")
    page.wait_for_function(FOCUSED_BUTTON.format("Pause"))  # the Start button is disabled while it runs
    page.keyboard.press("Enter")
    page.wait_for_function(FOCUSED_BUTTON.format("Resume"))
    slide = go_to_slide_showing(page, "question 1 of 3")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")  # the first answer
    tab_to(page, "element.textContent.trim() === 'Check answer'")
    page.keyboard.press("Enter")
    page.wait_for_function(FOCUSED_BUTTON.format("Try again"))
    page.keyboard.press("Enter")
    page.wait_for_function(FIRST_ANSWER_FOCUSED)  # the answers are back
    assert slide.get_by_role("radio").first.is_visible()


def test_after_a_slide_change_the_first_tab_lands_on_the_slides_own_controls(recorded, server_url):
    """Forward or back, with the focus left on the slide before: Tab reaches the new slide's first control at
    once, Shift+Tab its last."""
    page = recorded.page
    open_session(page, server_url)
    go_to_slide_showing(page, "question 1 of 3")
    question_1 = page.evaluate("Reveal.getIndices().h")

    def change_slide(key: str, to: int) -> None:
        page.keyboard.press(key)
        page.wait_for_function(f"Reveal.getIndices().h === {to}")

    tab_to(page, "element.textContent.trim() === 'Check answer'")
    change_slide("ArrowRight", question_1 + 1)
    page.keyboard.press("Tab")
    assert page.evaluate(FIRST_ANSWER_FOCUSED)
    change_slide("ArrowLeft", question_1)  # from an answer of question 2
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(FOCUSED_BUTTON.format("Check answer"))
    change_slide("ArrowLeft", question_1 - 1)  # from a button, back to myth or fact
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED_BUTTON.format("Myth"))


def test_the_index_has_a_main_landmark_headings_in_order_and_the_slides_font_offline(recorded, server_url):
    page = recorded.page
    failed = []
    page.on("response", lambda response: failed.append(f"{response.status} {response.url}") if response.status >= 400
            else None)
    page.goto(f"{server_url}/")
    page.get_by_role("link", name="Present session 1").wait_for(timeout=WIDGET_TIMEOUT_MS)
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("main").get_by_role("table", name="Sessions in order").is_visible()
    assert heading_problems(page, slide_only=False) == []
    assert page.get_by_role("heading", level=1).count() == 1
    page.wait_for_function("document.fonts.check('20px \"Source Sans Pro\"')"
                           " && [...document.fonts].some(f => f.family === 'Source Sans Pro' && f.status === 'loaded')")
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily").startswith('"Source Sans Pro"')
    assert failed == []  # the font's stylesheet too (it once had 403 "File not allowlisted")


def test_an_unknown_address_shows_a_friendly_page_offline(recorded, server_url):
    page = recorded.page
    response = page.goto(f"{server_url}/voila/render/no_such_session.ipynb")
    assert response.status == 404
    assert page.get_by_role("heading", name="This page could not be opened").is_visible()
    assert "Traceback" not in page.content()
    page.get_by_role("link", name="Back to the list of sessions").click()
    page.get_by_role("link", name="Present session 1").wait_for(timeout=WIDGET_TIMEOUT_MS)


def test_index_links_the_facilitator_guide_once_it_is_ready(recorded, server_url, served_folder):
    assert wait_for_build(served_folder, "guide")["error"] is None  # a fresh folder: built by this server
    page = recorded.page
    page.goto(f"{server_url}/")
    link = page.get_by_role("link", name="Facilitator guide (PDF)")
    link.wait_for(timeout=WIDGET_TIMEOUT_MS)
    response = page.request.get(f"{server_url}{link.get_attribute('href')}")
    assert response.ok and response.headers["content-type"].startswith("application/pdf")



def test_index_links_each_sessions_offline_copy_once_it_is_built(recorded, server_url, served_folder, curriculum):
    assert wait_for_build(served_folder, "slides/professionals")["error"] is None
    page = recorded.page
    page.goto(f"{server_url}/")
    page.get_by_role("link", name="Present session 1").wait_for(timeout=WIDGET_TIMEOUT_MS)
    links = page.get_by_role("link", name="Offline copy (one file)")
    assert links.count() == len(curriculum.sessions)
    response = page.request.get(f"{server_url}{links.first.get_attribute('href')}")
    assert response.ok and response.headers["content-type"].startswith("text/html")
    assert "Session 1: What is CSEC?" in response.text()

def test_high_contrast_is_one_key_away_and_stays_on_from_session_to_session(recorded, server_url):
    page = recorded.page
    open_session(page, server_url, 5)
    background = "getComputedStyle(document.querySelector('.reveal-viewport') || document.body).backgroundColor"
    light = page.evaluate(background)
    switch_high_contrast(page, on=True)
    assert page.evaluate(background) == "rgb(0, 0, 0)" != light
    for text in ("If a young person tells you: do", "Scenario: a young person tells you", "question 1 of 2",
                 "Where to get help (1 of 4)"):
        go_to_slide_showing(page, text)
        assert fit_problems(page) == [], text
        assert serious_violations(page) == [], text
    open_session(page, server_url, 2)
    assert page.evaluate(background) == "rgb(0, 0, 0)", "high contrast was not kept for the next session"
    page.keyboard.press("Shift+Slash")
    assert "High-contrast colors on or off" in page.locator(".r-overlay-help").inner_text()
    page.keyboard.press("Escape")
    switch_high_contrast(page, on=False)
    assert page.evaluate(background) == light


def test_large_text_is_one_key_away_grows_each_slide_as_far_as_it_fits_and_stays_on(recorded, server_url,
                                                                                      curriculum):
    """Browser zoom cannot enlarge a slide (reveal scales the deck back to the window): T does, and an answer's
    feedback that would no longer fit shrinks the slide back as far as it must."""
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "What is CSEC?")
    paragraph = slide.locator("p").first
    before = paragraph.bounding_box()
    switch_large_text(page, on=True)
    assert text_size(page) == 1.5  # a short slide grows most
    assert paragraph.bounding_box()["height"] > 1.3 * before["height"]  # its lines drawn larger, and more of them
    assert fit_problems(page) == []
    slide = go_to_slide_showing(page, "question 1 of 3")
    asked = text_size(page)
    assert asked > 1 and fit_problems(page) == []
    question = curriculum.item("knowledge_check", "anything-of-value")
    longest = max(question["options"], key=lambda option: len(option["feedback"]))
    slide.get_by_label(longest["text"]).check()
    slide.get_by_role("button", name="Check answer").click()
    slide.locator(".csec-feedback").get_by_text(longest["feedback"][:30]).wait_for()
    assert fit_problems(page) == [] and 1 <= text_size(page) < asked  # the why is longer than the answers were
    open_session(page, server_url, 2)
    assert page.evaluate("document.documentElement.classList.contains('csec-large-text')"), "not kept for session 2"
    page.keyboard.press("Shift+Slash")
    assert "Large text on or off" in page.locator(".r-overlay-help").inner_text()
    page.keyboard.press("Escape")
    switch_large_text(page, on=False)
    assert text_size(page) == 1


def test_a_help_slide_shows_each_resource_and_the_slide_keys_still_change_slides(recorded, server_url, curriculum):
    page = recorded.page
    open_session(page, server_url)
    slide = go_to_slide_showing(page, "Where to get help (2 of 4)")
    tabs = slide.locator("label.csec-tab")
    first, second = tabs.nth(0).inner_text().strip(), tabs.nth(1).inner_text().strip()
    details = {r["name"]: r for r in curriculum.help_resources()}
    assert details[first]["what_happens"][:40] in present_text(page)
    index = page.evaluate("Reveal.getIndices().h")
    tabs.nth(1).click()  # as a facilitator would, with the mouse: every slide key still works
    assert details[second]["what_happens"][:40] in present_text(page)
    assert details[first]["what_happens"][:40] not in present_text(page)
    switch_high_contrast(page, on=True)
    switch_high_contrast(page, on=False)
    page.keyboard.press("PageDown")  # a presenter's clicker: the next slide, not the next resource
    page.wait_for_function(f"Reveal.getIndices().h === {index + 1}")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"Reveal.getIndices().h === {index}")
    tab_to(page, "element.matches('.csec-tab input')")  # with the keyboard alone
    page.keyboard.press("ArrowUp")  # Up and Down move between the resources
    page.wait_for_function(f"document.body.innerText.includes({details[first]['what_happens'][:40]!r})")
    page.keyboard.press("ArrowRight")  # and Right still goes to the next slide
    page.wait_for_function(f"Reveal.getIndices().h === {index + 1}")


def test_the_activities_stylesheet_comes_once_per_page_not_with_each_widget(recorded, server_url):
    page = recorded.page
    open_session(page, server_url)
    counts = page.evaluate("""() => ({
        links: document.querySelectorAll('link[href$="/csec/widgets.css"]').length,
        copies: [...document.querySelectorAll('style')].filter(s => s.textContent.includes('.csec-card')).length,
        cards: document.querySelectorAll('.csec-card').length,
        size: getComputedStyle(document.querySelector('.csec-card')).fontSize })""")
    assert counts["links"] == 1 and counts["copies"] == 0 and counts["cards"] > 10
    assert counts["size"] == "24px"  # the card's own rule applies (the reveal theme's is larger)
