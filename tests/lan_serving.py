"""`csec serve` for the group-mode tests, on the room's network of the tests' own (tests/room_network.py):
every request goes to loopback or to the made-up addresses inside a network namespace the module makes.

A test module imports the fixtures ``network`` (autouse: the whole module runs inside the namespace) and
``network_address``."""

import re
import sys
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

import pytest

from harness.background_server import BackgroundServer
from tests.conftest import REQUIRE_ROOM_NETWORK
from tests.room_network import NoPrivateNetwork, room_network


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def start_server(folder: Path, data: Path, port: int, *extra: str, open_files: int | None = None) -> BackgroundServer:
    """`csec serve` (kernels started on request) for the curriculum ``folder`` with its answers in ``data``; with
    ``open_files``, under that hard limit of open files (as a laptop that allows fewer than this machine)."""
    limit = ["prlimit", f"--nofile={open_files}:{open_files}"] if open_files else []
    command = [*limit, sys.executable, "-m", "csec", "serve", "--port", str(port), "--data", str(data),
               "--no-preheat", "--content", str(folder / "content"), *extra]
    return BackgroundServer(command, port).__enter__()


def start_lan_server(folder: Path, data: Path, port: int, *extra: str,
                     open_files: int | None = None) -> tuple[BackgroundServer, str, str]:
    """`csec serve --lan`: the server, the join URL and the room."""
    server = start_server(folder, data, port, "--lan", *extra, open_files=open_files)
    for _ in range(100):
        joined = re.search(r"Participants join at (http://\S+/join/(\w+))", server.log.read_text())
        if joined:
            return server, joined.group(1), joined.group(2)
        time.sleep(0.2)
    server.stop()
    raise AssertionError(server.log.read_text())


@pytest.fixture(scope="module", autouse=True)
def network(playwright_driver):
    """The room's network for every test here (Playwright already started outside it, for the other modules)."""
    with ExitStack() as stack:
        try:
            network = stack.enter_context(room_network())
        except NoPrivateNetwork as missing:
            if REQUIRE_ROOM_NETWORK:
                pytest.fail(str(missing))
            pytest.skip(str(missing))
        yield network


@pytest.fixture(scope="module")
def network_address(network) -> str:
    return network.address
