"""`csec check`: everything an author can get wrong, each with file, location and fix."""

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from csec.content import (
    PATH_MINUTES,
    available_locales,
    build_curriculum,
    label_of,
    line_of,
    parse_yaml,
    read_all,
    read_content_file,
)
from csec.coverage import coverage_problems, theme_counts
from csec.errors import ContentProblem
from csec.icons import icon_fix, icon_names
from csec.kinds import content_kinds
from csec.notebooks import (
    called_names,
    cell_audiences,
    code_syntax_errors,
    content_references,
    for_audience,
    is_facilitator,
    read_notebook,
    slide_type,
    slides,
)
from csec.settings import DEFAULT_LANGUAGE, Settings
from csec.terminology import discouraged_terms_in, guidance_for, outside_statute_quotations
from csec.translation_checks import translation_problems

if TYPE_CHECKING:
    from csec.reading_level import ReadingScale

PHONE_NUMBER = re.compile(r"(?<!\d)(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)")
# Calls every session notebook must make: (widget, what it provides, how to add it).
REQUIRED_PARTS = {
    "SessionTitle": "title and objectives slide",
    "ContentNotice": "content notice",
    "GroundRules": "ground rules slide",
    "TakeABreak": "pause",
    "KeyPoints": "key points slide",
    "HelpResources": "help resources slide",
    "SessionSources": "sources slide",
}
# Notebooks that are not sessions: the index dashboard and the authors' widget gallery.
OTHER_NOTEBOOKS = ("index.ipynb", "gallery.ipynb")


@dataclass(frozen=True)
class CheckReport:
    """What `csec check` found: every problem and, for content that checks clean, what it prints besides."""

    problems: list[ContentProblem]
    reading_scale: "ReadingScale | None" = None  # the formula for the language checked, if there is one
    reading_levels: list[tuple[dict, dict[str, float]]] = field(default_factory=list)  # (session, scores)
    theme_counts: dict[str, Counter] = field(default_factory=dict)  # audience -> scenarios seen per theme


def check(settings: Settings) -> CheckReport:
    """Every problem in the content folder and the session notebooks; each figure computed once."""
    data, problems = read_all(settings)
    problems += _other_locales(settings)
    if settings.language != DEFAULT_LANGUAGE and not problems:
        problems += translation_problems(settings)
    if problems:
        return CheckReport(problems)  # cross-references need valid files first
    curriculum = build_curriculum(settings, data)
    problems += _curriculum_problems(settings, curriculum, data)
    problems += _notebook_problems(curriculum)
    problems += _wording_problems(settings)
    if problems:
        return CheckReport(problems)
    from csec.reading_level import reading_scale, session_scores

    scale = reading_scale(settings.language)
    levels = [(session, session_scores(curriculum, scale, session)) for session in curriculum.sessions] if scale \
        else []
    themes = theme_counts(curriculum)
    # What each session teaches is found by its words (content/coverage.yaml, in the original's language); a
    # translation keeps every slide and activity of the original (translation_problems), so it teaches the same.
    covered = coverage_problems(curriculum, themes) if settings.language == DEFAULT_LANGUAGE else []
    return CheckReport(covered + _reading_level_problems(curriculum, scale, levels), scale, levels, themes)


def run_checks(settings: Settings) -> list[ContentProblem]:
    return check(settings).problems


def _reading_level_problems(curriculum, scale, levels: list[tuple[dict, dict[str, float]]]) -> list[ContentProblem]:
    return [ContentProblem(curriculum.settings.notebook(session),
                           f"reading level for {audience} is {scale.name} {score:.1f}, {scale.limit(audience)}",
                           location="notebook", fix="use shorter sentences and everyday words in slides and activities")
            for session, scores in levels for audience, score in scores.items() if scale.too_hard(score, audience)]


def _other_locales(settings: Settings) -> list[ContentProblem]:
    problems = []
    for locale in available_locales(settings.content_dir):
        if locale != settings.locale:
            path = settings.content_dir / "resources" / f"{locale}.yaml"
            problems += read_content_file(path, "resources")[1]
    return problems


