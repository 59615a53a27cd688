"""The participant side of group mode: a kernel-free page and a small JSON API.

A phone opens /join/ROOM, gets a device token signed by the server in a
cookie (a few per network address), asks every second which question is open
and posts one answer to it (and, where phones follow the slides, waits on an
open request for the next slide), reading the page and the questions in its own
language where the curriculum has it (csec/group/phone_language.py). Every request names the room; bodies are small
JSON; each device has a rate limit, in bounded memory; refusals are a 4xx with
a one-line message. Nothing about the person is read or kept.
"""

import json
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

from sqlalchemy.exc import OperationalError
from tornado.ioloop import IOLoop
from tornado.web import HTTPError, RequestHandler, StaticFileHandler

from csec.content import language_name
from csec.group.device_tokens import DeviceTokens
from csec.group.join_words import join_words
from csec.group.phone_language import LANGUAGE_COOKIE, phone_language
from csec.group.room_memory import SIGNALS, RoomMemory
from csec.group.store import MAX_TEXT_LENGTH, AnswerRefused, AnswerStore

JOIN_PAGE_FOLDER = Path(__file__).parent / "join_page"  # its template, stylesheet and script
MAX_BODY_BYTES = 2048  # room for a written answer of MAX_TEXT_LENGTH characters in any script
DEVICE_COOKIE = "csec_device"
REQUESTS_PER_WINDOW = 30
WINDOW_SECONDS = 10.0
NEW_DEVICES_PER_ADDRESS = 5  # tokens one network address gets an hour: a phone, another browser, a private tab...
NEW_DEVICE_WINDOW_SECONDS = 3600.0
SLIDE_WAIT_SECONDS = 10.0  # how long a following phone's request for the next slide is held open before it asks again
REMEMBERED_KEYS = 4096  # devices and addresses a limiter keeps track of; the least recently seen go first

# question key -> {"text": ..., "options": [labels]} (no options: answered in writing),
# or None when the curriculum has no such question.
QuestionLookup = Callable[[str], dict | None]
# language -> its lookup, the slides' own language first: each phone reads the questions in its own.
PhoneQuestions = dict[str, QuestionLookup]


class RateLimiter:
    """At most ``limit`` requests per key (a device or an address) in any ``window`` seconds, remembering at most
    ``capacity`` keys: memory stays bounded however many keys a script makes up."""

    def __init__(self, limit: int = REQUESTS_PER_WINDOW, window: float = WINDOW_SECONDS,
                 capacity: int = REMEMBERED_KEYS, clock=time.monotonic):
        self.limit, self.window, self.capacity, self.clock = limit, window, capacity, clock
        self.recent: OrderedDict[str, deque] = OrderedDict()

    def allow(self, key: str) -> bool:
        now = self.clock()
        times = self.recent.pop(key, None) or deque()
        while times and now - times[0] > self.window:
            times.popleft()
        allowed = len(times) < self.limit
        if allowed:
            times.append(now)
        self.recent[key] = times  # the most recently seen last
        while len(self.recent) > self.capacity:
            self.recent.popitem(last=False)
        return allowed


class Limits:
    """What the participant routes share: requests per device, new devices per address, each room's tokens, and
    the few threads store calls run on (so a busy database never holds up the event loop the slides share)."""

    def __init__(self, store: AnswerStore, requests: RateLimiter | None = None, joins: RateLimiter | None = None):
        self.store = store
        self.requests = requests or RateLimiter()
        self.joins = joins or RateLimiter(NEW_DEVICES_PER_ADDRESS, NEW_DEVICE_WINDOW_SECONDS)
        self.store_threads = ThreadPoolExecutor(4, thread_name_prefix="answer-store")
        self._tokens: dict[str, DeviceTokens] = {}

    def tokens(self, room: str) -> DeviceTokens | None:
        """The signer of ``room``'s tokens (its secret read once), or None when there is no such room."""
        if room not in self._tokens:
            if not self.store.room_exists(room):
                return None
            self._tokens[room] = DeviceTokens(room, self.store.room_secret(room))
        return self._tokens[room]


class ParticipantHandler(RequestHandler):
    """What every participant request shares: the room must exist, the device is rate limited, errors are JSON."""

    def initialize(self, store: AnswerStore, questions: PhoneQuestions, limits: Limits,
                   memory: RoomMemory | None) -> None:
        self.store, self.phone_questions, self.limits = store, questions, limits
        self.shared_memory = memory

    async def prepare(self) -> None:
        room = self.path_kwargs["room"] = self.path_kwargs["room"].upper()  # every route names its room, any case
        self.tokens = await self.in_store(self.limits.tokens, room)
        if self.tokens is None:
            raise HTTPError(404, reason="There is no session with this room code. Check the code on the screen.")
        token = self.get_cookie(DEVICE_COOKIE) or ""
        self.device = token if self.tokens.valid(token) else ""  # a token the server did not sign counts as none
        if not self.limits.requests.allow(self.device or self.request.remote_ip or ""):
            raise HTTPError(429, reason="Too many requests from this device. Wait a few seconds.")
        # The slide and the private signals are this server's own room's (a shared database holds others too).
        self.memory = self.shared_memory if self.shared_memory and self.shared_memory.code == room else None
        self.language = phone_language(self.get_query_argument("language", None) or self.get_cookie(LANGUAGE_COOKIE),
                                       self.request.headers.get("Accept-Language", ""), list(self.phone_questions))
        self.questions = self.phone_questions[self.language]

    def json_body(self) -> dict:
        """The request's small JSON object, or a 4xx saying it is not one."""
        if len(self.request.body) > MAX_BODY_BYTES:
            raise HTTPError(413, reason="That answer is too large.")
        try:
            body = json.loads(self.request.body)
        except (ValueError, RecursionError):
            body = None
        if not isinstance(body, dict):
            raise HTTPError(400, reason="That answer could not be read.")
        return body

    async def in_store(self, call: Callable, *arguments):
        """``call(*arguments)`` on the store's threads; a database still locked when its short timeout ends is a 503
        for this phone, never a frozen server."""
        try:
            return await IOLoop.current().run_in_executor(self.limits.store_threads, partial(call, *arguments))
        except OperationalError:
            raise HTTPError(503, reason="The answers are busy right now. Try again in a moment.") from None

    def write_error(self, status_code: int, **kwargs) -> None:
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps({"error": self._reason}))

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")


