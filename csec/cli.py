"""The `csec` command: check, serve and export the curriculum."""

import argparse
import os
import sys
from pathlib import Path

from csec.errors import CsecError
from csec.settings import (
    DATA_DIR_VARIABLE,
    DATABASE_URL_VARIABLE,
    DEFAULT_AUDIENCE,
    DEFAULT_LANGUAGE,
    DEFAULT_LOCALE,
    Settings,
    curriculum_settings,
)

DEBUG_VARIABLE = "CSEC_DEBUG"


def _add_content_options(parser: argparse.ArgumentParser, *, audience: bool = True) -> None:
    parser.add_argument("--content", metavar="DIR", type=Path,
                        help="content folder (default: the project's content/)")
    parser.add_argument("--locale", metavar="NAME",
                        help=f"help resources from content/resources/NAME.yaml (default: {DEFAULT_LOCALE})")
    parser.add_argument("--language", metavar="CODE",
                        help=f"the language of the slides and handouts: {DEFAULT_LANGUAGE}, or one translated in "
                             f"content/languages/CODE/ (default: {DEFAULT_LANGUAGE})")
    if audience:
        parser.add_argument("--audience", metavar="ID",
                            help="who the sessions are for: professionals, caregivers, hospitality or youth "
                                 f"(default: {DEFAULT_AUDIENCE})")


def _add_print_options(parser: argparse.ArgumentParser, default_out: str) -> None:
    """Paper size, HTML and/or PDF, and output folder: what every printable export asks."""
    parser.add_argument("--paper", choices=["a4", "letter"], help="paper size of the PDFs (default: the locale's)")
    parser.add_argument("--format", choices=["html", "pdf", "both"], default="both",
                        help="which files to write (default: both)")
    parser.add_argument("--out", metavar="DIR", type=Path, help=f"output folder (default: {default_out})")


def _add_store_options(parser: argparse.ArgumentParser) -> None:
    """Where group mode's answers are kept: a data folder, or a database several servers share."""
    parser.add_argument("--data", metavar="DIR", type=Path,
                        help=f"the data folder for answers (default: ${DATA_DIR_VARIABLE}, else data/ in the project)")
    parser.add_argument("--database", metavar="URL",
                        help=f"a SQLAlchemy database URL instead, e.g. postgresql+psycopg://user@host/csec "
                             f"(default: ${DATABASE_URL_VARIABLE})")


def _settings(args: argparse.Namespace) -> Settings:
    """The settings the options choose: the command line is the one place that reads the environment."""
    store = {}
    if "data" in args:
        data_dir = args.data or os.environ.get(DATA_DIR_VARIABLE)
        store = {"data_dir": Path(data_dir).resolve() if data_dir else None,
                 "database_url": args.database or os.environ.get(DATABASE_URL_VARIABLE) or None}
    return curriculum_settings(getattr(args, "content", None), getattr(args, "locale", None),
                               getattr(args, "audience", None), getattr(args, "language", None), **store)


def _room_code(text: str) -> str:
    """A room code as the store keeps it, in capitals, so a code typed in lower case still matches."""
    return text.strip().upper()


