"""The participant side of group mode: a kernel-free page and a small JSON API.

A phone opens /join/ROOM, gets a device token signed by the server in a
cookie (a few per network address), asks every second which question is open
and posts one answer to it. Every request names the room; bodies are small
JSON; each device has a rate limit, in bounded memory; refusals are a 4xx with
a one-line message. Nothing about the person is read or kept.
"""

import json
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from html import escape

from tornado.web import HTTPError, RequestHandler

from csec.group.device_tokens import DeviceTokens
from csec.group.store import MAX_TEXT_LENGTH, AnswerRefused, AnswerStore

MAX_BODY_BYTES = 2048  # room for a written answer of MAX_TEXT_LENGTH characters in any script
DEVICE_COOKIE = "csec_device"
REQUESTS_PER_WINDOW = 30
WINDOW_SECONDS = 10.0
NEW_DEVICES_PER_ADDRESS = 5  # tokens one network address gets an hour: a phone, another browser, a private tab...
NEW_DEVICE_WINDOW_SECONDS = 3600.0
REMEMBERED_KEYS = 4096  # devices and addresses a limiter keeps track of; the least recently seen go first

# question key -> {"text": ..., "options": [labels]} (no options: answered in writing),
# or None when the curriculum has no such question.
QuestionLookup = Callable[[str], dict | None]


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
    """What the participant routes share: requests per device, new devices per address, each room's tokens."""

    def __init__(self, store: AnswerStore, requests: RateLimiter | None = None, joins: RateLimiter | None = None):
        self.store = store
        self.requests = requests or RateLimiter()
        self.joins = joins or RateLimiter(NEW_DEVICES_PER_ADDRESS, NEW_DEVICE_WINDOW_SECONDS)
        self._tokens: dict[str, DeviceTokens] = {}

    def tokens(self, room: str) -> DeviceTokens:
        """The signer of an existing room's tokens (its secret read once)."""
        if room not in self._tokens:
            self._tokens[room] = DeviceTokens(room, self.store.room_secret(room))
        return self._tokens[room]


class ParticipantHandler(RequestHandler):
    """What every participant request shares: the room must exist, the device is rate limited, errors are JSON."""

    def initialize(self, store: AnswerStore, questions: QuestionLookup, limits: Limits) -> None:
        self.store, self.questions, self.limits = store, questions, limits

    def prepare(self) -> None:
        room = self.path_kwargs["room"] = self.path_kwargs["room"].upper()  # every route names its room, any case
        if not self.store.room_exists(room):
            raise HTTPError(404, reason="There is no session with this room code. Check the code on the screen.")
        self.tokens = self.limits.tokens(room)
        token = self.get_cookie(DEVICE_COOKIE) or ""
        self.device = token if self.tokens.valid(token) else ""  # a token the server did not sign counts as none
        if not self.limits.requests.allow(self.device or self.request.remote_ip or ""):
            raise HTTPError(429, reason="Too many requests from this device. Wait a few seconds.")

    def write_error(self, status_code: int, **kwargs) -> None:
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps({"error": self._reason}))

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("Referrer-Policy", "no-referrer")


class JoinPage(ParticipantHandler):
    """The page a phone opens: plain HTML and a few lines of script, no framework."""

    def get(self, room: str) -> None:
        if not self.device:
            if not self.limits.joins.allow(self.request.remote_ip or ""):
                raise HTTPError(429, reason="Too many new devices from this address. Use the page you opened first.")
            self.device = self.tokens.issue()
            self.set_cookie(DEVICE_COOKIE, self.device, httponly=True, samesite="Strict", expires_days=1)
        self.set_header("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; "
                                                   "style-src 'unsafe-inline'; frame-ancestors 'none'")
        self.set_header("X-Frame-Options", "DENY")  # for browsers that predate frame-ancestors
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(JOIN_PAGE.replace("{{ROOM}}", escape(room)).replace("{{MAX}}", str(MAX_TEXT_LENGTH)))


class CurrentQuestion(ParticipantHandler):
    """GET: the question open in the room, or {"question": null}."""

    def get(self, room: str) -> None:
        current = self.store.current_question(room)
        shown = self.questions(current[0]) if current else None
        self.finish({"question": current[0], **shown} if shown else {"question": None})


