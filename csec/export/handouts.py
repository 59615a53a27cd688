"""Participant handouts per session: HTML for screens and a print-ready PDF.

A handout carries only what participants may keep: key points, activity
summaries, reflection questions, help resources and sources. Facilitator notes
and knowledge-check answers never appear in it.
"""

from collections.abc import Callable
from pathlib import Path

import jinja2
from markupsafe import Markup

from csec.browser import chromium
from csec.content import Curriculum
from csec.export.files import write_atomically
from csec.notebooks import content_references, read_notebook
from csec.plain_text import contact_lines, source_line
from csec.settings import PROJECT_ROOT

PAPER_SIZES = {"a4": "A4", "letter": "Letter"}
FORMATS = ("html", "pdf")

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("csec.export", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def sessions_for_audience(curriculum: Curriculum) -> list[dict]:
    return [s for s in curriculum.sessions if curriculum.settings.audience in s["audiences"]]


def activities(curriculum: Curriculum, session: dict) -> dict:
    """What the session's notebook does with the group, as far as a handout may tell."""
    from widgets.handout_renderings import activity_blocks  # static renderings of the widgets

    references = content_references(read_notebook(PROJECT_ROOT / session["notebook"]))
    return {
        "blocks": [Markup(block) for block in activity_blocks(curriculum, references)],
        "question_count": sum(1 for r in references if r.kind == "knowledge_check"),
    }


def render_handout_html(curriculum: Curriculum, session: dict, paper: str) -> str:
    resources = [
        {"name": r["name"], "purpose": r["purpose"], "hours": r.get("hours"), "contacts": contact_lines(r)}
        for r in curriculum.resources["resources"]
    ]
    return _templates.get_template("handout.html.j2").render(
        curriculum_title=curriculum.title,
        session=session,
        audience=curriculum.audience["label"],
        activities=activities(curriculum, session),
        resources=resources,
        resources_note=curriculum.resources.get("note"),
        locale_name=curriculum.resources["name"],
        sources=[source_line(curriculum.source(s)) for s in session["sources"]],
        page_size=PAPER_SIZES[paper],
    )


def export_handouts(
    curriculum: Curriculum,
    *,
    out_dir: Path | None = None,
    paper: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    progress: Callable[[str], None] = print,
) -> list[Path]:
    """Write each session's handout; return the files written.

    HTML is written first, so a missing PDF engine (NoBrowser, raised after)
    still leaves every HTML handout in place.
    """
    paper = paper or curriculum.resources["paper"]
    written = []
    html_files = []
    for session in sessions_for_audience(curriculum):
        path = (out_dir or curriculum.settings.handouts_dir) / f'{session["id"]}.html'
        write_atomically(path, render_handout_html(curriculum, session, paper).encode("utf-8"))
        html_files.append((session, path))
        if "html" in formats:
            written.append(path)
            progress(f"wrote {path}")
    if "pdf" in formats:
        written.extend(_print_pdfs(curriculum, html_files, paper, progress))
    if "html" not in formats:
        for _session, path in html_files:
            path.unlink()
    return written


def _print_pdfs(curriculum: Curriculum, html_files: list, paper: str, progress) -> list[Path]:
    written = []
    with chromium() as browser:
        page = browser.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())
        for session, html_path in html_files:
            page.goto(html_path.as_uri())
            footer = (
                '<div style="font-size:9px;width:100%;padding:0 15mm;color:#333;'
                'display:flex;justify-content:space-between;font-family:sans-serif">'
                f'<span>Session {session["number"]}: {jinja2.filters.escape(session["title"])}</span>'
                '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
            )
            pdf = page.pdf(format=PAPER_SIZES[paper], print_background=True, display_header_footer=True,
                           header_template="<span></span>", footer_template=footer,
                           margin={"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"})
            path = html_path.with_suffix(".pdf")
            write_atomically(path, pdf)
            written.append(path)
            progress(f"wrote {path}")
    return written
