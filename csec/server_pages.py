"""The addresses `csec serve` adds to Voila's, and how every one of them refuses a request.

Imported by serve() only, once Voila is wanted. Each error here is drawn with the
slides' own error page (share/jupyter/voila/templates/csec/error.html), as Voila
draws its own: jupyter_server's page needs settings Voila never sets, and printed
a traceback in the facilitator's terminal instead.
"""

import os
from http.client import responses

from jupyter_server.base.handlers import FileFindHandler, JupyterHandler
from jupyter_server.utils import filefind
from tornado.web import HTTPError
from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler
from voila.static_file_handler import TemplateStaticFileHandler

INDEX_URL = "/voila/render/index.ipynb"
WIDGET_STYLESHEET_URL = "/csec/widgets.css"  # linked by both templates
# A percent-encoded control character (NUL, line breaks...) in an address: no file or session has one.
CONTROL_CHARACTER_PATH = r"/.*%(?:[01][0-9a-fA-F]|7[fF]).*"


class FriendlyErrors:
    """For a handler: its refusals (403 for a foreign Host, 404, 400) are the slides' error page."""

    def write_error(self, status_code: int, **_exception) -> None:
        page = self.settings["voila_jinja2_env"].get_template("error.html")
        self.finish(page.render(status_code=status_code, status_message=responses.get(status_code, "Error")))


class IndexRedirect(FriendlyErrors, JupyterHandler):
    """`/` opens the index."""

    def get(self) -> None:
        self.redirect(INDEX_URL)


class ControlCharacters(FriendlyErrors, JupyterHandler):
    """An address holding a control character: 400, before Voila puts it in a header and fails on it (500)."""

    def get(self, *_path) -> None:
        raise HTTPError(400)


class WidgetStylesheet(FriendlyErrors, JupyterHandler):
    """The activities' shared stylesheet, once per page (widgets/theme.py)."""

    def get(self) -> None:
        from widgets.theme import STYLESHEET

        self.set_header("Content-Type", "text/css; charset=utf-8")
        self.finish(STYLESHEET)


class BuiltFiles(FriendlyErrors, FileFindHandler):
    """The handouts, the guide and the offline decks, as `csec build` wrote them."""

    @classmethod
    def get_absolute_path(cls, roots: tuple[str, ...], path: str) -> str:
        """The file under this address's own folder. FileFindHandler caches what it found by the path alone, for
        every handler at once: `professionals/what-is-csec.html` is a handout and a deck, and the second asked
        for was refused (403) as outside its folder."""
        try:
            return os.path.abspath(filefind(path, roots))
        except OSError:
            return ""


class TemplateFiles(FriendlyErrors, TemplateStaticFileHandler):
    """Voila's template files. Its handler splits the path without looking: an address naming no file, leaving
    the template or holding a NUL byte is a 404 here, not a traceback."""

    async def get(self, path: str, include_body: bool = True) -> None:
        try:
            await super().get(path, include_body)
        except (ValueError, AssertionError):
            raise HTTPError(404) from None


class KernelShutdownHandler(VoilaShutdownKernelHandler):
    """Voila's page posts this on tab close without an XSRF token, so the kernel leaked (voila issue 1458).
    The kernel id it names is an unguessable UUID."""

    def check_xsrf_cookie(self) -> None:
        return None


def curriculum_handlers(handouts_dir: str, guide_dir: str, decks_dir: str) -> list[tuple]:
    """The project's addresses, to put before Voila's own (the first match wins)."""
    return [
        (CONTROL_CHARACTER_PATH, ControlCharacters),
        (r"/", IndexRedirect),
        (WIDGET_STYLESHEET_URL, WidgetStylesheet),
        (r"/voila/api/shutdown/(.*)", KernelShutdownHandler),
        (r"/voila/templates/(.*)", TemplateFiles),
        (r"/handouts/(.*)", BuiltFiles, {"path": [handouts_dir]}),
        (r"/guide/(.*)", BuiltFiles, {"path": [guide_dir]}),
        (r"/slides/(.*)", BuiltFiles, {"path": [decks_dir]}),
    ]
