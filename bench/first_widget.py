"""`make bench`: time from request to the first interactive widget.

Session 1 served by `csec serve` is compared with a one-button notebook on
plain Voila, each cold (kernel started on request) and preheated, in one run
on this machine. Figures are medians; the ratios are what later changes are
judged by. Not a test: nothing here passes or fails on time.
"""

import statistics
import sys
import time

from playwright.sync_api import sync_playwright

from csec.browser import CHROMIUM_FLAGS, chromium_path
from csec.settings import PROJECT_ROOT
from harness.background_server import BackgroundServer, free_port

RUNS = 5
# Time for Voila to start and execute a kernel for its preheated pool, with room to spare
# on a 2-core laptop; cold runs wait as long, so both see an idle machine.
SETTLE_SECONDS = 10
FIRST_WIDGET = "button.jupyter-button"
BARE_NOTEBOOK = PROJECT_ROOT / "bench" / "bare_one_button.ipynb"


def session_server(port: int, preheat: bool) -> BackgroundServer:
    command = [sys.executable, "-m", "csec", "serve", "--port", str(port)]
    return BackgroundServer(command if preheat else [*command, "--no-preheat"], port)


def bare_server(port: int, preheat: bool) -> BackgroundServer:
    command = [sys.executable, "-m", "voila", str(BARE_NOTEBOOK), "--no-browser", f"--port={port}",
               "--Voila.ip=127.0.0.1", f"--preheat_kernel={preheat}", "--pool_size=1"]
    return BackgroundServer(command, port)


def time_first_widget(browser, url: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_selector(FIRST_WIDGET, state="attached", timeout=120_000)
    elapsed = time.perf_counter() - started
    context.close()
    return elapsed


def measure(browser, make_server, path: str, preheat: bool) -> float:
    port = free_port()
    times = []
    with make_server(port, preheat):
        for _run in range(RUNS):
            time.sleep(SETTLE_SECONDS)
            times.append(time_first_widget(browser, f"http://127.0.0.1:{port}{path}"))
    return statistics.median(times)


def main() -> None:
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        for name, make_server, path in (
            ("session 1", session_server, "/voila/render/01_what_is_csec.ipynb"),
            ("bare notebook", bare_server, "/"),
        ):
            for preheat in (False, True):
                label = f"{name}, {'preheated' if preheat else 'cold'}"
                results[(name, preheat)] = measure(browser, make_server, path, preheat)
                print(f"{label:<28} median {results[(name, preheat)]:.2f} s over {RUNS} runs", flush=True)
        browser.close()
    print()
    for preheat in (False, True):
        ratio = results[("session 1", preheat)] / results[("bare notebook", preheat)]
        print(f"session 1 / bare notebook, {'preheated' if preheat else 'cold'}: {ratio:.2f}")
    for name in ("session 1", "bare notebook"):
        print(f"{name}, preheated / cold: {results[(name, True)] / results[(name, False)]:.2f}")


if __name__ == "__main__":
    main()
