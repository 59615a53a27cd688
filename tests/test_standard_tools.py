"""Jupyter's own tools read the notebooks as the project does: `jupyter nbconvert --to slides` keeps every
facilitator note in the speaker notes (`aside.notes`), never on the projector slide."""

import re
from html.parser import HTMLParser

from nbconvert import SlidesExporter

from csec.notebooks import is_facilitator, read_notebook
from csec.settings import PROJECT_ROOT

MARKDOWN_MARKS = re.compile(r"[*_`\[\]<>#|\\]")


class NotesAndSlides(HTMLParser):
    """The text of a page, split into what is inside `<aside class="notes">` and everything else."""

    def __init__(self):
        super().__init__()
        self.asides: list[bool] = []  # open <aside> elements: is each the speaker notes?
        self.notes: list[str] = []
        self.elsewhere: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "aside":
            self.asides.append("notes" in (dict(attrs).get("class") or "").split())

    def handle_endtag(self, tag):
        if tag == "aside" and self.asides:
            self.asides.pop()

    def handle_data(self, data):
        (self.notes if any(self.asides) else self.elsewhere).append(data)


def distinctive_sentence(markdown: str) -> str:
    """The longest sentence of a note written without markdown marks, so it reads the same once rendered."""
    pieces = [piece.strip().removeprefix("- ") for line in markdown.splitlines() for piece in line.split(". ")]
    plain = [piece for piece in pieces if len(piece) >= 30 and not MARKDOWN_MARKS.search(piece)]
    assert plain, f"no plain sentence to look for in the note {markdown[:60]!r}"
    return max(plain, key=len)


def squeezed(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


def test_nbconvert_slides_keep_every_facilitator_note_off_the_projector(curriculum, tmp_path):
    leaks = []
    for session in curriculum.sessions:
        notebook = read_notebook(PROJECT_ROOT / session["notebook"])
        body, _resources = SlidesExporter().from_notebook_node(notebook)
        deck = tmp_path / f'{session["id"]}.slides.html'
        deck.write_text(body, encoding="utf-8")  # as `jupyter nbconvert --to slides` writes it
        page = NotesAndSlides()
        page.feed(deck.read_text(encoding="utf-8"))
        notes, elsewhere = squeezed(page.notes), squeezed(page.elsewhere)
        for number, cell in enumerate(notebook.cells, start=1):
            if not is_facilitator(cell):
                continue
            sentence = " ".join(distinctive_sentence(cell.source).split())
            if sentence in elsewhere or sentence not in notes:
                where = "on the slide" if sentence in elsewhere else "missing from the notes"
                leaks.append(f'{session["notebook"]} cell {number} {where}: {sentence!r}')
    assert leaks == [], "facilitator notes not kept to the speaker notes:\n" + "\n".join(leaks)
