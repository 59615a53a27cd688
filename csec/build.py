"""`csec build`: the files the index offers, written apart from serving, with a record of each part.

The parts: every audience's handouts (sessions, answer sheet, wallet cards),
the facilitator guide, and every audience's offline slide decks. The record
(build/record.json) says when each part was built, which files it wrote and
what failed, in one line; build/build.log keeps everything a build printed.
`csec serve` presents at once from what exists and runs `csec build --stale`
in the background; the index reads the record to say truthfully what is
missing and why.
"""

import time
from collections.abc import Callable
from pathlib import Path

from csec.build_record import read_record, record_part, running
from csec.content import Curriculum
from csec.errors import CsecError
from csec.settings import Settings

TEMPLATES_DIR = Path(__file__).parent / "export" / "templates"

Part = Callable[[Curriculum, Callable[[str], None]], list[Path]]


def _handouts(audience: str) -> Part:
    def build(curriculum, progress):
        from csec.export.handouts import export_handouts

        return export_handouts(curriculum.for_audience(audience), progress=progress)
    return build


def _decks(audience: str) -> Part:
    def build(curriculum, progress):
        from csec.export.handouts import sessions_for_audience
        from csec.export.slides import export_slides

        chosen = curriculum.for_audience(audience)
        return [export_slides(chosen, session, progress=progress)
                for session in sessions_for_audience(chosen)]
    return build


def _guide(curriculum, progress) -> list[Path]:
    from csec.export.guide import export_guide

    return export_guide(curriculum, progress=progress)


def parts(curriculum: Curriculum) -> dict[str, Part]:
    """Each part of the build by name, in the order built: the default audience's handouts first."""
    settings = curriculum.settings
    audiences = sorted(curriculum.audiences, key=lambda audience: audience != settings.audience)
    return {**{settings.choosing(audience=audience).built_part("handouts"): _handouts(audience)
               for audience in audiences},
            settings.built_part("guide"): _guide,
            **{settings.choosing(audience=audience).built_part("slides"): _decks(audience) for audience in audiences}}


def sources(settings: Settings) -> list[Path]:
    """Every file the built parts are made from."""
    return [*settings.content_dir.rglob("*.yaml"), *settings.notebooks_dir.glob("*.ipynb"),
            *settings.chapters_dir.glob("*.md"), *TEMPLATES_DIR.iterdir()]


def stale_parts(curriculum: Curriculum) -> list[str]:
    """The parts never built, built before a source last changed, or that failed last time."""
    record = read_record(curriculum.settings)
    newest = max(path.stat().st_mtime for path in sources(curriculum.settings))
    return [name for name in parts(curriculum)
            if name not in record or record[name].get("error") or record[name].get("built", 0) < newest]


def build(curriculum: Curriculum, *, only_stale: bool = False, progress: Callable[[str], None] = print) -> dict:
    """Build every part (or only the stale ones), each apart: a failing part is recorded and the rest go on."""
    settings, every_part = curriculum.settings, parts(curriculum)
    wanted = stale_parts(curriculum) if only_stale else list(every_part)
    with running(settings):
        for name, make in every_part.items():
            if name not in wanted:
                continue
            started = time.time()
            try:
                files, error = make(curriculum, progress), None
            except CsecError as failure:
                files, error = [], str(failure)
                progress(f"csec build: {name}: {error}")
            record_part(settings, name, {"built": started, "error": error,
                                         "files": [str(path.relative_to(settings.build_dir)) for path in files]})
    return read_record(settings)
