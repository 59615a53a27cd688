"""`csec build`: the files the index offers, written apart from serving, with a record of each part.

The parts: every audience's handouts (sessions, answer sheet, wallet cards),
the facilitator guide, and every audience's offline slide decks. The record
(build/record.json) says when each part was built, which files it wrote and
what failed, in one line; build/build.log keeps everything a build printed.
`csec serve` presents at once from what exists and runs `csec build --stale`
in the background; the index reads the record to say truthfully what is
missing and why.
"""

import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path

from csec.content import Curriculum
from csec.errors import CsecError
from csec.export.files import write_atomically
from csec.settings import Settings

RECORD_FILE = "record.json"
LOG_FILE = "build.log"
RUNNING_FILE = ".building"  # the process id of a build in progress
TEMPLATES_DIR = Path(__file__).parent / "export" / "templates"

Part = Callable[[Curriculum, Callable[[str], None]], list[Path]]


def for_audience(curriculum: Curriculum, audience: str) -> Curriculum:
    return replace(curriculum, settings=curriculum.settings.choosing(audience=audience))


def _handouts(audience: str) -> Part:
    def build(curriculum, progress):
        from csec.export.handouts import export_handouts

        return export_handouts(for_audience(curriculum, audience), progress=progress)
    return build


def _decks(audience: str) -> Part:
    def build(curriculum, progress):
        from csec.export.handouts import sessions_for_audience
        from csec.export.slides import export_slides

        chosen = for_audience(curriculum, audience)
        return [export_slides(chosen, session, progress=progress)
                for session in sessions_for_audience(chosen)]
    return build


def _guide(curriculum, progress) -> list[Path]:
    from csec.export.guide import export_guide

    return export_guide(curriculum, progress=progress)


def parts(curriculum: Curriculum) -> dict[str, Part]:
    """Each part of the build by name, in the order built: the default audience's handouts first."""
    audiences = sorted(curriculum.audiences, key=lambda audience: audience != curriculum.settings.audience)
    return {**{f"handouts/{audience}": _handouts(audience) for audience in audiences},
            "guide": _guide,
            **{f"slides/{audience}": _decks(audience) for audience in audiences}}


def sources(settings: Settings) -> list[Path]:
    """Every file the built parts are made from."""
    return [*settings.content_dir.rglob("*.yaml"), *settings.notebooks_dir.glob("*.ipynb"),
            *settings.chapters_dir.glob("*.md"), *TEMPLATES_DIR.iterdir()]


def read_record(settings: Settings) -> dict:
    """The record of earlier builds (empty when there is none or it cannot be read)."""
    try:
        record = json.loads((settings.build_dir / RECORD_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def stale_parts(curriculum: Curriculum) -> list[str]:
    """The parts never built, built before a source last changed, or that failed last time."""
    record = read_record(curriculum.settings)
    newest = max(path.stat().st_mtime for path in sources(curriculum.settings))
    return [name for name in parts(curriculum)
            if name not in record or record[name].get("error") or record[name].get("built", 0) < newest]


def build(curriculum: Curriculum, *, only_stale: bool = False, progress: Callable[[str], None] = print) -> dict:
    """Build every part (or only the stale ones), each apart: a failing part is recorded and the rest go on."""
    settings = curriculum.settings
    wanted = stale_parts(curriculum) if only_stale else list(parts(curriculum))
    with _running(settings):
        for name, make in parts(curriculum).items():
            if name not in wanted:
                continue
            started = time.time()
            try:
                files, error = make(curriculum, progress), None
            except CsecError as failure:
                files, error = [], str(failure)
                progress(f"csec build: {name}: {error}")
            record = read_record(settings)
            record[name] = {"built": started, "error": error,
                            "files": [str(path.relative_to(settings.build_dir)) for path in files]}
            write_atomically(settings.build_dir / RECORD_FILE, json.dumps(record, indent=1).encode("utf-8"))
    return read_record(settings)


@contextmanager
def _running(settings: Settings) -> Iterator[None]:
    marker = settings.build_dir / RUNNING_FILE
    write_atomically(marker, str(os.getpid()).encode("ascii"))
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def build_running(settings: Settings) -> bool:
    """Whether a build is writing into the build folder now."""
    with suppress(OSError, ValueError):
        os.kill(int((settings.build_dir / RUNNING_FILE).read_text("ascii")), 0)
        return True
    return False


def part_status(settings: Settings, name: str) -> str:
    """Why a part's files may be missing, in words for the index: empty when the last build of it succeeded."""
    entry = read_record(settings).get(name, {})
    if entry and not entry.get("error"):
        return ""
    if build_running(settings):
        return "being prepared: reload this page in a minute or two"
    if entry:
        return f"last build failed: {entry['error']}"
    return "not built yet: run `make build` in the project folder"
