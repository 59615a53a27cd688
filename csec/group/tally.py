"""A room's answers read against the curriculum, and what they add up to for the group.

Answers are anonymous and an answer before the series is not linked to one
after it, so every figure here is for the group: how many answered, and how
many chose what.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from csec.content import Curriculum
from csec.group.percent import whole_percent
from csec.group.questions import PHASES, parse_question_key, question_for_phones
from csec.group.store import StoredAnswer

FEW_ANSWERS = 5  # fewer answers than this on either side, and a change is read with care


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
    """One stored answer with the question it answers."""
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


@dataclass(frozen=True)
class Share:
    """``count`` answers out of ``total``."""
    count: int
    total: int

    @property
    def percent(self) -> int | None:
        """A whole percentage (see whole_percent); None without answers."""
        return whole_percent(self.count, self.total) if self.total else None


@dataclass(frozen=True)
class Change:
    """Right answers to a question (or to several pooled) before and after the series."""
    text: str
    before: Share
    after: Share
    few_answers: bool

    @property
    def points(self) -> int | None:
        """After minus before, in points of the percentages shown; None unless asked both times."""
        if self.before.total and self.after.total:
            return self.after.percent - self.before.percent
        return None


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


def read_answers(curriculum: Curriculum, stored: Iterable[StoredAnswer]) -> list[Answer]:
    """Each stored answer with its question, in the same order."""
    stored = list(stored)
    questions = {key: asked_question(curriculum, key) for key in dict.fromkeys(a.question for a in stored)}
    return [Answer(questions[a.question], a.option, a.text, a.time) for a in stored]


def pre_post_changes(curriculum: Curriculum, answers: list[Answer]) -> list[Change]:
    """Per knowledge check asked before or after the series, in the pre/post check's order: its right answers."""
    phased: dict[str, dict[str, list[Answer]]] = {}
    for answer in answers:
        question = answer.question
        if question.kind == "knowledge_check" and question.phase:
            phased.setdefault(question.item_id, {phase: [] for phase in PHASES})[question.phase].append(answer)
    order = [item_id for check in curriculum.items["pre_post_check"].values() for item_id in check["questions"]]
    changes = []
    for item_id in sorted(phased, key=lambda item_id: order.index(item_id) if item_id in order else len(order)):
        before, after = (_right_share(phased[item_id][phase]) for phase in PHASES)
        changes.append(Change(curriculum.item("knowledge_check", item_id)["question"], before, after,
                              few_answers=0 < min(before.total, after.total) < FEW_ANSWERS))
    return changes


def overall_change(changes: list[Change]) -> Change | None:
    """Right answers to every question asked both before and after, pooled; None if there is none.

    It counts as few answers when no question had FEW_ANSWERS on a side:
    pooling adds up questions, not people.
    """
    both = [change for change in changes if change.points is not None]
    if not both:
        return None
    fewest = min(max(change.before.total for change in both), max(change.after.total for change in both))
    title = f"Overall: the {len(both)} question{'s' if len(both) != 1 else ''} asked both before and after, pooled"
    return Change(title, _pooled([change.before for change in both]),
                  _pooled([change.after for change in both]), few_answers=fewest < FEW_ANSWERS)


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


def _right_share(answers: list[Answer]) -> Share:
    return Share(sum(1 for answer in answers if answer.correct), len(answers))


def _pooled(shares: list[Share]) -> Share:
    return Share(sum(share.count for share in shares), sum(share.total for share in shares))


def _by_question(answers: list[Answer], wanted: Callable[[Question], bool]) -> dict[Question, list[Answer]]:
    """The answers to each wanted question, questions in the order first answered."""
    grouped: dict[Question, list[Answer]] = {}
    for answer in answers:
        if wanted(answer.question):
            grouped.setdefault(answer.question, []).append(answer)
    return grouped