def _chosen_formats(args: argparse.Namespace) -> tuple[str, ...]:
    from csec.export.printing import FORMATS

    return FORMATS if args.format == "both" else (args.format,)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csec", description="Present, check and export the CSEC facilitator curriculum.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="find problems in content and notebooks",
                                description="Validate content files and session notebooks; "
                                            "print one line per problem and exit 1 if there are any.")
    _add_content_options(check, audience=False)
    check.set_defaults(run=run_check)

    serve = commands.add_parser("serve", help="present the sessions in a browser (offline)",
                                description="Serve the curriculum as slides on this computer only; with --lan, "
                                            "phones on the local network can also answer, anonymously.")
    _add_content_options(serve)
    serve.add_argument("--port", type=int, default=8866, help="port to listen on (default: 8866)")
    serve.add_argument("--lan", action="store_true",
                       help="group mode: phones on this network answer anonymously (join slide shows how)")
    serve.add_argument("--room", metavar="CODE", type=_room_code,
                       help="with --lan: carry on in this room after a restart, so phones and answers stay")
    serve.add_argument("--written-answers", action="store_true",
                       help="with --lan: let phones send short written answers (off unless you choose it)")
    serve.add_argument("--follow-slides", action="store_true",
                       help="with --lan: phones also show the text of the slide on the screen (never your notes)")
    _add_store_options(serve)
    serve.add_argument("--no-preheat", dest="preheat", action="store_false",
                       help="start each session's kernel only when it is opened "
                            "(less memory, slower first page)")
    serve.add_argument("--cell-timeout", metavar="SECONDS", type=int, default=60,
                       help="how long one cell of a session may take before it is stopped and the rest "
                            "shown (default: 60)")
    serve.set_defaults(run=run_serve)

    build = commands.add_parser("build", help="write every audience's handouts, the guide and the offline decks",
                                description="Write build/handouts/<audience>/, build/guide/ and build/slides/<audience>/, "
                                            "with build/record.json saying what was built and what failed. "
                                            "`csec serve` runs this in the background for what is stale.")
    _add_content_options(build)
    build.add_argument("--stale", action="store_true",
                       help="only the parts never built, older than a source, or that failed last time")
    build.set_defaults(run=run_build)

    export = commands.add_parser("export",
                                 help="write handouts, the facilitator guide, a slide deck or a room's results",
                                 description="Write files to hand out or print.")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    handouts = kinds.add_parser("handouts", help="one handout per session, as HTML and PDF",
                                description="Write build/handouts/<session-id>.html and .pdf for every session.")
    _add_content_options(handouts)
    _add_print_options(handouts, "build/handouts")
    handouts.set_defaults(run=run_export_handouts)
    guide = kinds.add_parser("guide", help="the facilitator guide, as one HTML file and one PDF",
                             description="Write build/guide/facilitator-guide.html and .pdf: the chapters in "
                                         "facilitator_guide/ and a page per session made from its notebook.")
    _add_content_options(guide, audience=False)
    _add_print_options(guide, "build/guide")
    guide.set_defaults(run=run_export_guide)
    deck = kinds.add_parser("slides", help="one session as a self-contained HTML slide deck (no app needed)",
                            description="Write build/slides/<session-id>.html: the session's slides in one file "
                                        "that opens offline in any browser. Activities show but cannot be used.")
    deck.add_argument("session", metavar="SESSION", help="the session's number or id, e.g. 1 or what-is-csec")
    _add_content_options(deck)
    deck.add_argument("--out", metavar="DIR", type=Path, help="output folder (default: build/slides)")
    deck.set_defaults(run=run_export_slides)
    results = kinds.add_parser("results", help="group-mode rooms' anonymous answers, as a CSV and a report",
                               description="Write build/results/results-CODE.csv (one row per answer, with its "
                                           "room, nothing about devices) and results-CODE.html and .pdf: the change "
                                           "from before to after the series per question and overall, with its 95% "
                                           "confidence interval, then polls and written answers. Several rooms, or "
                                           "a range of days, write results-3-rooms-FIRST-to-LAST.*. --format picks "
                                           "the report's files; the CSV is always written.")
    results.add_argument("--room", metavar="CODE", type=_room_code, action="append", default=[],
                         help="the room code shown on the join slide; repeat it for several rooms")
    results.add_argument("--since", metavar="YYYY-MM-DD",
                         help="with --until: the answers given from this day on, in every room (or in the rooms "
                              "named)")
    results.add_argument("--until", metavar="YYYY-MM-DD", help="with --since: the last day, included")
    _add_content_options(results, audience=False)
    _add_print_options(results, "build/results")
    _add_store_options(results)
    results.set_defaults(run=run_export_results)

    data = commands.add_parser("data", help="the anonymous answers kept in group mode",
                               description="Manage the group-mode answer store (no names are ever kept).")
    actions = data.add_subparsers(dest="action", metavar="ACTION", required=True)
    purge = actions.add_parser("purge", help="delete a room's answers, or every room older than some days",
                               description="Delete a room and every answer in it, or every room older than DAYS.")
    which = purge.add_mutually_exclusive_group(required=True)
    which.add_argument("--room", metavar="CODE", type=_room_code, help="the room code shown on the join slide")
    which.add_argument("--older-than", metavar="DAYS", type=float, help="every room created more than DAYS ago")
    _add_store_options(purge)
    purge.set_defaults(run=run_data_purge)

    assets = commands.add_parser("assets", help="fetch the pinned front-end files the slides need",
                                 description="Download reveal.js and the Lucide icons, pinned, for offline "
                                             "slides and handouts.")
    assets.add_argument("--tests", action="store_true",
                        help="fetch the pinned tools the browser tests use instead (HTML_CodeSniffer, with npm)")
    assets.set_defaults(run=run_assets)
    return parser