class JoinPage(ParticipantHandler):
    """The page a phone opens: plain HTML, its stylesheet and a small script beside it (join_page/), no framework
    and nothing inline, so its policy allows no inline script or style and no framing."""

    def get(self, room: str) -> None:
        if not self.device:
            if not self.limits.joins.allow(self.request.remote_ip or ""):
                raise HTTPError(429, reason="Too many new devices from this address. Use the page you opened first.")
            self.device = self.tokens.issue()
            self.set_cookie(DEVICE_COOKIE, self.device, httponly=True, samesite="Strict", expires_days=1)
        self.set_header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
        self.set_header("X-Frame-Options", "DENY")  # for browsers that predate frame-ancestors
        if self.get_query_argument("language", None) == self.language:  # chosen on the page: kept for the next
            self.set_cookie(LANGUAGE_COOKIE, self.language, httponly=True, samesite="Strict", expires_days=1)
        languages = [(language, language_name(language)) for language in self.phone_questions]
        self.render("join.html", room=room, longest=MAX_TEXT_LENGTH, language=self.language, languages=languages,
                    words=join_words(self.language), following=bool(self.memory and self.memory.follow_slides))

    def get_template_path(self) -> str:
        return str(JOIN_PAGE_FOLDER)


class CurrentQuestion(ParticipantHandler):
    """GET: the question open in the room, or {"question": null}."""

    async def get(self, room: str) -> None:
        current = await self.in_store(self.store.current_question, room)
        shown = self.questions(current[0]) if current else None
        self.finish({"question": current[0], **shown} if shown else {"question": None})


class FollowedSlide(ParticipantHandler):
    """GET ?after=VERSION: {"version": ..., "slide": [blocks]} once the slide the room sees is another than VERSION
    (held open until it changes, for up to SLIDE_WAIT_SECONDS), where the room's phones follow the slides."""

    async def get(self, room: str) -> None:
        if not (self.memory and self.memory.follow_slides):
            raise HTTPError(404, reason="Phones do not follow the slides in this room.")
        try:
            after = int(self.get_query_argument("after", "-1"))
        except ValueError:
            raise HTTPError(400, reason="after= is the version of the slide this phone shows, a whole number.") from None
        version, slide = await self.memory.slide_after(after, SLIDE_WAIT_SECONDS)
        self.finish({"version": version, "slide": slide})


class Answers(ParticipantHandler):
    """POST {"question": key, "option": index}, or {"question": key, "text": words}: one answer from this device."""

    async def post(self, room: str) -> None:
        if not self.device:
            raise HTTPError(400, reason="Open the join page first, then answer.")
        answer = self.json_body()
        question = answer.get("question")
        if (not isinstance(question, str) or not ("option" in answer or "text" in answer)
                or not _storable(question, answer.get("text"))):
            raise HTTPError(400, reason="That answer could not be read.")
        try:
            await self.in_store(self.store.record_answer, room, question, self.device, answer.get("option"),
                                answer.get("text"))
        except AnswerRefused as refused:
            raise HTTPError(409, reason=f"{str(refused)[0].upper()}{str(refused)[1:]}.") from None
        self.set_status(201)
        self.finish({"ok": True})


class Signals(ParticipantHandler):
    """POST {"signal": "pause"} or {"signal": "talk"}: this device asks the facilitator, who sees how many did,
    never who (csec/group/room_memory.py)."""

    def post(self, room: str) -> None:
        if not self.device:
            raise HTTPError(400, reason="Open the join page first, then send.")
        if self.memory is None:
            raise HTTPError(404, reason="This room takes no signals here.")
        signal = self.json_body().get("signal")
        if signal not in SIGNALS:
            raise HTTPError(400, reason=f"A signal is one of: {', '.join(SIGNALS)}.")
        self.memory.signal(signal, self.device)
        self.set_status(201)
        self.finish({"ok": True})


def _storable(*values: object) -> bool:
    """No NUL character (PostgreSQL text cannot hold one) and no lone surrogate (there is no UTF-8 for it): what
    every database can keep."""
    for value in values:
        if isinstance(value, str):
            if "\0" in value:
                return False
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return False
    return True


def participant_routes(store: AnswerStore, questions: PhoneQuestions, limits: Limits | None = None,
                       memory: RoomMemory | None = None) -> list:
    """Tornado routes for the participant page and API (``questions``: by language; ``memory``: the room this
    server opened)."""
    options = {"store": store, "questions": questions, "limits": limits or Limits(store), "memory": memory}
    room = r"(?P<room>[A-Za-z0-9]{1,12})"
    return [
        (rf"/join/{room}", JoinPage, options),
        (r"/join-static/(join\.(?:css|js))", StaticFileHandler, {"path": str(JOIN_PAGE_FOLDER)}),
        (rf"/api/rooms/{room}/question", CurrentQuestion, options),
        (rf"/api/rooms/{room}/slide", FollowedSlide, options),
        (rf"/api/rooms/{room}/answers", Answers, options),
        (rf"/api/rooms/{room}/signals", Signals, options),
    ]
