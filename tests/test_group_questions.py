"""Question keys: what a phone is shown for each, and never an answer."""

import json

from csec.group.questions import question_for_phones, question_key


def test_a_poll_shows_its_question_and_options(curriculum):
    poll = curriculum.item("poll", "confidence-recognizing-signs")
    assert question_for_phones(curriculum, question_key("poll", poll["id"])) == {
        "text": poll["question"], "options": poll["options"]}


def test_a_knowledge_check_shows_no_answer_feedback_or_explanation(curriculum):
    question = curriculum.item("knowledge_check", "prepost-signs-together")
    shown = question_for_phones(curriculum, question_key("knowledge_check", question["id"], "before"))
    assert shown == {"text": question["question"], "options": [o["text"] for o in question["options"]]}
    sent = json.dumps(shown)
    assert "correct" not in sent and question["explanation"] not in sent
    assert all(option["feedback"] not in sent for option in question["options"])


def test_a_statement_offers_the_five_point_scale_before_and_after_the_series_only(curriculum):
    statement = curriculum.item("statement", "never-their-fault")
    for phase in ("before", "after"):
        assert question_for_phones(curriculum, question_key("statement", statement["id"], phase)) == {
            "text": statement["statement"],
            "options": ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"]}
    assert question_for_phones(curriculum, question_key("statement", statement["id"])) is None


def test_unknown_keys_show_nothing(curriculum):
    for key in ("poll:no-such-poll", "knowledge_check:prepost-signs-together@during", "scenario:x", "nonsense",
                "poll:confidence-recognizing-signs@before", "statement:no-such-statement@before",
                "statement:never-their-fault@during"):
        assert question_for_phones(curriculum, key) is None


def test_a_question_box_asks_for_words_not_options(curriculum):
    box = curriculum.item("question_box", "questions-for-us")
    assert question_for_phones(curriculum, question_key("question_box", box["id"])) == {
        "text": box["prompt"], "options": []}
    assert question_for_phones(curriculum, "question_box:questions-for-us@before") is None
