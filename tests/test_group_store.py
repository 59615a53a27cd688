"""Group mode's answer store: one anonymous answer per device per open question, counts, purge.

Runs on SQLite, and on PostgreSQL too when CSEC_TEST_DATABASE_URL names one (see answer_store_url in conftest).
"""

import sqlite3

import pytest
from sqlalchemy import inspect, text

from csec.errors import CsecError
from csec.group.store import MAX_TEXT_LENGTH, WRITTEN, AnswerRefused, AnswerStore


class FakeClock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(answer_store_url):
    store = AnswerStore(answer_store_url, clock=FakeClock())
    yield store
    store.engine.dispose()


@pytest.fixture
def room(store):
    code = store.create_room()
    store.open_question(code, "confidence", options=4)
    return code


def test_answers_from_different_devices_are_counted(store, room):
    for device, option in (("phone-a", 0), ("phone-b", 2), ("phone-c", 2)):
        store.record_answer(room, "confidence", device, option)
    assert store.counts(room, "confidence", 4) == [1, 0, 2, 0]
    assert store.current_question(room) == ("confidence", 4)


def test_a_second_answer_from_the_same_device_is_refused(store, room):
    store.record_answer(room, "confidence", "phone-a", 1)
    with pytest.raises(AnswerRefused, match="already answered"):
        store.record_answer(room, "confidence", "phone-a", 3)
    assert store.counts(room, "confidence", 4) == [0, 1, 0, 0]


def test_answers_are_taken_only_while_the_question_is_open(store, room):
    store.record_answer(room, "confidence", "phone-a", 0)
    store.close_question(room, "confidence")
    assert store.current_question(room) is None
    with pytest.raises(AnswerRefused, match="not open"):
        store.record_answer(room, "confidence", "phone-b", 0)
    store.open_question(room, "confidence", options=4)  # reopened: earlier answers and devices still count
    store.record_answer(room, "confidence", "phone-b", 1)
    with pytest.raises(AnswerRefused, match="already answered"):
        store.record_answer(room, "confidence", "phone-a", 1)
    assert store.counts(room, "confidence", 4) == [1, 1, 0, 0]


def test_opening_a_question_closes_the_one_open_before(store, room):
    store.clock.now += 10
    store.open_question(room, "first-step", options=3)
    assert store.current_question(room) == ("first-step", 3)
    with pytest.raises(AnswerRefused, match="not open"):
        store.record_answer(room, "confidence", "phone-a", 0)
    store.close_question(room, "first-step")
    assert store.current_question(room) is None


@pytest.mark.parametrize("option", [-1, 4, True, "1", None, 1.5])
def test_an_option_that_does_not_exist_is_refused(store, room, option):
    with pytest.raises(AnswerRefused, match="not one of the options"):
        store.record_answer(room, "confidence", "phone-a", option)
    assert store.answers(room) == []


def test_a_wrong_room_or_question_is_refused(store, room):
    with pytest.raises(AnswerRefused, match="not open"):
        store.record_answer("NOROOM", "confidence", "phone-a", 0)
    with pytest.raises(AnswerRefused, match="not open"):
        store.record_answer(room, "never-asked", "phone-a", 0)
    with pytest.raises(AnswerRefused, match="no room 'NOROOM'"):
        store.open_question("NOROOM", "confidence", options=4)


def test_the_store_keeps_no_device_token_and_nothing_that_links_rooms(store, room):
    other = store.create_room()
    store.open_question(other, "confidence", options=4)
    store.record_answer(room, "confidence", "my-phone-token", 0)
    store.record_answer(other, "confidence", "my-phone-token", 0)
    with store.engine.connect() as connection:
        devices = [row.device for row in connection.execute(
            text("SELECT device FROM answers WHERE room IN (:one, :other)"), {"one": room, "other": other})]
    assert len(set(devices)) == 2 and "my-phone-token" not in devices
    columns = [column["name"] for column in inspect(store.engine).get_columns("answers")]
    assert columns == ["id", "room", "question", "device", "option", "text", "time", "approved"]
    assert store.answers(room) == [("confidence", 0, None, store.clock.now)]