def run_check(args: argparse.Namespace) -> int:
    from csec.checks import check

    report = check(_settings(args))
    for problem in report.problems:
        print(problem)
    if report.problems:
        count = len(report.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found.", file=sys.stderr)
        return 1
    scale = report.reading_scale
    for session, scores in report.reading_levels:
        figures = ", ".join(f"{audience} {score:.1f} ({scale.limit(audience)})" for audience, score in scores.items())
        print(f"Reading level of session {session['number']} ({session['id']}), {scale.name}: {figures}")
    for audience, themes in report.theme_counts.items():
        counted = ", ".join(f"{theme} {count}" for theme, count in sorted(themes.items()))
        print(f"Scenarios {audience} sees, by theme: {counted}")
    print("No problems found.")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from csec.serve import serve

    if not 1 <= args.port <= 65535:
        raise CsecError(f"--port {args.port} is not a port number: use 1024-65535")
    if args.cell_timeout < 1:
        raise CsecError(f"--cell-timeout {args.cell_timeout}: give a number of seconds, 1 or more")
    if (args.room or args.written_answers or args.follow_slides) and not args.lan:
        raise CsecError("--room, --written-answers and --follow-slides are for group mode: add --lan")
    serve(_settings(args), port=args.port, preheat=args.preheat,
          lan=args.lan, room_code=args.room, written_answers=args.written_answers, follow_slides=args.follow_slides,
          cell_timeout=args.cell_timeout)
    return 0


def run_build(args: argparse.Namespace) -> int:
    from csec.build import build
    from csec.content import load_curriculum

    record = build(load_curriculum(_settings(args)), only_stale=args.stale)
    failed = [name for name, entry in record.items() if entry.get("error")]
    print(f"Built {len(record) - len(failed)} of {len(record)} parts"
          + (f"; failed: {', '.join(failed)} (see build/record.json)" if failed else "."))
    return 1 if failed else 0


def run_export_handouts(args: argparse.Namespace) -> int:
    from csec.content import load_curriculum
    from csec.export.handouts import export_handouts

    curriculum = load_curriculum(_settings(args))
    export_handouts(curriculum, out_dir=args.out, paper=args.paper, formats=_chosen_formats(args))
    return 0


def run_export_guide(args: argparse.Namespace) -> int:
    from csec.content import load_curriculum
    from csec.export.guide import export_guide

    curriculum = load_curriculum(_settings(args))
    export_guide(curriculum, out_dir=args.out, paper=args.paper, formats=_chosen_formats(args))
    return 0


def run_export_slides(args: argparse.Namespace) -> int:
    from csec.content import load_curriculum
    from csec.export.slides import export_slides, find_session

    curriculum = load_curriculum(_settings(args))
    export_slides(curriculum, find_session(curriculum, args.session), out_dir=args.out)
    return 0


def run_export_results(args: argparse.Namespace) -> int:
    from csec.content import load_curriculum
    from csec.export.results import export_results
    from csec.export.results_scope import chosen_days
    from csec.group.store import open_answer_store

    settings = _settings(args)
    days = chosen_days(args.since, args.until)
    export_results(load_curriculum(settings), open_answer_store(settings), args.room, days, out_dir=args.out,
                   paper=args.paper, formats=_chosen_formats(args))
    return 0


def run_data_purge(args: argparse.Namespace) -> int:
    from csec.group.store import open_answer_store

    store = open_answer_store(_settings(args))
    if args.room:
        if not store.room_exists(args.room):
            raise CsecError(f"no room {args.room!r} in {store.name}: check the code, or it was purged already")
        removed = store.purge_room(args.room)
        print(f"purged room {args.room}: {removed} answer{'s' if removed != 1 else ''} deleted")
    else:
        if args.older_than < 0:
            raise CsecError(f"--older-than {args.older_than:g}: give a number of days, 0 or more")
        rooms = store.purge_older_than(args.older_than * 86400)
        print(f"purged {len(rooms)} room{'s' if len(rooms) != 1 else ''} older than {args.older_than:g} days")
    return 0


def run_assets(args: argparse.Namespace) -> int:
    from csec.assets import fetch_assets, fetch_test_assets

    (fetch_test_assets if args.tests else fetch_assets)()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except CsecError as error:
        print(f"csec {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: still one line for the facilitator, details on request
        if os.environ.get(DEBUG_VARIABLE):
            raise
        print(f"csec {args.command}: unexpected error ({error.__class__.__name__}: {error}); "
              f"run again with {DEBUG_VARIABLE}=1 to see the details", file=sys.stderr)
        return 2
