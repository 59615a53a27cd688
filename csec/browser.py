"""Debian's Chromium, driven by Playwright: the engine behind PDF exports and browser tests."""

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

from csec.errors import CsecError

CHROMIUM_VARIABLE = "CSEC_CHROMIUM"
CHROMIUM_NAMES = ("chromium", "chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class NoBrowser(CsecError):
    """No Chromium to print PDFs or run browser tests with."""


def chromium_path() -> str:
    """The Chromium executable: $CSEC_CHROMIUM, else chromium on PATH."""
    explicit = os.environ.get(CHROMIUM_VARIABLE)
    if explicit:
        if shutil.which(explicit):
            return shutil.which(explicit)
        raise NoBrowser(f"{CHROMIUM_VARIABLE}={explicit} is not an executable: point it at Chromium or unset it")
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise NoBrowser("no PDF engine: Chromium is not installed (install it with `sudo apt-get install chromium`)")


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Chromium browser (a Playwright ``Browser``), closed on exit."""
    from playwright.sync_api import Error, sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
        except Error:  # its message is Playwright's whole launch log
            raise NoBrowser(f"Chromium ({executable}) did not start: check that it runs, or reinstall it "
                            "with `sudo apt-get install --reinstall chromium`") from None
        try:
            yield browser
        finally:
            browser.close()