def test_purging_a_room_removes_everything_in_it(store, room):
    store.record_answer(room, "confidence", "phone-a", 0)
    store.record_answer(room, "confidence", "phone-b", 1)
    assert store.purge_room(room) == 2
    assert not store.room_exists(room)
    assert store.answers(room) == [] and store.current_question(room) is None
    assert store.counts(room, "confidence", 4) == [0, 0, 0, 0]


def test_rooms_answered_in_a_span_of_time_come_in_the_order_of_their_first_answer_there(store, room):
    late, never = store.create_room(free_text=True), store.create_room()
    store.open_question(late, "question_box:ask", options=WRITTEN)
    store.clock.now = 900.0
    store.record_answer(late, "question_box:ask", "e", text="waiting for review")  # not an answer until approved
    store.open_question(late, "confidence", options=4)
    for now, code, device in ((1_000.0, room, "a"), (1_500.0, late, "b"), (1_999.0, room, "c"), (2_000.0, late, "d")):
        store.clock.now = now
        store.record_answer(code, "confidence", device, 0)
    assert store.rooms_answered_between(1_000.0, 2_000.0) == [room, late]  # the start counts, the end does not
    assert store.rooms_answered_between(1_200.0, 2_500.0) == [late, room]
    assert store.rooms_answered_between(2_000.0, 3_000.0) == [late]
    assert store.rooms_answered_between(0.0, 999.0) == [] and never not in store.rooms_answered_between(0.0, 9e9)
    store.approve(late, "question_box:ask")
    assert store.rooms_answered_between(0.0, 999.0) == [late]


def test_rooms_past_the_retention_limit_are_purged(store, room):
    store.clock.now += 10 * 86400
    recent = store.create_room()
    assert room in store.purge_older_than(7 * 86400)
    assert not store.room_exists(room) and store.room_exists(recent)


