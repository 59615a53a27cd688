"""`csec serve`: the curriculum as Voila slides, offline, on this machine only.

The server is Voila itself with a few additions: `/` opens the index dashboard,
`/handouts/` serves the handouts, `/guide/` the facilitator guide and `/slides/`
the offline decks, as `csec build` wrote them (csec/server_pages.py); what is missing or older than the curriculum is
rebuilt in the background while the sessions are already presented.
"""

import errno
import os
import resource
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from traitlets.config import Config

from csec.assets import require_assets
from csec.build import stale_parts
from csec.build_record import LOG_FILE, build_running
from csec.content import Curriculum, load_curriculum
from csec.errors import CsecError
from csec.settings import PROJECT_ROOT, Settings

if TYPE_CHECKING:
    from csec.group.room_memory import RoomMemory
    from csec.voila_app import CurriculumVoila

HOST = "127.0.0.1"
DEFAULT_PORT = 8866
TEMPLATES_PATH = PROJECT_ROOT / "share" / "jupyter"
IDLE_KERNEL_SECONDS = 15 * 60
CELL_TIMEOUT_SECONDS = 60
BUILD_NICENESS = 10
NOT_PREHEATED = r"(.*/)?(index|gallery)\.ipynb$"  # Voila matches it against the full path


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


def raise_open_files_limit() -> None:
    """Allow this process as many open files as the system lets it (macOS starts programs at 256, which a
    room's phones, the kernels and their sockets can use up)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    for wanted in (hard, 10_240):  # macOS refuses an unlimited hard limit as the soft one; 10,240 it takes
        if wanted != resource.RLIM_INFINITY and soft < wanted:
            try:
                resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
                return
            except (ValueError, OSError):
                continue


def voila_config(settings: Settings, port: int, preheat: bool = True, cell_timeout: int = CELL_TIMEOUT_SECONDS) -> Config:
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
    # The index says what the background build has made so far, so it is drawn when asked for, never in
    # advance; the gallery is for authors. Only the six sessions keep a kernel waiting.
    config.VoilaKernelManager.preheat_denylist = [NOT_PREHEATED]
    # A cell that raises, or is interrupted at the time limit, keeps its error as an output (the
    # template shows one calm line for it) and the rest of the notebook still runs and renders.
    # Voila sends a "heartbeat" script when nothing was sent for this long, to keep proxies from closing
    # the page; sent before the page's head (a kernel slow to start on a busy laptop) it is a script
    # error. The page is local, with no proxy: wait longer than any cell may take.
    config.VoilaConfiguration.http_keep_alive_timeout = 5 * 60
    config.VoilaExecutor.timeout = cell_timeout
    config.VoilaExecutor.interrupt_on_timeout = True
    config.VoilaExecutor.allow_errors = True
    # A closed tab leaks its kernel (voila issue 1458): cull kernels left idle
    # with no browser connected. Open sessions stay connected and are kept.
    config.MappingKernelManager.cull_idle_timeout = IDLE_KERNEL_SECONDS
    config.MappingKernelManager.cull_interval = 60
    config.MappingKernelManager.cull_connected = False
    return config


def _yield_to_the_slides() -> None:
    """The background build runs at low priority: on a two-core laptop the slides and kernels come first."""
    os.nice(BUILD_NICENESS)


def start_build(curriculum: Curriculum, progress: Callable[[str], None]) -> None:
    """Rebuild what is stale (handouts, guide, decks) in a background process that logs to build/build.log."""
    settings = curriculum.settings
    if build_running(settings) or not stale_parts(curriculum):
        return
    settings.build_dir.mkdir(parents=True, exist_ok=True)
    with (settings.build_dir / LOG_FILE).open("a", encoding="utf-8") as log:
        subprocess.Popen([sys.executable, "-m", "csec", "build", "--stale", "--content", str(settings.content_dir),
                          "--locale", settings.locale, "--audience", settings.audience,
                          "--language", settings.language],
                         stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
                         preexec_fn=_yield_to_the_slides)
    progress("Preparing the handouts and the guide in the background; the first page links them as they are ready")


def curriculum_app(curriculum: Curriculum, settings: Settings, port: int, preheat: bool = True,
                   cell_timeout: int = CELL_TIMEOUT_SECONDS, room_memory: "RoomMemory | None" = None) -> "CurriculumVoila":
    """The curriculum's Voila (csec/voila_app.py), initialised, not yet listening: ``start()`` serves it."""
    # Jupyter's own search path for templates: where Voila finds the project's slide template.
    paths = os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
    if str(TEMPLATES_PATH) not in paths:
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(TEMPLATES_PATH), *paths]))

    from csec.voila_app import CurriculumVoila

    app = CurriculumVoila(curriculum, settings, room_memory,
                          config=voila_config(settings, port, preheat, cell_timeout))
    app.initialize([])
    # Session notebooks are shipped without stored outputs, so "not trusted" says nothing useful.
    app.log.addFilter(lambda record: "is not trusted" not in record.getMessage())
    return app


def serve(settings: Settings, port: int = DEFAULT_PORT, *, preheat: bool = True, lan: bool = False,
          room_code: str | None = None, written_answers: bool = False, follow_slides: bool = False,
          cell_timeout: int = CELL_TIMEOUT_SECONDS,
          progress: Callable[[str], None] = print) -> None:
    """Check everything a session needs, then serve until Ctrl+C.

    With ``lan``, participants' phones on the local network can join a room (a
    new one, or ``room_code`` carried on after a restart) and answer; the slides
    themselves stay on this computer.
    """
    curriculum = load_curriculum(settings)
    if not (settings.notebooks_dir / "index.ipynb").is_file():
        raise CsecError(f"{settings.notebooks_dir / 'index.ipynb'} not found: the first page of the app; "
                        f"copy it from {PROJECT_ROOT / 'notebooks'}")
    require_assets()
    ensure_port_free(port)
    raise_open_files_limit()
    room = None
    if lan:
        from csec.group.room import local_network_address, open_room
        from csec.group.store import open_answer_store

        ensure_port_free(port, local_network_address())
        room = open_room(open_answer_store(settings), port, room_code, written_answers, follow_slides)
        settings = replace(settings, room=room.code, join_url=room.join_url)
    start_build(curriculum, progress)
    app = curriculum_app(curriculum, settings, port, preheat, cell_timeout, room.memory if room else None)
    if room is not None:
        from csec.group.room import listen_for_participants

        listen_for_participants(room, curriculum)
        progress(f"Participants join at {room.join_url} (room {room.code}). "
                 "Only the join page and answers are on the network; the slides stay on this computer. "
                 f"After a restart, add --room {room.code} to carry on in this room.")
    progress(f"Open http://{HOST}:{port}/ in a browser to present the sessions. "
             "Press Ctrl+C to stop (again if it keeps running).")
    app.start()
