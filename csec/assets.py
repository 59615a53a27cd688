"""Front-end files for offline slides, fetched pinned from a Python package.

reveal.js (its CSS, themes and fonts) comes from the sphinx-revealjs wheel,
downloaded by pip with a pinned hash; only reveal.js's own files and licences
are kept, under the slide template's static folder.
"""

import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from csec.errors import CsecError
from csec.settings import PROJECT_ROOT

REQUIREMENTS = PROJECT_ROOT / "front-end-assets.txt"
VENDOR_DIR = PROJECT_ROOT / "share" / "jupyter" / "voila" / "templates" / "csec" / "static" / "vendor"
REVEAL_DIR = VENDOR_DIR / "reveal.js"
WHEEL_PREFIX = "sphinx_revealjs/_static/revealjs/"
KEPT = ("dist/", "LICENSE")
STAMP = ".pinned"


class MissingAssets(CsecError):
    """The slides' front-end files have not been fetched yet."""


def pinned_requirement() -> str:
    lines = [line.strip() for line in REQUIREMENTS.read_text("utf-8").splitlines()]
    return next(line for line in lines if line and not line.startswith("#"))


def assets_ready() -> bool:
    stamp = REVEAL_DIR / STAMP
    return stamp.is_file() and stamp.read_text("utf-8") == pinned_requirement()


def require_assets() -> None:
    if not assets_ready():
        raise MissingAssets("the slides' front-end files are missing: run `make serve` once "
                            "(or `csec assets`) while connected to the package registry")


def fetch_assets(progress: Callable[[str], None] = print) -> None:
    """Download the pinned wheel and unpack reveal.js; do nothing if already in place."""
    if assets_ready():
        return
    with tempfile.TemporaryDirectory() as download_dir:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                   "--require-hashes", "-r", str(REQUIREMENTS), "-d", download_dir]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            reason = (result.stderr.strip().splitlines() or ["pip failed"])[-1]
            raise MissingAssets(f"could not download {pinned_requirement().split()[0]}: {reason}")
        wheel = next(Path(download_dir).glob("*.whl"))
        staging = Path(tempfile.mkdtemp(dir=VENDOR_DIR.parent if VENDOR_DIR.parent.exists() else None))
        try:
            _unpack(wheel, staging)
            (staging / STAMP).write_text(pinned_requirement(), "utf-8")
            VENDOR_DIR.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(REVEAL_DIR, ignore_errors=True)
            shutil.move(str(staging), REVEAL_DIR)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    progress(f"fetched reveal.js into {REVEAL_DIR.relative_to(PROJECT_ROOT)}")


def _unpack(wheel: Path, target: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            relative = name.removeprefix(WHEEL_PREFIX)
            if relative == name or not relative.startswith(KEPT) or relative.endswith((".map", "/")):
                continue
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(archive.read(name))
