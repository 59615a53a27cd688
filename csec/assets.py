"""Front-end files for offline slides and handouts, fetched pinned from Python packages.

Each wheel pinned in front-end-assets.txt is downloaded by pip with its hash
and only the files it is there for are kept, with their licences, under the
slide template's static folder:

- sphinx-revealjs gives reveal.js (its CSS, themes and fonts);
- lucide gives the Lucide icons as one SVG file each.
"""

import io
import os
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
LUCIDE_DIR = VENDOR_DIR / "lucide"
ICONS_DIR = LUCIDE_DIR / "icons"
STAMP = VENDOR_DIR / ".pinned"  # every pinned line, so changing one fetches again


class MissingAssets(CsecError):
    """The slides' front-end files have not been fetched yet."""


def pinned_requirements() -> list[str]:
    lines = [line.strip() for line in REQUIREMENTS.read_text("utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def assets_ready() -> bool:
    return STAMP.is_file() and STAMP.read_text("utf-8") == "\n".join(pinned_requirements())


def require_assets() -> None:
    if not assets_ready():
        raise MissingAssets("the slides' front-end files are missing: run `make serve` once "
                            "(or `csec assets`) while connected to the package registry")


def _unpack_reveal(wheel: zipfile.ZipFile, target: Path) -> None:
    """reveal.js's dist/ folder (without source maps) and its LICENSE."""
    prefix = "sphinx_revealjs/_static/revealjs/"
    for name in wheel.namelist():
        relative = name.removeprefix(prefix)
        if relative != name and relative.startswith(("dist/", "LICENSE")) and not relative.endswith((".map", "/")):
            _write(target / relative, wheel.read(name))


def _unpack_lucide(wheel: zipfile.ZipFile, target: Path) -> None:
    """icons/NAME.svg from the wheel's lucide/lucide.zip, and its LICENSE (Lucide's ISC, the wrapper's MIT)."""
    with zipfile.ZipFile(io.BytesIO(wheel.read("lucide/lucide.zip"))) as icons:
        for name in icons.namelist():
            if name.endswith(".svg"):
                _write(target / "icons" / Path(name).name, icons.read(name))
    licence = next(name for name in wheel.namelist() if name.endswith(".dist-info/licenses/LICENSE"))
    _write(target / "LICENSE", wheel.read(licence))


# What each pinned wheel gives: project name -> (its folder under vendor/, how to unpack it there).
WHEELS: dict[str, tuple[Path, Callable[[zipfile.ZipFile, Path], None]]] = {
    "sphinx-revealjs": (REVEAL_DIR, _unpack_reveal),
    "lucide": (LUCIDE_DIR, _unpack_lucide),
}


def fetch_assets(progress: Callable[[str], None] = print) -> None:
    """Download the pinned wheels and unpack what each gives; do nothing if already in place."""
    if assets_ready():
        return
    with tempfile.TemporaryDirectory() as download_dir:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                   "--require-hashes", "-r", str(REQUIREMENTS), "-d", download_dir]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            reason = (result.stderr.strip().splitlines() or ["pip failed"])[-1]
            pinned = ", ".join(line.split()[0] for line in pinned_requirements())
            raise MissingAssets(f"could not download {pinned}: {reason}")
        VENDOR_DIR.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=VENDOR_DIR.parent))
        staging.chmod(0o755)  # mkdtemp's is private; the vendor folder is not
        try:
            for project, (folder, unpack) in WHEELS.items():
                wheel = next(Path(download_dir).glob(f"{project.replace('-', '_')}-*.whl"))
                with zipfile.ZipFile(wheel) as archive:
                    unpack(archive, staging / folder.relative_to(VENDOR_DIR))
            (staging / STAMP.name).write_text("\n".join(pinned_requirements()), "utf-8")
            _replace(VENDOR_DIR, staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    for folder, _unpack in WHEELS.values():
        progress(f"fetched {folder.name} into {folder.relative_to(PROJECT_ROOT)}")


def _replace(folder: Path, new: Path) -> None:
    """Put ``new`` in place of ``folder`` by renaming, so a running server never sees a half-written folder."""
    old = Path(tempfile.mkdtemp(dir=folder.parent)) / folder.name
    if folder.exists():
        os.replace(folder, old)
    os.replace(new, folder)
    shutil.rmtree(old.parent, ignore_errors=True)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
