"""`csec serve`: the curriculum as Voila slides, offline, on this machine only.

The server is Voila itself with a few additions: `/` opens the index dashboard,
`/handouts/` serves the handouts exported at start-up and `/guide/` the
facilitator guide, exported in the background when it is missing or older than
the curriculum.
"""

import errno
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable

from tornado.web import RedirectHandler, StaticFileHandler
from traitlets.config import Config

from csec.assets import require_assets
from csec.browser import NoBrowser, chromium_path
from csec.content import load_curriculum
from csec.errors import CsecError
from csec.export.guide import GUIDE_FILE_NAME, guide_is_current
from csec.export.handouts import export_handouts
from csec.settings import GROUP_ROOM_VARIABLE, JOIN_URL_VARIABLE, PROJECT_ROOT, Settings

HOST = "127.0.0.1"
DEFAULT_PORT = 8866
INDEX_URL = "/voila/render/index.ipynb"
TEMPLATES_PATH = PROJECT_ROOT / "share" / "jupyter"
IDLE_KERNEL_SECONDS = 15 * 60
GUIDE_EXPORT_STARTED = ".export-started"  # marks a background export of the guide


class PortInUse(CsecError):
    """Another program already listens on the chosen port."""


def ensure_port_free(port: int, host: str = HOST) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As Tornado does: a port in TIME_WAIT after a restart counts as free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise PortInUse(f"port {port} on {host} is already in use: "
                                f"stop the other server or choose another with --port") from None
            raise CsecError(f"cannot listen on {host}:{port} ({error.strerror}): choose another --port") from None


def voila_config(settings: Settings, port: int, preheat: bool = True) -> Config:
    """Voila's settings: local only, no sources, no tracebacks, idle kernels culled."""
    config = Config()
    config.Voila.ip = HOST
    config.Voila.port = port
    config.Voila.port_retries = 0
    config.Voila.open_browser = False
    config.Voila.log_level = "WARN"  # the facilitator's terminal shows our lines, not Voila's
    # Kernels talk to the server over local sockets, not TCP ports.
    config.KernelManager.transport = "ipc"
    config.Voila.root_dir = str(settings.notebooks_dir)
    config.VoilaConfiguration.template = "csec"
    config.VoilaConfiguration.theme = "light"
    config.VoilaConfiguration.strip_sources = True
    config.VoilaConfiguration.show_tracebacks = False
    config.VoilaConfiguration.allow_template_override = "NOTEBOOK"
    config.VoilaConfiguration.allow_theme_override = "NO"
    # JupyterLab's Voila-preview extension has no use inside Voila's own pages.
    config.VoilaConfiguration.extension_denylist = ["@voila-dashboards/jupyterlab-preview"]
    # A preheated kernel per notebook shows a session in a fraction of the time (see make bench).
    config.VoilaConfiguration.preheat_kernel = preheat
    config.VoilaConfiguration.default_pool_size = 1
    config.VoilaExecutor.timeout = 60
    config.VoilaExecutor.interrupt_on_timeout = True
    config.VoilaExecutor.cell_error_instruction = (
        "This slide could not be prepared. In the project folder, run `make check` to find the cause.")
    config.VoilaExecutor.cell_timeout_instruction = "The rest of the session is still shown."
    # A closed tab leaks its kernel (voila issue 1458): cull kernels left idle
    # with no browser connected. Open sessions stay connected and are kept.
    config.MappingKernelManager.cull_idle_timeout = IDLE_KERNEL_SECONDS
    config.MappingKernelManager.cull_interval = 60
    config.MappingKernelManager.cull_connected = False
    return config


def prepare_handouts(curriculum, progress: Callable[[str], None]) -> None:
    """Export every handout so the index can offer them; PDFs only when Chromium is here."""
    try:
        export_handouts(curriculum, progress=progress)
    except NoBrowser as missing:
        progress(f"PDF handouts skipped ({missing}); HTML handouts are ready")


