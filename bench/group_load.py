"""`make bench`, group mode: 200 participants join and answer over loopback.

The participant routes with a real answer store (SQLite, write-ahead log) run
in a process of their own, so the simulated phones do not share its
interpreter; trivial Tornado handlers on the same URLs are measured in the
same run, with the same participants. Each participant has its own cookie jar
and its own loopback address (phones on the room's Wi-Fi each have their own,
and the rate limit counts a phone without a cookie by its address). It opens
the join page, asks for the question twice, a second apart, as the page polls,
and posts one answer; joins are spread evenly over ARRIVAL_SECONDS. Then one
script at one address tries to stuff one question, changing its cookie on
every try: how many answers it adds is printed.

Printed: p50 and p95 answer latency, the server's peak resident memory, the
wall time, and the ratios against the trivial handlers. Not a test: nothing
here passes or fails on time. The run exits non-zero only when an answer
acknowledged with 201 is missing from the store, or a request failed.
"""

import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

from tornado.httpclient import AsyncHTTPClient, HTTPResponse

from bench import trivial_server
from bench.participant_server import ROOM_FILE
from csec.group.participant_api import DEVICE_COOKIE
from csec.group.store import AnswerStore
from harness.background_server import BackgroundServer, free_port

PARTICIPANTS = 200
ARRIVAL_SECONDS = 20  # all join within this, so all have answered well within a minute
POLL_SECONDS = 1.0  # the join page asks for the open question every second
POLLS = 2
OPTIONS = 4
REQUEST_TIMEOUT_SECONDS = 30
STUFFING_SECONDS, STUFFING_TRIES = 60, 3000  # one script stuffing one question: a minute, or this many tries
STUFFING_ADDRESS = "127.0.9.9"


@dataclass
class LoadRun:
    """What one server did under the participants' load."""

    answer_latencies: list[float] = field(default_factory=list)
    acknowledged: Counter = field(default_factory=Counter)  # option -> answers acknowledged with 201
    failures: list[str] = field(default_factory=list)
    wall_seconds: float = 0.0
    idle_mb: float = 0.0
    peak_mb: float = 0.0


