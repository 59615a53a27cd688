"""Reading level of what participants read in each session, per audience (Flesch-Kincaid grade)."""

import re

import textstat

from csec.content import Curriculum
from csec.participant_text import participant_texts

TARGET_GRADES = {"youth": 8.0}  # older youth; every adult audience:
ADULT_TARGET_GRADE = 10.0
MARKDOWN_SYNTAX = re.compile(r"(^#+\s*|\*\*|__|`|<[^>]+>|\[|\]\([^)]*\))", re.MULTILINE)


def target_grade(audience: str) -> float:
    return TARGET_GRADES.get(audience, ADULT_TARGET_GRADE)


def as_sentences(texts: list[str]) -> str:
    """Texts joined as sentences (list items and headings count as sentences of their own)."""
    sentences = []
    for text in texts:
        for line in MARKDOWN_SYNTAX.sub("", text).splitlines():
            line = line.strip(" -*").strip()
            if line:
                sentences.append(line if line[-1] in ".?!:" else line + ".")
    return " ".join(sentences)


def session_grades(curriculum: Curriculum, session: dict) -> dict[str, float]:
    """The Flesch-Kincaid grade of the session for each of its audiences."""
    return {audience: textstat.flesch_kincaid_grade(as_sentences(participant_texts(curriculum, session, audience)))
            for audience in session["audiences"]}
