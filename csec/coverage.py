"""Coverage of the brief: each concept appears in what participants read in its session,
and the scenarios the sessions show span enough audiences, venues and situations."""

from collections import Counter
from itertools import groupby
from pathlib import Path

from csec.content import Curriculum, read_content_file
from csec.errors import ContentProblem
from csec.notebooks import content_references, for_audience, read_notebook
from csec.participant_text import participant_texts


def coverage_problems(curriculum: Curriculum, themes: dict[str, Counter]) -> list[ContentProblem]:
    """What the brief asks that the sessions miss; ``themes`` are the curriculum's theme_counts."""
    path: Path = curriculum.settings.content_dir / "coverage.yaml"
    data, problems = read_content_file(path, "coverage")
    if problems:
        return problems
    sessions = {session["id"]: session for session in curriculum.sessions}
    texts = {}  # (session id, audience) -> what that audience reads in that session
    for entry in data["coverage"]:
        session = sessions.get(entry["session"])
        if session is None:
            continue  # a session still to be written
        for audience in session["audiences"]:
            key = (session["id"], audience)
            if key not in texts:
                texts[key] = " ".join(participant_texts(curriculum, session, audience)).lower()
            text = texts[key]
            missing = [item["name"] for item in entry["items"]
                       if not any(word.lower() in text for word in item["any_of"])]
            if missing:
                problems.append(ContentProblem(
                    curriculum.settings.notebook(session),
                    f"{entry['concept']} not covered for {audience}: {'; '.join(missing)}",
                    location="notebook",
                    fix="teach them on a slide or in an activity that audience sees "
                        "(words looked for: content/coverage.yaml)"))
    return problems + _scenario_span_problems(curriculum, path, data["scenarios"], themes)


def scenarios_seen(curriculum: Curriculum, audience: str) -> list[dict]:
    """Every scenario ``audience`` sees in the sessions it takes, once each."""
    ids = []
    for session in curriculum.sessions:
        if audience not in session["audiences"]:
            continue
        notebook = for_audience(read_notebook(curriculum.settings.notebook(session)), audience)
        calls = groupby((r for r in content_references(notebook) if r.kind == "scenario"),
                        key=lambda r: r.cell_number)
        ids += [curriculum.scenario_for([r.item_id for r in call], audience) for _cell, call in calls]
    return [curriculum.item("scenario", scenario_id) for scenario_id in dict.fromkeys(ids)]


def shown_scenarios(curriculum: Curriculum) -> list[dict]:
    """Every scenario a session notebook shows, once each, in session order."""
    ids = [reference.item_id for session in curriculum.sessions
           for reference in content_references(read_notebook(curriculum.settings.notebook(session)))
           if reference.kind == "scenario"]
    return [curriculum.item("scenario", scenario_id) for scenario_id in dict.fromkeys(ids)]


def _scenario_span_problems(curriculum: Curriculum, path: Path, wanted: dict,
                            themes_seen: dict[str, Counter]) -> list[ContentProblem]:
    scenarios = shown_scenarios(curriculum)
    fix = "add scenarios to content/items/scenarios.yaml and show them in a session"
    problems = []

    def problem(message):
        problems.append(ContentProblem(path, message, location="scenarios", fix=fix))

    if len(scenarios) < wanted["minimum"]:
        problem(f"the sessions show {len(scenarios)} scenarios, fewer than {wanted['minimum']}")
    per_audience = Counter(audience for scenario in scenarios for audience in scenario["audiences"])
    for audience in curriculum.audiences:
        if per_audience[audience] < wanted["per_audience"]:
            problem(f"{per_audience[audience]} scenarios for audience {audience!r}, "
                    f"fewer than {wanted['per_audience']}")
    venues = {venue for scenario in scenarios for venue in scenario["venues"]} & set(wanted["brief_venues"]["venues"])
    if len(venues) < wanted["brief_venues"]["minimum"]:
        missing = sorted(set(wanted["brief_venues"]["venues"]) - venues)
        problem(f"scenarios are set in {len(venues)} of the brief's venues, fewer than "
                f"{wanted['brief_venues']['minimum']} (none yet in: {', '.join(missing)})")
    themes = {theme for scenario in scenarios for theme in scenario.get("themes", [])}
    for theme in wanted["themes"]:
        if theme not in themes:
            problem(f"no scenario covers {theme!r}")
    for audience, seen in themes_seen.items() if wanted.get("per_audience_themes") else []:
        for theme, minimum in wanted["per_audience_themes"].items():
            if seen[theme] < minimum:
                problem(f"audience {audience!r} sees {seen[theme]} scenario(s) with theme {theme!r}, "
                        f"fewer than {minimum}")
    return problems


def theme_counts(curriculum: Curriculum) -> dict[str, Counter]:
    """Audience -> how many of the scenarios it sees carry each theme (printed by `csec check`)."""
    return {audience: Counter(theme for scenario in scenarios_seen(curriculum, audience)
                              for theme in scenario.get("themes", []))
            for audience in curriculum.audiences}
