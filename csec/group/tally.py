"""A room's answers read against the curriculum, and what they add up to for the group.

Answers are anonymous and an answer before the series is not linked to one
after it, so every figure here is for the group: how many answered, how many
chose what, and how the group changed from before the series to after it.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from statistics import fmean, variance
from typing import ClassVar

from csec.content import Curriculum
from csec.group.intervals import Mean, Proportion, mean_change_interval, proportion_change_interval
from csec.group.percent import whole_percent
from csec.group.questions import PHASES, parse_question_key, question_for_phones
from csec.group.store import StoredAnswer

FEW_ANSWERS = 5  # fewer answers than this on a side, and the report shows no figure for it, nor a change


@dataclass(frozen=True)
class Question:
    """A question as the curriculum asks it now; a key it no longer knows keeps only ``key``."""
    key: str
    kind: str = ""
    item_id: str = ""
    phase: str = ""
    text: str = ""
    options: tuple[str, ...] = ()
    right_option: int | None = None  # knowledge checks only

    @property
    def known(self) -> bool:
        return bool(self.kind)


@dataclass(frozen=True)
class Answer:
    """One stored answer, in its room, with the question it answers."""
    room: str
    question: Question
    option: int | None
    text: str | None
    time: float

    @property
    def option_text(self) -> str:
        options = self.question.options
        return options[self.option] if self.option is not None and self.option < len(options) else ""

    @property
    def correct(self) -> bool | None:
        """Whether a knowledge check was answered right; None for any other question."""
        right = self.question.right_option
        return None if right is None else self.option == right

    @property
    def agreement(self) -> int | None:
        """A statement's answer scored 1 (strongly disagree) to 5 (strongly agree); None for any other question."""
        return None if self.question.kind != "statement" or self.option is None else self.option + 1


@dataclass(frozen=True)
class Share:
    """``count`` answers out of ``total``: the right answers to a question, or to several pooled."""
    count: int
    total: int

    @property
    def percent(self) -> int | None:
        """A whole percentage (see whole_percent); None without answers."""
        return whole_percent(self.count, self.total) if self.total else None

    @property
    def figure(self) -> int | None:
        """What a change is measured in: the whole percentage shown."""
        return self.percent

    def measured(self, size: float) -> Proportion:
        """The share as its interval reads it, counted as ``size`` answers."""
        return Proportion(self.count / self.total, size)

    @classmethod
    def of(cls, answers: list[Answer]) -> "Share":
        return cls(sum(1 for answer in answers if answer.correct), len(answers))

    @classmethod
    def pooled(cls, shares: list["Share"]) -> "Share":
        return cls(sum(share.count for share in shares), sum(share.total for share in shares))


@dataclass(frozen=True)
class Scores:
    """Agreement with a statement, or with several pooled: each answer scored 1 to 5."""
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return len(self.values)

    @property
    def mean(self) -> float | None:
        return fmean(self.values) if self.values else None

    @property
    def figure(self) -> float | None:
        """What a change is measured in: the mean score."""
        return self.mean

    def measured(self, size: float) -> Mean:
        """The scores as their interval reads them, counted as ``size`` answers."""
        return Mean(fmean(self.values), variance(self.values), size)

    @classmethod
    def of(cls, answers: list[Answer]) -> "Scores":
        return cls(tuple(answer.agreement for answer in answers if answer.agreement is not None))

    @classmethod
    def pooled(cls, scores: list["Scores"]) -> "Scores":
        return cls(tuple(value for side in scores for value in side.values))


@dataclass(frozen=True)
class Change:
    """Answers to a question of the anonymous check (or to several pooled) before and after the series; a
    subclass says which questions, how they are measured and what they are called.

    ``people`` is for pooled questions: the most answers one question had
    on each side, about how many people answered. The interval counts each
    side as that many, not as every answer pooled: one person's answers are
    not independent of each other, and counting them all would make the
    interval look surer than it is.
    """
    kind: ClassVar[str]  # the kind of content item asked: "knowledge_check"
    listing: ClassVar[str]  # the pre/post check's list of those items: "questions"
    noun: ClassVar[str]  # one of them, as the report says it: "question"
    side: ClassVar[type]  # what one side holds: Share or Scores
    interval_of: ClassVar[Callable]  # (before, after) as the side's ``measured`` gives them -> interval or None

    text: str
    before: Share | Scores
    after: Share | Scores
    people: tuple[int, int] | None = None

    @property
    def sizes(self) -> tuple[int, int]:
        """How many answers each side counts as: its own, or for pooled questions about how many people."""
        return self.people or (self.before.total, self.after.total)

    def enough(self, phase: str) -> bool:
        """Whether the side of ``phase`` has FEW_ANSWERS or more, so that its figure may be shown."""
        return self.sizes[PHASES.index(phase)] >= FEW_ANSWERS

    @property
    def shown(self) -> bool:
        """Whether the change may be shown: enough answers on both sides."""
        return all(self.enough(phase) for phase in PHASES)

    @property
    def interval(self) -> tuple[float, float] | None:
        """The 95% confidence interval of the change (after minus before), when it is shown."""
        if not self.shown:
            return None
        before, after = (side.measured(size) for side, size in zip((self.before, self.after), self.sizes))
        return self.interval_of(before, after)

    @property
    def difference(self) -> int | float | None:
        """After minus before, as each side's figure reads (points of the percentages shown, or the scale of 1 to
        5); None unless shown."""
        return self.after.figure - self.before.figure if self.shown else None