def _line(path: Path, json_path: list) -> str:
    """The line of a value in a YAML file, found by its JSON path."""
    return line_of(parse_yaml(path.read_text("utf-8"))[0], json_path)


def _curriculum_problems(settings: Settings, curriculum, data: dict) -> list[ContentProblem]:
    problems = []
    content_dir = settings.content_dir
    curriculum_file = content_dir / "curriculum.yaml"

    def problem(path, json_path, message, fix):
        problems.append(ContentProblem(path, message, location=_line(path, json_path), fix=fix))

    seen = set()
    for index, session in enumerate(curriculum.sessions):
        where = ["sessions", index]
        if session["id"] in seen:
            problem(curriculum_file, where + ["id"], f"session id {session['id']!r} is used twice",
                    "give every session its own id")
        seen.add(session["id"])
        if session["number"] != index + 1:
            problem(curriculum_file, where + ["number"],
                    f"session {session['id']!r} is number {session['number']} but stands at position {index + 1}",
                    "number sessions 1, 2, 3... in the order they are listed")
        for position, audience in enumerate(session["audiences"]):
            if audience not in curriculum.audiences:
                problem(curriculum_file, where + ["audiences", position], f"unknown audience {audience!r}",
                        f"use one of: {', '.join(curriculum.audiences)}")
        for position, source_id in enumerate(session["sources"]):
            if source_id not in curriculum.sources:
                problem(curriculum_file, where + ["sources", position], f"unknown source {source_id!r}",
                        "add it to content/sources.yaml or correct the id")
        planned = sum(segment["minutes"] for segment in session["segments"])
        if planned != session["minutes"]:
            problem(curriculum_file, where + ["segments"],
                    f"segments add up to {planned} minutes but the session is {session['minutes']}",
                    "make the segment minutes add up to the session's minutes")
        for path, length in PATH_MINUTES.items():
            in_path = sum(segment["paths"][path] for segment in session["segments"])
            if in_path != length:
                problem(curriculum_file, where + ["segments"],
                        f"the {length}-minute path of {session['id']!r} adds up to {in_path} minutes",
                        f"make the segments' `{path}` minutes add up to {length}")
            for end in (0, len(session["segments"]) - 1):
                if session["segments"][end]["paths"][path] == 0:
                    problem(curriculum_file, where + ["segments", end, "paths", path],
                            f"the {length}-minute path of {session['id']!r} leaves out "
                            f"{session['segments'][end]['title']!r}",
                            "every path keeps the opening (content notice) and the close (help resources)")
        if not (curriculum.settings.notebook(session)).is_file():
            problem(curriculum_file, where + ["notebook"], f"notebook {session['notebook']} not found",
                    "create the notebook or correct the path")

    listed = {Path(session["notebook"]).name for session in curriculum.sessions}
    for notebook in sorted(settings.notebooks_dir.glob("*.ipynb")):
        if notebook.name not in listed and notebook.name not in OTHER_NOTEBOOKS:
            problems.append(ContentProblem(notebook, "notebook is not a session in content/curriculum.yaml",
                                           fix="add a session for it, or move it out of notebooks/"))

    for kind in content_kinds().values():
        path, key = content_dir / kind.file, kind.list_key
        seen = set()
        for index, item in enumerate(data[kind.name][key]):  # as read, before duplicate ids collapse
            if item["id"] in seen:
                problem(path, [key, index, "id"], f"id {item['id']!r} is used twice", "give every item its own id")
            seen.add(item["id"])
            for position, source_id in enumerate(item.get("sources", [])):
                if source_id not in curriculum.sources:
                    problem(path, [key, index, "sources", position], f"unknown source {source_id!r}",
                            "add it to content/sources.yaml or correct the id")
            for json_path, message, fix in kind.item_problems(item, curriculum):
                problem(path, [key, index, *json_path], message, fix)

    for locale in available_locales(content_dir):
        path = content_dir / "resources" / f"{locale}.yaml"
        resources = parse_yaml(path.read_text("utf-8"))[1]
        for index, resource in enumerate(resources["resources"]):
            source_id = resource.get("source")
            if source_id and source_id not in curriculum.sources:
                problem(path, ["resources", index, "source"], f"unknown source {source_id!r}",
                        "add it to content/sources.yaml or correct the id")
            if resource["icon"] not in icon_names():
                problem(path, ["resources", index, "icon"],
                        f"help resource {resource['id']!r} has unknown icon {resource['icon']!r}",
                        icon_fix(resource["icon"]))
            for listing in ("audiences", "first_for"):
                for position, audience in enumerate(resource.get(listing, [])):
                    if audience not in curriculum.audiences:
                        problem(path, ["resources", index, listing, position], f"unknown audience {audience!r}",
                                f"use one of: {', '.join(curriculum.audiences)}")
                    elif audience not in resource["audiences"]:
                        problem(path, ["resources", index, listing, position],
                                f"{resource['id']!r} leads the list for {audience!r} but is not shown to it",
                                f"add {audience!r} to its audiences")
        for audience in resources.get("audience_notes", {}):
            if audience not in curriculum.audiences:
                problem(path, ["audience_notes", audience], f"unknown audience {audience!r}",
                        f"use one of: {', '.join(curriculum.audiences)}")
        for audience in curriculum.audiences:
            if not any(audience in resource["audiences"] for resource in resources["resources"]):
                problem(path, ["resources"], f"no help resource is shown to audience {audience!r}",
                        f"add {audience!r} to the audiences of the resources it should see")
    return problems


