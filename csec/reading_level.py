"""Reading level of what participants read in each session, per audience, with a formula made for the
session's language: the Flesch-Kincaid grade in English (lower is easier), Fernández-Huerta's reading ease in
Spanish (higher is easier), as textstat computes them."""

import re
from collections.abc import Callable
from dataclasses import dataclass

import textstat

from csec.content import Curriculum
from csec.participant_text import participant_texts

MARKDOWN_SYNTAX = re.compile(r"(^#+\s*|\*\*|__|`|<[^>]+>|\[|\]\([^)]*\))", re.MULTILINE)


@dataclass(frozen=True)
class ReadingScale:
    """A readability formula and each audience's target on it."""

    name: str  # as `csec check` prints it
    language: str  # textstat's language (its syllable rules)
    formula: Callable[[str], float]
    youth_target: float  # older youth
    adult_target: float  # every adult audience
    higher_is_easier: bool

    def target(self, audience: str) -> float:
        return self.youth_target if audience == "youth" else self.adult_target

    def too_hard(self, score: float, audience: str) -> bool:
        target = self.target(audience)
        return score < target if self.higher_is_easier else score > target

    def limit(self, audience: str) -> str:
        """The target in words: "max 8", "min 70"."""
        return f"{'min' if self.higher_is_easier else 'max'} {self.target(audience):.0f}"

    def score(self, text: str) -> float:
        """The formula's score of ``text`` (textstat's language is set for the call only)."""
        textstat.set_lang(self.language)
        try:
            return self.formula(text)
        finally:
            textstat.set_lang("en_US")


SCALES = {
    "en": ReadingScale("Flesch-Kincaid grade", "en_US", textstat.flesch_kincaid_grade, 8.0, 10.0, False),
    # 70 and up reads as "fairly easy", 60 to 70 as "normal" on Fernández-Huerta's scale: about grades 8 and 10.
    "es": ReadingScale("Fernández-Huerta reading ease", "es", textstat.fernandez_huerta, 70.0, 60.0, True),
}


def reading_scale(language: str) -> ReadingScale | None:
    """The scale for ``language``, or None where the project has no formula for it."""
    return SCALES.get(language)


def as_sentences(texts: list[str]) -> str:
    """Texts joined as sentences (list items and headings count as sentences of their own)."""
    sentences = []
    for text in texts:
        for line in MARKDOWN_SYNTAX.sub("", text).splitlines():
            line = line.strip(" -*").strip()
            if line:
                sentences.append(line if line[-1] in ".?!:" else line + ".")
    return " ".join(sentences)


def session_scores(curriculum: Curriculum, scale: ReadingScale, session: dict) -> dict[str, float]:
    """The session's score on ``scale`` for each of its audiences."""
    return {audience: scale.score(as_sentences(participant_texts(curriculum, session, audience)))
            for audience in session["audiences"]}
