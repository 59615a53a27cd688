"""Group mode's participant page and API, over HTTP: join, answer, refusals with a clear 4xx."""

import json

from tornado.testing import AsyncHTTPTestCase
from tornado.web import Application

from csec.group.participant_api import DEVICE_COOKIE, MAX_BODY_BYTES, RateLimiter, participant_routes
from csec.group.store import AnswerStore

QUESTIONS = {"poll:confidence": {"text": "How confident do you feel?", "options": ["Not at all", "Very"]}}


class ParticipantApiTest(AsyncHTTPTestCase):
    def get_app(self):
        self.store = AnswerStore("sqlite://")  # in memory
        self.limiter = RateLimiter(limit=50, window=10)
        self.room = self.store.create_room()
        return Application(participant_routes(self.store, QUESTIONS.get, self.limiter))

    def join(self) -> str:
        response = self.fetch(f"/join/{self.room}")
        self.assertEqual(response.code, 200)
        cookie = response.headers["Set-Cookie"]
        self.assertIn("HttpOnly", cookie)
        return cookie.split(";")[0]

    def answer(self, cookie: str, body) -> tuple[int, dict]:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        response = self.fetch(f"/api/rooms/{self.room}/answers", method="POST", body=data,
                              headers={"Cookie": cookie, "Content-Type": "application/json"}, raise_error=False)
        return response.code, json.loads(response.body)

    def current(self) -> dict:
        return json.loads(self.fetch(f"/api/rooms/{self.room}/question").body)

    def test_join_page_is_plain_local_html_naming_the_room(self):
        response = self.fetch(f"/join/{self.room}")
        page = response.body.decode()
        self.assertIn(f"Room {self.room}", page)
        self.assertNotIn("http", page.replace("http-equiv", ""))  # nothing fetched from anywhere else
        self.assertIn(f"{DEVICE_COOKIE}=", response.headers["Set-Cookie"])

    def test_phones_see_the_open_question_and_their_answers_are_counted(self):
        self.assertEqual(self.current(), {"question": None})
        self.store.open_question(self.room, "poll:confidence", options=2)
        self.assertEqual(self.current(), {"question": "poll:confidence", **QUESTIONS["poll:confidence"]})
        for _phone in range(3):
            self.assertEqual(self.answer(self.join(), {"question": "poll:confidence", "option": 1}),
                             (201, {"ok": True}))
        self.assertEqual(self.store.counts(self.room, "poll:confidence", 2), [0, 3])

    def test_duplicate_and_closed_answers_are_refused_with_409(self):
        self.store.open_question(self.room, "poll:confidence", options=2)
        cookie = self.join()
        self.answer(cookie, {"question": "poll:confidence", "option": 0})
        code, body = self.answer(cookie, {"question": "poll:confidence", "option": 1})
        self.assertEqual((code, body), (409, {"error": "This device has already answered this question."}))
        self.store.close_question(self.room, "poll:confidence")
        code, body = self.answer(self.join(), {"question": "poll:confidence", "option": 1})
        self.assertEqual((code, body), (409, {"error": "This question is not open for answers."}))
        self.assertEqual(self.store.counts(self.room, "poll:confidence", 2), [1, 0])

    def test_a_wrong_room_code_is_refused_for_every_request(self):
        for path, method in (("/join/WRONG1", "GET"), ("/api/rooms/WRONG1/question", "GET"),
                             ("/api/rooms/WRONG1/answers", "POST")):
            response = self.fetch(path, method=method, body=b"{}" if method == "POST" else None, raise_error=False)
            self.assertEqual(response.code, 404)
            self.assertIn("no session with this room code", json.loads(response.body)["error"])

    def test_malformed_oversized_and_cookieless_answers_are_refused(self):
        self.store.open_question(self.room, "poll:confidence", options=2)
        cookie = self.join()
        for body in (b"not json", b"[1, 2]", {"question": "poll:confidence"}, {"question": 5, "option": 0}):
            self.assertEqual(self.answer(cookie, body), (400, {"error": "That answer could not be read."}))
        padded = {"question": "poll:confidence", "option": 0, "padding": "x" * MAX_BODY_BYTES}
        self.assertEqual(self.answer(cookie, padded), (413, {"error": "That answer is too large."}))
        self.assertEqual(self.answer("", {"question": "poll:confidence", "option": 0}),
                         (400, {"error": "Open the join page first, then answer."}))
        self.assertEqual(self.answer(cookie, {"question": "poll:confidence", "option": 7})[0], 409)
        self.assertEqual(self.store.answers(self.room), [])

    def test_a_device_that_sends_too_much_is_slowed_down(self):
        self.limiter.limit = 3
        cookie = self.join()
        codes = [self.fetch(f"/api/rooms/{self.room}/question", headers={"Cookie": cookie}).code
                 for _ in range(3)]
        response = self.fetch(f"/api/rooms/{self.room}/question", headers={"Cookie": cookie}, raise_error=False)
        self.assertEqual(codes[:2], [200, 200])
        self.assertEqual(response.code, 429)
        self.assertIn("Wait a few seconds", json.loads(response.body)["error"])