def _notebook_problems(curriculum) -> list[ContentProblem]:
    problems = []
    notebooks = [(curriculum.settings.notebook(session), session) for session in curriculum.sessions]
    notebooks += [(curriculum.settings.notebooks_dir / name, None) for name in OTHER_NOTEBOOKS]
    for path, session in notebooks:
        if not path.is_file():
            continue  # a session's is reported with the curriculum; the others are optional
        try:
            notebook = read_notebook(path)
        except ContentProblem as problem:
            problems.append(problem)
            continue
        reference_problems = _reference_problems(path, notebook, session, curriculum)
        problems += reference_problems + _audience_cell_problems(path, notebook, session, curriculum)
        problems += _facilitator_cell_problems(path, notebook)
        if session is not None and not reference_problems:  # items can be looked up
            problems += _shown_item_source_problems(notebook, session, curriculum)
        if session is not None:
            problems += _session_notebook_problems(path, notebook)
            problems += _slide_source_problems(path, notebook, session, curriculum)
            problems += _audience_part_problems(path, notebook, session)
    return problems


def _audience_part_problems(path: Path, notebook, session: dict) -> list[ContentProblem]:
    """A required part that one of the session's audiences would not see."""
    if _missing_parts(path, notebook):
        return []  # missing for everyone: reported once
    return [problem for audience in session["audiences"]
            for problem in _missing_parts(path, for_audience(notebook, audience), f" for {audience}")]


def _shown_item_source_problems(notebook, session: dict, curriculum) -> list[ContentProblem]:
    """Every source an item on the session's slides cites is in the session's sources (its slide and handout)."""
    problems, reported = [], set()
    path = curriculum.settings.content_dir / "curriculum.yaml"
    where = ["sessions", curriculum.sessions.index(session), "sources"]
    for reference in content_references(notebook):
        if reference.kind in ("session", "resource"):
            continue  # a resource's source belongs to its locale's file
        item = curriculum.item(reference.kind, reference.item_id)
        cited = list(item.get("sources", []))
        if reference.kind == "pre_post_check":
            questions = curriculum.items["knowledge_check"]
            cited += [s for q in item["questions"] if q in questions for s in questions[q].get("sources", [])]
        for source_id in cited:  # an unknown source or question is reported with its item
            if source_id in curriculum.sources and source_id not in session["sources"] and source_id not in reported:
                reported.add(source_id)
                problems.append(ContentProblem(
                    path, f"session {session['id']!r} shows {label_of(reference.kind)} {reference.item_id!r}, "
                          f"which cites {source_id!r}, missing from the session's sources",
                    location=_line(path, where), fix=f"add {source_id!r} to the sources of {session['id']!r}"))
    return problems


