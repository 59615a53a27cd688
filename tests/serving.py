"""Waiting on what a test server does in the background."""

import time
from pathlib import Path

from csec.build_record import read_record
from csec.settings import curriculum_settings

BUILD_SECONDS = 600  # every audience's handouts, the guide and the decks, beside a busy test run


def wait_for_build(root: Path, part: str) -> dict:
    """The record of ``part`` once the server's background build has written it (csec/build.py)."""
    settings = curriculum_settings(root / "content")
    deadline = time.monotonic() + BUILD_SECONDS
    while part not in read_record(settings):
        if time.monotonic() > deadline:
            raise AssertionError(f"the server did not build {part} in {BUILD_SECONDS} s")
        time.sleep(1)
    return read_record(settings)[part]