class RightAnswersChange(Change):
    """Right answers to knowledge checks: the change in the share of right answers."""
    kind, listing, noun, side = "knowledge_check", "questions", "question", Share
    interval_of = staticmethod(proportion_change_interval)


class AgreementChange(Change):
    """Agreement with statements: the change in the mean score, 1 to 5."""
    kind, listing, noun, side = "statement", "statements", "statement", Scores
    interval_of = staticmethod(mean_change_interval)


@dataclass(frozen=True)
class Distribution:
    """How many answers chose each option of one question."""
    question: Question
    counts: tuple[int, ...]

    @property
    def options(self) -> list[tuple[str, Share, bool]]:
        """(option text, its share of the answers, whether it is the right answer) for every option."""
        total = sum(self.counts)
        return [(text, Share(count, total), index == self.question.right_option)
                for index, (text, count) in enumerate(zip(self.question.options, self.counts))]

    @property
    def right(self) -> Share | None:
        """The share of right answers, for a knowledge check."""
        right = self.question.right_option
        return None if right is None else Share(self.counts[right], sum(self.counts))


def asked_question(curriculum: Curriculum, key: str) -> Question:
    """The question ``key`` names, with its text, options and right option from the curriculum."""
    shown = question_for_phones(curriculum, key)
    if shown is None:
        return Question(key)
    kind, item_id, phase = parse_question_key(key)
    right = None
    if kind == "knowledge_check":
        options = curriculum.item(kind, item_id)["options"]
        right = next(index for index, option in enumerate(options) if option.get("correct"))
    return Question(key, kind, item_id, phase, shown["text"], tuple(shown["options"]), right)


def read_answers(curriculum: Curriculum, room: str, stored: Iterable[StoredAnswer]) -> list[Answer]:
    """Each answer stored in ``room`` with its question, in the same order."""
    stored = list(stored)
    questions = {key: asked_question(curriculum, key) for key in dict.fromkeys(a.question for a in stored)}
    return [Answer(room, questions[a.question], a.option, a.text, a.time) for a in stored]


def pre_post_changes(curriculum: Curriculum, answers: list[Answer], change: type[Change]) -> list[Change]:
    """Per question of ``change``'s kind asked before or after the series, in the pre/post check's order: its
    change."""
    phased: dict[str, dict[str, list[Answer]]] = {}
    texts: dict[str, str] = {}
    for answer in answers:
        question = answer.question
        if question.kind == change.kind and question.phase:
            phased.setdefault(question.item_id, {phase: [] for phase in PHASES})[question.phase].append(answer)
            texts[question.item_id] = question.text
    order = [item_id for check in curriculum.items["pre_post_check"].values()
             for item_id in check.get(change.listing, [])]
    return [change(texts[item_id], *(change.side.of(phased[item_id][phase]) for phase in PHASES))
            for item_id in sorted(phased, key=lambda item_id: order.index(item_id) if item_id in order else len(order))]


def overall_change(changes: list[Change]) -> Change | None:
    """The answers to every question (or statement) asked both before and after, pooled; None if there is none.

    Its interval counts each side as the most answers one question had
    there (see Change): pooling adds up questions, not people.
    """
    both = [change for change in changes if change.before.total and change.after.total]
    if not both:
        return None
    change = type(both[0])
    people = tuple(max(getattr(c, phase).total for c in both) for phase in PHASES)
    title = (f"Overall: the {len(both)} {change.noun}{'s' if len(both) != 1 else ''} asked both before and after, "
             "pooled")
    return change(title, change.side.pooled([c.before for c in both]), change.side.pooled([c.after for c in both]),
                  people)


def distributions(answers: list[Answer], kind: str) -> list[Distribution]:
    """Per question of ``kind`` asked in a session (not before or after the series): answers per option."""
    grouped = _by_question(answers, lambda question: question.kind == kind and not question.phase)
    return [Distribution(question, tuple(sum(1 for a in group if a.option == index)
                                         for index in range(len(question.options))))
            for question, group in grouped.items()]


def written_answers(answers: list[Answer]) -> list[tuple[Question, list[str]]]:
    """Per question box: the words written, oldest first."""
    grouped = _by_question(answers, lambda question: question.kind == "question_box")
    return [(question, [answer.text for answer in group]) for question, group in grouped.items()]


def unknown_questions(answers: list[Answer]) -> list[tuple[str, int]]:
    """(key, number of answers) for every question the curriculum no longer knows."""
    grouped = _by_question(answers, lambda question: not question.known)
    return [(question.key, len(group)) for question, group in grouped.items()]


def _by_question(answers: list[Answer], wanted: Callable[[Question], bool]) -> dict[Question, list[Answer]]:
    """The answers to each wanted question, questions in the order first answered."""
    grouped: dict[Question, list[Answer]] = {}
    for answer in answers:
        if wanted(answer.question):
            grouped.setdefault(answer.question, []).append(answer)
    return grouped
