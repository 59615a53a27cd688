"""The app served in the test process, as voila's own tests serve theirs: the curriculum's Voila
(csec.serve.curriculum_app) on a free local port, its event loop in a thread, no kernel preheated."""

import asyncio
import logging
import socket
import threading
import time
from pathlib import Path

from csec.content import load_curriculum
from csec.serve import curriculum_app
from csec.settings import curriculum_settings
from harness.background_server import START_SECONDS, free_port


class TracebackRecorder(logging.Handler):
    """Every log line that would print a traceback or an uncaught exception in the facilitator's terminal."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info or "Traceback" in message or "Uncaught" in message:
            self.lines.append(message)


class InProcessServer:
    """``with InProcessServer(content_dir) as server:`` serves the curriculum at ``server.url`` until the block
    ends; ``server.tracebacks`` holds what its log would have printed with a traceback meanwhile."""

    def __init__(self, content_dir: Path):
        settings = curriculum_settings(content_dir, "us")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = curriculum_app(load_curriculum(settings), settings, self.port, preheat=False)
        self._recorder = TracebackRecorder()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, name="in-process csec serve", daemon=True)

    @property
    def tracebacks(self) -> list[str]:
        return list(self._recorder.lines)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self.app.start()  # listens, then runs the loop until stopped

    def __enter__(self) -> "InProcessServer":
        for logger in (self.app.log, logging.getLogger()):
            logger.addHandler(self._recorder)
        self._thread.start()
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline and self._thread.is_alive():
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.05)
        self.__exit__()
        raise RuntimeError(f"the in-process server did not listen on port {self.port}")

    def __exit__(self, *_exception) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(START_SECONDS)
        for logger in (self.app.log, logging.getLogger()):
            logger.removeHandler(self._recorder)
