"""`csec check`: one clear line per problem, exit 1, never a traceback."""

import json
import shutil

import nbformat
import pytest

from csec.checks import run_checks
from csec.notebooks import slides
from csec.settings import PROJECT_ROOT, curriculum_settings
from tests.command_line import call_csec, run_csec

SESSION_NOTEBOOK = PROJECT_ROOT / "notebooks" / "01_what_is_csec.ipynb"


def test_the_curriculum_as_shipped_has_no_problems():
    result = call_csec("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No problems found." in result.stdout


def problems_in(content_dir, locale: str = "us"):
    return [str(problem) for problem in run_checks(curriculum_settings(content_dir, locale))]


def test_malformed_yaml_is_one_line_with_exit_1(content_copy):
    (content_copy / "items" / "myths_facts.yaml").write_text("myths_facts:\n  - id: x\n   statement: [\n")
    result = call_csec("check", "--content", str(content_copy))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "myths_facts.yaml:3: invalid YAML" in lines[0] and "fix:" in lines[0]


def test_missing_content_folder_is_one_line_with_exit_1(tmp_path):
    result = call_csec("check", "--content", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.strip().splitlines() == [f"{tmp_path / 'nowhere'}: content folder not found "
                                                  "(fix: run from the project folder or pass --content DIR)"]


def test_unknown_source_id_is_reported_with_its_line(content_copy):
    path = content_copy / "items" / "knowledge_checks.yaml"
    text = path.read_text().replace("sources: [ncmec-child-sex-trafficking, calswec-abcs-of-csec, tvpa-definitions]",
                                    "sources: [ncmec-child-sex-trafficking, made-up-source]", 1)
    path.write_text(text)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "made-up-source" in l)
    assert problems_in(content_copy) == [
        f"{path}:{line}: unknown source 'made-up-source' (fix: add it to content/sources.yaml or correct the id)"]


def test_segment_minutes_must_add_up(content_copy, curriculum):
    path = content_copy / "curriculum.yaml"
    path.write_text(path.read_text().replace("      - title: Knowledge check\n        minutes: 7",
                                             "      - title: Knowledge check\n        minutes: 9"))
    (problem,) = problems_in(content_copy)
    minutes = curriculum.session("what-is-csec")["minutes"]
    assert f"segments add up to {minutes + 2} minutes but the session is {minutes}" in problem


def test_question_needs_exactly_one_correct_option(content_copy):
    path = content_copy / "items" / "knowledge_checks.yaml"
    path.write_text(path.read_text().replace("        correct: true\n", "", 1))
    (problem,) = problems_in(content_copy)
    assert "question 'anything-of-value' has 0 correct options" in problem


def test_missing_locale_file_is_reported():
    result = call_csec("check", "--locale", "atlantis")
    assert result.returncode == 1
    assert "no help resources for locale 'atlantis'" in result.stdout


def test_a_new_locale_with_its_own_resources_checks_clean(content_with_test_locale):
    assert problems_in(content_with_test_locale, locale="test") == []


def test_a_help_resource_icon_not_in_the_icon_set_is_reported_with_its_line(content_copy):
    path = content_copy / "resources" / "us.yaml"
    text = path.read_text()
    assert "    icon: siren\n" in text  # the emergency line's, as shipped
    path.write_text(text.replace("    icon: siren\n", "    icon: sirene\n", 1))
    line = line_of(path, "icon: sirene")
    (problem,) = problems_in(content_copy)
    assert problem.startswith(f"{path}:{line}: help resource 'emergency' has unknown icon 'sirene' (fix: ")
    assert "'siren'" in problem and "\n" not in problem


@pytest.fixture
def notebook_copy(tmp_path):
    """The session notebook in a curriculum folder of its own (content and notebooks), so a test may edit it."""
    root = tmp_path / "project"
    shutil.copytree(PROJECT_ROOT / "content", root / "content")
    shutil.copytree(PROJECT_ROOT / "notebooks", root / "notebooks")
    return root / "notebooks" / SESSION_NOTEBOOK.name


def edit_notebook(path, change):
    notebook = json.loads(path.read_text())
    change(notebook["cells"])
    path.write_text(json.dumps(notebook))


def test_unknown_content_id_in_a_notebook_names_the_cell(notebook_copy):
    def rename(cells):
        cell = next(c for c in cells if "KnowledgeCheck(\"who-exploits\")" in "".join(c["source"]))
        cell["source"] = 'KnowledgeCheck("who-exploit")'
    edit_notebook(notebook_copy, rename)
    (problem,) = problems_in(notebook_copy.parent.parent / "content")
    assert "01_what_is_csec.ipynb:cell" in problem
    assert "unknown knowledge-check question id 'who-exploit' in KnowledgeCheck" in problem
    assert "who-exploits" in problem


def test_missing_notebook_is_reported(notebook_copy):
    notebook_copy.unlink()
    (problem,) = problems_in(notebook_copy.parent.parent / "content")
    assert "notebook notebooks/01_what_is_csec.ipynb not found" in problem
    assert "curriculum.yaml:" in problem


def test_slide_without_facilitator_notes_is_reported(notebook_copy):
    def drop_notes(cells):
        cells[:] = [c for c in cells if "Answer: most often someone" not in "".join(c["source"])]
    edit_notebook(notebook_copy, drop_notes)
    (problem,) = problems_in(notebook_copy.parent.parent / "content")
    assert "has no facilitator notes" in problem
    assert 'fix: add a markdown cell of slide type "Notes" tagged `facilitator`' in problem


def cell_number(cells, text):
    """The 1-based number of the cell whose source contains ``text``."""
    return next(n for n, c in enumerate(cells, 1) if text in "".join(c["source"]))


def test_facilitator_notes_of_another_slide_type_are_one_problem_naming_the_cell(notebook_copy):
    cells = json.loads(notebook_copy.read_text())["cells"]
    number = cell_number(cells, "**Content notice.**")
    edit_notebook(notebook_copy, lambda cells: cells[number - 1]["metadata"].update(slideshow={"slide_type": "-"}))
    assert problems_in(notebook_copy.parent.parent / "content") == [
        f'{notebook_copy}:cell {number}: facilitator notes of slide type "-": nbconvert and RISE show them on the '
        'slide (fix: set its slide type to "Notes" (JupyterLab: property inspector, Slide Type))']


def test_a_notes_cell_without_the_facilitator_tag_is_one_problem_naming_the_cell(notebook_copy):
    cells = json.loads(notebook_copy.read_text())["cells"]
    number = cell_number(cells, "**How we answer today") + 1
    edit_notebook(notebook_copy, lambda cells: cells.insert(number - 1, {
        "cell_type": "markdown", "id": "untagged", "metadata": {"slideshow": {"slide_type": "notes"}},
        "source": "Ask who has joined."}))
    assert problems_in(notebook_copy.parent.parent / "content") == [
        f'{notebook_copy}:cell {number}: a cell of slide type "notes" not tagged `facilitator`: the offline deck '
        "shows it on the slide and the guide leaves it out "
        "(fix: add the tag `facilitator` (JupyterLab: property inspector, Cell Tags))"]


def test_notes_before_the_first_slide_are_moved_into_it(notebook_copy):
    def notes_first(cells):
        welcome = cells[cell_number(cells, "**Welcome") - 1]
        cells.insert(1, {**welcome, "id": "early-notes"})
    edit_notebook(notebook_copy, notes_first)
    assert problems_in(notebook_copy.parent.parent / "content") == [
        f"{notebook_copy}:cell 2: the first shown cell does not start a slide "
        "(fix: move the notes below the first slide's first cell)"]


def test_a_session_without_a_pause_or_help_resources_is_reported(notebook_copy):
    def drop_calls(cells):
        cells[:] = [c for c in cells if not any(call in "".join(c["source"])
                                                for call in ("TakeABreak(", "HelpResources("))]
    edit_notebook(notebook_copy, drop_calls)
    problems = [p.split(": ", 1)[1] for p in problems_in(notebook_copy.parent.parent / "content")]
    assert problems == [
        "missing the pause (fix: add a slide with a code cell calling TakeABreak(...))",
        "missing the help resources slide (fix: add a slide with a code cell calling HelpResources(...))"]


def test_a_widget_call_left_in_a_comment_does_not_count_as_the_slide(notebook_copy):
    def comment_out_the_pause(cells):
        for cell in cells:
            source = "".join(cell["source"])
            if "TakeABreak(" in source:
                cell["source"] = "# " + source.replace("\n", "\n# ")
    edit_notebook(notebook_copy, comment_out_the_pause)
    problems = [p.split(": ", 1)[1] for p in problems_in(notebook_copy.parent.parent / "content")]
    assert "missing the pause (fix: add a slide with a code cell calling TakeABreak(...))" in problems


def test_discouraged_terms_and_stray_phone_numbers_are_reported(notebook_copy):
    def add_cell(cells):
        cells.append({"cell_type": "markdown", "metadata": {}, "id": "extra",
                      "source": "Call 1-888-373-7888 about child prostitution."})
    edit_notebook(notebook_copy, add_cell)
    problems = problems_in(notebook_copy.parent.parent / "content")
    assert any("discouraged term 'child prostitution'" in p and "commercial sexual exploitation" in p
               for p in problems)
    assert any("phone number 1-888-373-7888 outside the resources file" in p for p in problems)


def test_a_marked_statute_quotation_may_use_the_statutes_own_words(notebook_copy):
    quotation = '<blockquote class="statute">\nThe statute speaks of "child pornography".\n</blockquote>'

    def add_cells(cells):
        cells.append({"cell_type": "markdown", "metadata": {}, "id": "quoted", "source": quotation})
        cells.append({"cell_type": "markdown", "metadata": {}, "id": "unquoted",
                      "source": quotation + "\nOutside it, child pornography is still reported."})
    edit_notebook(notebook_copy, add_cells)
    content_file = notebook_copy.parent.parent / "content" / "items" / "notices.yaml"
    content_file.write_text(content_file.read_text() + "# " + quotation.replace("\n", "\n# ") + "\n")
    problems = problems_in(notebook_copy.parent.parent / "content")
    cell = len(json.loads(notebook_copy.read_text())["cells"])
    assert [p.split(" (fix:")[0] for p in problems] == [
        f"{notebook_copy}:cell {cell}: discouraged term 'child pornography'"]


def test_every_slide_that_states_facts_names_its_sources(notebook_copy, curriculum):
    elsewhere = next(s for s in curriculum.sources if s not in curriculum.session("what-is-csec")["sources"])
    notebook = json.loads(notebook_copy.read_text())
    sourced = [n for n, c in enumerate(notebook["cells"], 1) if c["metadata"].get("csec", {}).get("sources")]
    first, second, third = sourced[:3]

    def change_sources(cells):
        del cells[first - 1]["metadata"]["csec"]
        cells[second - 1]["metadata"]["csec"]["sources"] = ["made-up-source"]
        cells[third - 1]["metadata"]["csec"]["sources"] = [elsewhere]
    edit_notebook(notebook_copy, change_sources)
    problems = [p.split(" (fix:")[0].split(": ", 1)[1] for p in problems_in(notebook_copy.parent.parent / "content")]
    slide_of = {cell: n for n, cells in enumerate(slides(nbformat.read(notebook_copy, as_version=4)), 1)
                for cell, _ in cells[:1]}
    assert problems == [
        f"slide {slide_of[first]} names no sources",
        f"slide {slide_of[second]} names unknown source 'made-up-source'",
        f"slide {slide_of[third]} names source {elsewhere!r}, missing from the session's sources"]


def test_broken_notebook_file_is_one_clear_problem(notebook_copy):
    notebook_copy.write_text("{ not json")
    (problem,) = problems_in(notebook_copy.parent.parent / "content")
    assert "not a readable notebook" in problem


def line_of(path, text):
    return next(number for number, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_broken_scenario_branches_are_reported_with_their_lines(content_copy):
    path = content_copy / "items" / "scenarios.yaml"
    text = path.read_text()
    text = text.replace("next: talking-with-jordan\n          - id: question-hard",
                        "next: nowhere\n          - id: question-hard", 1)
    text = text.replace("        ending: true\n", "")
    forgotten = ("      - id: forgotten-step\n        text: Nobody gets here.\n"
                 "        facilitator_notes: Unused.\n        ending: true\n")
    path.write_text(text.replace("    sources:\n", forgotten + "    sources:\n", 1))
    problems = problems_in(content_copy)
    expected = {
        "choice 'check-in-privately' leads to missing step 'nowhere'": line_of(path, "next: nowhere"),
        "step 'support-continues' has no way out": line_of(path, "- id: support-continues"),
        "step 'forgotten-step' cannot be reached from the start": line_of(path, "- id: forgotten-step"),
    }
    for message, line in expected.items():
        assert any(f"scenarios.yaml:{line}:" in p and message in p for p in problems), (message, problems)


LOOPING_SCENARIO = """\
  - id: round-in-circles
    title: Round in circles
    audiences: [professionals]
    setting: An office
    venues: [school]
    summary: Two steps that send the group back and forth.
    teaching_point: Every path needs an ending.
    start: loop-ask
    steps:
      - id: loop-ask
        text: You ask how things are.
        facilitator_notes: Notes.
        choices:
          - {id: wait, text: Wait., consequence: Silence., why: Because., next: loop-answer}
          - {id: ask-again, text: Ask again., consequence: Silence., why: Because., next: loop-answer}
      - id: loop-answer
        text: They shrug.
        facilitator_notes: Notes.
        choices:
          - {id: shrug, text: Shrug back., consequence: Silence., why: Because., next: loop-ask}
          - {id: smile, text: Smile., consequence: Silence., why: Because., next: loop-ask}
    sources: [tvpa-definitions]
"""


def test_a_scenario_whose_choices_only_loop_is_reported_for_each_step(content_copy):
    path = content_copy / "items" / "scenarios.yaml"
    path.write_text(path.read_text() + LOOPING_SCENARIO)
    fix = ("fix: mark a step it leads to `ending: true`, or leave out one choice's `next` "
           "so that choice finishes the scenario")
    assert problems_in(content_copy) == [
        f"{path}:{line_of(path, f'- id: {step}')}: step {step!r} of scenario 'round-in-circles' never reaches "
        f"an ending: every path from it comes back round ({fix})" for step in ("loop-ask", "loop-answer")]


def test_an_alias_bomb_is_one_line_at_once(content_copy):
    laughs = ["lol0: &lol0 [lol]"] + [f"lol{n}: &lol{n} [{', '.join([f'*lol{n - 1}'] * 10)}]" for n in range(1, 10)]
    (content_copy / "items" / "polls.yaml").write_text("\n".join(laughs) + "\npolls: *lol9\n")
    result = run_csec("check", "--content", str(content_copy), timeout=30)  # a process: bounded in time
    assert result.returncode == 1
    assert result.stdout.strip().splitlines() == [
        f"{content_copy / 'items' / 'polls.yaml'}:2: YAML aliases (*lol0) are not allowed in content files "
        "(fix: write the text out)"]


def test_widget_content_is_checked_against_its_schema(content_copy):
    path = content_copy / "items" / "sign_sorts.yaml"
    path.write_text(path.read_text().replace("caution:", "warning:", 1))
    problems = problems_in(content_copy)
    assert any("sign_sorts.yaml:" in p and "'caution' is a required property" in p for p in problems)
    assert any("Additional properties are not allowed ('warning' was unexpected)" in p for p in problems)


DENSE = ("Notwithstanding considerable interorganizational heterogeneity, comprehensive multidisciplinary "
         "identification methodologies necessitate institutional coordination, professional accountability "
         "and developmentally appropriate intervention, particularly regarding commercially exploitative "
         "circumstances affecting adolescents")


def test_reading_level_above_the_audience_target_is_a_problem(content_copy):
    path = content_copy / "curriculum.yaml"
    text = path.read_text()
    long_question = ", ".join([DENSE] * 40) + "?"  # one sentence of some 1,000 long words
    text = text.replace("What surprised you most in this session?", long_question)
    path.write_text(text)
    problems = problems_in(content_copy)
    assert any("01_what_is_csec.ipynb:notebook: reading level for youth is Flesch-Kincaid grade" in p
               and p.endswith(", max 8 (fix: use shorter sentences and everyday words in slides and activities)")
               for p in problems), problems


def test_check_prints_each_sessions_reading_level():
    result = call_csec("check")
    assert result.returncode == 0
    line = next(l for l in result.stdout.splitlines() if l.startswith("Reading level of session 1"))
    for audience in ("professionals", "caregivers", "hospitality", "youth"):
        assert audience in line
    assert "youth" in line and "(max 8)" in line and "(max 10)" in line


def test_examples_must_cover_every_audience(content_copy):
    path = content_copy / "items" / "examples.yaml"
    text = path.read_text()
    start = text.index("      youth:")
    end = text.index("    sources:")
    path.write_text(text[:start] + text[end:])
    (problem,) = problems_in(content_copy)
    assert "examples.yaml:" in problem and "no examples for audience 'youth'" in problem


def test_coverage_names_what_a_session_is_missing(content_copy):
    path = content_copy / "coverage.yaml"
    path.write_text(path.read_text().replace(
        "      - name: no movement needed\n",
        "      - name: self-care\n        any_of: [\"vicarious trauma\"]\n      - name: no movement needed\n", 1))
    problems = [p.split(" (fix:")[0] for p in problems_in(content_copy)]
    assert problems == [f"notebooks/01_what_is_csec.ipynb:notebook: what CSEC is not covered for {audience}: self-care"
                        for audience in ("professionals", "caregivers", "hospitality", "youth")]


def test_coverage_counts_only_what_each_audience_sees(notebook_copy):
    content = notebook_copy.parent.parent / "content"
    coverage = content / "coverage.yaml"
    coverage.write_text(coverage.read_text().replace(
        "      - name: no movement needed\n",
        "      - name: the adults' slide\n        any_of: [\"duty of care\"]\n      - name: no movement needed\n", 1))

    def add_a_slide_for_adults(cells):
        adults = {"slideshow": {"slide_type": "slide"},
                  "csec": {"no_facts": True, "audiences": ["professionals", "caregivers", "hospitality"]}}
        cells.append({"cell_type": "markdown", "metadata": adults, "id": "adults", "source": "## Your duty of care"})
        notes = {"slideshow": {"slide_type": "notes"}, "tags": ["facilitator"]}
        cells.append({"cell_type": "markdown", "metadata": notes, "id": "notes", "source": "Notes."})
    edit_notebook(notebook_copy, add_a_slide_for_adults)
    problems = [p.split(" (fix:")[0].split(": ", 1)[1] for p in problems_in(content)]
    assert problems == ["what CSEC is not covered for youth: the adults' slide"]


def test_scenario_span_names_what_is_short(content_copy):
    path = content_copy / "coverage.yaml"
    text = path.read_text()
    text = text.replace("  minimum: 24\n  per_audience: 6\n", "  minimum: 99\n  per_audience: 99\n")
    text = text.replace("    minimum: 8\n", "    minimum: 11\n")
    text = text.replace("hotel-or-truck-stop-observation, disclosure]",
                        "hotel-or-truck-stop-observation, disclosure, gang-control, sextortion]")
    path.write_text(text)
    scenarios = content_copy / "items" / "scenarios.yaml"
    scenarios.write_text(scenarios.read_text().replace("themes: [sextortion]", "themes: []"))
    problems = problems_in(content_copy)
    assert all(p.startswith(f"{path}:scenarios: ") for p in problems), problems
    messages = " | ".join(problems)
    assert "fewer than 99" in messages
    assert "of the brief's venues, fewer than 11" in messages
    assert "no scenario covers 'sextortion'" in messages
    assert "scenarios for audience 'youth', fewer than 99" in messages


def test_pre_post_questions_must_exist_and_stay_out_of_the_sessions(content_copy):
    path = content_copy / "items" / "pre_post_checks.yaml"
    text = path.read_text().replace("      - prepost-known-and-trusted\n",
                                    "      - anything-of-value\n      - no-such-question\n")
    path.write_text(text)
    line = next(n for n, l in enumerate(text.splitlines(), 1) if "anything-of-value" in l)
    assert [p.split(" (fix:")[0] for p in problems_in(content_copy)] == [
        f"{path}:{line + 1}: unknown knowledge-check question 'no-such-question'",
        f"{path}:{line}: question 'anything-of-value' is also asked in 01_what_is_csec.ipynb"]


def test_pre_post_statements_must_exist_once_and_reach_every_audience(content_copy):
    path = content_copy / "items" / "pre_post_checks.yaml"
    path.write_text(path.read_text().replace("      - know-who-to-talk-to\n", "      - no-such-statement\n"))
    problems = [p.split(" (fix:")[0] for p in problems_in(content_copy)]
    line = next(n for n, l in enumerate(path.read_text().splitlines(), 1) if "no-such-statement" in l)
    assert problems == [f"{path}:{line}: unknown statement 'no-such-statement'"]
    path.write_text(path.read_text().replace("      - no-such-statement\n", "      - know-what-to-say\n"))
    assert any("pre_post_checks.yaml:" in p and "non-unique elements" in p for p in problems_in(content_copy))


def test_an_audience_without_statements_and_an_unknown_audience_are_reported(content_copy):
    path = content_copy / "items" / "statements.yaml"
    text = path.read_text().replace("audiences: [youth]", "audiences: [teens]")
    path.write_text(text.replace("    statement: I know where to find help, day or night.\n",
                                 "    statement: I know where to find help, day or night.\n    audiences: [caregivers]\n")
                    .replace("    statement: When a young person is exploited, it is never their fault.\n",
                             "    statement: When a young person is exploited, it is never their fault.\n"
                             "    audiences: [caregivers]\n"))
    problems = [p.split(" (fix:")[0] for p in problems_in(content_copy)]
    assert sum("statements.yaml:" in p and "unknown audience 'teens'" in p for p in problems) == 3
    assert any("pre_post_checks.yaml:" in p and "no statement is for audience 'youth'" in p for p in problems)


def test_a_discouraged_term_in_a_statement_is_reported_with_its_line(content_copy):
    path = content_copy / "items" / "statements.yaml"
    path.write_text(path.read_text().replace("it is never their fault", "no child prostitute is to blame"))
    line = next(n for n, l in enumerate(path.read_text().splitlines(), 1) if "prostitute" in l)
    assert any(p.startswith(f"{path}:{line}: discouraged term 'child prostitute'") for p in problems_in(content_copy))


def test_a_hard_statement_raises_the_reading_level_of_the_sessions_that_ask_it(content_copy):
    path = content_copy / "items" / "statements.yaml"
    path.write_text(path.read_text().replace("I know what to say if a friend tells me they are being exploited.",
                                             json.dumps(", ".join([DENSE] * 40) + ".")))
    problems = problems_in(content_copy)
    for notebook in ("01_what_is_csec.ipynb", "06_scenario_workshop.ipynb"):
        assert any(f"{notebook}:notebook: reading level for youth is Flesch-Kincaid grade" in p
                   for p in problems), problems
    assert not any("reading level for professionals" in p for p in problems)


def test_every_timing_path_adds_up_and_keeps_the_opening_and_close(content_copy):
    path = content_copy / "curriculum.yaml"
    text = path.read_text()
    opening = "      - title: Welcome, content notice and ground rules\n        minutes: 10\n"
    assert opening + "        paths: {30min: 5, 60min: 10, 90min: 12}\n" in text
    path.write_text(text.replace(opening + "        paths: {30min: 5, 60min: 10, 90min: 12}\n",
                                 opening + "        paths: {30min: 0, 60min: 10, 90min: 14}\n", 1))
    problems = [p.split(": ", 1)[1].split(" (fix:")[0] for p in problems_in(content_copy)]
    assert problems == [
        "the 30-minute path of 'what-is-csec' adds up to 25 minutes",
        "the 30-minute path of 'what-is-csec' leaves out 'Welcome, content notice and ground rules'",
        "the 90-minute path of 'what-is-csec' adds up to 92 minutes"]


def test_cells_for_unknown_or_absent_audiences_are_reported_with_their_cell(notebook_copy):
    def limit_cells(cells):
        first, second = [c for c in cells if c["metadata"].get("slideshow", {}).get("slide_type") == "slide"][3:5]
        first["metadata"].setdefault("csec", {})["audiences"] = ["teachers"]
        second["metadata"].setdefault("csec", {})["audiences"] = "youth"
    edit_notebook(notebook_copy, limit_cells)
    problems = problems_in(notebook_copy.parent.parent / "content")
    assert [p.split(" (fix:")[0].split(": ", 1)[1] for p in problems] == [
        "unknown audience 'teachers' in csec.audiences", "csec.audiences must be a list of audience ids"]
    assert "use one of: professionals, caregivers, hospitality, youth" in problems[0]


def test_a_part_that_only_some_audiences_see_is_missing_for_the_others(notebook_copy):
    def help_for_youth_only(cells):
        for index in [i for i, c in enumerate(cells) if "HelpResources(" in "".join(c["source"])]:
            slide = max(i for i in range(index + 1)
                        if cells[i]["metadata"].get("slideshow", {}).get("slide_type") == "slide")
            cells[slide]["metadata"].setdefault("csec", {})["audiences"] = ["youth"]
    edit_notebook(notebook_copy, help_for_youth_only)
    problems = [p.split(" (fix:")[0].split(": ", 1)[1] for p in problems_in(notebook_copy.parent.parent / "content")]
    assert problems == [f"missing the help resources slide for {audience}"
                        for audience in ("professionals", "caregivers", "hospitality")]


def test_every_audience_sees_a_young_person_who_says_no_and_a_real_judgment_call(content_copy):
    scenarios = content_copy / "items" / "scenarios.yaml"
    text = scenarios.read_text()
    start = text.index("  - id: youth-worry-or-emergency\n")
    scenarios.write_text(text[:start] + text[start:].replace("themes: [dilemma]", "themes: []", 1))
    problems = problems_in(content_copy)
    assert [p.split(": ", 1)[1].split(" (fix:")[0] for p in problems] == [
        "audience 'youth' sees 0 scenario(s) with theme 'dilemma', fewer than 1"]


def test_a_diagram_icon_not_in_the_icon_set_is_one_line_with_its_line(content_copy):
    path = content_copy / "items" / "diagrams.yaml"
    path.write_text(path.read_text().replace("{label: drugs, icon: pill}", "{label: drugs, icon: pills}", 1))
    (problem,) = problems_in(content_copy)
    assert problem.startswith(f"{path}:{line_of(path, 'icon: pills')}: "
                              "diagram 'something-of-value' has unknown icon 'pills' (fix: ")
    assert "'pill'" in problem and "\n" not in problem


def test_a_sign_sort_category_icon_not_in_the_icon_set_is_one_line_naming_the_category(content_copy):
    path = content_copy / "items" / "sign_sorts.yaml"
    text = path.read_text()
    assert "        label: Behavior\n        icon: user-round\n" in text  # as shipped
    path.write_text(text.replace("icon: user-round\n", "icon: user-rond\n", 1))
    (problem,) = problems_in(content_copy)
    assert problem.startswith(f"{path}:{line_of(path, 'icon: user-rond')}: category 'behavior' of sign sort "
                              "'signs-by-kind' has unknown icon 'user-rond' (fix: ")
    assert "'user-round'" in problem and "\n" not in problem


def test_an_unknown_diagram_in_a_notebook_names_the_cell(notebook_copy):
    def rename(cells):
        cell = next(c for c in cells if "".join(c["source"]) == 'Diagram("something-of-value")')
        cell["source"] = 'Diagram("something-of-valu")'
    edit_notebook(notebook_copy, rename)
    (problem,) = problems_in(notebook_copy.parent.parent / "content")
    assert "01_what_is_csec.ipynb:cell" in problem and "\n" not in problem
    assert "unknown diagram id 'something-of-valu' in Diagram" in problem and "something-of-value" in problem


def test_a_diagram_citing_a_source_its_session_lacks_is_reported(content_copy, curriculum):
    assert "childhelp-hotline" not in curriculum.session("what-is-csec")["sources"]
    path = content_copy / "items" / "diagrams.yaml"
    path.write_text(path.read_text().replace("tvpa-definitions]", "tvpa-definitions, childhelp-hotline]", 1))
    (problem,) = problems_in(content_copy)
    assert ("session 'what-is-csec' shows diagram 'something-of-value', which cites 'childhelp-hotline', "
            "missing from the session's sources") in problem
