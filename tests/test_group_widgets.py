"""The facilitator's side of group mode: widgets open questions on the phones and show the answers."""

import re
from html import escape

import pytest
from sqlalchemy.exc import OperationalError

from csec.group.live import LiveRoom
from csec.group.store import AnswerStore
from widgets import KnowledgeCheck, Poll, PrePostCheck, QuestionBox
from widgets.phone_answers import PhoneAnswers

POLL = "confidence-recognizing-signs"


@pytest.fixture
def store(answer_store_url):
    return AnswerStore(answer_store_url)


@pytest.fixture
def room(store):
    return LiveRoom(store, store.create_room())


def answer_from_phones(room: LiveRoom, key: str, options: list[int]) -> None:
    for phone, option in enumerate(options):
        room.store.record_answer(room.code, key, f"phone-{phone}", option)


def test_a_poll_opens_on_the_phones_counts_their_answers_and_closes(curriculum, room):
    poll = Poll(POLL, curriculum, room=room)
    assert not hasattr(poll, "counters")  # no show of hands to count in group mode
    assert room.store.current_question(room.code) is None
    poll.phones.open_button.click()
    assert room.store.current_question(room.code) == (f"poll:{POLL}", len(poll.item["options"]))
    assert poll.phones.open_button.disabled and not poll.phones.close_button.disabled
    answer_from_phones(room, f"poll:{POLL}", [0, 2, 2, 2])
    poll.phones.refresh()  # what the timer does every second
    assert "Open on phones: 4 answers so far" in poll.phones.status.value
    assert "3 (75%)" in poll.phones.results.value and "1 (25%)" in poll.phones.results.value
    poll.phones.close_button.click()
    assert room.store.current_question(room.code) is None
    assert "Closed on phones: 4 answers" in poll.phones.status.value and not poll.phones.open_button.disabled


def test_opening_another_question_closes_the_first_on_the_facilitators_screen(curriculum, room):
    poll = Poll(POLL, curriculum, room=room)
    check = KnowledgeCheck("who-exploits", curriculum, room=room)
    check_phones = next(child for child in check.children if isinstance(child, PhoneAnswers))
    poll.phones.open_question()
    check_phones.open_question()
    poll.phones.refresh()
    assert "Closed on phones" in poll.phones.status.value and not poll.phones.open_button.disabled
    check_phones.close_question()


def test_a_page_drawn_before_its_question_was_opened_follows_the_store(curriculum, room):
    """A kernel started ahead of time draws the poll before anyone opens it; the facilitator may open it from
    another tab. Once shown, the page says what the phones see."""
    poll = Poll(POLL, curriculum, room=room)
    assert "Closed on phones: 0 answers" in poll.phones.status.value and poll.phones.timer.is_running()
    elsewhere = Poll(POLL, curriculum, room=room)
    elsewhere.phones.open_question()
    answer_from_phones(room, f"poll:{POLL}", [1, 1])
    poll.phones.refresh()  # what its timer does every second
    assert "Open on phones: 2 answers so far" in poll.phones.status.value and poll.phones.open_button.disabled


def test_a_knowledge_check_chart_never_marks_the_right_answer(curriculum, room):
    check = KnowledgeCheck("who-exploits", curriculum, room=room)
    phones = next(child for child in check.children if isinstance(child, PhoneAnswers))
    phones.open_question()
    correct = next(i for i, option in enumerate(check.item["options"]) if option.get("correct"))
    answer_from_phones(room, "knowledge_check:who-exploits", [correct, correct, (correct + 1) % 3])
    phones.close_question()
    assert "2 (67%)" in phones.results.value
    assert "Correct" not in phones.results.value and check.item["explanation"] not in phones.results.value


def test_the_check_before_the_series_shows_how_many_answered_not_what(curriculum, room):
    check = PrePostCheck("series-check", "before", curriculum, room=room)
    first = check.questions[0]["id"]
    assert "answer on your phone" in check.instructions.value
    check.phones.open_question()
    assert room.store.current_question(room.code)[0] == f"knowledge_check:{first}@before"
    answer_from_phones(room, f"knowledge_check:{first}@before", [0, 1])
    check.phones.refresh()
    assert "2 answers so far" in check.phones.status.value and check.phones.results.value == ""
    check.next_button.click()  # moving on closes the question on the phones
    assert room.store.current_question(room.code) is None
    assert check.phones.question.key == f"knowledge_check:{check.questions[1]['id']}@before"
    assert "0 answers" in check.phones.status.value


def test_the_check_after_the_series_is_counted_apart_and_charted(curriculum, room):
    first = PrePostCheck("series-check", "before", curriculum, room=room).questions[0]["id"]
    room.store.open_question(room.code, f"knowledge_check:{first}@before", 4)
    answer_from_phones(room, f"knowledge_check:{first}@before", [0, 0, 0])
    after = PrePostCheck("series-check", "after", curriculum, room=room)
    after.phones.open_question()
    answer_from_phones(room, f"knowledge_check:{first}@after", [1])
    after.phones.refresh()
    assert "1 answer so far" in after.phones.status.value and "1 (100%)" in after.phones.results.value


