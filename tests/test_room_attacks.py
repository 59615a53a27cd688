"""What a script on the room's Wi-Fi was seen to do to `csec serve --lan`, each repeated here against a real
server, bounded in count and time, from another device's address on the tests' own network
(tests/lan_serving.py): throughout and after each, a phone and the slides are still answered within a second.

The server runs with at most 256 open files (macOS's default for a program), so holding files open is an
attack it must survive, not one this machine's higher limit hides."""

import http.client
import json
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from csec.group.device_tokens import DeviceTokens
from csec.group.participant_api import DEVICE_COOKIE, NEW_DEVICES_PER_ADDRESS
from csec.group.store import STORE_FILE_NAME, AnswerStore
from harness.background_server import BackgroundServer, free_port
from tests.lan_serving import network, start_lan_server  # noqa: F401

OPEN_FILES = 256
RESPONSIVE_SECONDS = 1.0  # what "still answering" means for a phone and for the slides
ATTACK_SECONDS = 20  # every attack stops by then, whatever it has got through
PHONE_POLL_SECONDS = 1.0  # how often a phone asks for the open question (join_page/join.js)
POLL = "poll:confidence-recognizing-signs"
WRITTEN = "question_box:questions-for-us"


@dataclass
class Room:
    server: BackgroundServer
    address: str  # the laptop's on the room's network
    attacker: str  # another device's
    port: int
    code: str
    store: AnswerStore
    data: Path
    phone_cookie: str = ""

    def connection(self, source: str | None = None) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.address, self.port, timeout=10,
                                          source_address=(source, 0) if source else None)

    def request(self, method: str, path: str, *, body: bytes | None = None, cookie: str = "",
                source: str | None = None) -> tuple[int, bytes, http.client.HTTPMessage]:
        connection = self.connection(source)
        try:
            connection.request(method, path, body=body, headers={"Content-Type": "application/json",
                                                                 **({"Cookie": cookie} if cookie else {})})
            response = connection.getresponse()
            return response.status, response.read(), response.headers
        finally:
            connection.close()

    def attack(self, method: str, path: str, body: bytes | None = None, cookie: str = "") -> int:
        """One request from the attacker's address: its status, or 0 when the server closed the connection."""
        try:
            return self.request(method, path, body=body, cookie=cookie, source=self.attacker)[0]
        except (OSError, http.client.HTTPException):
            return 0


@pytest.fixture(scope="module")
def room(tmp_path_factory, network, served_folder) -> Iterator[Room]:
    data = tmp_path_factory.mktemp("data")
    port = free_port()
    server, _join_url, code = start_lan_server(served_folder, data, port, "--written-answers", open_files=OPEN_FILES)
    with server:
        store = AnswerStore.in_folder(data)
        store.open_question(code, POLL, options=4)
        attacked = Room(server, network.address, network.other_device, port, code, store, data)
        status, _body, headers = attacked.request("GET", f"/join/{code}")
        assert status == 200
        attacked.phone_cookie = headers["Set-Cookie"].split(";")[0]
        yield attacked
        log = server.log.read_text()
        assert "Traceback" not in log and "Too many open files" not in log, log[-3000:]


def assert_still_answering(room: Room) -> None:
    """A phone asking for the open question, and the slides' server, each answer within RESPONSIVE_SECONDS."""
    for name, ask in (("a phone", lambda: room.request("GET", f"/api/rooms/{room.code}/question",
                                                         cookie=room.phone_cookie)[0]),
                      ("the slides", lambda: _status(f"{room.server.url}/voila/templates/csec/static/present.js"))):
        started = time.monotonic()
        status = ask()
        waited = time.monotonic() - started
        assert status == 200 and waited < RESPONSIVE_SECONDS, f"{name}: {status} after {waited:.2f} s"


def _status(url: str) -> int:
    host, port = url.removeprefix("http://").split("/", 1)[0].split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", url.split(port, 1)[1])
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@contextmanager
def flood(send: Callable[[int], object], count: int) -> Iterator[list]:
    """``send(n)`` for n up to ``count`` from two threads, for at most ATTACK_SECONDS; the block runs once the
    flood is under way and it is stopped when the block ends. Yields what each send returned, as they come."""
    results: list = []
    stop = threading.Event()
    started = threading.Event()
    numbers = iter(range(count))
    lock = threading.Lock()
    deadline = time.monotonic() + ATTACK_SECONDS

    def keep_sending() -> None:
        while not stop.is_set() and time.monotonic() < deadline:
            with lock:
                number = next(numbers, None)
            if number is None:
                break
            results.append(send(number))
            if len(results) >= 20:
                started.set()
        started.set()

    threads = [threading.Thread(target=keep_sending) for _thread in range(2)]
    for thread in threads:
        thread.start()
    started.wait(ATTACK_SECONDS)
    try:
        yield results
    finally:
        stop.set()
        for thread in threads:
            thread.join(ATTACK_SECONDS)


def probe_until(room: Room, over: Callable[[], bool]) -> None:
    """The phone and the slides, checked once a second (as a phone polls) while an attack runs: three times at
    least, then until it is ``over`` or has run ATTACK_SECONDS."""
    for probe in range(ATTACK_SECONDS):
        next_poll = time.monotonic() + PHONE_POLL_SECONDS
        assert_still_answering(room)
        if probe >= 2 and over():
            break
        time.sleep(max(0.0, next_poll - time.monotonic()))


