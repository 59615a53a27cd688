"""Front-end files for offline slides and handouts, fetched pinned from Python packages, and the front-end
tools the tests use, fetched pinned from the npm registry.

Each wheel pinned in front-end-assets.txt is downloaded by pip with its hash
and only the files it is there for are kept, with their licences, under the
slide template's static folder:

- sphinx-revealjs gives reveal.js (its CSS, themes and fonts);
- lucide gives the Lucide icons as one SVG file each.

Each npm package pinned in front-end-test-assets.txt is packed by npm, checked
against its pinned sha512, and the files the tests use kept with their licence
under tests/vendor/ (`csec assets --tests`, run by `make test`):

- html_codesniffer gives HTML_CodeSniffer, the second accessibility engine the browser tests run.
"""

import base64
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
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
TEST_REQUIREMENTS = PROJECT_ROOT / "front-end-test-assets.txt"
TEST_VENDOR_DIR = PROJECT_ROOT / "tests" / "vendor"
CODESNIFFER = TEST_VENDOR_DIR / "html_codesniffer" / "HTMLCS.js"
# What each pinned npm package gives: its name -> {file in its tarball: where it is kept under tests/vendor/}.
NPM_PACKAGES = {
    "html_codesniffer": {"package/build/HTMLCS.js": CODESNIFFER,
                         "package/licence.txt": CODESNIFFER.with_name("licence.txt")},
}


class MissingAssets(CsecError):
    """The slides' front-end files have not been fetched yet."""


def pinned_requirements(requirements: Path = REQUIREMENTS) -> list[str]:
    lines = [line.strip() for line in requirements.read_text("utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def assets_ready(requirements: Path = REQUIREMENTS, stamp: Path = STAMP) -> bool:
    return stamp.is_file() and stamp.read_text("utf-8") == "\n".join(pinned_requirements(requirements))


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


def fetch_test_assets(progress: Callable[[str], None] = print) -> None:
    """Pack the pinned npm packages, check each against its sha512, keep what the tests use; do nothing if already
    in place."""
    stamp = TEST_VENDOR_DIR / STAMP.name
    if assets_ready(TEST_REQUIREMENTS, stamp):
        return
    npm = shutil.which("npm")
    if npm is None:
        raise MissingAssets("the tests' front-end tools come from the npm registry: install Node.js and npm "
                            "(sudo apt-get install npm), then run `csec assets --tests` again")
    TEST_VENDOR_DIR.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=TEST_VENDOR_DIR.parent))
    staging.chmod(0o755)
    try:
        with tempfile.TemporaryDirectory() as download_dir:
            for line in pinned_requirements(TEST_REQUIREMENTS):
                spec, integrity = line.split()
                result = subprocess.run([npm, "pack", "--silent", spec], cwd=download_dir, capture_output=True,
                                        text=True)
                if result.returncode != 0:
                    raise MissingAssets(f"could not download {spec}: "
                                        f"{(result.stderr.strip().splitlines() or ['npm failed'])[-1]}")
                tarball = Path(download_dir) / result.stdout.strip().splitlines()[-1]
                digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
                if digest != integrity:
                    raise MissingAssets(f"{spec} from the registry is not the pinned one ({digest}, pinned "
                                        f"{integrity}): check front-end-test-assets.txt")
                with tarfile.open(tarball) as archive:
                    for member, kept in NPM_PACKAGES[spec.rsplit("@", 1)[0]].items():
                        _write(staging / kept.relative_to(TEST_VENDOR_DIR), archive.extractfile(member).read())
        (staging / stamp.name).write_text("\n".join(pinned_requirements(TEST_REQUIREMENTS)), "utf-8")
        _replace(TEST_VENDOR_DIR, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for name in NPM_PACKAGES:
        progress(f"fetched {name} into {TEST_VENDOR_DIR.relative_to(PROJECT_ROOT)}")


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
