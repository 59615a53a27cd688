"""Shared fixtures: the real curriculum, a writable copy of it, the csec command, the answer store's databases."""

import os
import shutil
import sys
import uuid
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sqlalchemy import create_engine, make_url, text

from csec.browser import CHROMIUM_FLAGS, NoBrowser, chromium_path
from csec.content import load_curriculum
from csec.settings import PROJECT_ROOT, curriculum_settings
from harness.background_server import BackgroundServer, free_port

# .ci/run sets these: there a missing browser, or a machine that cannot make the group-mode tests' own network
# namespace, fails the run instead of skipping.
REQUIRE_BROWSER = os.environ.get("CSEC_REQUIRE_BROWSER") == "1"
REQUIRE_ROOM_NETWORK = os.environ.get("CSEC_REQUIRE_ROOM_NETWORK") == "1"
# A PostgreSQL database the answer-store tests also run on (.ci/run sets it, from .ci/postgres). Point it only at
# a throwaway database: each test creates a schema of its own in it and drops it afterwards.
TEST_DATABASE_URL = os.environ.get("CSEC_TEST_DATABASE_URL", "")


# What a run may write into the project's folder: Python's and pytest's caches (and the virtualenv, git's own).
NOT_THE_PROJECT = {".git", ".venv", "__pycache__", ".pytest_cache"}


def project_files() -> dict[str, int]:
    """Every file in the project's folder (build/ and data/ too) with the time it last changed."""
    found = {}
    for folder, subfolders, files in os.walk(PROJECT_ROOT):
        subfolders[:] = [name for name in subfolders if name not in NOT_THE_PROJECT]
        for name in files:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, PROJECT_ROOT)] = os.stat(path).st_mtime_ns
    return found


# Where the project's commands write by default: any change there during a run is a test's doing.
OUTPUT_FOLDERS = ("build", "data")


@pytest.fixture(scope="session", autouse=True)
def project_left_untouched():
    """No test writes into the project's own folder: servers, builds and exports write into scratch copies.
    (Files edited meanwhile by a person, outside build/ and data/, are theirs.)"""
    before = project_files()
    yield
    after = project_files()
    written = sorted(name for name, changed in after.items() if name not in before
                     or (changed != before[name] and name.startswith(tuple(f"{folder}/" for folder in OUTPUT_FOLDERS))))
    assert written == [], f"the test run wrote into the project's folder: {written[:10]}"


@pytest.fixture(scope="session")
def curriculum():
    return load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us"))


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A copy of the content folder that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", target)
    return target


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """Debian's Chromium; skipped where it is missing, except when CI requires it."""
    try:
        return chromium_path()
    except NoBrowser as missing:
        if REQUIRE_BROWSER:
            pytest.fail(f"browser tests are required here: {missing}")
        pytest.skip(str(missing))


@pytest.fixture(scope="session")
def served_folder(tmp_path_factory) -> Path:
    """A copy of the project's curriculum folder: the test server builds into it, never into the project."""
    root = tmp_path_factory.mktemp("served")
    for folder in ("content", "notebooks", "facilitator_guide"):
        shutil.copytree(PROJECT_ROOT / folder, root / folder)
    return root


@pytest.fixture(scope="session")
def test_server(chromium_executable, served_folder) -> BackgroundServer:
    """`csec serve` on a free local port, as `make serve` starts it, for a copy of the curriculum."""
    port = free_port()
    command = [sys.executable, "-m", "csec", "serve", "--port", str(port), "--content", str(served_folder / "content")]
    with BackgroundServer(command, port) as server:
        yield server


@pytest.fixture(scope="session")
def server_url(test_server) -> str:
    return test_server.url


@pytest.fixture(scope="session")
def playwright_driver():
    """Playwright, started once (in this machine's own network: see tests/room_network.py)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver, chromium_executable):
    launched = playwright_driver.chromium.launch(executable_path=chromium_executable, args=CHROMIUM_FLAGS)
    yield launched
    launched.close()


class RecordedContext:
    """A browser context that records every request any of its pages makes."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 720})
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()

    def foreign_requests(self) -> list[str]:
        return [url for url in self.requests
                if not url.startswith(("data:", "blob:", "about:")) and urlparse(url).hostname != "127.0.0.1"]


@pytest.fixture
def recorded(browser):
    """A fresh browser context; fails the test if any page asked a host other than this machine."""
    context = RecordedContext(browser)
    yield context
    context.context.close()
    assert context.foreign_requests() == []


TEST_LOCALE = """\
locale: test
name: Testland
paper: a4
resources:
  - id: local-line
    name: Testland Child Line
    icon: phone
    purpose: Help for children and anyone worried about a child.
    what_happens: If a child is in danger, the line tells the police.
    audiences: [professionals, caregivers, hospitality, youth]
    contacts:
      - kind: call
        value: "116 111"
"""


@pytest.fixture
def content_with_test_locale(content_copy: Path) -> Path:
    """The content copy with a second locale, "test", whose only resource is a child line."""
    (content_copy / "resources" / "test.yaml").write_text(TEST_LOCALE)
    return content_copy


@pytest.fixture(scope="session")
def postgresql_database():
    """An engine on CSEC_TEST_DATABASE_URL; fails every test that needs it when it cannot connect (never skips)."""
    url = make_url(TEST_DATABASE_URL)
    try:
        engine = create_engine(url)
        with engine.connect():
            pass
    except Exception as error:  # a missing driver or an unreachable server: say which database, and how to fix
        raise pytest.fail.Exception(
            f"CSEC_TEST_DATABASE_URL is set but {url.render_as_string(hide_password=True)} cannot be used "
            f"({str(error).splitlines()[0]}). Start it (as root: .ci/postgres) or unset CSEC_TEST_DATABASE_URL "
            f"to test on SQLite only.", pytrace=False) from None
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite"] + (["postgresql"] if TEST_DATABASE_URL else []))
def answer_store_url(request, tmp_path):
    """A database URL for an empty answer store: a new SQLite file, and a new PostgreSQL schema when
    CSEC_TEST_DATABASE_URL is set (so tests that purge old rooms cannot touch another test's rooms)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'answers.sqlite3'}"
        return
    database = request.getfixturevalue("postgresql_database")
    schema = f"test_{uuid.uuid4().hex}"
    with database.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = database.url.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with database.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
