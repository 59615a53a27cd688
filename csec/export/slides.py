"""`csec export slides SESSION`: one self-contained HTML slide deck, for a computer that cannot run the app.

The notebook's code cells run in this process (they only build widgets) and
each widget is drawn as it first appears. reveal.js and the stylesheets are
copied into the file, so it opens from a USB stick with no network and no
server. Activities cannot be clicked in it, and facilitator notes stay out of
sight (the guide has them).
"""

import ast
import base64
import re
from collections.abc import Callable
from pathlib import Path

import mistune
from markupsafe import Markup

from csec.assets import REVEAL_DIR, VENDOR_DIR, require_assets
from csec.content import Curriculum
from csec.errors import CsecError
from csec.export.files import write_atomically
from csec.export.session_pages import markdown_html
from csec.export.templating import export_templates
from csec.i18n import translations
from csec.notebooks import for_audience, is_facilitator, read_notebook, slides
from csec.page import presenting

TEMPLATE_STATIC = VENDOR_DIR.parent
REVEAL_DIST = REVEAL_DIR / "dist"
SHARED_SCRIPTS = ("high_contrast.js", "large_text.js", "slide_keys.js")  # served and offline alike
# The slides' font (SIL Open Font License, shipped with reveal.js): weight and style of each face.
FONT_FACES = {"regular": ("normal", "normal"), "italic": ("normal", "italic"),
              "semibold": ("600", "normal"), "semibolditalic": ("600", "italic")}
_slide_markdown = mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])  # authors' own HTML


def find_session(curriculum: Curriculum, wanted: str) -> dict:
    """A session by its number or its id."""
    for session in curriculum.sessions:
        if wanted in (session["id"], str(session["number"])):
            return session
    known = ", ".join(f'{s["number"]} ({s["id"]})' for s in curriculum.sessions)
    raise CsecError(f"unknown session {wanted!r}: use one of {known}")


def render_deck_html(curriculum: Curriculum, session: dict) -> str:
    """The session's slides as one HTML page with everything it needs inside it."""
    from widgets.theme import STYLESHEET

    require_assets()
    path = curriculum.settings.notebook(session)
    notebook = for_audience(read_notebook(path), curriculum.settings.audience)
    with presenting(curriculum.settings):
        shown = _run_code_cells(path, notebook)
    deck = []
    for cells in slides(notebook):
        body, notes = [], []
        for number, cell in cells:
            if is_facilitator(cell):
                notes.append(markdown_html(cell.source))
            elif cell.cell_type == "markdown":
                body.append(("jp-RenderedHTMLCommon", Markup(_slide_markdown(cell.source))))
            elif number in shown:
                body.append(("jp-OutputArea-output", Markup(shown[number])))
        deck.append({"body": body, "notes": notes})
    return export_templates(curriculum.settings.language).get_template("slides.html.j2").render(
        title=translations(curriculum.settings.language).gettext("Session {number}: {title}").format(
            number=session["number"], title=session["title"]),
        slides=deck,
        stylesheets=[Markup(_embedded_fonts()), Markup((REVEAL_DIST / "reveal.css").read_text("utf-8")),
                     Markup(re.sub(r"@import url\([^)]*\);", "",  # its font is embedded above instead
                                   (REVEAL_DIST / "theme" / "white.css").read_text("utf-8"))),
                     Markup((TEMPLATE_STATIC / "slides.css").read_text("utf-8")), Markup(STYLESHEET)],
        reveal_js=Markup((REVEAL_DIST / "reveal.js").read_text("utf-8").replace("</script", "<\\/script")),
        shared_js=Markup("\n".join((TEMPLATE_STATIC / name).read_text("utf-8") for name in SHARED_SCRIPTS)),
    )


def export_slides(curriculum: Curriculum, session: dict, *, out_dir: Path | None = None,
                  progress: Callable[[str], None] = print) -> Path:
    """Write the session's deck; return its path."""
    path = (out_dir or curriculum.settings.decks_dir) / f'{session["id"]}.html'
    write_atomically(path, render_deck_html(curriculum, session).encode("utf-8"))
    progress(f"wrote {path}")
    return path


def _run_code_cells(path: Path, notebook) -> dict[int, str]:
    """Cell number -> static HTML of the widget the cell shows."""
    import ipywidgets

    from widgets.snapshot import static_html

    namespace: dict = {}
    shown = {}
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, f"{path.name} cell {number}", "exec"), namespace)
            value = eval(compile(ast.Expression(last.value), f"{path.name} cell {number}", "eval"),
                         namespace) if last else None
        except Exception as error:
            raise CsecError(f"{path}: cell {number} failed ({error.__class__.__name__}: {error}): "
                            "run `csec check` to see what to fix") from None
        if isinstance(value, ipywidgets.Widget):
            shown[number] = static_html(value)
    return shown


def _embedded_fonts() -> str:
    """@font-face rules carrying Source Sans Pro inside the page."""
    rules = []
    for face, (weight, style) in FONT_FACES.items():
        font = REVEAL_DIST / "theme" / "fonts" / "source-sans-pro" / f"source-sans-pro-{face}.woff"
        data = base64.b64encode(font.read_bytes()).decode("ascii")
        rules.append(f"@font-face {{ font-family: 'Source Sans Pro'; font-weight: {weight}; font-style: {style}; "
                     f"src: url(data:font/woff;base64,{data}) format('woff'); }}")
    return "\n".join(rules)

