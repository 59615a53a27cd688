"""Running the csec command as a facilitator would, and what a clear refusal looks like.

`call_csec` runs it in this process, through `csec.cli.main([...])`, as voila's and datasette's tests call their
commands; `run_csec` in a process of its own, for what prints PDFs or runs a kernel (Playwright's sync API cannot
start inside the browser tests' own, and a kernel's event loop should not share theirs).
"""

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

from csec.cli import main
from csec.settings import PROJECT_ROOT


def call_csec(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The csec command's exit status and what it prints, run in this process."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with mock.patch.dict(os.environ, env or {}), redirect_stdout(stdout), redirect_stderr(stderr):
        try:
            status = main(list(args))
        except SystemExit as exit_:  # argparse: --help, or a usage error
            status = exit_.code if isinstance(exit_.code, int) else 1
    return subprocess.CompletedProcess(["csec", *args], status, stdout.getvalue(), stderr.getvalue())


def run_csec(*args: str, cwd: Path = PROJECT_ROOT, timeout: float = 120,
             env: dict | None = None) -> subprocess.CompletedProcess:
    """The csec command run in a process of its own, as a facilitator would; capture what it prints."""
    return subprocess.run([sys.executable, "-m", "csec", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def assert_one_clear_line(result: subprocess.CompletedProcess, *expected: str) -> None:
    """Exit status 1, one line on stderr naming what is wrong, and no traceback."""
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    for text in expected:
        assert text in lines[0], lines[0]