def _audience_cell_problems(path: Path, notebook, session: dict | None, curriculum) -> list[ContentProblem]:
    """Cells limited to audiences (`csec.audiences`) name known audiences that the session is for."""
    problems = []
    allowed = session["audiences"] if session is not None else list(curriculum.audiences)
    for number, cell in enumerate(notebook.cells, start=1):
        audiences = cell_audiences(cell)
        if audiences is None:
            continue
        where = f"cell {number}"
        if not isinstance(audiences, list) or not audiences or not all(isinstance(a, str) for a in audiences):
            problems.append(ContentProblem(path, "csec.audiences must be a list of audience ids", location=where,
                                           fix=f'write e.g. "audiences": ["youth"] (one or more of: '
                                               f'{", ".join(curriculum.audiences)})'))
            continue
        for audience in audiences:
            if audience not in curriculum.audiences:
                problems.append(ContentProblem(path, f"unknown audience {audience!r} in csec.audiences",
                                               location=where, fix=f"use one of: {', '.join(curriculum.audiences)}"))
            elif audience not in allowed:
                problems.append(ContentProblem(
                    path, f"csec.audiences names {audience!r}, an audience this session is not for", location=where,
                    fix=f"use one of: {', '.join(allowed)}, or add {audience!r} to the session in curriculum.yaml"))
    return problems


def _reference_problems(path: Path, notebook, session: dict | None, curriculum) -> list[ContentProblem]:
    """Syntax errors and content ids that do not exist (or name another session)."""
    problems = []
    for number, error in code_syntax_errors(notebook):
        problems.append(ContentProblem(path, f"Python syntax error: {error.msg}", location=f"cell {number}",
                                       fix="correct the code in that cell"))
    for reference in content_references(notebook):
        where = f"cell {reference.cell_number}"
        if reference.kind == "session":
            if session is not None and reference.item_id != session["id"]:
                problems.append(ContentProblem(
                    path, f"{reference.widget}({reference.item_id!r}) names another session", location=where,
                    fix=f"use this notebook's session id {session['id']!r}"))
            known = [s["id"] for s in curriculum.sessions]
        elif reference.kind == "resource":
            known = [r["id"] for r in curriculum.resources["resources"]]
        else:
            known = list(curriculum.items[reference.kind])
        if reference.item_id not in known:
            problems.append(ContentProblem(
                path, f"unknown {label_of(reference.kind)} id {reference.item_id!r} in {reference.widget}",
                location=where, fix=f"use one of: {', '.join(known)}"))
    return problems


def _missing_parts(path: Path, notebook, for_whom: str = "") -> list[ContentProblem]:
    """The parts every session needs (in a notebook as one audience sees it, with ``for_whom``)."""
    called = {name for cell in notebook.cells for name in called_names(cell)}
    return [ContentProblem(path, f"missing the {part}{for_whom}", location="notebook",
                           fix=f"add a slide with a code cell calling {widget}(...)"
                               + (" that is not limited to other audiences" if for_whom else ""))
            for widget, part in REQUIRED_PARTS.items() if widget not in called]


def _session_notebook_problems(path: Path, notebook) -> list[ContentProblem]:
    """The parts every session needs and facilitator notes on every slide."""
    problems = _missing_parts(path, notebook)
    shown = [(number, cell) for number, cell in enumerate(notebook.cells, start=1) if slide_type(cell) != "skip"]
    if not shown or slide_type(shown[0][1]) != "slide":
        notes_first = bool(shown) and slide_type(shown[0][1]) == "notes"
        problems.append(ContentProblem(path, "the first shown cell does not start a slide",
                                       location=f"cell {shown[0][0]}" if shown else "notebook",
                                       fix="move the notes below the first slide's first cell" if notes_first
                                           else 'set its slide type to "Slide"'))
    for position, cells in enumerate(slides(notebook), start=1):
        if not any(is_facilitator(cell) for _number, cell in cells):
            problems.append(ContentProblem(
                path, f"slide {position} has no facilitator notes", location=f"cell {cells[0][0]}",
                fix='add a markdown cell of slide type "Notes" tagged `facilitator` to that slide'))
    return problems