class Answers(ParticipantHandler):
    """POST {"question": key, "option": index}, or {"question": key, "text": words}: one answer from this device."""

    def post(self, room: str) -> None:
        if not self.device:
            raise HTTPError(400, reason="Open the join page first, then answer.")
        if len(self.request.body) > MAX_BODY_BYTES:
            raise HTTPError(413, reason="That answer is too large.")
        try:
            answer = json.loads(self.request.body)
            question = answer["question"]
        except (ValueError, TypeError, KeyError, RecursionError):
            raise HTTPError(400, reason="That answer could not be read.") from None
        if (not isinstance(question, str) or not ("option" in answer or "text" in answer)
                or not _storable(question, answer.get("text"))):
            raise HTTPError(400, reason="That answer could not be read.")
        try:
            self.store.record_answer(room, question, self.device, answer.get("option"), answer.get("text"))
        except AnswerRefused as refused:
            raise HTTPError(409, reason=f"{str(refused)[0].upper()}{str(refused)[1:]}.") from None
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


def participant_routes(store: AnswerStore, questions: QuestionLookup, limits: Limits | None = None) -> list:
    """Tornado routes for the participant page and API."""
    options = {"store": store, "questions": questions, "limits": limits or Limits(store)}
    room = r"(?P<room>[A-Za-z0-9]{1,12})"
    return [
        (rf"/join/{room}", JoinPage, options),
        (rf"/api/rooms/{room}/question", CurrentQuestion, options),
        (rf"/api/rooms/{room}/answers", Answers, options),
    ]


JOIN_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Answer anonymously</title>
<style>
  body { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.4; margin: 0 auto; max-width: 36rem;
         padding: 1rem; color: #1a1a1a; background: #ffffff; }
  h1 { font-size: 1.3rem; color: #1f4e79; }
  button { display: block; width: 100%; margin: 0.5rem 0; padding: 0.8rem; font-size: 1.1rem; text-align: left;
           border: 2px solid #1f4e79; border-radius: 8px; background: #ffffff; color: #1f4e79; }
  button:disabled { color: #4d4d4d; border-color: #8c8c8c; }
  textarea { box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem; border: 2px solid #1f4e79;
             border-radius: 8px; }
  #status { margin-top: 1rem; font-weight: 600; }
</style>
</head>
<body>
<h1>Answer anonymously</h1>
<p>Room {{ROOM}}. Your name is never asked or kept. Wait for the facilitator to open a question.</p>
<main id="question" aria-live="polite"></main>
<p id="status" role="status"></p>
<script>
(function () {
  "use strict";
  var room = "{{ROOM}}", shown = null, answered = {};
  var main = document.getElementById("question"), status = document.getElementById("status");
  function show(current) {
    if (!current.question) { main.textContent = ""; shown = null; status.textContent = "No question is open."; return; }
    if (current.question === shown) { return; }
    shown = current.question;
    main.textContent = "";
    var text = document.createElement("p");
    text.textContent = current.text;
    main.appendChild(text);
    if (!current.options.length) { write(current.question); return; }
    current.options.forEach(function (label, index) {
      var button = document.createElement("button");
      button.textContent = label;
      button.disabled = !!answered[shown];
      button.addEventListener("click", function () { send(current.question, {option: index}); });
      main.appendChild(button);
    });
    status.textContent = answered[shown] ? "Thank you: your answer is in." : "";
  }
  function write(question) {
    var label = document.createElement("label"), box = document.createElement("textarea");
    var button = document.createElement("button");
    label.textContent = "Your answer (at most {{MAX}} characters; no names, please):";
    label.htmlFor = box.id = "written";
    box.maxLength = {{MAX}};
    box.rows = 4;
    button.textContent = "Send";
    button.addEventListener("click", function () { send(question, {text: box.value}); });
    box.disabled = button.disabled = !!answered[question];
    [label, box, button].forEach(function (element) { main.appendChild(element); });
    status.textContent = answered[question] ? "Thank you: your answer is in." : "";
  }
  function send(question, answer) {
    answer.question = question;
    fetch("/api/rooms/" + room + "/answers", {method: "POST", headers: {"Content-Type": "application/json"},
                                               body: JSON.stringify(answer)})
      .then(function (response) { return response.json().then(function (body) { return [response.ok, body]; }); })
      .then(function (result) {
        if (result[0] || /already answered/.test(result[1].error || "")) { answered[question] = true; }
        status.textContent = result[0] ? "Thank you: your answer is in." : result[1].error;
        main.querySelectorAll("button, textarea").forEach(function (b) { b.disabled = !!answered[question]; });
      })
      .catch(function () { status.textContent = "Could not send. Check the Wi-Fi and try again."; });
  }
  function poll() {
    fetch("/api/rooms/" + room + "/question").then(function (r) { return r.json(); }).then(show)
      .catch(function () { status.textContent = "Waiting for the connection..."; })
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
</body>
</html>
"""
