"""`csec serve --lan`: phones on the local network reach the join page and answers, never the slides."""

import re
import sys
import time
import urllib.error
import urllib.request

import pytest

from csec.errors import CsecError
from csec.group.room import local_network_address
from csec.group.store import AnswerStore
from tests.serving import BackgroundServer, free_port


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture(scope="module")
def lan_server(tmp_path_factory, chromium_executable):
    try:
        address = local_network_address()
    except CsecError as missing:
        pytest.skip(str(missing))
    data = tmp_path_factory.mktemp("data")
    port = free_port()
    command = [sys.executable, "-m", "csec", "serve", "--port", str(port), "--lan", "--data", str(data),
               "--no-preheat"]
    with BackgroundServer(command, port) as server:
        for _ in range(100):
            joined = re.search(r"Participants join at (http://\S+/join/(\w+))", server.log.read_text())
            if joined:
                break
            time.sleep(0.2)
        assert joined, server.log.read_text()
        yield server, address, port, joined.group(1), joined.group(2), data


def test_the_join_page_is_on_the_network_and_the_slides_are_not(lan_server):
    server, address, port, join_url, room, data = lan_server
    assert join_url == f"http://{address}:{port}/join/{room}"
    assert status_of(join_url) == 200
    assert status_of(f"http://{address}:{port}/voila/render/index.ipynb") == 404
    assert status_of(f"http://{address}:{port}/") == 404
    assert status_of(f"http://{address}:{port}/join/WRONG1") == 404
    assert status_of(f"{server.url}/voila/render/index.ipynb") == 200  # the facilitator's own screen
    assert AnswerStore.in_folder(data).room_exists(room)


def test_without_lan_nothing_listens_on_the_network(server_url):
    port = int(server_url.rsplit(":", 1)[1])
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://{local_network_address()}:{port}/", timeout=5)