def test_answers_survive_a_restart(tmp_path):
    first = AnswerStore.in_folder(tmp_path / "data")
    room = first.create_room()
    first.open_question(room, "confidence", options=4)
    first.record_answer(room, "confidence", "phone-a", 3)
    first.engine.dispose()
    again = AnswerStore.in_folder(tmp_path / "data")
    assert again.counts(room, "confidence", 4) == [0, 0, 0, 1]
    with again.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_purge_command_deletes_a_room_by_its_code_in_any_case_and_names_a_wrong_one(tmp_path, monkeypatch,
                                                                                   capsys):
    from csec.cli import main
    from csec.settings import DATABASE_URL_VARIABLE

    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    store = AnswerStore.in_folder(tmp_path)
    room = store.create_room()
    store.open_question(room, "poll:confidence", options=2)
    store.record_answer(room, "poll:confidence", "phone-a", 1)
    store.engine.dispose()
    assert main(["data", "purge", "--room", room.lower(), "--data", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"purged room {room}: 1 answer deleted"]
    assert not AnswerStore.in_folder(tmp_path).room_exists(room)
    assert main(["data", "purge", "--room", room, "--data", str(tmp_path)]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and f"no room {room!r}" in error[0] and "purged already" in error[0], error


def test_written_answers_only_in_a_room_opened_for_them(store, room):
    with pytest.raises(AnswerRefused, match="does not take written answers"):
        store.open_question(room, "question_box:ask", options=WRITTEN)
    writing = store.create_room(free_text=True)
    store.open_question(writing, "question_box:ask", options=WRITTEN)
    store.record_answer(writing, "question_box:ask", "phone-a", text="  <b>Who do I call?</b>  ")
    store.approve(writing, "question_box:ask")
    assert store.written_answers(writing, "question_box:ask") == ["<b>Who do I call?</b>"]
    assert store.answers(writing) == [("question_box:ask", None, "<b>Who do I call?</b>", store.clock.now)]


def test_a_written_answer_waits_for_review_and_a_rejected_one_is_gone(store):
    writing = store.create_room(free_text=True)
    store.open_question(writing, "question_box:ask", options=WRITTEN)
    for phone, words in enumerate(["My sister Ana is 14", "Who do I call?", "What happens after a report?"]):
        store.record_answer(writing, "question_box:ask", f"phone-{phone}", text=words)
    waiting = store.answers_to_review(writing, "question_box:ask")
    assert [(answer.text, answer.approved) for answer in waiting] == [
        ("My sister Ana is 14", False), ("Who do I call?", False), ("What happens after a report?", False)]
    assert store.written_answers(writing, "question_box:ask") == [] and store.answers(writing) == []
    assert store.approve(writing, "question_box:ask", [waiting[1].number]) == 1
    assert store.written_answers(writing, "question_box:ask") == ["Who do I call?"]
    assert store.reject(writing, "question_box:ask", waiting[0].number)
    assert [answer.text for answer in store.answers_to_review(writing, "question_box:ask")] == [
        "Who do I call?", "What happens after a report?"]
    assert [answer.text for answer in store.answers(writing)] == ["Who do I call?"]
    with store.engine.connect() as connection:
        kept = connection.execute(text("SELECT text FROM answers WHERE room = :room"), {"room": writing}).scalars()
        assert "My sister Ana is 14" not in list(kept)
    assert store.approve(writing, "question_box:ask") == 2  # all at once
    assert store.written_answers(writing, "question_box:ask") == ["Who do I call?", "What happens after a report?"]
    assert not store.reject(writing, "question_box:other", waiting[1].number)  # a number only within its question


def test_a_store_made_before_review_keeps_its_answers_and_holds_its_written_ones(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:
        old.executescript("""
            CREATE TABLE rooms (code VARCHAR(6) PRIMARY KEY, created FLOAT NOT NULL, free_text BOOLEAN NOT NULL);
            CREATE TABLE questions (room VARCHAR(6), question VARCHAR(120), options INTEGER NOT NULL,
                                    opened FLOAT NOT NULL, closed FLOAT, PRIMARY KEY (room, question));
            CREATE TABLE answers (id INTEGER PRIMARY KEY, room VARCHAR(6) NOT NULL, question VARCHAR(120) NOT NULL,
                                  device VARCHAR(64) NOT NULL, option INTEGER, text VARCHAR(280), time FLOAT NOT NULL,
                                  UNIQUE (room, question, device));
            INSERT INTO rooms VALUES ('ABC234', 1, 1);
            INSERT INTO answers VALUES (1, 'ABC234', 'poll:p', 'd1', 2, NULL, 5);
            INSERT INTO answers VALUES (2, 'ABC234', 'question_box:q', 'd2', NULL, 'My name is Sam', 6);""")
    old.close()
    store = AnswerStore(f"sqlite:///{path}")
    assert store.answers("ABC234") == [("poll:p", 2, None, 5)]
    assert [(a.text, a.approved) for a in store.answers_to_review("ABC234", "question_box:q")] == [
        ("My name is Sam", False)]
    secret = store.room_secret("ABC234")  # made when first asked for, then kept: phones stay valid after a restart
    assert len(secret) == 32 and AnswerStore(f"sqlite:///{path}").room_secret("ABC234") == secret


@pytest.mark.parametrize("words", ["", "   ", None, 5, "x" * (MAX_TEXT_LENGTH + 1)])
def test_a_written_answer_that_is_empty_or_too_long_is_refused(store, words):
    writing = store.create_room(free_text=True)
    store.open_question(writing, "question_box:ask", options=WRITTEN)
    with pytest.raises(AnswerRefused, match="write an answer|at most"):
        store.record_answer(writing, "question_box:ask", "phone-a", text=words)
    store.record_answer(writing, "question_box:ask", "phone-a", text="x" * MAX_TEXT_LENGTH)
    store.approve(writing, "question_box:ask")
    assert store.written_answers(writing, "question_box:ask") == ["x" * MAX_TEXT_LENGTH]


def test_words_sent_to_a_question_with_options_are_not_kept(store, room):
    store.record_answer(room, "confidence", "phone-a", 2, text="my name is Sam")
    assert store.answers(room) == [("confidence", 2, None, store.clock.now)]


@pytest.mark.parametrize("contents", [b"not a database at all " * 100, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_damaged_or_foreign_store_file_is_one_clear_line(tmp_path, contents):
    path = tmp_path / "group-answers.sqlite3"
    path.write_bytes(contents)
    with pytest.raises(CsecError) as refused:
        AnswerStore.in_folder(tmp_path)
    message = str(refused.value)
    assert "\n" not in message and f"answer store {path}: cannot open it" in message
    assert "move a damaged file away" in message and path.read_bytes() == contents  # nothing written over it
