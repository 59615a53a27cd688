"""Handouts: participant-facing only, with key points and the locale's help resources."""

import io
import json
import re
import unicodedata
from html import unescape

import pytest
from pypdf import PdfReader

from csec.notebooks import content_references, for_audience, read_notebook
from csec.settings import PROJECT_ROOT
from tests.command_line import call_csec, run_csec
from widgets import PrePostCheck

NOTEBOOK = PROJECT_ROOT / "notebooks" / "01_what_is_csec.ipynb"


def facilitator_lines():
    """Distinctive lines of every facilitator cell (what must never reach a handout)."""
    cells = json.loads(NOTEBOOK.read_text())["cells"]
    notes = ["".join(c["source"]) for c in cells if "facilitator" in c["metadata"].get("tags", [])]
    lines = [line.strip("-* ").strip() for note in notes for line in note.splitlines()]
    return [line[:40] for line in lines if len(line) > 40]


def normalised(text):
    """Text as a reader sees it: ligatures such as "ﬀ" spelled out, soft hyphens gone, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u00ad", "").split())


AUDIENCES = ("professionals", "caregivers", "hospitality", "youth")
PAPER_WIDTHS_MM = {"a4": 210, "letter": 216}


@pytest.fixture(scope="module")
def exported(tmp_path_factory, chromium_executable):
    """`csec export handouts` (HTML and PDF) for an audience and a paper, run once each and shared by the tests."""
    runs = {}

    def export(audience="professionals", paper="letter"):
        if (audience, paper) not in runs:
            out = tmp_path_factory.mktemp(f"handouts-{audience}-{paper}")
            result = run_csec("export", "handouts", "--audience", audience, "--paper", paper, "--out", str(out))
            assert result.returncode == 0, result.stderr
            runs[audience, paper] = out, result
        return runs[audience, paper]

    return export


@pytest.fixture(scope="module")
def handouts(exported):
    return exported()


def test_one_progress_line_per_file(handouts, curriculum):
    out, result = handouts
    names = [session["id"] for session in curriculum.sessions] + ["series-check-answer-sheet", "help-wallet-cards"]
    expected = [f"wrote {out / name}.{suffix}" for suffix in ("html", "pdf") for name in names]
    assert sorted(result.stdout.splitlines()) == sorted(expected)
    assert all((out / f"{session['id']}.pdf").stat().st_size > 0 for session in curriculum.sessions)


def test_html_handout_has_key_points_resources_and_no_facilitator_notes(handouts, curriculum):
    html = (handouts[0] / "what-is-csec.html").read_text()
    text = normalised(html.replace("&#34;", '"').replace("&#39;", "'"))
    for point in curriculum.session("what-is-csec")["key_points"]:
        assert normalised(point) in text
    assert "1-888-373-7888" in text and "233733" in text
    assert "Myth or fact?" in text and "We answered 3 questions together" in text
    for line in facilitator_lines():
        assert line not in text
    assert "http://" not in html and "https://cdn" not in html and "<script" not in html


def test_pdf_handout_opens_with_key_points_and_hotline(handouts, curriculum):
    reader = PdfReader(io.BytesIO((handouts[0] / "what-is-csec.pdf").read_bytes()))
    assert len(reader.pages) >= 1
    text = normalised(" ".join(page.extract_text() for page in reader.pages))
    for point in curriculum.session("what-is-csec")["key_points"]:
        assert normalised(point)[:60] in text
    assert "1-888-373-7888" in text
    assert "Page 1 of" in text
    for line in facilitator_lines():
        assert line not in text


def test_handouts_never_reveal_knowledge_check_answers(handouts, curriculum):
    text = normalised((handouts[0] / "what-is-csec.html").read_text().replace("&#34;", '"'))
    for question in curriculum.items["knowledge_check"].values():
        assert normalised(question["question"]) not in text
        assert normalised(question["explanation"]) not in text
        for option in question["options"]:
            assert normalised(option["feedback"]) not in text


def test_answer_sheet_has_every_question_and_no_answers_or_names(handouts, curriculum):
    reader = PdfReader(io.BytesIO((handouts[0] / "series-check-answer-sheet.pdf").read_bytes()))
    text = normalised(" ".join(page.extract_text() for page in reader.pages))
    assert "do not write your name" in text.lower() and "Before the series" in text and "After the series" in text
    questions = [curriculum.item("knowledge_check", q)
                 for q in curriculum.item("pre_post_check", "series-check")["questions"]]
    for number, question in enumerate(questions, start=1):
        assert normalised(question["question"])[:50] in text
        for letter, option in zip("ABCD", question["options"]):
            assert f"{letter}. {normalised(option['text'])[:30]}" in text
            assert normalised(option["feedback"])[:40] not in text
        assert normalised(question["explanation"])[:40] not in text
    for statement in ("I could recognize signs that a young person is being exploited.",
                      "When a young person is exploited, it is never their fault."):
        assert statement in text
    assert text.count("Strongly disagree Disagree Not sure Agree Strongly agree") == 5
    html = (handouts[0] / "series-check-answer-sheet.html").read_text()
    assert "correct" not in html and "<script" not in html and "<input" not in html


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_answer_sheet_asks_the_audiences_statements_with_five_labelled_boxes_each(curriculum, audience):
    from csec.export.handouts import render_answer_sheet_html

    curriculum = curriculum.for_audience(audience)
    check = curriculum.item("pre_post_check", "series-check")
    html = render_answer_sheet_html(curriculum, check, "letter")
    section = html[html.index("How much do you agree?"):html.index("Where to get help")]
    asked = [unescape(text) for text in re.findall(r"<li>\s*<p>([^<]*)</p>", section)]
    phones = PrePostCheck("series-check", "before", curriculum).statements
    assert asked == [s["statement"] for s in phones] and len(asked) == 5  # as the phones ask
    assert [s for s in curriculum.items["statement"].values() if s["statement"] not in asked
            and audience in s.get("audiences", [audience])] == []
    boxes = re.findall(r'<li><span class="box"></span>([^<]*)</li>', section)
    assert boxes == ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"] * 5
    assert "There is no right answer" in section and "name" not in section


@pytest.mark.parametrize("audience", ["professionals", "youth"])
def test_wallet_cards_fit_eight_to_a_page_with_every_line_for_the_audience(tmp_path, curriculum, browser, audience):
    result = run_csec("export", "handouts", "--audience", audience, "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO((tmp_path / "help-wallet-cards.pdf").read_bytes()))
    assert len(reader.pages) == 1
    text = normalised(reader.pages[0].extract_text())
    assert (tmp_path / "help-wallet-cards.html").read_text().count("<h2>Where to get help</h2>") == 8
    shown = [r for r in curriculum.resources["resources"] if audience in r["audiences"]]
    hidden = [r for r in curriculum.resources["resources"] if audience not in r["audiences"]]
    for resource in shown:
        assert text.count(resource["contacts"][0]["value"]) >= 8, resource["id"]
    for resource in hidden:
        assert resource["name"] not in text
    page = browser.new_page()
    page.goto((tmp_path / "help-wallet-cards.html").as_uri())
    cards = page.evaluate("[...document.querySelectorAll('.card')].map(c => c.scrollHeight <= c.clientHeight)")
    assert cards == [True] * 8, "a card cuts off its last lines"
    page.close()


def test_a4_paper_follows_the_option(tmp_path, chromium_executable):
    result = run_csec("export", "handouts", "--paper", "a4", "--format", "pdf", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    page = PdfReader(tmp_path / "what-is-csec.pdf").pages[0]
    width_mm = float(page.mediabox.width) / 72 * 25.4
    assert round(width_mm) == 210
    assert not (tmp_path / "what-is-csec.html").exists()


def test_no_pdf_engine_is_one_clear_line_and_keeps_the_html(tmp_path):
    result = call_csec("export", "handouts", "--out", str(tmp_path), env={"CSEC_CHROMIUM": "/nonexistent/chromium"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "csec export: CSEC_CHROMIUM=/nonexistent/chromium is not an executable: point it at Chromium or unset it"]
    assert (tmp_path / "what-is-csec.html").is_file()
    assert not (tmp_path / "what-is-csec.pdf").exists()


def test_handouts_follow_the_chosen_locale(tmp_path, content_with_test_locale):
    result = call_csec("export", "handouts", "--content", str(content_with_test_locale), "--locale", "test",
                      "--format", "html", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "what-is-csec.html").read_text()
    assert "Where to get help (Testland)" in html and "Call: 116 111" in html
    assert "1-888-373-7888" not in html
    assert "size: A4" in html


def test_every_activity_has_a_static_rendering_in_the_handout(curriculum):
    from csec.export.handouts import render_handout_html

    session = {**curriculum.session("what-is-csec"), "notebook": "notebooks/gallery.ipynb"}
    text = normalised(unescape(render_handout_html(curriculum, session, "letter")))
    scenario = curriculum.item("scenario", "new-older-boyfriend")
    assert normalised(scenario["summary"]) in text and normalised(scenario["teaching_point"]) in text
    assert normalised(scenario["steps"][0]["discussion"][0]) in text
    sort = curriculum.item("sign_sort", "signs-by-kind")
    assert normalised(sort["caution"]) in text
    assert all(category["label"] in text for category in sort["categories"])
    risk_map = curriculum.item("risk_map", "ecological-risk-map")
    assert all(normalised(factor["protective"]) in text for factor in risk_map["factors"])
    assert normalised(curriculum.item("poll", "confidence-recognizing-signs")["question"]) in text
    assert normalised(curriculum.item("reflection", "one-thing-to-remember")["prompt"]) in text
    assert all(normalised(p) in text for p in curriculum.item("action_plan", "my-next-steps")["prompts"])
    assert normalised(curriculum.item("myth_or_fact", "kidnapped-by-strangers")["takeaway"]) in text
    for step in scenario["steps"]:  # speaker notes and the consequences to discover stay out
        assert normalised(step["facilitator_notes"]) not in text
        for choice in step.get("choices", []):
            assert normalised(choice["consequence"]) not in text


def test_handouts_are_prepared_for_the_chosen_audience(tmp_path):
    result = call_csec("export", "handouts", "--audience", "youth", "--format", "html", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "what-is-csec.html").read_text()
    assert "Prepared for: Older youth (14-18)" in html and "1-888-373-7888" in html


def test_each_audience_takes_home_its_own_help_list_and_what_happens_when_you_call(tmp_path, curriculum):
    shown_to = {r["name"]: r["audiences"] for r in curriculum.resources["resources"]}
    for audience in ("youth", "hospitality"):
        out = tmp_path / audience
        result = call_csec("export", "handouts", "--audience", audience, "--format", "html", "--out", str(out))
        assert result.returncode == 0, result.stderr
        for document in ("responding-and-helping.html", "series-check-answer-sheet.html"):
            text = unescape(re.sub(r"<[^>]+>", " ", (out / document).read_text()))
            help_part = normalised(text[text.index("Where to get help"):]).split(" Sources ")[0]
            for name, audiences in shown_to.items():
                assert (name in help_part) == (audience in audiences), (audience, document, name)
            note = normalised(curriculum.resources.get("audience_notes", {}).get(audience, curriculum.resources["note"]))
            assert help_part.index(note) < help_part.index("Emergency services")
        handout = normalised(unescape(re.sub(r"<[^>]+>", " ", (out / "responding-and-helping.html").read_text())))
        hotline = curriculum.resource("national-human-trafficking-hotline")
        assert f"What happens: {normalised(hotline['what_happens'])}" in handout
    youth_help = normalised(unescape((tmp_path / "youth" / "what-is-csec.html").read_text()).split("Where to get help")[1])
    assert "What happens:" in youth_help
    assert youth_help.index("988 Suicide & Crisis Lifeline") < youth_help.index("National Human Trafficking Hotline")
    assert "ICE" not in youth_help


def test_unknown_audience_is_one_clear_line(tmp_path):
    result = call_csec("export", "handouts", "--audience", "teachers", "--out", str(tmp_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "csec export: unknown audience 'teachers': use --audience with one of: "
        "professionals, caregivers, hospitality, youth"]


def pdf_text(path):
    return normalised(" ".join(page.extract_text() for page in PdfReader(path).pages))


def shown_resources(curriculum, audience):
    return [r for r in curriculum.resources["resources"] if audience in r["audiences"]]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_sessions_web_handout_for_each_audience_keeps_the_full_text(exported, curriculum, audience):
    out, _result = exported(audience)
    for session in (s for s in curriculum.sessions if audience in s["audiences"]):
        text = normalised(unescape(re.sub(r"<[^>]+>", " ", (out / f"{session['id']}.html").read_text())))
        assert f"Prepared for: {curriculum.audiences[audience]['label']}" in text
        assert "Printing this page gives the two-page take-home" in text
        for point in session["key_points"] + session["reflection_questions"]:
            assert normalised(point) in text, (session["id"], point)
        assert "What we did together" in text
        for resource in shown_resources(curriculum, audience):
            assert f"What happens: {normalised(resource['what_happens'])}" in text, resource["id"]
            assert all(contact["value"] in text for contact in resource["contacts"]), resource["id"]
        for source_id in session["sources"]:
            assert normalised(curriculum.source(source_id)["title"]) in text, (session["id"], source_id)


@pytest.mark.parametrize("paper", PAPER_WIDTHS_MM)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_sessions_printed_handout_is_a_take_home_of_at_most_two_pages(exported, curriculum, audience, paper):
    out, _result = exported(audience, paper)
    for session in (s for s in curriculum.sessions if audience in s["audiences"]):
        reader = PdfReader(out / f"{session['id']}.pdf")
        where = (audience, paper, session["id"])
        assert len(reader.pages) <= 2, where
        assert round(float(reader.pages[0].mediabox.width) / 72 * 25.4) == PAPER_WIDTHS_MM[paper], where
        text = pdf_text(out / f"{session['id']}.pdf")
        for point in session["key_points"]:
            assert normalised(point) in text, (*where, point)
        assert "What to do" in text, where
        for step in curriculum.audiences[audience]["what_to_do"]:
            assert normalised(step) in text, (*where, step)
        for resource in shown_resources(curriculum, audience):
            assert resource["name"] in text and resource["contacts"][0]["value"] in text, (*where, resource["id"])
        assert f"is the web page {session['id']}.html" in text, where
        assert "Every title and address is in the web handout" in text, where
        assert normalised(session["reflection_questions"][0]) not in text, where  # the web handout has them


def test_the_printed_handout_keeps_the_sessions_diagrams_unless_marked_for_the_web_only(exported, curriculum):
    out, _result = exported()
    printed, web_only = [], []
    for session in curriculum.sessions:
        notebook = for_audience(read_notebook(PROJECT_ROOT / session["notebook"]), "professionals")
        diagrams = [curriculum.item("diagram", r.item_id) for r in content_references(notebook) if r.kind == "diagram"]
        text = pdf_text(out / f"{session['id']}.pdf")
        web = normalised(unescape(re.sub(r"<[^>]+>", " ", (out / f"{session['id']}.html").read_text())))
        for diagram in diagrams:
            assert normalised(diagram["title"]) in web, diagram["id"]  # the web handout shows every picture
            if diagram.get("take_home", True):
                assert normalised(diagram["title"]) in text, (session["id"], diagram["id"])
                printed.append(diagram["id"])
            else:
                assert normalised(diagram["title"]) not in text, (session["id"], diagram["id"])
                web_only.append(diagram["id"])
    assert printed and web_only, "no session prints a diagram, or none is for the web only: this test checks less"
