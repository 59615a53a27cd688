"""`csec export results --room CODE`: a group-mode room's anonymous answers as a CSV, and a report of them.

The CSV has one row per answer, oldest first, and nothing about devices. The
report (HTML for screens, PDF for print) charts the right answers before and
after the series per question and overall, then knowledge checks and polls
asked in sessions, written answers, and questions the curriculum no longer has.
"""

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from csec.content import Curriculum
from csec.errors import CsecError
from csec.export.files import write_atomically
from csec.export.printing import FORMATS, PAPER_SIZES, write_printable
from csec.export.templating import TEMPLATES
from csec.group import tally
from csec.group.room import RETENTION_DAYS
from csec.group.store import AnswerStore
from csec.group.tally import Answer
from csec.kinds import content_kinds

CSV_HEADER = ("question key", "kind", "item id", "phase", "question", "option number", "option", "correct",
              "written answer", "answered at")
FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet would run as a formula


def results_title(room: str) -> str:
    return f"Group results, room {room}"


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
    return (question.key, kind_name(question.kind), question.item_id, question.phase, question.text,
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


def render_results_html(curriculum: Curriculum, room: str, answers: list[Answer], paper: str) -> str:
    changes = tally.pre_post_changes(curriculum, answers)
    return TEMPLATES.get_template("results.html.j2").render(
        curriculum_title=curriculum.title,
        title=results_title(room),
        answer_count=len(answers),
        dates=answer_dates(answers),
        changes=changes,
        overall=tally.overall_change(changes),
        knowledge_checks=tally.distributions(answers, "knowledge_check"),
        polls=tally.distributions(answers, "poll"),
        written=tally.written_answers(answers),
        unknown=tally.unknown_questions(answers),
        few_answers=tally.FEW_ANSWERS,
        page_size=PAPER_SIZES[paper],
    )


def require_room(store: AnswerStore, room: str) -> None:
    if not store.room_exists(room):
        raise CsecError(f"no room {room!r} in {store.name}: check the code on the join slide; "
                        f"rooms are deleted after {RETENTION_DAYS} days, so it may have been purged")


def export_results(
    curriculum: Curriculum,
    store: AnswerStore,
    room: str,
    *,
    out_dir: Path | None = None,
    paper: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    progress: Callable[[str], None] = print,
) -> list[Path]:
    """Write results-ROOM.csv and the report; return the files written."""
    require_room(store, room)
    paper = paper or curriculum.resources["paper"]
    answers = tally.read_answers(curriculum, store.answers(room))
    folder = out_dir or curriculum.settings.build_dir / "results"
    table = folder / f"results-{room}.csv"
    write_atomically(table, results_csv(answers))
    progress(f"wrote {table}")
    report = render_results_html(curriculum, room, answers, paper)
    return [table, *write_printable([(folder / f"results-{room}.html", report, results_title(room))], paper,
                                    formats, progress)]
