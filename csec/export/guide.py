"""`csec export guide`: the facilitator guide as one HTML file and one print-ready PDF.

The guide is the chapters in facilitator_guide/ (NN-name.md, in order), then a
page per session generated from curriculum.yaml and its notebook, then the
locale's help resources.
"""

import io
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from csec.content import Curriculum
from csec.errors import CsecError
from csec.export.files import write_atomically
from csec.export.names import GUIDE_FILE_NAME
from csec.export.handouts import help_resource_cards
from csec.export.printing import FORMATS, PAPER_SIZES, pdf_printer
from csec.export.session_pages import markdown_html, session_page
from csec.export.templating import export_templates
from csec.i18n import translations



def chapter_files(settings) -> list[Path]:
    """The guide's chapters in order (files named like 01-introduction.md), each in the chosen language where it
    is translated (facilitator_guide/LANGUAGE/)."""
    chapters = [settings.translated(path) for path in sorted(settings.chapters_dir.glob("[0-9][0-9]-*.md"))]
    if not chapters:
        raise CsecError(f"{settings.chapters_dir}: no chapters (files named like 01-introduction.md) to put in the guide")
    return chapters


def chapter_part(path: Path) -> dict:
    """One chapter as a part of the guide: its id, its title (the first heading) and its HTML."""
    text = path.read_text("utf-8")
    title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None)
    if title is None:
        raise CsecError(f"{path}: no title: start the chapter with a line like '# Preparing'")
    part_id = path.stem.split("-", 1)[1]
    return {"id": part_id, "title": title,
            "html": Markup(f'<section class="part" id="{part_id}">') + markdown_html(text) + Markup("</section>")}


def guide_parts(curriculum: Curriculum, progress: Callable[[str], None]) -> list[dict]:
    """Every part of the guide in order, announcing each as it is made."""
    parts = []
    for path in chapter_files(curriculum.settings):
        parts.append(chapter_part(path))
        progress(f"guide: {parts[-1]['title']}")
    templates = export_templates(curriculum.settings.language)
    gettext = translations(curriculum.settings.language).gettext
    for session in curriculum.sessions:
        html = templates.get_template("session_page.html.j2").render(page=session_page(curriculum, session))
        title = gettext("Session {number}: {title}").format(number=session["number"], title=session["title"])
        parts.append({"id": f"session-{session['number']}", "title": title, "html": Markup(html)})
        progress(f"guide: {parts[-1]['title']}")
    resources = templates.get_template("help_resources.html.j2").render(
        locale_name=curriculum.resources["name"], note=curriculum.resources.get("note"),
        audience_notes=[(curriculum.audiences[a]["label"], note)
                        for a, note in curriculum.resources.get("audience_notes", {}).items()],
        resources=help_resource_cards(curriculum, curriculum.resources["resources"]), show_audiences=True)
    parts.append({"id": "help-resources", "title": gettext("Help resources ({place})").format(
        place=curriculum.resources["name"]), "html": Markup(resources)})
    progress(f"guide: {parts[-1]['title']}")
    return parts


def render_guide_html(curriculum: Curriculum, parts: list[dict], paper: str,
                      page_numbers: dict[str, int] | None = None) -> str:
    """The whole guide as one page; the contents give page numbers once they are known."""
    return export_templates(curriculum.settings.language).get_template("guide.html.j2").render(
        curriculum_title=curriculum.title,
        audiences=[audience["label"] for audience in curriculum.audiences.values()],
        locale_name=curriculum.resources["name"],
        parts=parts,
        page_numbers=page_numbers or {},
        page_size=PAPER_SIZES[paper],
    )


def part_pages(pdf: bytes, parts: list[dict]) -> dict[str, int]:
    """Part id -> the page (from 1) its title starts on, read from the PDF's outline."""
    from pypdf import PdfReader

    def key(title: str) -> str:  # outline titles lose the spaces where a heading wrapped
        return "".join(title.split())

    reader = PdfReader(io.BytesIO(pdf))
    first_pages = {}
    for entry in reader.outline:
        if not isinstance(entry, list):  # a top-level heading, not a list of its sub-headings
            first_pages.setdefault(key(entry.title), reader.get_destination_page_number(entry) + 1)
    return {part["id"]: first_pages[key(part["title"])] for part in parts if key(part["title"]) in first_pages}


def export_guide(
    curriculum: Curriculum,
    *,
    out_dir: Path | None = None,
    paper: str | None = None,
    formats: tuple[str, ...] = FORMATS,
    progress: Callable[[str], None] = print,
) -> list[Path]:
    """Write the guide as HTML and PDF; return the files written."""
    paper = paper or curriculum.resources["paper"]
    parts = guide_parts(curriculum, progress)
    path = (out_dir or curriculum.settings.guide_dir) / f"{GUIDE_FILE_NAME}.html"
    write_atomically(path, render_guide_html(curriculum, parts, paper).encode("utf-8"))
    written = [path] if "html" in formats else []
    if "pdf" in formats:
        footer_title = translations(curriculum.settings.language).gettext("Facilitator guide")
        with pdf_printer(paper, curriculum.settings.language) as print_pdf:
            def printed() -> bytes:
                return print_pdf(path, footer_title, running_header=curriculum.title, outline=True)

            # Print once to learn where each part starts, then again with those pages in the contents.
            page_numbers = part_pages(printed(), parts)
            write_atomically(path, render_guide_html(curriculum, parts, paper, page_numbers).encode("utf-8"))
            written.append(path.with_suffix(".pdf"))
            write_atomically(written[-1], printed())
    if "html" not in formats:
        path.unlink()
    for file in written:
        progress(f"wrote {file}")
    return written