def prepare_guide(settings: Settings, progress: Callable[[str], None]) -> None:
    """Start exporting the facilitator guide in the background, unless it is up to date."""
    if guide_is_current(settings) or _guide_export_running(settings):
        return
    try:
        chromium_path()
    except NoBrowser:
        progress("The facilitator guide needs Chromium for its PDF: run `csec export guide` once it is installed")
        return
    settings.guide_dir.mkdir(parents=True, exist_ok=True)
    (settings.guide_dir / GUIDE_EXPORT_STARTED).touch()
    subprocess.Popen([sys.executable, "-m", "csec", "export", "guide", "--content", str(settings.content_dir),
                      "--locale", settings.locale, "--out", str(settings.guide_dir)],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    progress("Preparing the facilitator guide in the background; the first page links it in a minute or two")


def _guide_export_running(settings: Settings) -> bool:
    """Whether another server started exporting the guide in the last ten minutes and it has not finished."""
    started, pdf = settings.guide_dir / GUIDE_EXPORT_STARTED, settings.guide_dir / f"{GUIDE_FILE_NAME}.pdf"
    if not started.is_file() or time.time() - started.stat().st_mtime > 600:
        return False
    return not pdf.is_file() or pdf.stat().st_mtime < started.stat().st_mtime


def serve(settings: Settings, port: int = DEFAULT_PORT, *, preheat: bool = True, lan: bool = False,
          room_code: str | None = None, written_answers: bool = False,
          progress: Callable[[str], None] = print) -> None:
    """Check everything a session needs, then serve until Ctrl+C.

    With ``lan``, participants' phones on the local network can join a room (a
    new one, or ``room_code`` carried on after a restart) and answer; the slides
    themselves stay on this computer.
    """
    curriculum = load_curriculum(settings)
    require_assets()
    ensure_port_free(port)
    room = None
    if lan:
        from csec.group.room import local_network_address, open_room
        from csec.group.store import open_answer_store

        ensure_port_free(port, local_network_address())
        room = open_room(open_answer_store(settings), port, room_code, written_answers)
        os.environ.update({GROUP_ROOM_VARIABLE: room.code, JOIN_URL_VARIABLE: room.join_url})
    prepare_handouts(curriculum, progress)
    prepare_guide(settings, progress)
    os.environ.update(settings.environment())
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        filter(None, [str(TEMPLATES_PATH), os.environ.get("JUPYTER_PATH")]))

    from voila.app import Voila
    from voila.shutdown_kernel_handler import VoilaShutdownKernelHandler

    from csec.audience_contents import AudienceContentsManager

    class KernelShutdownHandler(VoilaShutdownKernelHandler):
        """Voila's page posts this on tab close without an XSRF token, so the kernel
        leaked (voila issue 1458). The kernel id it names is an unguessable UUID."""

        def check_xsrf_cookie(self) -> None:
            return None

    class CurriculumVoila(Voila):
        def init_settings(self) -> dict:
            web_settings = super().init_settings()
            # Voila reads notebooks (pages and preheated kernels) through this manager.
            self.contents_manager = web_settings["contents_manager"] = AudienceContentsManager(
                parent=self, root_dir=self.contents_manager.root_dir, audience=settings.audience)
            return web_settings

        def init_handlers(self) -> list:
            return [
                (r"/", RedirectHandler, {"url": INDEX_URL}),
                (r"/voila/api/shutdown/(.*)", KernelShutdownHandler),
                (r"/handouts/(.*)", StaticFileHandler, {"path": str(settings.handouts_dir)}),
                (r"/guide/(.*)", StaticFileHandler, {"path": str(settings.guide_dir)}),
                *super().init_handlers(),
            ]

    app = CurriculumVoila(config=voila_config(settings, port, preheat))
    app.initialize([])
    if room is not None:
        from csec.group.room import listen_for_participants

        listen_for_participants(room, curriculum)
        progress(f"Participants join at {room.join_url} (room {room.code}). "
                 "Only the join page and answers are on the network; the slides stay on this computer. "
                 f"After a restart, add --room {room.code} to carry on in this room.")
    # Session notebooks are shipped without stored outputs, so "not trusted" says nothing useful.
    app.log.addFilter(lambda record: "is not trusted" not in record.getMessage())
    progress(f"Open http://{HOST}:{port}/ in a browser to present the sessions. "
             "Press Ctrl+C to stop (again if it keeps running).")
    app.start()