class Participant:
    """One phone: its own cookie jar and its own loopback address."""

    def __init__(self, client: AsyncHTTPClient, base_url: str, address: str):
        self.client, self.base_url, self.address = client, base_url, address
        self.cookies = SimpleCookie()

    async def request(self, method: str, path: str, body: dict | None = None) -> HTTPResponse:
        headers = {"Content-Type": "application/json"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={morsel.value}" for name, morsel in self.cookies.items())
        response = await self.client.fetch(
            self.base_url + path, method=method, headers=headers, network_interface=self.address,
            body=None if body is None else json.dumps(body), request_timeout=REQUEST_TIMEOUT_SECONDS,
            raise_error=False)
        for cookie in response.headers.get_list("Set-Cookie"):
            self.cookies.load(cookie)
        return response


def loopback_address(index: int) -> str:
    """127.0.x.y, a different one for each participant (Linux answers on all of 127.0.0.0/8)."""
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


def expected(response: HTTPResponse, status: int, run: LoadRun) -> bool:
    if response.code == status:
        return True
    run.failures.append(f"{response.request.method} {response.request.url}: {response.code} {response.reason}")
    return False


async def participate(participant: Participant, room: str, option: int, run: LoadRun) -> None:
    """Join, poll the question as the page does, answer it once; time the answer."""
    if not expected(await participant.request("GET", f"/join/{room}"), 200, run):
        return
    question = None
    for poll in range(POLLS):
        if poll:
            await asyncio.sleep(POLL_SECONDS)
        response = await participant.request("GET", f"/api/rooms/{room}/question")
        if expected(response, 200, run):
            question = json.loads(response.body)["question"]
    if question is None:
        return
    started = time.perf_counter()
    response = await participant.request("POST", f"/api/rooms/{room}/answers", {"question": question,
                                                                                "option": option})
    run.answer_latencies.append(time.perf_counter() - started)
    if expected(response, 201, run):
        run.acknowledged[option] += 1


async def arrive_and_participate(participant: Participant, delay: float, room: str, option: int,
                                 run: LoadRun) -> None:
    await asyncio.sleep(delay)
    await participate(participant, room, option, run)


async def load(base_url: str, room: str) -> LoadRun:
    """All participants, joining evenly over ARRIVAL_SECONDS, each answering option (its number mod 4)."""
    run = LoadRun()
    client = AsyncHTTPClient(force_instance=True, max_clients=PARTICIPANTS)
    started = time.perf_counter()
    await asyncio.gather(*(
        arrive_and_participate(Participant(client, base_url, loopback_address(index)),
                               index * ARRIVAL_SECONDS / PARTICIPANTS, room, index % OPTIONS, run)
        for index in range(PARTICIPANTS)))
    run.wall_seconds = time.perf_counter() - started
    client.close()
    return run


async def stuff(base_url: str, room: str, question: str) -> tuple[int, int]:
    """One script at one address answering one question over and over, a new cookie for every try: made up
    (every other try) or fresh from the join page. (tries, answers the server took), bounded in count and time."""
    client = AsyncHTTPClient(force_instance=True)
    deadline, tries, taken = time.monotonic() + STUFFING_SECONDS, 0, 0
    while tries < STUFFING_TRIES and time.monotonic() < deadline:
        script = Participant(client, base_url, STUFFING_ADDRESS)
        if tries % 2:
            await script.request("GET", f"/join/{room}")
        else:
            script.cookies.load(f"{DEVICE_COOKIE}=made-up-{tries}.{tries:032x}")
        response = await script.request("POST", f"/api/rooms/{room}/answers", {"question": question, "option": 0})
        tries += 1
        taken += response.code == 201
    client.close()
    return tries, taken


def measure_stuffing(data: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "bench.participant_server", "--port", str(port), "--data", str(data)]
    with BackgroundServer(command, port) as server:
        room = json.loads((data / ROOM_FILE).read_text())
        tries, taken = asyncio.run(stuff(server.url, room["room"], room["question"]))
    print(f"one script changing its cookie on every try: {taken} answers added to one question "
          f"in {tries} tries (at most {STUFFING_TRIES}, or {STUFFING_SECONDS} s)")


def memory_mb(pid: int, field_name: str) -> float:
    """A figure from /proc/PID/status in MiB: VmHWM is the peak resident memory, VmRSS the current one."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field_name}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field_name} in /proc/{pid}/status")


def measure(command: list[str], port: int, room_of: Callable[[], dict]) -> tuple[LoadRun, dict]:
    """Start the server, load it, read its memory before it stops; ``room_of()`` names the room once it listens."""
    with BackgroundServer(command, port) as server:
        room = room_of()
        idle_mb = memory_mb(server.process.pid, "VmRSS")
        run = asyncio.run(load(server.url, room["room"]))
        run.idle_mb, run.peak_mb = idle_mb, memory_mb(server.process.pid, "VmHWM")
    return run, room


def measure_participant_server(data: Path) -> tuple[LoadRun, dict]:
    port = free_port()
    command = [sys.executable, "-m", "bench.participant_server", "--port", str(port), "--data", str(data)]
    return measure(command, port, lambda: json.loads((data / ROOM_FILE).read_text()))


def measure_trivial_server() -> LoadRun:
    port = free_port()
    command = [sys.executable, "-m", "bench.trivial_server", "--port", str(port)]
    return measure(command, port, lambda: {"room": trivial_server.ROOM})[0]


def lost_answers(run: LoadRun, data: Path, room: dict) -> int:
    """Compare what was acknowledged with what the store kept, per option (read after the server stopped)."""
    stored = AnswerStore.in_folder(data).counts(room["room"], room["question"], OPTIONS)
    acknowledged = [run.acknowledged[option] for option in range(OPTIONS)]
    lost = sum(max(0, said - kept) for said, kept in zip(acknowledged, stored))
    print(f"answers acknowledged {sum(acknowledged)}, stored {sum(stored)}, lost {lost}"
          f" (per option, acknowledged/stored: {', '.join(f'{a}/{s}' for a, s in zip(acknowledged, stored))})")
    return lost


def milliseconds(latencies: list[float], percent: int) -> float:
    """The ``percent`` percentile in ms (not a number when too few answers came back to tell)."""
    if len(latencies) < 2:
        return float("nan")
    return statistics.quantiles(latencies, n=100, method="inclusive")[percent - 1] * 1000


def report(name: str, run: LoadRun) -> None:
    print(f"{name:<20} p50 answer {milliseconds(run.answer_latencies, 50):6.1f} ms"
          f"  p95 answer {milliseconds(run.answer_latencies, 95):6.1f} ms"
          f"  peak RSS {run.peak_mb:5.1f} MiB ({run.idle_mb:.1f} before the load)"
          f"  wall {run.wall_seconds:.1f} s", flush=True)


def report_ratios(participant: LoadRun, trivial: LoadRun) -> None:
    p50, p95 = (milliseconds(participant.answer_latencies, percent) / milliseconds(trivial.answer_latencies, percent)
                for percent in (50, 95))
    print(f"participant server / trivial handler: p50 {p50:.2f}, p95 {p95:.2f}, "
          f"peak RSS {participant.peak_mb / trivial.peak_mb:.2f}")


def report_failures(name: str, run: LoadRun) -> None:
    print(f"{name}: requests failed {len(run.failures)}")
    for failure in run.failures[:5]:
        print(f"  {failure}")


def main() -> None:
    print(f"Group mode on loopback: {PARTICIPANTS} participants join over {ARRIVAL_SECONDS} s, poll the question "
          f"{POLLS} times and answer once. Not a test: nothing passes or fails on time.", flush=True)
    with tempfile.TemporaryDirectory(prefix="csec-bench-") as folder:
        data = Path(folder)
        participant, room = measure_participant_server(data)
        report("participant server", participant)
        trivial = measure_trivial_server()
        report("trivial handler", trivial)
        print()
        report_ratios(participant, trivial)
        lost = lost_answers(participant, data, room)
        (data / "stuffing").mkdir()
        measure_stuffing(data / "stuffing")
    for name, run in (("participant server", participant), ("trivial handler", trivial)):
        report_failures(name, run)
    if lost or participant.failures or trivial.failures:
        sys.exit("group load: answers were lost or requests failed (correctness, not timing)")


if __name__ == "__main__":
    main()
