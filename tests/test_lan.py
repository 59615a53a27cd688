"""`csec serve --lan`: phones on the local network reach the join page and answers, never the slides.

The room's network is the tests' own (tests/lan_serving.py): every request here goes to loopback or to the
made-up address inside a network namespace the module makes."""

import http.client
import json
import re
import shutil
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from sqlalchemy import text

from csec.browser import CHROMIUM_FLAGS
from csec.group.device_tokens import DeviceTokens
from csec.group.participant_api import DEVICE_COOKIE
from csec.group.store import AnswerStore, device_key
from harness.background_server import free_port
from tests.command_line import assert_one_clear_line, call_csec
from tests.lan_serving import network, network_address, start_lan_server, start_server, status_of  # noqa: F401
from tests.presenting import WIDGET_TIMEOUT_MS, go_to_slide_showing, open_session, present_slide

POLL_QUESTION = "Which protective factor could you most easily help build"
FOLLOW_SECONDS = 1.0  # slide change to the phone's screen (the server answers a following phone when it changes)


@pytest.fixture(scope="module")
def room_browser(playwright_driver, chromium_executable, network, tmp_path_factory):
    """A Chromium inside the room's network: the facilitator's screen on its loopback, the phones on its Wi-Fi."""
    executable = network.chromium_inside(chromium_executable, tmp_path_factory.mktemp("chromium"))
    launched = playwright_driver.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
    yield launched
    launched.close()


@contextmanager
def facilitator_and_phones(browser, phones: int | list[str]):
    """The facilitator's screen at the projector's size and phones' screens (as many, or one per browser
    language), closed afterwards."""
    languages = phones if isinstance(phones, list) else [None] * phones
    contexts = [browser.new_context(viewport={"width": 1280, "height": 720}),
                *(browser.new_context(viewport={"width": 390, "height": 800}, locale=language)
                  for language in languages)]
    try:
        yield contexts[0], contexts[1:]
    finally:
        for context in contexts:
            context.close()


@pytest.fixture(scope="module")
def lan_server(tmp_path_factory, network_address, served_folder):
    data = tmp_path_factory.mktemp("data")
    port = free_port()
    server, join_url, room = start_lan_server(served_folder, data, port)
    with server:
        yield server, network_address, port, join_url, room, data


def test_the_join_page_is_on_the_network_and_the_slides_are_not(lan_server):
    server, address, port, join_url, room, data = lan_server
    assert join_url == f"http://{address}:{port}/join/{room}"
    assert status_of(join_url) == 200
    assert status_of(f"http://{address}:{port}/voila/render/index.ipynb") == 404
    assert status_of(f"http://{address}:{port}/") == 404
    assert status_of(f"http://{address}:{port}/join/WRONG1") == 404
    assert status_of(f"{server.url}/voila/render/index.ipynb") == 200  # the facilitator's own screen
    assert AnswerStore.in_folder(data).room_exists(room)


def test_without_lan_nothing_listens_on_the_network(network_address, served_folder, tmp_path):
    port = free_port()
    with start_server(served_folder, tmp_path, port) as server:
        assert status_of(f"{server.url}/voila/render/index.ipynb") == 200
        assert facilitator_request(server.url, "GET", "/csec/room") == (200, {"room": None})
        with pytest.raises(urllib.error.URLError):
            urllib.request.urlopen(f"http://{network_address}:{port}/", timeout=5)


@pytest.mark.browser
def test_three_phones_answer_a_poll_and_the_facilitator_sees_the_results(lan_server, room_browser):
    server, _address, _port, join_url, room, _data = lan_server
    with facilitator_and_phones(room_browser, 3) as (facilitator, phones):
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


@pytest.fixture(scope="module")
def bilingual_folder(tmp_path_factory, served_folder) -> Path:
    """The served curriculum with a Spanish translation of its polls (marked "ES: "; the rest stays English)."""
    root = tmp_path_factory.mktemp("bilingual")
    for folder in ("content", "notebooks", "facilitator_guide"):
        shutil.copytree(served_folder / folder, root / folder)
    polls = yaml.safe_load((root / "content" / "items" / "polls.yaml").read_text("utf-8"))
    for poll in polls["polls"]:
        poll["question"] = f"ES: {poll['question']}"
        poll["options"] = [f"ES: {option}" for option in poll["options"]]
    spanish = root / "content" / "languages" / "es" / "items"
    spanish.mkdir(parents=True, exist_ok=True)
    (spanish / "polls.yaml").write_text(yaml.safe_dump(polls, allow_unicode=True, sort_keys=False), "utf-8")
    return root