def test_a_script_making_up_and_renewing_cookies_adds_at_most_a_few_answers(room):
    before = room.store.counts(room.code, POLL, 4)

    def stuff(number: int) -> int:
        if number % 2:  # a made-up cookie per request: no token the server signed, so no answer
            return room.attack("POST", f"/api/rooms/{room.code}/answers", json.dumps(
                {"question": POLL, "option": 1}).encode(), cookie=f"{DEVICE_COOKIE}=made-up-{number}")
        fresh = room.request("GET", f"/join/{room.code}", source=room.attacker)[2].get("Set-Cookie", "")
        return room.attack("POST", f"/api/rooms/{room.code}/answers", json.dumps(
            {"question": POLL, "option": 1}).encode(), cookie=fresh.split(";")[0])

    with flood(stuff, 2000) as results:
        probe_until(room, lambda: len(results) >= 2000)
    assert sum(room.store.counts(room.code, POLL, 4)) - sum(before) <= NEW_DEVICES_PER_ADDRESS
    assert room.request("POST", f"/api/rooms/{room.code}/answers", body=json.dumps(
        {"question": POLL, "option": 2}).encode(), cookie=room.phone_cookie)[0] == 201  # the real phone still can
    assert_still_answering(room)


def test_thousands_of_written_answers_reach_neither_the_projector_nor_the_review_list_in_bulk(room):
    room.store.open_question(room.code, WRITTEN, options=0)
    body = json.dumps({"question": WRITTEN, "text": "spam " * 40}).encode()

    def write(number: int) -> int:
        fresh = room.request("GET", f"/join/{room.code}", source=room.attacker)[2].get("Set-Cookie", "")
        return room.attack("POST", f"/api/rooms/{room.code}/answers", body,
                           cookie=fresh.split(";")[0] if number % 2 else f"{DEVICE_COOKIE}=made-up-{number}")

    with flood(write, 3000) as results:
        probe_until(room, lambda: len(results) >= 3000)
    assert len(room.store.answers_to_review(room.code, WRITTEN)) <= NEW_DEVICES_PER_ADDRESS
    assert [answer for answer in room.store.answers(room.code) if answer.question == WRITTEN] == []  # none shown
    room.store.open_question(room.code, POLL, options=4)


def server_memory_kb(room: Room) -> int:
    status = Path(f"/proc/{room.server.process.pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1])


def test_thousands_of_huge_made_up_cookies_leave_the_servers_memory_as_it_was(room):
    assert_still_answering(room)
    before = server_memory_kb(room)
    huge = f"{DEVICE_COOKIE}={os.urandom(16 * 1024).hex()}"  # 32 KB

    with flood(lambda _n: room.attack("GET", f"/api/rooms/{room.code}/question", cookie=huge), 3000) as results:
        probe_until(room, lambda: len(results) >= 3000)
    assert set(results) <= {0, 431}  # refused with the headers, before any handler runs
    grown_mb = (server_memory_kb(room) - before) / 1024
    assert grown_mb < 10, f"the server grew by {grown_mb:.0f} MB"  # it grew by 89 MB before the limits
    assert_still_answering(room)


def test_hundreds_of_idle_connections_neither_freeze_the_server_nor_fill_its_log(room):
    held: list[socket.socket] = []
    try:
        for _connection in range(300):  # more than the server's 256 open files
            idle = socket.socket()
            idle.settimeout(10)
            idle.bind((room.attacker, 0))
            idle.connect((room.address, room.port))
            held.append(idle)
        assert_still_answering(room)
        assert_still_answering(room)
    finally:
        for idle in held:
            idle.close()
    assert_still_answering(room)


def test_another_program_locking_the_store_makes_an_answer_busy_and_nothing_else(room):
    locker = sqlite3.connect(room.data / STORE_FILE_NAME, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # the write lock, held as long as this test wants
    try:
        _status_code, _body, headers = room.request("GET", f"/join/{room.code}")
        cookie = headers["Set-Cookie"].split(";")[0]
        replies: list[int] = []
        answering = threading.Thread(target=lambda: replies.append(room.request(
            "POST", f"/api/rooms/{room.code}/answers", body=json.dumps({"question": POLL, "option": 0}).encode(),
            cookie=cookie)[0]))
        answering.start()
        probe_until(room, lambda: not answering.is_alive())  # the answer waits for the lock meanwhile
        assert replies == [503]
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert room.request("POST", f"/api/rooms/{room.code}/answers", body=json.dumps(
        {"question": POLL, "option": 0}).encode(), cookie=cookie)[0] == 201
    assert_still_answering(room)


HOSTILE_BODIES = (b"[" * 1000 + b"]" * 1000,  # nested past Python's recursion limit
                  b'{"question": "poll:confidence-recognizing-signs", "text": "a\\ud800b"}',  # a lone surrogate
                  b'{"question": "poll:confidence-recognizing-signs", "text": "a\\u0000b"}')  # a NUL


def test_hostile_bodies_are_a_400_with_nothing_in_the_facilitators_terminal(room):
    # A token as the join page signs them: the script got one before its address ran out of new devices.
    cookie = f"{DEVICE_COOKIE}={DeviceTokens(room.code, room.store.room_secret(room.code)).issue()}"
    logged = room.server.log.read_text()

    def send(number: int) -> int:
        return room.attack("POST", f"/api/rooms/{room.code}/answers", HOSTILE_BODIES[number % 3], cookie=cookie)

    with flood(send, 600) as results:
        probe_until(room, lambda: len(results) >= 600)
    assert set(results) <= {400, 429} and 400 in results
    assert room.server.log.read_text() == logged
    assert_still_answering(room)
