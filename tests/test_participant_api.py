"""Group mode's participant page and API, over real HTTP: join, answer, refusals with a clear 4xx.

The Tornado server runs in a thread with its own event loop, so these tests
run alongside the browser tests (whose driver keeps a loop in the main thread).
Like the store's tests, they run on SQLite, and on PostgreSQL too when
CSEC_TEST_DATABASE_URL names one.
"""

import asyncio
import http.client
import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from csec.group.participant_api import (
    DEVICE_COOKIE,
    MAX_BODY_BYTES,
    NEW_DEVICES_PER_ADDRESS,
    Limits,
    RateLimiter,
)
from csec.group.room import participant_server
from csec.group.room_memory import RoomMemory
from csec.group.store import MAX_TEXT_LENGTH, WRITTEN, AnswerStore
from harness.background_server import free_port

QUESTIONS = {"poll:confidence": {"text": "How confident do you feel?", "options": ["Not at all", "Very"]}}
SPANISH = {"poll:confidence": {"text": "¿Qué tan seguro se siente?", "options": ["Nada", "Muy"]}}


class ParticipantServer:
    """The participant routes on a free local port, served from a background thread."""

    def __init__(self, store: AnswerStore, limits: Limits, memory: RoomMemory | None = None):
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        started = threading.Event()

        def serve():
            asyncio.set_event_loop(self.loop)
            # as `csec serve --lan` builds it for English slides and a Spanish translation
            server = participant_server(store, {"en": QUESTIONS.get, "es": SPANISH.get}, limits, memory)
            server.listen(self.port, "127.0.0.1")
            started.set()
            self.loop.run_forever()
            server.stop()

        self.thread = threading.Thread(target=serve, daemon=True)
        self.thread.start()
        started.wait(10)

    def request(self, method: str, path: str, body: bytes | None = None, cookie: str = "", **headers: str) -> tuple:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        headers = {"Content-Type": "application/json", **({"Cookie": cookie} if cookie else {}), **headers}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        result = response.status, response.read(), response.headers
        connection.close()
        return result

    def stop(self):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def api(answer_store_url):
    store = AnswerStore(answer_store_url)
    # Many phones, all from 127.0.0.1 here: as many new devices as the tests need from one address.
    server = ParticipantServer(store, Limits(store, RateLimiter(limit=50, window=10), joins=RateLimiter(1000, 60)))
    server.store, server.room = store, store.create_room()
    yield server
    server.stop()
    store.engine.dispose()


@pytest.fixture
def followed(answer_store_url):
    """A room whose phones follow the slides, with the memory it shares with the facilitator's screen."""
    store = AnswerStore(answer_store_url)
    room = store.create_room()
    memory = RoomMemory(room, follow_slides=True)
    server = ParticipantServer(store, Limits(store, RateLimiter(limit=50, window=10), joins=RateLimiter(1000, 60)),
                               memory)
    server.store, server.room, server.memory = store, room, memory
    yield server
    server.stop()
    store.engine.dispose()


def join(api) -> str:
    status, _body, headers = api.request("GET", f"/join/{api.room}")
    assert status == 200 and "HttpOnly" in headers["Set-Cookie"]
    return headers["Set-Cookie"].split(";")[0]


def answer(api, cookie: str, body) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    status, reply, _headers = api.request("POST", f"/api/rooms/{api.room}/answers", data, cookie)
    return status, json.loads(reply)


def current(api) -> dict:
    return json.loads(api.request("GET", f"/api/rooms/{api.room}/question")[1])


def test_join_page_is_plain_local_html_naming_the_room(api):
    status, body, headers = api.request("GET", f"/join/{api.room}")
    page = body.decode()
    assert status == 200 and f"Room {api.room}" in page
    assert "http" not in page  # nothing is fetched from anywhere else
    assert f"{DEVICE_COOKIE}=" in headers["Set-Cookie"]


def test_phones_see_the_open_question_and_their_answers_are_counted(api):
    assert current(api) == {"question": None}
    api.store.open_question(api.room, "poll:confidence", options=2)
    assert current(api) == {"question": "poll:confidence", **QUESTIONS["poll:confidence"]}
    for _phone in range(3):
        assert answer(api, join(api), {"question": "poll:confidence", "option": 1}) == (201, {"ok": True})
    assert api.store.counts(api.room, "poll:confidence", 2) == [0, 3]


