"""Branching scenarios: steps, choices and what follows each, written for some audiences (items/scenarios.yaml).

A notebook shows one with `Scenario(id)`, or with `AudienceScenario([ids])` the first written for the
audience presenting.
"""

from html import escape

from csec.html_text import bullet_list, paragraph
from csec.i18n import _
from csec.kinds import ContentKind, Problem


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["title"], item["summary"], item["teaching_point"]] + [
        text for step in item["steps"]
        for text in [step["text"], step.get("prompt", ""), *step.get("discussion", []),
                     *(t for c in step.get("choices", []) for t in (c["text"], c["consequence"], c["why"]))]
        if text]


def handout_html(items: list[dict]) -> str:
    """The scenario for a handout: what happened, the lesson, the questions we discussed."""
    item = items[0]
    prompts = [prompt for step in item["steps"] for prompt in step.get("discussion", [])]
    title = escape(_("Scenario: {title}").format(title=item["title"]))
    return (f'<p><b>{title}</b> ({escape(item["setting"])}). {escape(item["summary"])}</p>'
            + paragraph(_("What it teaches: {point}").format(point=item["teaching_point"]))
            + ((paragraph(_("Questions we discussed:")) + bullet_list(prompts)) if prompts else ""))


def item_problems(scenario: dict, curriculum) -> list[Problem]:
    """An unknown audience, or a broken branch: a choice leading nowhere, a step never reached, a step with no
    way out, steps whose choices only loop."""
    problems = []
    step_ids = [step["id"] for step in scenario["steps"]]
    for position, audience in enumerate(scenario["audiences"]):
        if audience not in curriculum.audiences:
            problems.append((["audiences", position], f"unknown audience {audience!r}",
                             f"use one of: {', '.join(curriculum.audiences)}"))
    if scenario["start"] not in step_ids:
        problems.append((["start"], f"start step {scenario['start']!r} does not exist",
                         f"use one of: {', '.join(step_ids)}"))
    for index, step in enumerate(scenario["steps"]):
        if step_ids.index(step["id"]) != index:
            problems.append((["steps", index, "id"], f"step id {step['id']!r} is used twice",
                             "give every step its own id"))
        choices = step.get("choices", [])
        if step.get("ending") and choices:
            problems.append((["steps", index, "choices"], f"ending step {step['id']!r} has choices",
                             "remove the choices or `ending: true`"))
        if not step.get("ending") and not choices:
            problems.append((["steps", index], f"step {step['id']!r} has no way out",
                             "add choices, or mark it `ending: true`"))
        for choice_index, choice in enumerate(choices):
            if "next" in choice and choice["next"] not in step_ids:
                problems.append((["steps", index, "choices", choice_index, "next"],
                                 f"choice {choice['id']!r} leads to missing step {choice['next']!r}",
                                 f"use one of: {', '.join(step_ids)}"))
    reached, waiting = set(), [scenario["start"]]
    steps = {step["id"]: step for step in scenario["steps"]}
    while waiting:
        step_id = waiting.pop()
        if step_id in reached or step_id not in steps:
            continue
        reached.add(step_id)
        waiting.extend(choice["next"] for choice in steps[step_id].get("choices", []) if "next" in choice)
    for index, step in enumerate(scenario["steps"]):
        if step["id"] not in reached:
            problems.append((["steps", index, "id"], f"step {step['id']!r} cannot be reached from the start",
                             "point a choice's `next` at it, or remove it"))
    finishing = steps_that_finish(steps)
    for index, step in enumerate(scenario["steps"]):
        if step["id"] not in finishing:
            problems.append((["steps", index], f"step {step['id']!r} of scenario {scenario['id']!r} never reaches "
                             "an ending: every path from it comes back round",
                             "mark a step it leads to `ending: true`, or leave out one choice's `next` "
                             "so that choice finishes the scenario"))
    return problems


def steps_that_finish(steps: dict[str, dict]) -> set[str]:
    """The steps from which some path reaches an end: an ending, a choice without `next`, or a step reported
    above (no way out, or a choice leading to a missing step), so that a loop is all this adds."""
    finishing = {step_id for step_id, step in steps.items() if step.get("ending") or not step.get("choices")
                 or any(choice.get("next") not in steps for choice in step["choices"])}
    while True:
        more = {step_id for step_id, step in steps.items() if step_id not in finishing
                and any(choice["next"] in finishing for choice in step["choices"])}
        if not more:
            return finishing
        finishing |= more


KIND = ContentKind(
    name="scenario", file="items/scenarios.yaml", schema="scenarios", list_key="scenarios", label="scenario",
    order=4, widgets=("Scenario", "AudienceScenario"), participant_texts=participant_texts,
    handout_html=handout_html, item_problems=item_problems)
