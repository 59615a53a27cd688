"""`csec export results`: a room's anonymous answers as a CSV and a report of the group's change."""

import csv
import io
import itertools
import re
from datetime import UTC, datetime

import pytest
from markupsafe import escape
from pypdf import PdfReader

from csec.export.change_wording import signed
from csec.export.results import export_results
from csec.group.questions import question_key
from csec.group.store import WRITTEN, AnswerStore
from tests.command_line import assert_one_clear_line, call_csec, run_csec
from widgets.answer_chart import answer_chart_html

BEFORE_AND_AFTER = "prepost-under-18-no-force"  # before: 1 of 4 right; after: 4 of 5
ALSO_BEFORE_AND_AFTER = "prepost-signs-together"  # before: 2 of 4 right; after: 3 of 3
ONLY_BEFORE = "prepost-known-and-trusted"  # before: 2 of 2 right; not asked after
SESSION_CHECK = "anything-of-value"  # two of three answers right
POLL = "confidence-recognizing-signs"
STATEMENT = "know-what-to-say"
FEW_STATEMENT = "never-their-fault"
WRITTEN_ANSWERS = ["<script>alert('x')</script> who do I call?", "<b>bold</b> question", "=1+2", "@SUM(A1)",
                   "-5 stars", "+1 to that", "Plain question: what next?"]


def right_option(curriculum, item_id: str) -> int:
    return next(i for i, o in enumerate(curriculum.item("knowledge_check", item_id)["options"]) if o.get("correct"))


def ask(store: AnswerStore, room: str, key: str, options: int, answers: list) -> None:
    """Open ``key``, take one answer per device (an option, or words), close it."""
    store.open_question(room, key, options)
    for device, answer in enumerate(answers):
        if options == WRITTEN:
            store.record_answer(room, key, f"{key}-device-{device}", text=answer)
            store.approve(room, key)  # the facilitator showed each one to the room
        else:
            store.record_answer(room, key, f"{key}-device-{device}", option=answer)
    store.close_question(room, key)


def ask_check(store: AnswerStore, room: str, curriculum, item_id: str, phase: str | None, right: int, wrong: int):
    """Ask a knowledge check; take ``right`` right answers, then ``wrong`` wrong ones."""
    options = len(curriculum.item("knowledge_check", item_id)["options"])
    correct = right_option(curriculum, item_id)
    ask(store, room, question_key("knowledge_check", item_id, phase), options,
        [correct] * right + [(correct + 1) % options] * wrong)


@pytest.fixture
def store(answer_store_url):
    """A store whose clock ticks a second at each look, from 2023-11-14T22:13:20Z."""
    return AnswerStore(answer_store_url, clock=itertools.count(1_700_000_000).__next__)


@pytest.fixture
def room(store, curriculum):
    """A room that ran the check before and after, a session's knowledge check, a poll and a question box."""
    room = store.create_room(free_text=True)
    for item_id, right, wrong in ((BEFORE_AND_AFTER, 1, 3), (ALSO_BEFORE_AND_AFTER, 2, 2), (ONLY_BEFORE, 2, 0)):
        ask_check(store, room, curriculum, item_id, "before", right, wrong)
    for item_id, right, wrong in ((BEFORE_AND_AFTER, 4, 1), (ALSO_BEFORE_AND_AFTER, 3, 0)):
        ask_check(store, room, curriculum, item_id, "after", right, wrong)
    ask_check(store, room, curriculum, SESSION_CHECK, None, 2, 1)
    ask(store, room, question_key("poll", POLL), 4, [2, 2, 3])
    ask(store, room, question_key("question_box", "questions-for-us"), WRITTEN, WRITTEN_ANSWERS)
    ask(store, room, "poll:a-poll-since-removed", 3, [1, 2])
    return room


def exported(curriculum, store, room, tmp_path) -> dict:
    """The CSV and the HTML report, by suffix (the PDF is the command's test)."""
    written = export_results(curriculum, store, [room], out_dir=tmp_path / "out", formats=("html",),
                             progress=lambda _line: None)
    return {path.suffix: path for path in written}