@pytest.mark.browser
def test_a_spanish_phone_and_an_english_phone_answer_the_same_poll(room_browser, bilingual_folder, tmp_path):
    port = free_port()
    server, join_url, _room = start_lan_server(bilingual_folder, tmp_path, port)
    with server, facilitator_and_phones(room_browser, ["es-MX", "en-US"]) as (facilitator, phones):
        slides = facilitator.new_page()
        open_session(slides, server.url, 3)  # the slides in English
        poll = go_to_slide_showing(slides, POLL_QUESTION)
        poll.get_by_role("button", name="Open on phones").click()
        poll.get_by_text("Open on phones: 0 answers so far.").wait_for(timeout=WIDGET_TIMEOUT_MS)
        spanish, english = (phone.new_page() for phone in phones)
        for page in (spanish, english):
            page.goto(join_url)
        spanish.get_by_text(f"ES: {POLL_QUESTION}").wait_for(timeout=5000)
        assert spanish.locator("html").get_attribute("lang") == "es"
        assert spanish.get_by_role("heading", level=1).inner_text() == "Responder de forma anónima"
        spanish.get_by_role("button", name=re.compile("^ES: Being a trusted adult")).click(timeout=5000)
        spanish.get_by_text("Gracias: su respuesta quedó registrada.").wait_for()
        english.get_by_text(POLL_QUESTION).wait_for(timeout=5000)
        assert "ES:" not in english.locator("main").inner_text()
        english.get_by_role("button", name=re.compile("^Being a trusted adult")).click(timeout=5000)
        english.get_by_text("Thank you: your answer is in.").wait_for()
        poll.get_by_text("Open on phones: 2 answers so far.").wait_for(timeout=10_000)
        assert "2 (100%)" in poll.locator(".csec-poll-results").inner_text()  # counted together


PRIVATE_ANSWER = "My cousin Jo gets gifts from a man, his number is 555 201 3344"
ROOM_QUESTION = "What should I do if a friend will not talk to anyone?"


@pytest.mark.browser
def test_a_written_answer_reaches_the_projector_only_once_the_facilitator_approves_it(
        room_browser, served_folder, tmp_path, curriculum):
    port = free_port()
    server, join_url, _room = start_lan_server(served_folder, tmp_path, port, "--written-answers")
    with server, facilitator_and_phones(room_browser, 2) as (facilitator, phones):
        slides = facilitator.new_page()
        open_session(slides, server.url, 6)
        box = go_to_slide_showing(slides, " ".join(curriculum.item("question_box", "questions-for-us")["prompt"]
                                                   .split())[:40])
        box.get_by_role("button", name="Open on phones").click()
        box.get_by_text("Open on phones: 0 answers so far.").wait_for(timeout=WIDGET_TIMEOUT_MS)
        slides_in_deck = slides.evaluate("Reveal.getTotalSlides()")
        with slides.expect_popup() as popup:
            slides.keyboard.press("s")
        review = popup.value.locator("#notes .csec-review")
        for phone, words in zip(phones, (PRIVATE_ANSWER, ROOM_QUESTION)):
            page = phone.new_page()
            page.goto(join_url)
            page.get_by_label(re.compile("Your answer")).fill(words, timeout=5000)
            page.get_by_role("button", name="Send").click()
            page.get_by_text("Thank you: your answer is in.").wait_for()
        box.get_by_text("2 answers so far, 2 waiting for your review").wait_for(timeout=10_000)
        private = review.locator("li", has_text=PRIVATE_ANSWER)
        private.wait_for(timeout=5000)  # the speaker view follows the notes every second
        assert "Check first: may name someone, a phone number" in private.inner_text()
        assert slides.evaluate("Reveal.getTotalSlides()") == slides_in_deck  # the review list is not a slide
        assert box.get_by_role("button", name="Show the answers").is_disabled()
        review.locator("li", has_text=ROOM_QUESTION).get_by_role("button", name="Show to the room").click()
        box.get_by_text("2 answers so far, 1 waiting").wait_for(timeout=10_000)
        box.get_by_role("button", name="Show the answers").click()
        box.locator(".csec-written-answers").get_by_text(ROOM_QUESTION).wait_for(timeout=10_000)
        assert PRIVATE_ANSWER not in slides.locator(".reveal").inner_text()  # what the projector shows
        private.get_by_role("button", name="Remove").click()
        box.get_by_text("1 answer so far.").wait_for(timeout=10_000)
        private.wait_for(state="detached", timeout=5000)
        assert PRIVATE_ANSWER not in slides.content() and PRIVATE_ANSWER not in popup.value.content()


