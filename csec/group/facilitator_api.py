"""The facilitator's side of the room's shared memory, on the slides' own server (127.0.0.1 only).

`GET /csec/room` says whether a room is open, whether its phones follow the
slides, and how many devices sent each private signal: the session page asks
it once, the speaker view every few seconds. The session page then posts the
slide it shows, for phones that follow it; the speaker view marks a signal
seen. Those two answer 404 without a room. Like every page of the slides' server
they refuse a foreign Host (DNS rebinding), and a POST must come from the
slides' own pages: JSON from the same origin, which no other site can send.
"""

import json

from jupyter_server.auth.decorator import allow_unauthenticated
from jupyter_server.base.handlers import JupyterHandler
from tornado.web import HTTPError

from csec.group.room_memory import SIGNALS, RoomMemory, SlideRefused, slide_blocks

MAX_SLIDE_BYTES = 256 * 1024


class RoomMemoryHandler(JupyterHandler):
    """JSON in and out, for the slides' own pages only."""

    def initialize(self, memory: RoomMemory | None) -> None:
        self.memory = memory

    def check_xsrf_cookie(self) -> None:
        """A POST from the slides' own origin, as JSON (a cross-site form cannot send that type, nor this Origin)."""
        same_origin = self.request.headers.get("Origin") == f"{self.request.protocol}://{self.request.host}"
        if not same_origin or not self.request.headers.get("Content-Type", "").startswith("application/json"):
            raise HTTPError(403, reason="Only the slides' own pages may send this.")

    def json_body(self) -> dict:
        try:
            body = json.loads(self.request.body) if len(self.request.body) <= MAX_SLIDE_BYTES else None
        except (ValueError, RecursionError):
            body = None
        if not isinstance(body, dict):
            raise HTTPError(400, reason="Send a JSON object.")
        return body

    def room(self) -> RoomMemory:
        if self.memory is None:
            raise HTTPError(404, reason="No room is open: start with --lan.")
        return self.memory

    def write_error(self, status_code: int, **_exception) -> None:
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps({"error": self._reason}))


class RoomState(RoomMemoryHandler):
    """GET: {"room": code, "following": true, "signals": {"pause": 2, "talk": 0}}, or {"room": null} without one."""

    @allow_unauthenticated
    def get(self) -> None:
        self.set_header("Cache-Control", "no-store")
        memory = self.memory
        self.finish({"room": memory.code, "following": memory.follow_slides, "signals": memory.signal_counts()}
                    if memory else {"room": None})


class FollowedSlide(RoomMemoryHandler):
    """POST {"blocks": [...]}: the slide the room sees, for phones that follow it."""

    @allow_unauthenticated
    def post(self) -> None:
        if not self.room().follow_slides:
            raise HTTPError(404, reason="Phones do not follow the slides in this room.")
        try:
            self.room().show_slide(slide_blocks(self.json_body()))
        except SlideRefused as refused:
            raise HTTPError(400, reason=str(refused)) from None
        self.set_status(204)
        self.finish()


class SignalSeen(RoomMemoryHandler):
    """POST {"seen": "pause"}: the facilitator has responded; that signal's count starts again."""

    @allow_unauthenticated
    def post(self) -> None:
        signal = self.json_body().get("seen")
        if signal not in SIGNALS:
            raise HTTPError(400, reason=f"Mark one of: {', '.join(SIGNALS)}.")
        self.room().seen(signal)
        self.finish(self.room().signal_counts())


def facilitator_routes(memory: RoomMemory | None) -> list[tuple]:
    return [
        (r"/csec/room", RoomState, {"memory": memory}),
        (r"/csec/room/slide", FollowedSlide, {"memory": memory}),
        (r"/csec/room/signals/seen", SignalSeen, {"memory": memory}),
    ]