def csv_rows(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


def report_item(html: str, question: str) -> str:
    """The part of the report about one question: from its heading to the end of its block."""
    start = html.index(str(escape(question)))
    return html[start:html.index("</div>", start)]


def test_csv_is_exactly_the_answers_with_option_texts_and_right_flags(curriculum, store, room, tmp_path):
    path = exported(curriculum, store, room, tmp_path)[".csv"]
    rows = csv_rows(path)
    assert list(rows[0]) == ["room", "question key", "kind", "item id", "phase", "question", "option number",
                             "option", "correct", "written answer", "answered at"]
    assert len(rows) == len(store.answers(room)) == 33
    question = curriculum.item("knowledge_check", BEFORE_AND_AFTER)
    right = right_option(curriculum, BEFORE_AND_AFTER)
    assert rows[0] == {
        "room": room, "question key": f"knowledge_check:{BEFORE_AND_AFTER}@before", "kind": "knowledge check",
        "item id": BEFORE_AND_AFTER, "phase": "before", "question": question["question"],
        "option number": str(right + 1), "option": question["options"][right]["text"], "correct": "yes",
        "written answer": "", "answered at": datetime.fromtimestamp(store.answers(room)[0].time, UTC).isoformat()
        .replace("+00:00", "Z")}
    assert [row["correct"] for row in rows[:4]] == ["yes", "no", "no", "no"]
    poll = curriculum.item("poll", POLL)
    assert [(row["kind"], row["option number"], row["option"], row["correct"]) for row in rows
            if row["item id"] == POLL] == [("poll", "3", poll["options"][2], ""), ("poll", "3", poll["options"][2], ""),
                                          ("poll", "4", poll["options"][3], "")]
    written = [row for row in rows if row["kind"] == "question box"]
    assert [(row["option number"], row["option"], row["correct"]) for row in written] == [("", "", "")] * 7
    assert [(row["kind"], row["option number"]) for row in rows if row["question key"] == "poll:a-poll-since-removed"] \
        == [("unknown", "2"), ("unknown", "3")]
    times = [row["answered at"] for row in rows]
    assert times == sorted(times) and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", t) for t in times)
    assert not re.search(r"[0-9a-f]{64}", path.read_text("utf-8-sig"))  # no device's hash


def test_written_answers_cannot_run_as_spreadsheet_formulas(curriculum, store, room, tmp_path):
    rows = csv_rows(exported(curriculum, store, room, tmp_path)[".csv"])
    assert [row["written answer"] for row in rows if row["kind"] == "question box"] == [
        "<script>alert('x')</script> who do I call?", "<b>bold</b> question", "'=1+2", "'@SUM(A1)", "'-5 stars",
        "'+1 to that", "Plain question: what next?"]


def test_a_side_with_fewer_than_five_answers_shows_no_figure_and_no_change(curriculum, store, room, tmp_path):
    html = exported(curriculum, store, room, tmp_path)[".html"].read_text("utf-8")
    assert f"Group results, room {room}" in html and "33 answers" in html
    assert "not linked" in html and "for the group, never for a person" in html and "need not be the same" in html
    assert "95% confidence interval" in html and "includes 0" in html
    item = report_item(html, curriculum.item("knowledge_check", BEFORE_AND_AFTER)["question"])  # 1 of 4, then 4 of 5
    assert re.search(r"Before</span>.*too few answers to show.*After</span>.*80% \(4 of 5\)", item, re.S), item
    assert "25%" not in item and "1 of 4" not in item and "points" not in item
    assert "No change shown: fewer than 5 answers before." in item
    both_few = report_item(html, curriculum.item("knowledge_check", ALSO_BEFORE_AND_AFTER)["question"])
    assert both_few.count("too few answers to show") == 2 and "fewer than 5 answers before and after" in both_few
    only_before = report_item(html, curriculum.item("knowledge_check", ONLY_BEFORE)["question"])  # 2 of 2
    assert "not asked after" in only_before and "No change: not asked after the series." in only_before
    assert "100%" not in only_before
    overall = report_item(html, "Overall: the 2 questions asked both before and after")  # at most 4 people before
    assert "too few answers to show" in overall and "No change shown: fewer than 5 answers before." in overall


def test_right_answers_change_with_newcombes_interval(curriculum, store, tmp_path):
    # Newcombe (1998), example (a): 56/70 - 48/80 = +0.2000, method 10: 0.0524 to 0.3339
    room = store.create_room()
    ask_check(store, room, curriculum, BEFORE_AND_AFTER, "before", 48, 32)
    ask_check(store, room, curriculum, BEFORE_AND_AFTER, "after", 56, 14)
    html = exported(curriculum, store, room, tmp_path)[".html"].read_text("utf-8")
    item = report_item(html, curriculum.item("knowledge_check", BEFORE_AND_AFTER)["question"])
    assert re.search(r"Before</span>.*60% \(48 of 80\).*After</span>.*80% \(56 of 70\)", item, re.S), item
    assert "Change: +20 points (95% CI +5 to +33), 80 before, 70 after." in item
    overall = report_item(html, "Overall: the 1 question asked both before and after")
    assert "Change: +20 points (95% CI +5 to +33), 80 answers before, 70 after, from about 80 and 70 people." \
        in overall


def test_agreement_changes_with_welchs_interval(curriculum, store, tmp_path):
    # before 2, 3, 3, 4, 2 and after 4, 5, 4, 3, 4, 5 (the options are scored 1 to 5): means 2.8 and 4.1667,
    # change +1.3667; by hand (tests/test_intervals.py) Welch's interval is 0.2553 to 2.4780
    room = store.create_room()
    ask(store, room, question_key("statement", STATEMENT, "before"), 5, [1, 2, 2, 3, 1])
    ask(store, room, question_key("statement", STATEMENT, "after"), 5, [3, 4, 3, 2, 3, 4])
    ask(store, room, question_key("statement", FEW_STATEMENT, "before"), 5, [4, 4, 4, 4, 4])
    ask(store, room, question_key("statement", FEW_STATEMENT, "after"), 5, [4, 4, 4, 4])
    paths = exported(curriculum, store, room, tmp_path)
    html = paths[".html"].read_text("utf-8")
    assert "agreement with the statements" in html and "1 (strongly disagree) to 5" in html
    item = report_item(html, curriculum.item("statement", STATEMENT)["statement"])
    assert re.search(r"Before</span>.*2\.8 of 5 \(5\).*After</span>.*4\.2 of 5 \(6\)", item, re.S), item
    assert "Change: +1.4 on the scale of 1 to 5 (95% CI +0.3 to +2.5), 5 before, 6 after." in item
    few = report_item(html, curriculum.item("statement", FEW_STATEMENT)["statement"])
    assert "5.0 of 5 (5)" in few and "too few answers to show" in few and "fewer than 5 answers after" in few
    overall = report_item(html, "Overall: the 2 statements asked both before and after")
    # pooled: before 2, 3, 3, 4, 2 and five 5s, after 4, 5, 4, 3, 4, 5 and four 5s (39/10 and 45/10); counted as 5 and 6 people
    assert "3.9 of 5 (10)" in overall and "4.5 of 5 (10)" in overall
    assert "10 answers before, 10 after, from about 5 and 6 people" in overall
    rows = [row for row in csv_rows(paths[".csv"]) if row["item id"] == STATEMENT]
    assert [(row["kind"], row["phase"], row["option number"], row["option"], row["correct"]) for row in rows[:2]] \
        == [("agreement statement", "before", "2", "Disagree", ""), ("agreement statement", "before", "3",
                                                                       "Not sure", "")]


def test_a_spanish_report_words_every_figure_and_heading_in_spanish(curriculum, store, room, tmp_path):
    from csec.content import load_curriculum
    from csec.settings import curriculum_settings

    spanish = load_curriculum(curriculum_settings(language="es"))
    html = exported(spanish, store, room, tmp_path)[".html"].read_text("utf-8")
    assert '<html lang="es">' in html
    assert f"Resultados del grupo, sala {room}" in html
    assert re.search(r"33 respuestas, (el [\d-]+|del [\d-]+ al [\d-]+)\.", html)  # days on this computer's clock
    assert "intervalo de confianza (IC) del 95%" in html and "Con menos de 5 respuestas en un lado" in html
    item = report_item(html, spanish.item("knowledge_check", BEFORE_AND_AFTER)["question"])
    assert re.search(r"Antes</span>.*muy pocas respuestas para mostrarlas.*Después</span>.*80% \(4 de 5\)", item,
                     re.S), item
    assert "No se muestra el cambio: menos de 5 respuestas antes." in item
    only_before = report_item(html, spanish.item("knowledge_check", ONLY_BEFORE)["question"])
    assert "no se preguntó después" in only_before and "Sin cambio: no se preguntó después de la serie." in only_before
    assert "En conjunto: las 2 preguntas hechas antes y después, agrupadas" in html
    assert "Repasos en las sesiones" in html and "Correctas: <b>67% (2 de 3)</b>" in html
    assert "(respuesta correcta)" in html and "Encuestas" in html and "3 respuestas" in html
    assert "Buzón de preguntas" in html and "Preguntas que ya no están en el currículo" in html
    for english in ("Group results", "answers,", "Before</span>", "too few answers", "No change", "Overall",
                    "Knowledge checks", "(right answer)", "Polls", "Question box", "Question key"):
        assert english not in html, english


def test_a_spanish_change_gives_its_points_interval_and_answers_in_spanish(store, tmp_path):
    from csec.content import load_curriculum
    from csec.settings import curriculum_settings

    spanish = load_curriculum(curriculum_settings(language="es"))
    room = store.create_room()
    ask_check(store, room, spanish, BEFORE_AND_AFTER, "before", 48, 32)
    ask_check(store, room, spanish, BEFORE_AND_AFTER, "after", 56, 14)
    ask(store, room, question_key("statement", STATEMENT, "before"), 5, [2] * 5)
    ask(store, room, question_key("statement", STATEMENT, "after"), 5, [3] * 5)
    html = exported(spanish, store, room, tmp_path)[".html"].read_text("utf-8")
    item = report_item(html, spanish.item("knowledge_check", BEFORE_AND_AFTER)["question"])
    assert "60% (48 de 80)" in item and "Cambio: +20 puntos (IC del 95%: de +5 a +33), 80 antes, 70 después." in item
    overall = report_item(html, "En conjunto: 1 pregunta hecha antes y después")
    assert "80 respuestas antes, 70 después, de unas 80 y 70 personas." in overall
    statement = report_item(html, spanish.item("statement", STATEMENT)["statement"])
    assert "3.0 de 5 (5)" in statement and "4.0 de 5 (5)" in statement and ("Cambio: +1.0 en la escala de 1 a 5 (sin intervalo: todas las "
                                             "respuestas fueron iguales), 5 antes, 5 después.") in statement


@pytest.mark.parametrize("value, decimals, shown", [
    (20.4, 0, "+20"), (-3.2, 0, "-3"), (0.35, 1, "+0.4"), (2.85, 1, "+2.9"),  # halves up, as by hand
    (0.2, 0, "0"), (-0.4, 0, "0"), (-0.04, 1, "0.0"),  # an interval's limit at zero reads 0, never +0 or -0
])
def test_changes_are_written_with_their_sign_and_zero_without_one(value, decimals, shown):
    assert signed(value, decimals) == shown


def test_every_answer_alike_gives_a_change_without_an_interval(curriculum, store, tmp_path):
    room = store.create_room()
    ask(store, room, question_key("statement", STATEMENT, "before"), 5, [2] * 5)
    ask(store, room, question_key("statement", STATEMENT, "after"), 5, [3] * 5)
    item = report_item(exported(curriculum, store, room, tmp_path)[".html"].read_text("utf-8"),
                       curriculum.item("statement", STATEMENT)["statement"])
    assert "Change: +1.0 on the scale of 1 to 5 (no interval: every answer was the same), 5 before, 5 after." in item


def test_report_counts_each_option_of_session_checks_and_polls(curriculum, store, room, tmp_path):
    html = exported(curriculum, store, room, tmp_path)[".html"].read_text("utf-8")
    check = report_item(html, curriculum.item("knowledge_check", SESSION_CHECK)["question"])
    assert "Right: <b>67% (2 of 3)</b>" in check and "(right answer)" in check
    poll = curriculum.item("poll", POLL)
    item = report_item(html, poll["question"])
    figures = re.findall(r'<span class="figure">([^<]*)</span>', item)
    assert figures == ["0 (0%)", "0 (0%)", "2 (67%)", "1 (33%)"]
    assert all(str(escape(option)) in item for option in poll["options"])


@pytest.mark.parametrize("answers, figures", [
    ([0] + [1] * 7, ["1 (13%)", "7 (88%)", "0 (0%)", "0 (0%)"]),  # 12.5% and 87.5%: halves round up
    ([0, 1, 1], ["1 (33%)", "2 (67%)", "0 (0%)", "0 (0%)"]),
])
def test_the_live_chart_and_the_report_show_the_same_percentages(curriculum, store, tmp_path, answers, figures):
    poll = curriculum.item("poll", POLL)
    room = store.create_room()
    ask(store, room, question_key("poll", POLL), 4, answers)
    item = report_item(exported(curriculum, store, room, tmp_path)[".html"].read_text("utf-8"), poll["question"])
    chart = answer_chart_html(poll["options"], [answers.count(option) for option in range(4)])
    assert re.findall(r'<span class="figure">([^<]*)</span>', item) == figures
    assert re.findall(r'<span class="csec-poll-count">([^<]*)</span>', chart) == figures


def test_written_answers_are_listed_escaped(curriculum, store, room, tmp_path):
    html = exported(curriculum, store, room, tmp_path)[".html"].read_text("utf-8")
    assert "<script" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; who do I call?" in html
    assert "<li>&lt;b&gt;bold&lt;/b&gt; question</li>" in html and "<li>=1+2</li>" in html


def test_only_approved_written_answers_reach_the_csv_and_the_report(curriculum, store, room, tmp_path):
    key = question_key("question_box", "questions-for-us")
    store.open_question(room, key, WRITTEN)
    store.record_answer(room, key, "phone-waiting", text="Never reviewed: my cousin Jo")
    store.record_answer(room, key, "phone-rejected", text="Rejected: call me on 555 010 2222")
    store.reject(room, key, store.answers_to_review(room, key)[-1].number)
    paths = exported(curriculum, store, room, tmp_path)
    report, table = paths[".html"].read_text("utf-8"), paths[".csv"].read_text("utf-8-sig")
    for words in ("Never reviewed", "Rejected"):
        assert words not in report and words not in table
    assert "Plain question: what next?" in report and "Plain question: what next?" in table


def test_questions_the_curriculum_no_longer_has_are_listed_with_counts(curriculum, store, room, tmp_path):
    html = exported(curriculum, store, room, tmp_path)[".html"].read_text("utf-8")
    assert re.search(r"<code>poll:a-poll-since-removed</code></td><td>2</td>", html)


def test_a_room_without_answers_gets_a_report_that_says_so(curriculum, store, tmp_path):
    room = store.create_room()
    files = exported(curriculum, store, room, tmp_path)
    assert csv_rows(files[".csv"]) == []
    html = files[".html"].read_text("utf-8")
    assert "No answers in this room yet" in html and "Before and after" not in html


def test_an_unknown_room_is_one_clear_line_and_writes_nothing(tmp_path):
    AnswerStore.in_folder(tmp_path / "data").create_room()
    result = call_csec("export", "results", "--room", "NOSUCH", "--data", str(tmp_path / "data"),
                      "--out", str(tmp_path / "out"), "--format", "html")
    assert_one_clear_line(result, "no room 'NOSUCH'", str(tmp_path / "data"), "join slide", "30 days")
    assert not (tmp_path / "out").exists()


@pytest.mark.browser
def test_the_command_writes_csv_html_and_a_pdf_with_pages(curriculum, tmp_path, chromium_executable):
    store = AnswerStore.in_folder(tmp_path / "data")
    room = store.create_room()
    ask_check(store, room, curriculum, BEFORE_AND_AFTER, "before", 2, 4)
    ask_check(store, room, curriculum, BEFORE_AND_AFTER, "after", 5, 1)
    store.engine.dispose()
    out = tmp_path / "out"
    result = run_csec("export", "results", "--room", room.lower(), "--data", str(tmp_path / "data"),
                      "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote {out}/results-{room}.{suffix}" for suffix in ("csv", "html", "pdf")]
    reader = PdfReader(out / f"results-{room}.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 1
    assert f"Group results, room {room}" in text and "33% (2 of 6)" in text and "83% (5 of 6)" in text
    assert "Page 1 of" in text


class SettableClock:
    """A store's clock that stands where the test puts it."""

    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def local_time(*when: int) -> float:
    """Unix time of a moment on this computer's clock, as the days of --since and --until are read."""
    return datetime(*when).timestamp()


@pytest.fixture
def rooms_over_a_term(answer_store_url, curriculum):
    """Three rooms: the first answered in September, the second in November (before 3 of 5 right, after 4 of 5;
    then 0 of 5 and 5 of 5), the third in December."""
    clock = SettableClock()
    store = AnswerStore(answer_store_url, clock=clock)
    rooms = [store.create_room() for _ in range(3)]
    for room, day, before, after in ((rooms[0], (2026, 9, 1, 0, 0, 1), 3, 4), (rooms[1], (2026, 11, 30, 23, 59), 0, 5),
                                     (rooms[2], (2026, 12, 1, 0, 0, 1), 5, 5)):
        clock.now = local_time(*day)
        ask_check(store, room, curriculum, BEFORE_AND_AFTER, "before", before, 5 - before)
        ask_check(store, room, curriculum, BEFORE_AND_AFTER, "after", after, 5 - after)
    yield store, rooms
    store.engine.dispose()


def export_command(store, out, *options: str):
    return call_csec("export", "results", *options, "--database", store.engine.url.render_as_string(False),
                     "--out", str(out), "--format", "html")


def check_results(tmp_path, name: str) -> tuple[list[dict], str]:
    return csv_rows(tmp_path / f"{name}.csv"), (tmp_path / f"{name}.html").read_text("utf-8")


@pytest.mark.parametrize("chosen", ["rooms", "days"])
def test_several_rooms_or_a_range_of_days_are_reported_together(curriculum, rooms_over_a_term, tmp_path, chosen):
    store, (september, november, december) = rooms_over_a_term
    options = (["--room", september, "--room", november.lower()] if chosen == "rooms"
               else ["--since", "2026-09-01", "--until", "2026-11-30"])
    result = export_command(store, tmp_path, *options)
    assert result.returncode == 0, result.stderr
    name = "results-2-rooms-2026-09-01-to-2026-11-30"  # the rooms' first and last answer, or the days chosen
    assert result.stdout.splitlines() == [f"wrote {tmp_path / name}.{suffix}" for suffix in ("csv", "html")]
    rows, html = check_results(tmp_path, name)
    assert [row["room"] for row in rows] == [september] * 10 + [november] * 10
    assert [row["correct"] for row in rows if row["phase"] == "before"].count("yes") == 3
    assert "Group results, 2 rooms" in html and f"Rooms {september}, {november}" in html
    assert ("from 2026-09-01 to 2026-11-30, both days included" in html) == (chosen == "days")
    item = report_item(html, curriculum.item("knowledge_check", BEFORE_AND_AFTER)["question"])
    # before 3 of 10 right, after 9 of 10: Newcombe (1998) example (b), method 10: +0.6000, 0.1705 to 0.8090
    assert re.search(r"Before</span>.*30% \(3 of 10\).*After</span>.*90% \(9 of 10\)", item, re.S), item
    assert "Change: +60 points (95% CI +17 to +81), 10 before, 10 after." in item


def test_a_range_of_days_takes_only_its_own_answers_of_a_room(curriculum, rooms_over_a_term, tmp_path):
    store, (september, november, _december) = rooms_over_a_term
    result = export_command(store, tmp_path, "--room", november, "--since", "2026-11-30", "--until", "2026-11-30")
    assert result.returncode == 0, result.stderr
    rows, html = check_results(tmp_path, "results-1-room-2026-11-30")
    assert {row["room"] for row in rows} == {november} and len(rows) == 10  # one minute before midnight: all in
    assert f"Room {november}: the answers given from 2026-11-30 to 2026-11-30" in html
    assert export_command(store, tmp_path, "--room", september).returncode == 0
    assert len(csv_rows(tmp_path / f"results-{september}.csv")) == 10  # one whole room keeps its own name


@pytest.mark.parametrize("options, expected", [
    (["--room", "{september}", "--room", "NOSUCH"], ["no room 'NOSUCH'", "join slide"]),
    (["--since", "2026-11-30", "--until", "2026-09-01"], ["--until 2026-09-01 is before --since 2026-11-30"]),
    (["--since", "2027-01-01", "--until", "2027-12-31"], ["no room", "has answers from 2027-01-01 to 2027-12-31"]),
    (["--room", "{december}", "--since", "2026-09-01", "--until", "2026-11-30"],
     ["room '{december}' has no answers from 2026-09-01 to 2026-11-30", "leave it out"]),
    (["--since", "2026-9-1", "--until", "2026-11-30"], ["--since '2026-9-1' is not a day", "YYYY-MM-DD"]),
    (["--since", "2026-02-30", "--until", "2026-11-30"], ["--since '2026-02-30' is not a day"]),
    (["--since", "2026-09-01"], ["give --since and --until together"]),
    ([], ["name the rooms with --room CODE", "--since and --until"]),
])
def test_a_wrong_room_or_day_is_one_clear_line_and_writes_nothing(rooms_over_a_term, tmp_path, options, expected):
    store, (september, _november, december) = rooms_over_a_term
    fill = {"september": september, "december": december}
    result = export_command(store, tmp_path / "out", *(option.format(**fill) for option in options))
    assert_one_clear_line(result, *(text.format(**fill) for text in expected))
    assert not (tmp_path / "out").exists()