def test_duplicate_and_closed_answers_are_refused_with_409(api):
    api.store.open_question(api.room, "poll:confidence", options=2)
    cookie = join(api)
    answer(api, cookie, {"question": "poll:confidence", "option": 0})
    assert answer(api, cookie, {"question": "poll:confidence", "option": 1}) == (
        409, {"error": "This device has already answered this question."})
    api.store.close_question(api.room, "poll:confidence")
    assert answer(api, join(api), {"question": "poll:confidence", "option": 1}) == (
        409, {"error": "This question is not open for answers."})
    assert api.store.counts(api.room, "poll:confidence", 2) == [1, 0]


def test_a_room_code_typed_in_lower_case_is_the_same_room(api):
    status, body, headers = api.request("GET", f"/join/{api.room.lower()}")
    assert status == 200 and f"Room {api.room}" in body.decode()
    api.store.open_question(api.room, "poll:confidence", options=2)
    cookie = headers["Set-Cookie"].split(";")[0]
    status, reply, _headers = api.request("POST", f"/api/rooms/{api.room.lower()}/answers",
                                          json.dumps({"question": "poll:confidence", "option": 1}).encode(), cookie)
    assert status == 201 and api.store.counts(api.room, "poll:confidence", 2) == [0, 1]


def test_the_join_page_runs_no_inline_code_and_its_policy_allows_none(api):
    status, body, headers = api.request("GET", f"/join/{api.room}")
    page = body.decode()
    policy = headers["Content-Security-Policy"]
    assert status == 200 and "unsafe-inline" not in policy and policy.startswith("default-src 'self'")
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/join-static/join.js">']
    assert "<style" not in page and not re.search(r"<[^>]+\s(style|on\w+)=", page)  # no inline style or handler
    for name, kind in (("join.js", "javascript"), ("join.css", "text/css")):
        status, body, headers = api.request("GET", f"/join-static/{name}")
        assert status == 200 and kind in headers["Content-Type"] and body
    assert api.request("GET", "/join-static/join.html")[0] == 404  # the template itself is not served


def test_the_join_page_cannot_be_framed_by_another_page(api):
    _status, _body, headers = api.request("GET", f"/join/{api.room}")
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"] and headers["X-Frame-Options"] == "DENY"


def test_a_wrong_room_code_is_refused_for_every_request(api):
    for method, path in (("GET", "/join/WRONG1"), ("GET", "/api/rooms/WRONG1/question"),
                         ("POST", "/api/rooms/WRONG1/answers")):
        status, body, _headers = api.request(method, path, b"{}" if method == "POST" else None)
        assert status == 404
        assert "no session with this room code" in json.loads(body)["error"]


def test_malformed_oversized_and_cookieless_answers_are_refused(api):
    api.store.open_question(api.room, "poll:confidence", options=2)
    cookie = join(api)
    for body in (b"not json", b"[1, 2]", {"question": "poll:confidence"}, {"question": 5, "option": 0},
                 {"question": "poll:confidence\u0000", "option": 0},  # a NUL: a 500 on PostgreSQL
                 b"[" * 1000 + b"]" * 1000,  # nested past Python's recursion limit
                 b'{"question": "poll:confidence\\ud800", "option": 0}'):  # a lone surrogate: no UTF-8 for it
        assert answer(api, cookie, body) == (400, {"error": "That answer could not be read."})
    padded = {"question": "poll:confidence", "option": 0, "padding": "x" * MAX_BODY_BYTES}
    assert answer(api, cookie, padded) == (413, {"error": "That answer is too large."})
    assert answer(api, "", {"question": "poll:confidence", "option": 0}) == (
        400, {"error": "Open the join page first, then answer."})
    assert answer(api, cookie, {"question": "poll:confidence", "option": 7})[0] == 409
    assert api.store.answers(api.room) == []


def test_refusals_stay_out_of_the_facilitators_terminal_and_answers_do_not(api, caplog):
    api.store.open_question(api.room, "poll:confidence", options=2)
    with caplog.at_level(logging.INFO, logger="tornado.access"):
        cookie = join(api)
        for _attempt in range(3):
            answer(api, cookie, {"question": "poll:confidence", "option": 1})  # a 201, then two 409s
        answer(api, cookie, b"not json")  # a 400
        for _request in range(2):  # the server logs a request as it finishes it: the last one is a barrier
            current(api)
    logged = [" ".join(record.getMessage().split()[:3]) for record in caplog.records if record.name == "tornado.access"]
    assert logged[:3] == [f"200 GET /join/{api.room}", f"201 POST /api/rooms/{api.room}/answers",
                          f"200 GET /api/rooms/{api.room}/question"], logged