def facilitator_request(server_url: str, method: str, path: str, body: object = None,
                        origin: str | None = "") -> tuple[int, dict]:
    """A request to the slides' own server, as its pages send them (``origin``: another, or None for none)."""
    host, port = server_url.removeprefix("http://").split(":")
    headers = {"Content-Type": "application/json"}
    if origin is not None:
        headers["Origin"] = origin or server_url
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = connection.getresponse()
        reply = response.read()
        return response.status, json.loads(reply) if reply else {}
    finally:
        connection.close()


def test_the_rooms_memory_takes_posts_only_from_the_slides_own_pages(lan_server):
    server, _address, _port, _join_url, room, _data = lan_server
    assert facilitator_request(server.url, "GET", "/csec/room") == (
        200, {"room": room, "following": False, "signals": {"pause": 0, "talk": 0}})
    for foreign in ("http://evil.example", None):  # another site's page, or a request that names no origin
        status, reply = facilitator_request(server.url, "POST", "/csec/room/signals/seen", {"seen": "pause"}, foreign)
        assert (status, reply) == (403, {"error": "Only the slides' own pages may send this."})
    assert facilitator_request(server.url, "POST", "/csec/room/signals/seen", {"seen": "nap"})[0] == 400
    assert facilitator_request(server.url, "POST", "/csec/room/slide", {"blocks": []}) == (
        404, {"error": "Phones do not follow the slides in this room."})  # started without --follow-slides


FOLLOWED_SLIDES = 6  # slides walked, one after another


def heading_and_notes(slides) -> tuple[str, list[str]]:
    """The shown slide's heading and its speaker notes, as the page holds them."""
    return slides.evaluate("""() => {
        const slide = Reveal.getCurrentSlide(), heading = slide.querySelector("h1, h2, h3").cloneNode(true);
        heading.querySelectorAll("a.anchor-link").forEach(a => a.remove());
        return [heading.textContent.trim(),
                [...slide.querySelectorAll("aside.notes")].map(n => n.textContent.replace(/\\s+/g, " ").trim())];
    }""")


@pytest.mark.browser
def test_phones_follow_the_slides_without_a_note_and_signal_the_facilitator_privately(
        room_browser, served_folder, tmp_path):
    port = free_port()
    server, join_url, room = start_lan_server(served_folder, tmp_path, port, "--follow-slides")
    with server, facilitator_and_phones(room_browser, 2) as (facilitator, phones):
        slides = facilitator.new_page()
        open_session(slides, server.url, 1)
        phone_pages = [phone.new_page() for phone in phones]
        for page in phone_pages:
            page.goto(join_url)
        screen = phone_pages[0].locator("#slide-text")
        delays, notes_seen = [], 0
        for _slide in range(FOLLOWED_SLIDES):
            heading, notes = heading_and_notes(slides)
            shown = time.monotonic()
            screen.get_by_text(heading, exact=True).wait_for(timeout=10_000)
            delays.append(time.monotonic() - shown)
            on_the_phone = " ".join(screen.inner_text().split())
            for note in filter(None, notes):
                notes_seen += 1
                assert note[:60] not in on_the_phone, f"a speaker note reached the phones: {note[:60]}"
            slides.keyboard.press("ArrowRight")
            slides.wait_for_function(f"() => !Reveal.getCurrentSlide().textContent.includes({json.dumps(heading)})")
        assert notes_seen >= 2  # slides with notes were walked
        assert max(delays) < FOLLOW_SECONDS, f"slide text reached the phone after {max(delays):.2f} s"

        with slides.expect_popup() as popup:
            slides.keyboard.press("s")
        speaker = popup.value
        signals = speaker.locator("#signals")
        signals.get_by_text("0 people asked for a pause.").wait_for(timeout=10_000)
        phone_pages[0].get_by_role("button", name="I need a pause").click()
        phone_pages[0].get_by_text("Sent. The facilitator sees that someone would like a pause, never who.").wait_for()
        for button in ("I need a pause", "I would like to talk to someone afterwards"):
            phone_pages[1].get_by_role("button", name=button).click()
        signals.get_by_text("2 people asked for a pause.").wait_for(timeout=10_000)
        signals.get_by_text("1 person would like to talk to someone afterwards.").wait_for(timeout=10_000)
        assert " ".join(signals.inner_text().split()) == (
            "From the phones, privately 2 people asked for a pause. Done: we had a break "
            "1 person would like to talk to someone afterwards. Done: I said where to find me")  # counts, never who
        signals.get_by_role("button", name="Done: we had a break").click()
        signals.get_by_text("0 people asked for a pause.").wait_for(timeout=10_000)
        assert AnswerStore.in_folder(tmp_path).answers(room) == []  # nothing of it kept with the answers


