"""What `csec build` made, and when: build/record.json, read by the index to say what is missing and why.

Apart from csec/build.py so that reading the record (the index page does, in
every kernel) never imports the exports that print.
"""

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from csec.export.files import write_atomically
from csec.settings import Settings

RECORD_FILE = "record.json"
LOG_FILE = "build.log"
RUNNING_FILE = ".building"  # the process id of a build in progress


def read_record(settings: Settings) -> dict:
    """The record of earlier builds (empty when there is none or it cannot be read)."""
    try:
        record = json.loads((settings.build_dir / RECORD_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def record_part(settings: Settings, name: str, entry: dict) -> None:
    """Write one part's entry into the record, whole (the index may read it at any moment)."""
    record = read_record(settings)
    record[name] = entry
    write_atomically(settings.build_dir / RECORD_FILE, json.dumps(record, indent=1).encode("utf-8"))


@contextmanager
def running(settings: Settings) -> Iterator[None]:
    """Mark the build folder as being built by this process until the block ends."""
    marker = settings.build_dir / RUNNING_FILE
    write_atomically(marker, str(os.getpid()).encode("ascii"))
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def build_running(settings: Settings) -> bool:
    """Whether a build is writing into the build folder now."""
    with suppress(OSError, ValueError):
        os.kill(int((settings.build_dir / RUNNING_FILE).read_text("ascii")), 0)
        return True
    return False


def part_status(settings: Settings, name: str) -> str:
    """Why a part's files may be missing, in words for the index: empty when the last build of it succeeded."""
    entry = read_record(settings).get(name, {})
    if entry and not entry.get("error"):
        return ""
    if build_running(settings):
        return "being prepared: reload this page in a minute or two"
    if entry:
        return f"last build failed: {entry['error']}"
    return "not built yet: run `make build` in the project folder"
