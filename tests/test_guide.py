"""The facilitator guide: chapters plus a page per session made from the notebooks, as HTML and PDF."""

import io
import json
import re
import shutil
import unicodedata
from html import unescape

import pytest
from pypdf import PdfReader

from csec.content import PATH_MINUTES
from csec.errors import CsecError
from csec.export.templating import export_templates
from csec.notebooks import is_facilitator, read_notebook
from csec.settings import PROJECT_ROOT
from csec.terminology import discouraged_terms_in
from tests.command_line import assert_one_clear_line, call_csec, run_csec

SECTIONS = ["Introduction", "Preparing", "Before you run sessions with young people", "Trauma-informed facilitation",
            "Responding to a disclosure", "Mandated reporting", "Adapting", "Evaluation and fidelity", "Self-care and debrief",
            "Troubleshooting and FAQ", "Answering from phones (group mode)"]


def words(text: str) -> str:
    """Text as a reader sees it: no tags, no markdown marks, ligatures spelled out, spaces collapsed."""
    text = unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"[*_`#]|^\s*[-\d.]+\s", " ", unicodedata.normalize("NFKC", text), flags=re.MULTILINE)
    return " ".join(text.split())


def page_html(curriculum, session) -> str:
    from csec.export.session_pages import session_page

    template = export_templates(curriculum.settings.language).get_template("session_page.html.j2")
    return template.render(page=session_page(curriculum, session))


@pytest.fixture(scope="module")
def guide(tmp_path_factory, chromium_executable):
    out = tmp_path_factory.mktemp("guide")
    result = run_csec("export", "guide", "--out", str(out), timeout=300)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO((out / "facilitator-guide.pdf").read_bytes()))
    pages = [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in reader.pages]
    return out, result, reader, pages


def test_export_prints_a_line_per_part_then_the_files(guide, curriculum):
    out, result, _reader, _pages = guide
    sessions = [f"guide: Session {s['number']}: {s['title']}" for s in curriculum.sessions]
    assert result.stdout.splitlines() == (
        [f"guide: {title}" for title in SECTIONS] + sessions
        + [f"guide: Help resources ({curriculum.resources['name']})",
           f"wrote {out / 'facilitator-guide.html'}", f"wrote {out / 'facilitator-guide.pdf'}"])


def test_pdf_has_contents_with_pages_page_numbers_and_every_part(guide, curriculum):
    _out, _result, reader, pages = guide
    assert pages[1].count("Contents") == 1
    titles = SECTIONS + [f"Session {s['number']}: {s['title']}" for s in curriculum.sessions]
    for title in titles:
        listed = re.search(re.escape(title) + r" (\d+)", pages[1])
        assert listed, f"{title!r} is not in the contents with a page number"
        first_page = int(listed.group(1))
        assert title in pages[first_page - 1], f"{title!r} does not start on page {first_page}"
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))
    assert all(curriculum.title[:40] in text for text in pages[1:])  # the running header
    bookmarks = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert "Introduction" in bookmarks and "Session 1: What is CSEC?" in bookmarks


def test_guide_uses_no_discouraged_term_and_only_the_resources_files_numbers(guide, curriculum):
    _out, _result, _reader, pages = guide
    text = " ".join(pages)
    assert discouraged_terms_in(text) == []
    numbers = set(re.findall(r"\d-\d{3}-\d{3}-\d{4}", text))
    canonical = {c["value"] for r in curriculum.resources["resources"] for c in r["contacts"]}
    assert numbers and numbers <= canonical


def test_every_facilitator_note_of_every_session_is_in_its_page(curriculum):
    for session in curriculum.sessions:
        page = words(page_html(curriculum, session))
        notebook = read_notebook(PROJECT_ROOT / session["notebook"])
        for cell in notebook.cells:
            if is_facilitator(cell):
                for line in cell.source.splitlines():
                    if len(words(line)) > 20:
                        assert words(line) in page, f"{session['id']}: {line[:60]!r} is missing"


def test_a_note_changed_in_a_notebook_is_in_the_regenerated_page(tmp_path):
    from csec.content import load_curriculum
    from csec.settings import curriculum_settings

    for folder in ("notebooks", "content"):  # a curriculum folder of its own
        shutil.copytree(PROJECT_ROOT / folder, tmp_path / folder)
    curriculum = load_curriculum(curriculum_settings(tmp_path / "content"))
    session = curriculum.session("recognizing-signs")
    path = tmp_path / session["notebook"]
    notebook = json.loads(path.read_text())
    note = next(c for c in notebook["cells"] if "facilitator" in c["metadata"].get("tags", []))
    old = "".join(note["source"]).splitlines()[-1]
    note["source"] = "".join(note["source"]) + "\n- A line a facilitator added in the notebook today."
    path.write_text(json.dumps(notebook))
    page = words(page_html(curriculum, session))
    assert "A line a facilitator added in the notebook today." in page and words(old) in page


def test_agenda_for_each_path_adds_up_in_every_session_page(curriculum):
    for session in curriculum.sessions:
        html = page_html(curriculum, session)
        totals = re.search(r"<tfoot>(.*?)</tfoot>", html, re.S).group(1)
        assert [int(n) for n in re.findall(r"<td>(\d+)</td>", totals)] == [session["minutes"], *PATH_MINUTES.values()]
        rows = re.findall(r"<tr><td>\d+</td>(.*?)</tr>", html, re.S)
        assert len(rows) == len(session["segments"])


def test_session_page_gives_answers_and_each_choices_teaching_point(curriculum):
    session = curriculum.session("scenario-workshop")
    page = words(page_html(curriculum, session))
    scenario = curriculum.item("scenario", "festival-staff-young-teen")
    assert words(scenario["teaching_point"]) in page
    assert all(words(choice["why"]) in page for step in scenario["steps"] for choice in step.get("choices", []))
    first = curriculum.session("what-is-csec")
    question = curriculum.item("knowledge_check", "anything-of-value")
    answer = next(option["text"] for option in question["options"] if option.get("correct"))
    assert f"Answer: {words(answer)}" in words(page_html(curriculum, first))


def test_a_guide_folder_without_chapters_or_a_chapter_without_a_title_is_refused(tmp_path):
    import csec.export.guide
    from csec.settings import Settings

    with pytest.raises(CsecError, match="no chapters"):
        csec.export.guide.chapter_files(Settings(root=tmp_path, content_dir=tmp_path / "content"))
    (tmp_path / "01-untitled.md").write_text("Some text but no heading.\n")
    with pytest.raises(CsecError, match="01-untitled.md: no title"):
        csec.export.guide.chapter_part(tmp_path / "01-untitled.md")


def test_guide_without_chromium_is_one_clear_line_and_keeps_the_html(tmp_path):
    result = call_csec("export", "guide", "--out", str(tmp_path), env={"CSEC_CHROMIUM": "/nonexistent/chromium"})
    assert_one_clear_line(result, "CSEC_CHROMIUM=/nonexistent/chromium is not an executable")
    assert (tmp_path / "facilitator-guide.html").is_file()
    assert not (tmp_path / "facilitator-guide.pdf").exists()
