"""`make bench`: the engine now against the engine before issue 13, measured in the same run.

The earlier engine is the project at BASELINE_COMMIT, exported from git into a
scratch folder with the front-end files it pins (fetched by its own `csec
assets`). Each figure is a median over RUNS, old and new taken in turn:
loading the curriculum (in the process, as a kernel does before its first
widget), one `csec check`, and `csec serve` from start to the index page
answered. Not a test: nothing here passes or fails on time.
"""

import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from csec.settings import PROJECT_ROOT
from harness.background_server import BackgroundServer, free_port

BASELINE_COMMIT = "9b14902"  # the parent of 6dffe78, the first change made for issue 13 (parse once)
RUNS = 3
LOAD_CURRICULUM = ("import time; from csec.content import load_curriculum; "
                   "started = time.perf_counter(); load_curriculum(); print(time.perf_counter() - started)")
INDEX_PATH = "/voila/render/index.ipynb"


def baseline_tree(folder: Path) -> Path:
    """The project at BASELINE_COMMIT, with the front-end files it pins."""
    archive = subprocess.run(["git", "-C", str(PROJECT_ROOT), "archive", BASELINE_COMMIT], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    subprocess.run(python_in(folder, "-m", "csec", "assets"), cwd=folder, check=True, capture_output=True)
    return folder


def python_in(tree: Path, *args: str) -> list[str]:
    return ["env", f"PYTHONPATH={tree}", sys.executable, *args]


def load_seconds(tree: Path) -> float:
    result = subprocess.run(python_in(tree, "-c", LOAD_CURRICULUM), cwd=tree, check=True, capture_output=True, text=True)
    return float(result.stdout.strip().splitlines()[-1])


def check_seconds(tree: Path) -> float:
    started = time.perf_counter()
    subprocess.run(python_in(tree, "-m", "csec", "check"), cwd=tree, check=True, capture_output=True)
    return time.perf_counter() - started


def serve_seconds(tree: Path) -> float:
    """From starting `csec serve` to the index page's whole answer."""
    port = free_port()
    started = time.perf_counter()
    with BackgroundServer(python_in(tree, "-m", "csec", "serve", "--port", str(port)), port, cwd=tree):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{INDEX_PATH}", timeout=300) as response:
            response.read()
        return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="csec-baseline-") as scratch:
        trees = {"before": baseline_tree(Path(scratch)), "now": PROJECT_ROOT}
        # Built beforehand, so no background build of today's engine runs during the measurements
        # (the earlier engine prints every handout at each start: that is part of what it costs).
        subprocess.run([sys.executable, "-m", "csec", "build"], cwd=PROJECT_ROOT, capture_output=True)
        for label, measure in (("load_curriculum", load_seconds), ("csec check", check_seconds),
                               ("csec serve to first page", serve_seconds)):
            times = {name: [] for name in trees}
            for _run in range(RUNS):
                for name, tree in trees.items():
                    times[name].append(measure(tree))
            before, now = (statistics.median(times[name]) for name in trees)
            print(f"{label:<26} before {before:6.2f} s  now {now:6.2f} s  now/before {now / before:.2f}", flush=True)


if __name__ == "__main__":
    main()
