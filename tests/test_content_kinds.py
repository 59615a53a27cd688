"""Content kinds: each is one module of csec/kinds/ and one schema, and every part of the engine reads them.

The end-to-end test adds a kind the way an author would, to a copy of the engine: one module and one
schema, nothing else edited. It loads, `csec check` validates its items with its own checks, and its
items appear in participant text and in the handout.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import csec.kinds
from csec.content import label_of
from csec.kinds import KindProblem, content_kinds
from csec.notebooks import widget_argument_kinds
from csec.settings import PROJECT_ROOT

KEY_TERM_MODULE = '''"""Key terms and what they mean in plain words (items/key_terms.yaml)."""

from html import escape

from csec.kinds import ContentKind


def participant_texts(item, audience, curriculum):
    return [item["term"], item["meaning"]]


def handout_html(items):
    return "".join(f'<p class="key-term"><b>{escape(i["term"])}</b>: {escape(i["meaning"])}</p>' for i in items)


def item_problems(item, curriculum):
    if item["meaning"].endswith("."):
        return []
    return [(["meaning"], f"the meaning of {item['id']!r} is not a sentence", "end it with a full stop")]


KIND = ContentKind(name="key_term", file="items/key_terms.yaml", schema="key_terms", list_key="key_terms",
                   label="key term", order=16, widgets=("KeyTerm",), participant_texts=participant_texts,
                   handout_html=handout_html, item_problems=item_problems)
'''
KEY_TERM_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["key_terms"],
    "additionalProperties": False,
    "properties": {"key_terms": {"type": "array", "items": {
        "type": "object", "required": ["id", "term", "meaning"], "additionalProperties": False,
        "properties": {"id": {"type": "string"}, "term": {"type": "string"}, "meaning": {"type": "string"}}}}}}
KEY_TERMS = """key_terms:
  - id: grooming
    term: Grooming
    meaning: Building trust with a young person, step by step, in order to exploit them.
  - id: something-of-value
    term: Something of value
    meaning: Money, but also food, a place to stay, gifts or drugs
"""
# In a copy of the engine: what one curriculum folder's check, participant text and handout say of key terms.
REPORT = """
import json, sys
import csec
from csec.checks import run_checks
from csec.content import load_curriculum
from csec.export.handouts import render_handout_html
from csec.participant_text import participant_texts
from csec.settings import curriculum_settings

settings = curriculum_settings(sys.argv[1])
report = {"engine": csec.__file__, "problems": [str(problem) for problem in run_checks(settings)]}
if sys.argv[2:] == ["--render"]:
    curriculum = load_curriculum(settings)
    session = curriculum.session("what-is-csec")
    report["texts"] = participant_texts(curriculum, session, "professionals")
    report["handout"] = render_handout_html(curriculum, session, "letter")