def test_the_statements_follow_the_questions_on_the_phones_and_the_room_sees_only_how_many_answered(
        curriculum, room):
    for phase in ("before", "after"):
        check = PrePostCheck("series-check", phase, curriculum, room=room)
        check.go_to(len(check.questions))
        first = check.statements[0]["id"]
        assert check.phones.question.key == f"statement:{first}@{phase}" and check.phones.question.options == 5
        check.phones.open_question()
        assert room.store.current_question(room.code) == (f"statement:{first}@{phase}", 5)
        answer_from_phones(room, f"statement:{first}@{phase}", [4, 4, 0])
        check.phones.refresh()
        assert "3 answers so far" in check.phones.status.value and check.phones.results.value == ""
        check.go_to(len(check.questions) - 1)  # back to the last question: its chart, after the series
        check.phones.open_question()
        answer_from_phones(room, check.phones.question.key, [0])
        check.phones.refresh()
        assert (check.phones.results.value != "") == (phase == "after")
        check.phones.close_question()


def test_a_question_box_without_written_answers_uses_cards(curriculum, room):
    box = QuestionBox("questions-for-us", curriculum, room=room)
    assert box.phones is None and escape(box.item["paper"]) in box.children[-1].value


def test_written_answers_wait_in_the_speaker_notes_until_approved_and_are_always_escaped(curriculum, store):
    room = LiveRoom(store, store.create_room(free_text=True))
    box = QuestionBox("questions-for-us", curriculum, room=room)
    box.phones.open_question()
    key = "question_box:questions-for-us"
    store.record_answer(room.code, key, "phone-a", text='<script>alert("x")</script> <b>Who do I call?</b>')
    store.record_answer(room.code, key, "phone-b", text="My friend Maya texts 555-201-3344")
    box.phones.refresh()
    review = box.phones.review.notes.value
    assert "2 answers so far, 2 waiting for your review" in box.phones.status.value
    assert review.startswith('<aside class="notes">')  # the speaker view's, never the projector's
    assert "<script>" not in review and "&lt;script&gt;" in review
    assert "Check first:</b> may name someone, a phone number" in review
    assert box.phones.words_button.disabled and box.phones.results.value == ""  # nothing approved, nothing shown
    first, second = store.answers_to_review(room.code, key)
    box.phones.review.commands.value = f"approve {first.number}"  # "Show to the room" in the speaker view
    assert box.phones.review.commands.value == ""
    assert "2 answers so far, 1 waiting" in box.phones.status.value and not box.phones.words_button.disabled
    box.phones.words_button.click()
    shown = box.phones.results.value
    assert "&lt;b&gt;Who do I call?&lt;/b&gt;" in shown and "<b>Who" not in shown and "Maya" not in shown
    box.phones.review.commands.value = f"reject {second.number}"  # "Remove"
    assert "Maya" not in box.phones.review.notes.value and "1 answer so far." in box.phones.status.value
    for nonsense in ("drop table answers", "approve all", "reject 1 2", "approve"):  # anything else is ignored
        box.phones.review.commands.value = nonsense
    assert [(a.text, a.approved) for a in store.answers_to_review(room.code, key)] == [(first.text, True)]
    box.phones.words_button.click()  # hidden again at once, say when one names someone
    assert box.phones.results.value == "" and box.phones.words_button.description == "Show the answers"


def test_show_all_approves_the_answers_it_listed_and_not_one_that_arrived_since(curriculum, store):
    room = LiveRoom(store, store.create_room(free_text=True))
    box = QuestionBox("questions-for-us", curriculum, room=room)
    box.phones.open_question()
    key = "question_box:questions-for-us"
    for phone in ("a", "b"):
        store.record_answer(room.code, key, f"phone-{phone}", text=f"A question from phone {phone}")
    box.phones.refresh()
    show_all = re.search(r'data-csec-command="([^"]+)">Show all 2 to the room', box.phones.review.notes.value)
    store.record_answer(room.code, key, "phone-c", text="Arrived after the list was read")
    box.phones.review.commands.value = show_all.group(1)
    assert [(a.text, a.approved) for a in store.answers_to_review(room.code, key)] == [
        ("A question from phone a", True), ("A question from phone b", True),
        ("Arrived after the list was read", False)]


def test_a_store_that_cannot_be_reached_shows_a_line_not_a_traceback(curriculum, room, monkeypatch):
    poll = Poll(POLL, curriculum, room=room)

    def unreachable(*_arguments):
        raise OperationalError("SELECT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(room.store, "current_question", unreachable)
    poll.phones.open_button.click()
    assert "cannot be reached" in poll.phones.status.value and not poll.phones.timer.is_running()
