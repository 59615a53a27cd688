"""Running the csec command as a facilitator would, and what a clear refusal looks like."""

import os
import subprocess
import sys
from pathlib import Path

from csec.settings import PROJECT_ROOT


def run_csec(*args: str, cwd: Path = PROJECT_ROOT, timeout: float = 120,
             env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the csec command as a facilitator would; capture what it prints."""
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
