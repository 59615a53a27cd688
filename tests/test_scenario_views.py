"""Every view of every scenario a slide shows, reached by its choices as a room would (each step's story, its
choices, what each choice leads to, the ending and the lesson), in every language and for every audience, holds
no more words than the projector's ceiling with the slide's own heading. The browser walks read the words off
the real slide, but take each scenario's first path only."""

import re
from collections import deque
from html import unescape

import pytest

from csec.content import available_languages, load_curriculum
from csec.notebooks import content_references, for_audience, is_facilitator, read_notebook, slides
from csec.page import presenting
from csec.settings import PROJECT_ROOT, curriculum_settings
from tests.presenting import WORD_CEILING
from widgets import Scenario

LANGUAGES = available_languages(PROJECT_ROOT / "content")


def word_count(html: str) -> int:
    """Words as the slide's fit check counts them: each run of text between spaces holding an ASCII letter or
    digit (a dash or a bare "¿" is no word)."""
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return sum(1 for word in text.split() if re.search(r"\w", word, re.ASCII))


def shown_words(scenario: Scenario) -> int:
    """The words of the scenario's view on the slide now: its title, its shown parts and shown buttons."""
    shown = [scenario.heading.value]
    shown += [region.value for region in (scenario.story, scenario.prompt, scenario.outcome) if region.shown]
    buttons = [*scenario.choice_box.children, scenario.choices_button, scenario.lesson_button,
               scenario.continue_button, scenario.back_button, scenario.restart_button]
    shown += [control.description for control in buttons if control.layout.display != "none"]
    return sum(word_count(part) for part in shown)


def scenario_slides(curriculum) -> dict[str, tuple[int, str]]:
    """For each scenario a slide shows, the most words a heading of those slides holds, and where that slide
    is; an AudienceScenario shows each audience the first scenario it names that lists the audience."""
    found = {}
    for session in curriculum.sessions:
        for audience in session["audiences"]:
            notebook = for_audience(read_notebook(curriculum.settings.notebook(session)), audience)
            shown = {}
            for reference in content_references(notebook):
                if reference.widget == "Scenario" or (
                        reference.widget == "AudienceScenario" and reference.cell_number not in shown
                        and audience in curriculum.items["scenario"][reference.item_id]["audiences"]):
                    shown.setdefault(reference.cell_number, reference.item_id)
            for index, cells in enumerate(slides(notebook), start=1):
                heading = sum(word_count(cell.source) for _number, cell in cells
                              if cell.cell_type == "markdown" and not is_facilitator(cell))
                for number, _cell in cells:
                    if number in shown and heading >= found.get(shown[number], (-1, ""))[0]:
                        found[shown[number]] = (heading, f"session {session['number']} slide {index} ({audience})")
    return found


def paths_to_steps(item: dict) -> dict[str, list[str]]:
    """For each step, the choices that first lead there from the start."""
    paths, waiting = {item["start"]: []}, deque([item["start"]])
    steps = {step["id"]: step for step in item["steps"]}
    while waiting:
        step_id = waiting.popleft()
        for choice in steps[step_id].get("choices", []):
            if choice.get("next") and choice["next"] not in paths:
                paths[choice["next"]] = [*paths[step_id], choice["id"]]
                waiting.append(choice["next"])
    return paths


def replayed(scenario_id: str, curriculum, path: list[str]) -> Scenario:
    scenario = Scenario(scenario_id, curriculum)
    for choice_id in path:
        scenario.show_choices()
        scenario.choose(choice_id)
        scenario.advance()
    return scenario


def view_words(scenario_id: str, curriculum) -> dict[str, int]:
    """The words of each view of the scenario, by name ("step / view")."""
    item = curriculum.item("scenario", scenario_id)
    views = {}

    def ending(scenario, where):
        views[f"{where} / ending"] = shown_words(scenario)
        scenario.lesson_button.click()
        views["lesson"] = shown_words(scenario)

    for step_id, path in paths_to_steps(item).items():
        scenario = replayed(scenario_id, curriculum, path)
        if scenario.finished:
            ending(scenario, step_id)
            continue
        views[f"{step_id} / story"] = shown_words(scenario)
        scenario.choices_button.click()
        views[f"{step_id} / choices"] = shown_words(scenario)
        for choice in scenario.step["choices"]:
            scenario = replayed(scenario_id, curriculum, path)
            scenario.show_choices()
            scenario.choose(choice["id"])
            views[f"{step_id} / outcome {choice['id']}"] = shown_words(scenario)
            if not choice.get("next"):
                scenario.advance()
                ending(scenario, f"{step_id} / {choice['id']}")
    return views


def over_the_ceiling(curriculum, scenario_ids: set[str] | None = None) -> list[str]:
    """Each view of the curriculum's scenarios (or only of ``scenario_ids``) over the ceiling, and where."""
    over = []
    with presenting(curriculum.settings):
        for scenario_id, (heading, where) in scenario_slides(curriculum).items():
            if scenario_ids and scenario_id not in scenario_ids:
                continue
            for view, words in view_words(scenario_id, curriculum).items():
                if heading + words > WORD_CEILING:
                    over.append(f"{where}: {scenario_id} / {view}: {heading + words} words, over {WORD_CEILING}")
    return over


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_of_every_scenario_on_a_slide_fits_with_the_slides_heading(language):
    curriculum = load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us", language=language))
    assert over_the_ceiling(curriculum) == []


def test_a_consequence_too_long_for_its_slide_is_named_with_its_view_and_slide():
    curriculum = load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us", language="es"))
    scenario = curriculum.items["scenario"]["friend-goes-back"]
    step = next(step for step in scenario["steps"] if step.get("choices"))
    choice = step["choices"][-1]
    choice["consequence"] += " y luego" * 20
    over = over_the_ceiling(curriculum, {"friend-goes-back"})
    assert len(over) == 1, over
    assert re.fullmatch(rf"session 5 slide \d+ \(youth\): friend-goes-back / {step['id']} / outcome {choice['id']}: "
                        rf"\d+ words, over {WORD_CEILING}", over[0])