def test_a_device_that_sends_too_much_is_slowed_down(tmp_path):  # the limit is in memory: SQLite is enough
    store = AnswerStore(f"sqlite:///{tmp_path / 'answers.sqlite3'}")
    server = ParticipantServer(store, Limits(store, RateLimiter(limit=3, window=60)))
    server.store, server.room = store, store.create_room()
    try:
        cookie = join(server)
        statuses = [server.request("GET", f"/api/rooms/{server.room}/question", cookie=cookie)[0] for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        body = server.request("GET", f"/api/rooms/{server.room}/question", cookie=cookie)[1]
        assert "Wait a few seconds" in json.loads(body)["error"]
    finally:
        server.stop()


def test_a_written_answer_reaches_the_store_only_where_writing_is_on(api):
    api.store.open_question(api.room, "poll:confidence", options=2)
    cookie = join(api)
    assert answer(api, cookie, {"question": "poll:confidence", "text": "hello"}) == (
        409, {"error": "That is not one of the options."})
    writing = api.store.create_room(free_text=True)
    api.store.open_question(writing, "question_box:ask", options=WRITTEN)
    api.room = writing
    cookie = join(api)
    assert answer(api, cookie, {"question": "question_box:ask", "text": "<script>x</script>"}) == (201, {"ok": True})
    assert answer(api, join(api), {"question": "question_box:ask", "text": "x" * (MAX_TEXT_LENGTH + 1)}) == (
        409, {"error": f"An answer can be at most {MAX_TEXT_LENGTH} characters."})
    for unreadable in ("a\u0000b", "a\ud800b"):  # a NUL is a 500 on PostgreSQL, a lone surrogate on both
        assert answer(api, join(api), {"question": "question_box:ask", "text": unreadable}) == (
            400, {"error": "That answer could not be read."})
    assert [a.text for a in api.store.answers_to_review(writing, "question_box:ask")] == ["<script>x</script>"]


def test_a_script_that_makes_up_or_renews_its_cookie_adds_only_a_few_answers(answer_store_url):
    """As the room's Wi-Fi could: made-up cookies count for nothing, and one address gets a few tokens an hour."""
    store = AnswerStore(answer_store_url)
    server = ParticipantServer(store, Limits(store))  # the limits `csec serve --lan` uses
    server.store, server.room = store, store.create_room()
    try:
        store.open_question(server.room, "poll:confidence", options=2)
        added, refused = 0, []
        for _attempt in range(20):  # a new token from the join page before every answer
            status, reply, headers = server.request("GET", f"/join/{server.room}")
            if status == 429:
                refused.append(json.loads(reply)["error"])
                continue
            cookie = headers["Set-Cookie"].split(";")[0]
            added += answer(server, cookie, {"question": "poll:confidence", "option": 1})[0] == 201
        assert added == NEW_DEVICES_PER_ADDRESS
        assert refused == ["Too many new devices from this address. Use the page you opened first."] * (20 - added)
        made_up = [answer(server, f"{DEVICE_COOKIE}=made-up-{n}.0123", {"question": "poll:confidence", "option": 1})
                   for n in range(5)]
        assert made_up == [(400, {"error": "Open the join page first, then answer."})] * 5
        assert store.counts(server.room, "poll:confidence", 2) == [0, NEW_DEVICES_PER_ADDRESS]
    finally:
        server.stop()
        store.engine.dispose()


def test_a_token_signed_for_another_room_is_no_token_here(api):
    api.store.open_question(api.room, "poll:confidence", options=2)
    cookie = join(api)
    other = api.store.create_room()
    api.store.open_question(other, "poll:confidence", options=2)
    status, reply, _headers = api.request("POST", f"/api/rooms/{other}/answers",
                                          json.dumps({"question": "poll:confidence", "option": 0}).encode(), cookie)
    assert status == 400 and json.loads(reply)["error"] == "Open the join page first, then answer."


def test_the_limiters_memory_stays_bounded_under_ten_thousand_made_up_tokens():
    limiter = RateLimiter(limit=5, window=10, capacity=1000, clock=lambda: 0.0)
    for token in range(10_000):
        assert limiter.allow(f"token-{token}")
    assert len(limiter.recent) == 1000 and "token-9999" in limiter.recent and "token-0" not in limiter.recent
    for _request in range(5):
        limiter.allow("one-phone")
    assert not limiter.allow("one-phone")  # the limit still holds for a key it remembers


@contextmanager
def write_lock_held_by_another_program(url: str) -> Iterator[None]:
    """The answers' write lock, held by another connection (another program, for the server) until the block ends."""
    if url.startswith("sqlite"):
        locker = sqlite3.connect(make_url(url).database, isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        return
    other = create_engine(url)
    with other.connect() as connection:
        connection.execute(text("LOCK TABLE answers IN EXCLUSIVE MODE"))
        try:
            yield
        finally:
            connection.rollback()
    other.dispose()


def test_a_store_locked_by_another_process_is_a_503_and_the_server_keeps_answering(answer_store_url):
    """Another program holding the store's write lock: the answer waits briefly, then "busy"; meanwhile other
    phones are served at once (store calls are off the event loop)."""
    store = AnswerStore(answer_store_url)
    limits = Limits(store)
    server = ParticipantServer(store, limits)
    server.store, server.room = store, store.create_room()
    store.open_question(server.room, "poll:confidence", options=2)
    cookie = join(server)
    device = cookie.split("=", 1)[1]
    with write_lock_held_by_another_program(answer_store_url):
        replies = []
        posting = threading.Thread(target=lambda: replies.append(
            answer(server, cookie, {"question": "poll:confidence", "option": 1})))
        posting.start()
        for _look in range(3000):  # until the server has taken the answer in (the device's first request)
            if limits.requests.recent.get(device):
                break
            time.sleep(0.01)
        assert current(server)["question"] == "poll:confidence"  # another phone, served while the answer waits
        assert replies == []
        posting.join(30)
        assert replies == [(503, {"error": "The answers are busy right now. Try again in a moment."})]
    assert answer(server, cookie, {"question": "poll:confidence", "option": 1}) == (201, {"ok": True})
    server.stop()
    store.engine.dispose()


def signal(api, cookie: str, body) -> tuple[int, dict]:
    status, reply, _headers = api.request("POST", f"/api/rooms/{api.room}/signals", json.dumps(body).encode(), cookie)
    return status, json.loads(reply)


def test_private_signals_are_counted_once_per_device_and_never_stored(followed):
    first, second = join(followed), join(followed)
    assert signal(followed, first, {"signal": "pause"}) == (201, {"ok": True})
    assert signal(followed, first, {"signal": "pause"}) == (201, {"ok": True})  # the same phone again
    assert signal(followed, second, {"signal": "pause"})[0] == 201
    assert signal(followed, second, {"signal": "talk"})[0] == 201
    assert followed.memory.signal_counts() == {"pause": 2, "talk": 1}
    assert followed.store.answers(followed.room) == []  # nothing of it in the answer store
    followed.memory.seen("pause")
    assert followed.memory.signal_counts() == {"pause": 0, "talk": 1}


def test_a_signal_without_a_token_or_of_an_unknown_kind_is_refused(followed):
    assert signal(followed, "", {"signal": "pause"}) == (400, {"error": "Open the join page first, then send."})
    assert signal(followed, join(followed), {"signal": "leave"}) == (400, {"error": "A signal is one of: pause, talk."})
    assert followed.memory.signal_counts() == {"pause": 0, "talk": 0}


def slide_after(api, version: int) -> tuple[int, dict]:
    status, reply, _headers = api.request("GET", f"/api/rooms/{api.room}/slide?after={version}")
    return status, json.loads(reply)


def show_on_the_projector(server, blocks: list[dict]) -> None:
    """The slide the facilitator's page posts, shown on the server's own event loop as the slides' server does."""
    async def show():
        server.memory.show_slide(blocks)
    asyncio.run_coroutine_threadsafe(show(), server.loop).result(10)


def test_phones_get_the_slide_only_where_the_room_follows_the_slides(followed, api):
    assert slide_after(followed, -1) == (200, {"version": 0, "slide": []})  # nothing shown yet: at once
    signs = [{"kind": "heading", "text": "Signs together"}]
    show_on_the_projector(followed, signs)
    assert slide_after(followed, 0) == (200, {"version": 1, "slide": signs})
    assert "slide" not in current(followed)  # the question's poll stays small
    assert slide_after(api, -1) == (404, {"error": "Phones do not follow the slides in this room."})
    assert b" data-following" in followed.request("GET", f"/join/{followed.room}")[1]  # the page asks for slides
    assert b" data-following" not in api.request("GET", f"/join/{api.room}")[1]
    status, reply, _headers = followed.request("GET", f"/api/rooms/{followed.room}/slide?after=one")
    assert (status, json.loads(reply)) == (
        400, {"error": "after= is the version of the slide this phone shows, a whole number."})


def test_a_following_phone_is_answered_the_moment_the_slide_changes_and_not_before():
    async def scenario():
        memory, signs = RoomMemory("ROOM", follow_slides=True), [{"kind": "heading", "text": "Signs together"}]
        waiting = asyncio.create_task(memory.slide_after(0, wait=60))
        await asyncio.sleep(0)  # the phone's request is in and waits
        assert not waiting.done()
        memory.show_slide(signs)
        assert await asyncio.wait_for(waiting, 5) == (1, signs)
        again = asyncio.create_task(memory.slide_after(1, wait=60))
        await asyncio.sleep(0)
        memory.show_slide(list(signs))  # the page posts the same slide again (a timer ticked elsewhere)
        await asyncio.sleep(0)
        assert not again.done() and memory.slide_version == 1  # no change: no phone woken
        again.cancel()
        assert await asyncio.wait_for(memory.slide_after(0, wait=60), 5) == (1, signs)  # a phone behind: at once
        assert await memory.slide_after(1, wait=0.01) == (1, signs)  # nothing new: the same, when the wait ends
    with ThreadPoolExecutor(1) as thread:  # its own event loop (the browser tests' driver keeps one in this thread)
        thread.submit(asyncio.run, scenario()).result(30)


def test_signals_and_the_slide_belong_to_this_servers_own_room(followed):
    other = followed.store.create_room()  # another server's room in a shared database
    show_on_the_projector(followed, [{"kind": "text", "text": "Only for this room"}])
    status, reply, headers = followed.request("GET", f"/join/{other}")
    cookie = headers["Set-Cookie"].split(";")[0]
    status, reply, _headers = followed.request("GET", f"/api/rooms/{other}/slide?after=-1")
    assert status == 404
    status, reply, _headers = followed.request("POST", f"/api/rooms/{other}/signals",
                                               json.dumps({"signal": "pause"}).encode(), cookie)
    assert status == 404 and followed.memory.signal_counts()["pause"] == 0


def test_a_phone_reads_the_room_in_its_browsers_language_or_the_one_it_chooses_and_answers_count_together(api):
    api.store.open_question(api.room, "poll:confidence", options=2)
    status, body, headers = api.request("GET", f"/join/{api.room}", **{"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"})
    page = body.decode()
    assert status == 200 and '<html lang="es">' in page and "<h1>Responder de forma anónima</h1>" in page
    assert "Necesito una pausa" in page and 'href="?language=en"' in page  # and a switch back to English
    spanish = headers["Set-Cookie"].split(";")[0]
    status, reply, _headers = api.request("GET", f"/api/rooms/{api.room}/question", cookie=spanish,
                                          **{"Accept-Language": "es-MX"})
    assert json.loads(reply) == {"question": "poll:confidence", "text": "¿Qué tan seguro se siente?",
                                 "options": ["Nada", "Muy"]}
    english = join(api)  # no Accept-Language: the slides' own language
    assert json.loads(api.request("GET", f"/api/rooms/{api.room}/question", cookie=english)[1])["text"] == \
        "How confident do you feel?"
    status, body, headers = api.request("GET", f"/join/{api.room}?language=en", cookie=spanish,
                                        **{"Accept-Language": "es-MX"})
    assert '<html lang="en">' in body.decode() and "csec_language=en" in headers["Set-Cookie"]  # chosen, and kept
    chosen = f"{spanish}; csec_language=en"
    status, reply, _headers = api.request("GET", f"/api/rooms/{api.room}/question", cookie=chosen,
                                          **{"Accept-Language": "es-MX"})
    assert json.loads(reply)["text"] == "How confident do you feel?"
    assert answer(api, spanish, {"question": "poll:confidence", "option": 1}) == (201, {"ok": True})
    assert answer(api, english, {"question": "poll:confidence", "option": 1}) == (201, {"ok": True})
    assert api.store.counts(api.room, "poll:confidence", 2) == [0, 2]