print(json.dumps(report))
"""


def test_every_kind_has_its_schema_and_its_widgets_name_it():
    schemas = PROJECT_ROOT / "csec" / "schemas"
    for kind in content_kinds().values():
        assert (schemas / f"{kind.schema}.schema.json").is_file(), kind.name
        assert all(widget_argument_kinds()[widget] == kind.name for widget in kind.widgets)
    assert [kind.name for kind in content_kinds().values() if not kind.widgets] == ["statement"]  # checks name them
    assert label_of("pre_post_check") == "pre/post check" and label_of("resource") == "help resource"


def test_the_kinds_come_in_their_order_which_check_reports_their_files_in():
    assert list(content_kinds()) == ["knowledge_check", "myth_or_fact", "notice", "scenario", "sign_sort", "risk_map",
                                     "poll", "reflection", "break", "examples", "pre_post_check", "action_plan",
                                     "question_box", "diagram", "statement"]


def test_a_kind_module_that_defines_no_kind_is_named(tmp_path, monkeypatch):
    (tmp_path / "half_written.py").write_text('"""Key terms, still to be written."""\n')
    monkeypatch.setattr(csec.kinds, "__path__", [str(tmp_path)])
    with pytest.raises(KindProblem, match=r"^csec/kinds/half_written.py defines no KIND = ContentKind\(...\)$"):
        content_kinds.__wrapped__()  # the registry found afresh, not its cached answer


def engine_with_key_terms(root: Path) -> Path:
    """A copy of the engine with one module and one schema added for a new kind, key terms."""
    engine = root / "engine"
    shutil.copytree(PROJECT_ROOT / "csec", engine / "csec", ignore=shutil.ignore_patterns("__pycache__"))
    for fetched in ("share", "front-end-assets.txt"):  # the icons, and what says they are the pinned ones
        (engine / fetched).symlink_to(PROJECT_ROOT / fetched)
    (engine / "csec" / "kinds" / "key_term.py").write_text(KEY_TERM_MODULE)
    (engine / "csec" / "schemas" / "key_terms.schema.json").write_text(json.dumps(KEY_TERM_SCHEMA))
    return engine


def curriculum_with_key_terms(root: Path, terms: str) -> Path:
    """A curriculum folder whose first session and gallery call ``KeyTerm``; returns its content folder."""
    for folder in ("content", "notebooks"):
        shutil.copytree(PROJECT_ROOT / folder, root / folder)
    (root / "content" / "items" / "key_terms.yaml").write_text(terms)
    for name, call in (("01_what_is_csec.ipynb", 'KeyTerm("grooming")'), ("gallery.ipynb", 'KeyTerm("groomin")')):
        path = root / "notebooks" / name
        notebook = nbformat.read(path, as_version=4)
        at = next(number for number, cell in enumerate(notebook.cells) if cell.cell_type == "code"
                  and cell.metadata.get("slideshow", {}).get("slide_type") == "-")
        notebook.cells.insert(at + 1, nbformat.v4.new_code_cell(call, metadata={"slideshow": {"slide_type": "-"}}))
        nbformat.write(notebook, path)
    return root / "content"


def report(engine: Path, content: Path, *options: str) -> dict:
    run = subprocess.run([sys.executable, "-c", REPORT, str(content), *options], capture_output=True, text=True,
                         cwd=engine, env={**os.environ, "PYTHONPATH": str(engine)}, timeout=300)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert Path(seen["engine"]).is_relative_to(engine)  # the copy, not the project's engine
    return seen


def test_a_new_kind_is_one_module_and_one_schema(tmp_path):
    tmp_path = tmp_path.resolve()
    engine = engine_with_key_terms(tmp_path)
    content = curriculum_with_key_terms(tmp_path / "curriculum", KEY_TERMS)
    seen = report(engine, content, "--render")
    terms = content / "items" / "key_terms.yaml"
    gallery = tmp_path / "curriculum" / "notebooks" / "gallery.ipynb"
    gallery_cell = next(number for number, cell in enumerate(nbformat.read(gallery, as_version=4).cells, start=1)
                        if cell.source == 'KeyTerm("groomin")')
    assert seen["problems"] == [
        f"{terms}:7: the meaning of 'something-of-value' is not a sentence (fix: end it with a full stop)",
        f"{gallery}:cell {gallery_cell}: unknown key term id 'groomin' in KeyTerm "
        "(fix: use one of: grooming, something-of-value)"]
    meaning = "Building trust with a young person, step by step, in order to exploit them."
    assert "Grooming" in seen["texts"] and meaning in seen["texts"]
    assert f'<p class="key-term"><b>Grooming</b>: {meaning}</p>' in seen["handout"]


def test_a_new_kinds_items_are_validated_by_its_schema(tmp_path):
    tmp_path = tmp_path.resolve()
    engine = engine_with_key_terms(tmp_path)
    content = curriculum_with_key_terms(tmp_path / "curriculum", KEY_TERMS.replace("    term: Grooming\n", ""))
    assert report(engine, content)["problems"] == [
        f"{content / 'items' / 'key_terms.yaml'}:2: key_terms.0: 'term' is a required property "
        "(fix: add the missing field)"]
