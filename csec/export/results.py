"""`csec export results`: group-mode rooms' anonymous answers as a CSV, and a report of them.

It covers one room, several (--room, repeated), or every room answered on a
range of days (--since, --until): see results_scope.py. The CSV has one row
per answer, oldest first, with its room and nothing about devices. The report
(HTML for screens, PDF for print) gives the change from before the series to
after it per question and overall, with its 95% confidence interval (worded
by change_wording.py): right answers to the knowledge questions, then
agreement with the statements; then knowledge checks and polls asked in
sessions, written answers, and questions the curriculum no longer has.
"""

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from csec.content import Curriculum
from csec.export.change_wording import before_and_after
from csec.export.files import write_atomically
from csec.export.printing import FORMATS, PAPER_SIZES, write_printable
from csec.export.results_scope import ResultsScope, results_scope
from csec.export.templating import export_templates
from csec.group import tally
from csec.group.store import AnswerStore
from csec.group.tally import AgreementChange, Answer, RightAnswersChange
from csec.kinds import content_kinds

CSV_HEADER = ("room", "question key", "kind", "item id", "phase", "question", "option number", "option", "correct",
              "written answer", "answered at")
FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet would run as a formula


def spreadsheet_safe(text: str) -> str:
    """Participants' words as a spreadsheet shows them: never run as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def utc_time(seconds: float) -> str:
    """ISO 8601 in UTC, to the second."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def kind_name(kind: str) -> str:
    """The kind of a question as the CSV names it (csec/kinds/: results_name); "unknown" for a key the
    curriculum no longer knows."""
    known = content_kinds().get(kind)
    return known.results_name if known and known.results_name else "unknown"


def csv_row(answer: Answer) -> tuple:
    question = answer.question
    correct = answer.correct
    return (answer.room, question.key, kind_name(question.kind), question.item_id, question.phase, question.text,
            "" if answer.option is None else answer.option + 1, answer.option_text,
            "" if correct is None else ("yes" if correct else "no"),
            spreadsheet_safe(answer.text or ""), utc_time(answer.time))


def results_csv(answers: list[Answer]) -> bytes:
    """One row per answer under a header row; UTF-8 with a byte order mark, so spreadsheets read accents."""
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_row(answer) for answer in answers)
    return text.getvalue().encode("utf-8-sig")


def answer_dates(answers: list[Answer]) -> tuple[str, str] | None:
    """The days (on this computer's clock) of the first and the last answer."""
    if not answers:
        return None
    return tuple(datetime.fromtimestamp(answer.time).date().isoformat() for answer in (answers[0], answers[-1]))


def render_results_html(curriculum: Curriculum, scope: ResultsScope, answers: list[Answer], paper: str) -> str:
    return export_templates(curriculum.settings.language).get_template("results.html.j2").render(
        curriculum_title=curriculum.title,
        title=scope.title(curriculum.settings.language),
        rooms=scope.rooms,
        days=scope.days,
        answer_count=len(answers),
        dates=answer_dates(answers),
        right_answers=before_and_after(curriculum, answers, RightAnswersChange),
        agreement=before_and_after(curriculum, answers, AgreementChange),
        knowledge_checks=tally.distributions(answers, "knowledge_check"),
        polls=tally.distributions(answers, "poll"),
        written=tally.written_answers(answers),
        unknown=tally.unknown_questions(answers),
        few_answers=tally.FEW_ANSWERS,
        page_size=PAPER_SIZES[paper],
    )


def scope_answers(curriculum: Curriculum, store: AnswerStore, scope: ResultsScope) -> list[Answer]:
    """The answers the scope covers, every room's together, oldest first."""
    answers = [answer for room in scope.rooms for answer in tally.read_answers(curriculum, room, store.answers(room))
               if scope.covers(answer.time)]
    return sorted(answers, key=lambda answer: answer.time)


def export_results(
    curriculum: Curriculum,
    store: AnswerStore,
    rooms: list[str],
    days: tuple[date, date] | None = None,
    *,
    out_dir: Path | None = None,
    paper: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    progress: Callable[[str], None] = print,
) -> list[Path]:
    """Write the CSV and the report of ``rooms`` (or of every room answered on ``days``, first and last
    included); return the files written. Nothing is written when a room or the days are wrong (CsecError)."""
    scope = results_scope(store, rooms, days)
    paper = paper or curriculum.resources["paper"]
    answers = scope_answers(curriculum, store, scope)
    folder = out_dir or curriculum.settings.build_dir / "results"
    name = scope.file_name(answer_dates(answers))
    report = render_results_html(curriculum, scope, answers, paper)
    table = folder / f"{name}.csv"
    write_atomically(table, results_csv(answers))
    progress(f"wrote {table}")
    return [table, *write_printable([(folder / f"{name}.html", report, scope.title(curriculum.settings.language))],
                                    paper, formats, progress, curriculum.settings.language)]
