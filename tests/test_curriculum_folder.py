"""A curriculum folder of its own (one session's content and notebook and a guide chapter, made here): checked, built
and served by the same commands, with a PDF engine that does not start, and nothing written into the
project's own folder."""

import contextlib
import os
import shutil
import sys

import nbformat
import pytest
import yaml

from csec.build_record import RECORD_FILE, RUNNING_FILE, read_record
from csec.cli import main
from csec.serve import BUILD_NICENESS
from csec.settings import PROJECT_ROOT, curriculum_settings
from tests.command_line import run_csec
from tests.presenting import WIDGET_TIMEOUT_MS, wait_for_session, wait_for_slides
from harness.background_server import BackgroundServer, free_port

BROKEN_CHROMIUM = {"CSEC_CHROMIUM": "/bin/false"}
BUILD_SECONDS = 240  # a background build of every audience's files on a busy 2-core machine


@pytest.fixture(scope="module")
def curriculum_folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("one-session")
    shutil.copytree(PROJECT_ROOT / "content", root / "content")
    (root / "notebooks").mkdir()
    for notebook in ("index.ipynb", "02_forms_and_venues.ipynb"):
        shutil.copy(PROJECT_ROOT / "notebooks" / notebook, root / "notebooks")
    (root / "facilitator_guide").mkdir()
    (root / "facilitator_guide" / "01-welcome.md").write_text("# Welcome\n\nOne session, for a test.\n")
    one_session = {"minimum": 1, "per_audience": 1, "themes": ["online-recruitment"],
                   "brief_venues": {"minimum": 1, "venues": ["online", "hotel"]}}
    for name, change in (("curriculum.yaml", lambda data: data.update(sessions=[{**data["sessions"][1], "number": 1}])),
                         ("coverage.yaml", lambda data: data.update(scenarios=one_session))):
        path = root / "content" / name
        data = yaml.safe_load(path.read_text("utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    return root


def project_build_files() -> set:
    return {path for path in (PROJECT_ROOT / "build").rglob("*")} if (PROJECT_ROOT / "build").is_dir() else set()


def test_a_curriculum_folder_is_checked_with_its_own_notebooks(curriculum_folder, capsys):
    assert curriculum_settings(curriculum_folder / "content").notebooks_dir == curriculum_folder / "notebooks"
    assert main(["check", "--content", str(curriculum_folder / "content")]) == 0, capsys.readouterr().out
    printed = capsys.readouterr().out
    assert "Reading level of session 1 (forms-and-venues)" in printed and "what-is-csec" not in printed


def test_building_without_a_working_pdf_engine_keeps_the_web_pages_and_records_why(curriculum_folder):
    before = project_build_files()
    # A process of its own: printing starts Playwright, which cannot run inside the browser tests' own.
    result = run_csec("build", "--content", str(curriculum_folder / "content"), env=BROKEN_CHROMIUM, timeout=600)
    assert result.returncode == 1, result.stderr
    printed = result.stdout
    assert "failed: handouts/professionals" in printed and "see build/record.json" in printed
    build = curriculum_folder / "build"
    record = read_record(curriculum_settings(curriculum_folder / "content"))
    assert (build / RECORD_FILE).is_file()
    assert "Chromium (/bin/false) did not start" in record["handouts/youth"]["error"]
    assert "\n" not in record["handouts/youth"]["error"]  # one line, not Playwright's launch log
    assert record["slides/youth"]["error"] is None
    assert (build / "handouts" / "youth" / "forms-and-venues.html").is_file()
    assert not (build / "handouts" / "youth" / "forms-and-venues.pdf").exists()
    assert (build / "slides" / "caregivers" / "forms-and-venues.html").is_file()
    assert "One session, for a test." in (build / "guide" / "facilitator-guide.html").read_text("utf-8")
    assert project_build_files() == before


@pytest.mark.browser
def test_serving_without_a_working_pdf_engine_presents_and_says_why_the_pdfs_are_missing(
        curriculum_folder, recorded):
    port = free_port()
    command = [sys.executable, "-m", "csec", "serve", "--port", str(port), "--no-preheat",
               "--content", str(curriculum_folder / "content")]
    with BackgroundServer(command, port, env=BROKEN_CHROMIUM) as server:
        running = curriculum_folder / "build" / RUNNING_FILE
        if running.is_file():  # the build it started is still going: it gives way to the slides
            with contextlib.suppress(ProcessLookupError, ValueError):
                niceness = os.getpriority(os.PRIO_PROCESS, int(running.read_text()))
                assert niceness >= os.getpriority(os.PRIO_PROCESS, 0) + BUILD_NICENESS
        page = recorded.page
        page.goto(f"{server.url}/")
        rows = page.locator("table.csec-index tbody tr")
        rows.first.wait_for(timeout=WIDGET_TIMEOUT_MS)
        assert rows.count() == 1
        status = page.locator(".csec-build-status")
        for _reload in range(BUILD_SECONDS):  # the build runs beside the server: reload each second until it is done
            if status.count() and "Last build failed" in status.inner_text():
                break
            page.wait_for_timeout(1000)
            page.reload()
            rows.first.wait_for(timeout=WIDGET_TIMEOUT_MS)
        assert "Chromium (/bin/false) did not start" in status.inner_text()
        page.get_by_role("link", name="Present session 1").click()  # its own first session: forms and venues
        wait_for_session(page)
        assert "Forms and where it happens" in page.locator(".csec-session-title h1").inner_text()


@pytest.fixture(scope="module")
def failing_cells_folder(curriculum_folder, tmp_path_factory):
    """The same curriculum, its session with a cell that raises and one that outlasts the time limit."""
    root = tmp_path_factory.mktemp("failing-cells")
    for folder in ("content", "notebooks", "facilitator_guide"):
        shutil.copytree(curriculum_folder / folder, root / folder)
    path = root / "notebooks" / "02_forms_and_venues.ipynb"
    notebook = nbformat.read(path, as_version=4)
    notebook.cells[3:3] = [nbformat.v4.new_code_cell('raise ValueError("a broken cell")'),
                           nbformat.v4.new_code_cell("import time\ntime.sleep(600)")]
    nbformat.write(notebook, path)
    return root


@pytest.mark.browser
def test_a_cell_that_raises_or_outlasts_the_limit_leaves_the_rest_of_the_session(failing_cells_folder, recorded):
    port = free_port()
    # 30 s: far less than the sleeping cell, far more than the session's own cells take on a loaded machine
    command = [sys.executable, "-m", "csec", "serve", "--port", str(port), "--no-preheat", "--cell-timeout", "30",
               "--content", str(failing_cells_folder / "content")]
    with BackgroundServer(command, port) as server:
        page = recorded.page
        # The page streams until its last cell ran, the sleeping one's 30 s included: wait on the slides, not the load.
        page.goto(f"{server.url}/voila/render/02_forms_and_venues.ipynb", wait_until="commit")
        wait_for_slides(page)
        closing = page.locator(".csec-help-resources, .csec-session-sources").last
        closing.wait_for(state="attached", timeout=WIDGET_TIMEOUT_MS)  # a widget from the session's end
        problems = page.locator(".csec-cell-problem")
        assert problems.count() == 2
        assert "could not be prepared" in problems.first.inner_text()
        text = page.locator("body").text_content()
        assert "ValueError" not in text and "Traceback" not in text and "KeyboardInterrupt" not in text
