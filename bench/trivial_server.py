"""The baseline `make bench` loads: trivial Tornado handlers on the participant URLs.

`python -m bench.trivial_server --port PORT` answers the join page, the
question and the answers with fixed small bodies (the join page sets a
cookie), with no store, no rate limit and nothing from csec imported, so the
ratios show what the real routes cost beyond Tornado itself.
"""

import argparse
import asyncio

from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

ROOM = "TRIVIAL"
QUESTION = {"question": "poll:bench", "text": "Which option do you choose?",
            "options": ["First", "Second", "Third", "Fourth"]}


class JoinPage(RequestHandler):
    def get(self, room: str) -> None:
        self.set_cookie("device", "trivial", httponly=True)
        self.finish("<!DOCTYPE html><title>Join</title><p>Joined.</p>")


class CurrentQuestion(RequestHandler):
    def get(self, room: str) -> None:
        self.finish(QUESTION)


class Answers(RequestHandler):
    def post(self, room: str) -> None:
        self.set_status(201)
        self.finish({"ok": True})


def trivial_routes() -> list:
    room = r"(?P<room>[A-Za-z0-9]{1,12})"
    return [(rf"/join/{room}", JoinPage), (rf"/api/rooms/{room}/question", CurrentQuestion),
            (rf"/api/rooms/{room}/answers", Answers)]


async def serve(port: int) -> None:
    HTTPServer(Application(trivial_routes()), max_body_size=64 * 1024).listen(port, "127.0.0.1")
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    try:
        asyncio.run(serve(parser.parse_args().port))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
