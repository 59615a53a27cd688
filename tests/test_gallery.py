"""Every widget in the gallery, operated with the keyboard alone, in real Chromium."""

import pytest

from tests.presenting import (
    WIDGET_TIMEOUT_MS,
    codesniffer_errors,
    contrast_problems,
    fit_problems,
    focus_ring_problems,
    go_to_slide_showing,
    serious_violations,
    switch_high_contrast,
    tab_to,
    tab_to_button,
    wait_for_slides,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def gallery(recorded, server_url):
    page = recorded.page
    page.goto(f"{server_url}/voila/render/gallery.ipynb", timeout=WIDGET_TIMEOUT_MS)
    wait_for_slides(page)
    page.locator(".csec-take-a-break, .csec-break").first.wait_for(state="attached", timeout=WIDGET_TIMEOUT_MS)
    return page


def press(page, label: str, key: str = "Enter") -> None:
    tab_to_button(page, label)
    page.keyboard.press(key)


def see_the_choices(page) -> None:
    """Press "See the choices" and wait until the first choice has the focus, as the widget moves it there."""
    press(page, "See the choices")
    page.wait_for_function("document.activeElement.classList.contains('csec-choice')"
                           " && !document.activeElement.disabled")


def settle(page) -> None:
    """Each slide after the keyboard flow: fits on screen, its text legible against its background, no serious
    accessibility problem."""
    assert fit_problems(page) == []
    assert contrast_problems(page) == []
    assert serious_violations(page) == []
    assert codesniffer_errors(page) == []


def test_content_notice_and_knowledge_check(gallery, curriculum):
    page = gallery
    slide = go_to_slide_showing(page, "Content notice")
    press(page, "Show where to get help")
    slide.get_by_text("Emergency services").wait_for()
    settle(page)
    press(page, "Back to the notice", "Space")
    slide.get_by_text("Emergency services").wait_for(state="hidden")

    slide = go_to_slide_showing(page, "Knowledge check")
    question = curriculum.item("knowledge_check", "who-exploits")
    correct = next(option["text"] for option in question["options"] if option.get("correct"))
    tab_to(page, "element.type === 'radio'")  # the answers are one Tab stop; Down goes to, and chooses, the next
    for _option in question["options"]:
        if page.evaluate(f"document.activeElement.parentElement.textContent.trim() === {correct!r}"):
            break
        page.keyboard.press("ArrowDown")
    assert slide.get_by_label(correct).is_checked()
    press(page, "Check answer")
    slide.locator(".csec-feedback").get_by_text("Correct.").wait_for()
    settle(page)
    press(page, "Try again")
    slide.locator(".csec-feedback.csec-empty").wait_for(state="attached")


def test_myth_or_fact_and_sign_sorter(gallery, curriculum):
    page = gallery
    slide = go_to_slide_showing(page, "Myth or fact")
    press(page, "Myth")
    slide.get_by_text("Well spotted. It is a myth.").wait_for()
    press(page, "Next statement")
    slide.get_by_text("Statement 2 of 2").wait_for()
    press(page, "Fact")
    press(page, "See the summary")
    slide.get_by_text("What to remember").wait_for()
    settle(page)

    slide = go_to_slide_showing(page, "Sign sorter")
    sort = curriculum.item("sign_sort", "signs-by-kind")
    labels = {category["id"]: category["label"] for category in sort["categories"]}
    for number, observation in enumerate(sort["observations"], start=1):
        slide.get_by_text(f"Observation {number} of {len(sort['observations'])}").wait_for()
        press(page, labels[observation["category"]])
        slide.locator(".csec-feedback").get_by_text("Well spotted.").wait_for()
        settle(page)
        press(page, "See the summary" if number == len(sort["observations"]) else "Next observation")
    slide.get_by_text("Remember:").wait_for()
    settle(page)


def test_scenario_from_start_to_the_lesson(gallery, curriculum):
    page = gallery
    slide = go_to_slide_showing(page, "Scenario")
    scenario = curriculum.item("scenario", "new-older-boyfriend")
    for _ in range(len(scenario["steps"])):
        if slide.get_by_role("button", name="See the lesson").is_visible():
            break
        settle(page)  # the story
        see_the_choices(page)
        page.keyboard.press("Enter")
        slide.get_by_text("What happens:").wait_for()
        settle(page)
        tab_to(page, "element.tagName === 'BUTTON' && ['Continue', 'Finish'].includes(element.textContent.trim())")
        page.keyboard.press("Enter")
        slide.locator(".csec-feedback.csec-empty").wait_for(state="attached")  # the next step is shown
    settle(page)  # the story's end
    press(page, "See the lesson")
    slide.get_by_text("The lesson:").wait_for()
    settle(page)


def test_a_screen_reader_hears_the_next_part_of_the_story_after_continue(gallery, curriculum):
    """The story is a live region from the start: after "Continue" it reads out the next part while the focus
    moves to "See the choices"."""
    page = gallery
    slide = go_to_slide_showing(page, "Scenario")
    steps = {step["id"]: step for step in curriculum.item("scenario", "new-older-boyfriend")["steps"]}
    first = steps["first-signs"]
    story = slide.get_by_role("status").filter(has_text=first["text"][:40])
    story.evaluate("region => { region.dataset.seenBefore = 'yes'; }")
    see_the_choices(page)
    page.keyboard.press("Enter")
    press(page, "Continue")
    following = steps[first["choices"][0]["next"]]
    slide.locator('[role="status"][data-seen-before="yes"]').get_by_text(following["text"][:40]).wait_for()
    page.wait_for_function("document.activeElement.textContent.trim() === 'See the choices'")


def test_risk_map_and_poll(gallery):
    page = gallery
    slide = go_to_slide_showing(page, "Risk map")
    tab_to(page, "element.classList.contains('csec-factor')")
    page.keyboard.press("Enter")
    slide.get_by_text("How an exploiter may target this:").wait_for()
    settle(page)

    slide = go_to_slide_showing(page, "Poll")
    tab_to(page, "element.tagName === 'INPUT' && element.type === 'number'")
    page.keyboard.press("Control+A")
    page.keyboard.type("3")
    page.keyboard.press("Tab")  # the "+1" button of the same option
    page.keyboard.press("Enter")
    slide.get_by_text("4 answers").wait_for()
    slide.get_by_text("4 (100%)").wait_for()
    settle(page)


def test_reflection_timer_and_break(gallery):
    page = gallery
    slide = go_to_slide_showing(page, "Reflection")
    slide.get_by_text("Nothing you type here is saved, collected or sent").wait_for()
    press(page, "Start timer")
    slide.get_by_text("Timer running.").wait_for()
    face = slide.locator(".csec-timer-face")
    page.wait_for_function("f => !f.textContent.includes('02:00')", arg=face.element_handle(), timeout=10_000)
    press(page, "Pause")
    slide.get_by_text("Timer paused.").wait_for()
    tab_to(page, "element.tagName === 'TEXTAREA'")
    page.keyboard.type("a private thought")
    settle(page)
    page.keyboard.press("Shift+Tab")  # out of the text area, so the arrow keys move slides again

    slide = go_to_slide_showing(page, "Take a break")
    press(page, "Start timer", "Space")
    slide.get_by_text("Timer running.").wait_for()
    press(page, "Reset")
    slide.get_by_text("05:00 for this activity.").wait_for()
    settle(page)


def test_action_plan_and_pre_post_check(gallery, curriculum):
    page = gallery
    slide = go_to_slide_showing(page, "Action plan")
    tab_to(page, "element.tagName === 'TEXTAREA'")
    page.keyboard.type("talk to my supervisor")
    settle(page)
    page.keyboard.press("Shift+Tab")

    slide = go_to_slide_showing(page, "Anonymous pre/post check")
    check = curriculum.item("pre_post_check", "series-check")
    questions = check["questions"]
    second = curriculum.item("knowledge_check", questions[1])
    press(page, "Start the check")
    slide.get_by_text(f"question 1 of {len(questions)}").wait_for()
    press(page, "Next")
    slide.get_by_text(f"question 2 of {len(questions)}").wait_for()
    slide.get_by_text(second["question"][:40]).wait_for()
    press(page, "Show the answer")
    slide.locator(".csec-feedback").get_by_text("The answer:").wait_for()
    for _question in questions[1:]:  # then the statements written for the gallery's audience, the professionals'
        press(page, "Next")
    statements = [curriculum.item("statement", s) for s in check["statements"]]
    asked = [s for s in statements if "professionals" in s.get("audiences", ["professionals"])]
    slide.get_by_text(f"statement 1 of {len(asked)}").wait_for()
    slide.get_by_text(asked[0]["statement"]).wait_for()
    assert slide.locator(".csec-scale li").all_inner_texts() == [
        "Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"]
    assert not slide.get_by_role("button", name="Show the answer").is_visible()  # a statement has no answer
    settle(page)


def test_scenario_step_notes_follow_in_the_speaker_view_only(gallery, curriculum):
    page = gallery
    slide = go_to_slide_showing(page, "Scenario")
    steps = {step["id"]: step for step in curriculum.item("scenario", "new-older-boyfriend")["steps"]}
    first = steps["first-signs"]
    with page.expect_popup() as popup:
        page.keyboard.press("s")
    notes = popup.value.locator("#notes")
    notes.get_by_text(first["facilitator_notes"][:50]).wait_for()
    assert not slide.get_by_text(first["facilitator_notes"][:50]).is_visible()
    see_the_choices(page)
    page.keyboard.press("Enter")
    slide.get_by_text("What happens:").wait_for()
    press(page, "Continue")
    following = steps[first["choices"][0]["next"]]
    notes.get_by_text(following["facilitator_notes"][:50]).wait_for()
    assert not slide.get_by_text(following["facilitator_notes"][:50]).is_visible()


def test_every_tab_stop_shows_a_focus_ring_in_both_themes(gallery):
    """Each activity's controls and reveal's arrows, on every slide of the gallery: the ring is at least 2 px on
    every side at 3:1 against the unfocused look (screenshots, not styles: a ring cut off by its box or faded
    with its button fails)."""
    page = gallery
    page.emulate_media(reduced_motion="reduce")
    for high_contrast in (False, True):
        if high_contrast:
            switch_high_contrast(page, on=True)
        for index in range(page.evaluate("Reveal.getTotalSlides()")):
            page.evaluate(f"Reveal.slide({index})")
            assert focus_ring_problems(page) == [], f"slide {index + 1}{', high contrast' if high_contrast else ''}"
    switch_high_contrast(page, on=False)
