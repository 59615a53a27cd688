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
from tests.presenting import WIDGET_TIMEOUT_MS, go_to_slide_showing, open_session, present_slide
from tests.serving import BackgroundServer, free_port

POLL_QUESTION = "Which protective factor could you most easily help build"


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


@pytest.mark.browser
def test_three_phones_answer_a_poll_and_the_facilitator_sees_the_results(lan_server, browser):
    server, _address, _port, join_url, room, _data = lan_server
    facilitator = browser.new_context(viewport={"width": 1280, "height": 720})
    phones = [browser.new_context(viewport={"width": 390, "height": 800}) for _phone in range(3)]
    try:
        slides = facilitator.new_page()
        open_session(slides, server.url, 3)
        join = go_to_slide_showing(slides, f"Room code: {room}")
        assert join.locator(".csec-join-code svg").is_visible() and join_url in join.inner_text()
        phone_pages = [phone.new_page() for phone in phones]
        for page in phone_pages:
            page.goto(join_url)
            page.get_by_text("No question is open.").wait_for()
        poll = go_to_slide_showing(slides, POLL_QUESTION)
        poll.get_by_role("button", name="Open on phones").click()
        poll.get_by_text("Open on phones: 0 answers so far.").wait_for(timeout=WIDGET_TIMEOUT_MS)
        for page, option in zip(phone_pages, ("Being a trusted adult", "Being a trusted adult", "I'm not sure yet")):
            page.get_by_role("button", name=re.compile(re.escape(option))).click(timeout=5000)  # shown within 1 s
            page.get_by_text("Thank you: your answer is in.").wait_for()
        poll.get_by_text("Open on phones: 3 answers so far.").wait_for(timeout=10_000)  # refreshed every second
        results = poll.locator(".csec-poll-results").inner_text()
        assert "2 (67%)" in results and "1 (33%)" in results
        poll.get_by_role("button", name="Close answers").click()
        phone_pages[0].get_by_text("No question is open.").wait_for(timeout=5000)
        assert "Closed on phones: 3 answers" in present_slide(slides).inner_text()
    finally:
        for context in (facilitator, *phones):
            context.close()