def post_answer(address: str, port: int, room: str, device: str, question: str) -> int:
    connection = http.client.HTTPConnection(address, port, timeout=10)
    connection.request("POST", f"/api/rooms/{room}/answers", body=json.dumps({"question": question, "option": 1}),
                       headers={"Content-Type": "application/json", "Cookie": f"{DEVICE_COOKIE}={device}"})
    status = connection.getresponse().status
    connection.close()
    return status


def test_a_server_killed_during_a_burst_of_answers_comes_back_with_every_acknowledged_one(
        tmp_path, network_address, served_folder):
    port, question = free_port(), "poll:confidence-recognizing-signs"
    server, _join_url, room = start_lan_server(served_folder, tmp_path, port)
    store = AnswerStore.in_folder(tmp_path)
    store.open_question(room, question, options=4)
    tokens = DeviceTokens(room, store.room_secret(room))  # as the join page signs them, for phones at one address
    acknowledged: list[str] = []

    def phones_answering() -> None:
        for device in (tokens.issue() for _n in range(10_000)):
            try:
                if post_answer(network_address, port, room, device, question) == 201:
                    acknowledged.append(device)
            except OSError:  # the server is gone
                return

    burst = [threading.Thread(target=phones_answering) for _thread in range(4)]
    for thread in burst:
        thread.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 100 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.process.kill()  # SIGKILL: no chance to flush or close anything
    server.process.wait()
    for thread in burst:
        thread.join(30)
    server, _join_url, again = start_lan_server(served_folder, tmp_path, port, "--room", room)
    with server:
        assert again == room
        store = AnswerStore.in_folder(tmp_path)
        with store.engine.connect() as connection:
            stored = set(connection.execute(text("SELECT device FROM answers WHERE room = :room"), {"room": room})
                         .scalars())
        assert {device_key(room, device) for device in acknowledged} <= stored
        # A phone that reconnects sees the open question, and its answer from before the kill still counts.
        with urllib.request.urlopen(f"http://{network_address}:{port}/api/rooms/{room}/question") as response:
            assert json.load(response)["question"] == question
        assert post_answer(network_address, port, room, acknowledged[0], question) == 409
        assert post_answer(network_address, port, room, tokens.issue(), question) == 201


def test_room_options_without_lan_or_an_unknown_room_are_refused_in_one_line(tmp_path, network_address):
    assert_one_clear_line(call_csec("serve", "--room", "ABC234", "--port", str(free_port())),
                          "--room, --written-answers and --follow-slides are for group mode", "add --lan")
    assert_one_clear_line(call_csec("serve", "--lan", "--room", "NOROOM", "--data", str(tmp_path),
                                   "--port", str(free_port())),
                          "--room NOROOM: no such room", "leave out --room to start a new one")
    assert_one_clear_line(call_csec("serve", "--lan", "--database", "nonsense", "--port", str(free_port())),
                          "answer store nonsense: cannot open it", "check --database or --data")
