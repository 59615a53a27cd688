"""Where keyboard focus goes when a press disables or hides the button pressed, in pure Python (the browser
moves the focus where the kernel says: tests/test_browser.py)."""

import ipywidgets as ipw
import pytest

from widgets import (
    ActivityTimer,
    KnowledgeCheck,
    MythOrFact,
    PrePostCheck,
    RiskMap,
    Scenario,
    SignSorter,
    TakeABreak,
)
from widgets.keyboard_focus import controls_in

# Every activity with a button that its own press can disable or hide (a poll's and a notice's never do).
ACTIVITIES = {
    "knowledge check": lambda c: KnowledgeCheck("who-exploits", c),
    "myth or fact": lambda c: MythOrFact(["kidnapped-by-strangers", "boys-and-lgbtq-youth"], c),
    "sign sorter": lambda c: SignSorter("signs-by-kind", c),
    "scenario": lambda c: Scenario("new-older-boyfriend", c),
    "risk map": lambda c: RiskMap("ecological-risk-map", c),
    "anonymous check after": lambda c: PrePostCheck("series-check", "after", c),
    "timer": lambda c: ActivityTimer(2, schedule=lambda _delay, _callback: None),
    "break": lambda c: TakeABreak("pause-and-breathe", c, schedule=lambda _delay, _callback: None),
}


def usable_buttons(card) -> list[ipw.Button]:
    return [control for control in controls_in(card, usable_only=True) if isinstance(control, ipw.Button)]


def boxes(box: ipw.Box) -> list[ipw.Box]:
    """``box`` and every box inside it: a press records where it sent the focus on the box it belongs to."""
    return [box] + [inner for child in box.children if isinstance(child, ipw.Box) for inner in boxes(child)]


@pytest.mark.parametrize("make", ACTIVITIES.values(), ids=ACTIVITIES.keys())
def test_a_press_that_takes_its_button_away_leaves_the_focus_on_a_control_of_the_activity(curriculum, make):
    """Press the buttons in turn, as a facilitator might, 60 times: whenever the one pressed is disabled or
    hidden by its own press, the focus has gone to another control the activity shows and enables."""
    card = make(curriculum)
    if isinstance(card, KnowledgeCheck):
        card.choices.value = 1
    taken_away = 0
    for press in range(60):
        buttons = usable_buttons(card)
        control = buttons[press % len(buttons)]
        for box in boxes(card):
            box.focused = None
        control.click()
        usable = controls_in(card, usable_only=True)
        focused = [box.focused for box in boxes(card) if box.focused is not None]
        if control not in usable:
            taken_away += 1
            assert len(focused) == 1 and focused[0] in usable, f"after {control.description!r} the focus fell away"
        else:
            assert focused == [], f"{control.description!r} is still there: the focus stays on it"
    assert taken_away, "no press took its button away: the walk tested nothing"


def test_the_timer_hands_the_focus_between_start_pause_and_resume():
    timer = ActivityTimer(2, schedule=lambda _delay, _callback: None)
    timer.start_button.click()
    assert timer.focused is timer.pause_button
    timer.pause_button.click()
    assert timer.focused is timer.start_button and timer.start_button.description == "Resume"


def test_a_knowledge_check_hands_the_focus_to_try_again_then_back_to_the_answers(curriculum):
    check = KnowledgeCheck("who-exploits", curriculum)
    check.choices.value = 0
    check.check_button.click()
    assert check.focused is check.reset_button
    check.reset_button.click()
    assert check.focused is check.choices


def test_back_to_the_risk_map_focuses_the_factor_chosen_last(curriculum):
    risk_map = RiskMap("ecological-risk-map", curriculum)
    chosen = list(risk_map.factor_buttons.values())[3]
    chosen.click()
    assert risk_map.focused is risk_map.back_button
    risk_map.back_button.click()
    assert risk_map.focused is chosen


def test_a_scenario_focuses_the_first_choice_then_continue_then_the_next_step(curriculum):
    scenario = Scenario("new-older-boyfriend", curriculum)
    scenario.choices_button.click()
    assert scenario.focused is scenario.choice_buttons[0]
    scenario.choice_buttons[0].click()
    assert scenario.focused is scenario.continue_button
    scenario.continue_button.click()
    assert scenario.focused is scenario.choices_button
