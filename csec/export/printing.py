"""Print exported HTML to PDF with Debian's Chromium: page size, footer with page numbers (in the export's
language), running header."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from markupsafe import Markup, escape

from csec.browser import chromium
from csec.export.files import write_atomically
from csec.i18n import translations

PAPER_SIZES = {"a4": "A4", "letter": "Letter"}
FORMATS = ("html", "pdf")  # what a printable export writes unless asked for one
_MARGIN_TEMPLATE = ('<div style="font-size:9px;width:100%;padding:0 15mm;color:#333;display:flex;'
                    'justify-content:space-between;font-family:sans-serif">{}</div>')

Printer = Callable[..., bytes]


def footer_html(title: str, language: str) -> str:
    """A printed page's footer: the document's title, and "Page 2 of 5" in ``language`` (Chromium fills in the
    numbers)."""
    page_of_pages = escape(translations(language).gettext("Page {page} of {pages}")).format(
        page=Markup('<span class="pageNumber"></span>'), pages=Markup('<span class="totalPages"></span>'))
    return _MARGIN_TEMPLATE.format(f"<span>{escape(title)}</span><span>{page_of_pages}</span>")


@contextmanager
def pdf_printer(paper: str, language: str) -> Iterator[Printer]:
    """A function printing a local HTML file to PDF bytes, its footer in ``language``, with Chromium open until
    the block ends.

    Only file: addresses load, so a document can never reach the network.
    """
    with chromium() as browser:
        page = browser.new_page()
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                   else route.abort())

        def print_pdf(html_path: Path, footer_title: str, running_header: str = "", outline: bool = False) -> bytes:
            page.goto(html_path.as_uri())
            header = (_MARGIN_TEMPLATE.format(f"<span>{escape(running_header)}</span>") if running_header
                      else "<span></span>")
            return page.pdf(format=PAPER_SIZES[paper], print_background=True, display_header_footer=True,
                            header_template=header, footer_template=footer_html(footer_title, language),
                            outline=outline, tagged=outline,
                            margin={"top": "16mm", "bottom": "18mm", "left": "16mm", "right": "16mm"})

        yield print_pdf


def print_pdfs(documents: list[tuple[Path, str]], paper: str, progress: Callable[[str], None],
               language: str) -> list[Path]:
    """Print each (HTML file, footer title) to a PDF beside it, page numbers in ``language``; return the PDFs
    written."""
    written = []
    with pdf_printer(paper, language) as print_pdf:
        for html_path, footer_title in documents:
            path = html_path.with_suffix(".pdf")
            write_atomically(path, print_pdf(html_path, footer_title))
            written.append(path)
            progress(f"wrote {path}")
    return written


def write_printable(documents: list[tuple[Path, str, str]], paper: str, formats: tuple[str, ...],
                    progress: Callable[[str], None], language: str) -> list[Path]:
    """Write each (HTML file, its HTML, footer title), print a PDF beside it when ``formats`` asks (page
    numbers in ``language``), and keep the HTML only when asked; return the files written.

    HTML is written first, so a missing PDF engine (NoBrowser, raised after) still leaves every HTML file
    asked for in place, and never one that was not.
    """
    written = []
    for path, html, _title in documents:
        write_atomically(path, html.encode("utf-8"))
        if "html" in formats:
            written.append(path)
            progress(f"wrote {path}")
    try:
        if "pdf" in formats:
            written.extend(print_pdfs([(path, title) for path, _html, title in documents], paper, progress,
                                      language))
    finally:
        if "html" not in formats:
            for path, _html, _title in documents:
                path.unlink()
    return written
