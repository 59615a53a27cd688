"""Written answers flagged for a second look before the room sees them: who they may identify, and the
words on the review list. A flag warns the facilitator; it decides nothing."""

import pytest

from csec.group.review import review_flags


@pytest.mark.parametrize("answer, flags", [
    ("My cousin Jake keeps getting gifts from an older guy", ["may name someone"]),
    ("my name is Ana and I need to talk", ["may name someone"]),
    ("My teacher Mr Lee said to ask here", ["may name someone"]),
    ("text me at 555-201-3344", ["a phone number"]),
    ("call (555) 201 3344 after school", ["a phone number"]),
    ("+1 555 201 3344", ["a phone number"]),
    ("write to sam.r@example.org please", ["an email address"]),
    ("she stays at 12 Oak Street now", ["a street address"]),
    ("apartment 4B, the one by the bus stop", ["a street address"]),
    ("My brother Leo, 555 201 3344", ["may name someone", "a phone number"]),
    ("people who do that are SLUTS", ["a word on the review list"]),
    ("what is a child prostitute", ["a word on the review list"]),  # a discouraged term, flagged too
])
def test_an_answer_that_may_identify_someone_or_hurt_is_flagged_with_the_reason(answer, flags):
    assert review_flags(answer) == flags


@pytest.mark.parametrize("answer", [
    "Who do I call if I am worried about a friend?",
    "Is it my fault if I didn't see the signs?",
    "What happens after I call 988?",
    "How many young people does this happen to in 2024?",
    "my friend said the hotline helped",
    "Can I stay anonymous when I report?",
    "What does grooming look like online?",
    "Why do shoes and sweet words count as gifts?",  # "hoe" only as a whole word
])
def test_ordinary_questions_carry_no_flag(answer):
    assert review_flags(answer) == []


def test_a_language_without_a_list_still_flags_what_identifies_someone():
    assert review_flags("llámame al 555 201 3344", "xx") == ["a phone number"]
    assert review_flags("SLUTS", "xx") == []
