"""A server started in the background on a free local port, stopped as Ctrl+C would (tests and bench)."""

import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from csec.settings import PROJECT_ROOT

START_SECONDS = 120
STOP_SECONDS = 15


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class BackgroundServer:
    """``with BackgroundServer(command, port) as server:`` runs ``command`` until the block ends."""

    def __init__(self, command: list[str], port: int, env: dict[str, str] | None = None, cwd: Path = PROJECT_ROOT):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log = Path(tempfile.mkstemp(prefix="csec-server-", suffix=".log")[1])
        with self.log.open("w") as stream:
            self.process = subprocess.Popen(command, cwd=cwd, stdout=stream, stderr=subprocess.STDOUT,
                                            env={**os.environ, **(env or {})})

    def __enter__(self) -> "BackgroundServer":
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()}")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            time.sleep(0.2)
        self.process.kill()
        raise RuntimeError(f"server did not start: {self.log.read_text()}")

    def __exit__(self, *_exception) -> None:
        self.stop()

    def stop(self) -> None:
        """Ctrl+C, twice if needed: while a kernel runs a notebook, Voila's executor
        (nbclient) takes over Ctrl+C for that kernel only. Killed as a last resort."""
        for _attempt in range(2):
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=STOP_SECONDS)
                break
            except subprocess.TimeoutExpired:
                continue
        else:
            self.process.kill()
            self.process.wait()
        self.log.unlink(missing_ok=True)