def _facilitator_cell_problems(path: Path, notebook) -> list[ContentProblem]:
    """Facilitator notes are markdown cells of slide type "notes" (what nbconvert, RISE and reveal read) tagged
    `facilitator` (what the project's exports read)."""
    problems = []
    for number, cell in enumerate(notebook.cells, start=1):
        where, kind = f"cell {number}", slide_type(cell)
        if is_facilitator(cell) and cell.cell_type != "markdown":
            problems.append(ContentProblem(path, "facilitator notes must be a markdown cell", location=where,
                                           fix="change the cell type to Markdown"))
        if is_facilitator(cell) and kind != "notes":
            problems.append(ContentProblem(
                path, f'facilitator notes of slide type "{kind}": nbconvert and RISE show them on the slide',
                location=where, fix='set its slide type to "Notes" (JupyterLab: property inspector, Slide Type)'))
        elif kind == "notes" and not is_facilitator(cell):
            problems.append(ContentProblem(
                path, 'a cell of slide type "notes" not tagged `facilitator`: the offline deck shows it on the slide '
                      "and the guide leaves it out", location=where,
                fix="add the tag `facilitator` (JupyterLab: property inspector, Cell Tags)"))
    return problems


def _slide_source_problems(path: Path, notebook, session: dict, curriculum) -> list[ContentProblem]:
    """Every slide that states facts names its sources (`csec.sources` in its first cell's metadata)."""
    problems = []
    for position, cells in enumerate(slides(notebook), start=1):
        number, first = cells[0]
        declared = first.get("metadata", {}).get("csec", {})
        where = f"cell {number}"
        if "sources" not in declared and not declared.get("no_facts"):
            if any(_states_something(cell) for _number, cell in cells):
                problems.append(ContentProblem(
                    path, f"slide {position} names no sources", location=where,
                    fix='add "csec": {"sources": [ids]} to the metadata of its first cell, '
                        'or "csec": {"no_facts": true} if it states no facts'))
            continue
        for source_id in declared.get("sources", []):
            if source_id not in curriculum.sources:
                problems.append(ContentProblem(path, f"slide {position} names unknown source {source_id!r}",
                                               location=where, fix="add it to content/sources.yaml or correct the id"))
            elif source_id not in session["sources"]:
                problems.append(ContentProblem(
                    path, f"slide {position} names source {source_id!r}, missing from the session's sources",
                    location=where, fix=f"add it to the sources of {session['id']!r} in content/curriculum.yaml"))
    return problems


def _states_something(cell) -> bool:
    """A participant markdown cell with more than a heading."""
    if cell.cell_type != "markdown" or is_facilitator(cell):
        return False
    return any(line.strip() and not line.lstrip().startswith("#") for line in cell.source.splitlines())


def _authored_texts(settings: Settings) -> list[tuple[Path, str, str]]:
    """(file, location, text) for every notebook cell, content line and guide line."""
    texts = []
    notebooks = [path for path in settings.notebooks_dir.rglob("*.ipynb")  # translations (notebooks/LANGUAGE/) too
                 if ".ipynb_checkpoints" not in path.parts]
    for path in sorted(notebooks):
        try:
            notebook = read_notebook(path)
        except ContentProblem:
            continue  # reported by the notebook checks
        for number, cell in enumerate(notebook.cells, start=1):
            texts.append((path, f"cell {number}", cell.source))
    guide_pages = sorted(settings.chapters_dir.rglob("*.md"))
    for path in [*sorted(settings.content_dir.rglob("*.yaml")), *guide_pages]:
        lines = outside_statute_quotations(path.read_text("utf-8")).splitlines()  # a quotation may span lines
        texts += [(path, str(number), line) for number, line in enumerate(lines, start=1)]
    return texts


def _wording_problems(settings: Settings) -> list[ContentProblem]:
    problems = []
    resources_dir = settings.content_dir / "resources"
    for path, location, text in _authored_texts(settings):
        for term in discouraged_terms_in(text):
            problems.append(ContentProblem(path, f"discouraged term {term!r}", location=location,
                                           fix=guidance_for(term)))
        if not path.is_relative_to(resources_dir):
            for number in PHONE_NUMBER.findall(text):
                problems.append(ContentProblem(
                    path, f"phone number {number} outside the resources file", location=location,
                    fix="hotline numbers live only in content/resources/*.yaml: show them with HelpResources()"))
    return problems
