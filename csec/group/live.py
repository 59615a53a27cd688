"""A session's questions as the phones in the room see them: opened, closed, answered.

`csec serve --lan` names the room in every page's settings (csec/page.py);
a widget finds the room and its store here. The store (SQLAlchemy) is
imported only in group mode, so sessions without it start as fast as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from csec.page import page_settings
from csec.settings import Settings

if TYPE_CHECKING:
    from csec.group.store import AnswerStore, WrittenAnswer


@dataclass(frozen=True)
class LiveQuestion:
    """One question of the session in one room: ``options`` choices, or WRITTEN for words."""

    store: AnswerStore
    room: str
    key: str
    options: int

    @property
    def is_open(self) -> bool:
        current = self.store.current_question(self.room)
        return current is not None and current[0] == self.key

    def open(self) -> None:
        self.store.open_question(self.room, self.key, self.options)

    def close(self) -> None:
        self.store.close_question(self.room, self.key)

    def counts(self) -> list[int]:
        return self.store.counts(self.room, self.key, self.options)

    def to_review(self) -> list[WrittenAnswer]:
        return self.store.answers_to_review(self.room, self.key)

    def approve(self, numbers: list[int]) -> int:
        return self.store.approve(self.room, self.key, numbers)

    def reject(self, number: int) -> bool:
        return self.store.reject(self.room, self.key, number)


@dataclass(frozen=True)
class LiveRoom:
    """The room phones joined, and the store its answers go to."""

    store: AnswerStore
    code: str

    def question(self, key: str, options: int) -> LiveQuestion:
        return LiveQuestion(self.store, self.code, key, options)

    @property
    def takes_written_answers(self) -> bool:
        return self.store.takes_written_answers(self.code)


def join_address() -> tuple[str, str] | None:
    """(room code, join URL) of this page's group-mode room, or None without group mode."""
    settings = page_settings()
    return (settings.room, settings.join_url) if settings.room and settings.join_url else None


def room_in_use() -> LiveRoom | None:
    """The room `csec serve --lan` opened for this page, or None without group mode."""
    settings = page_settings()
    return _room(settings) if settings.room else None


@cache
def _room(settings: Settings) -> LiveRoom:
    """One store per room and place."""
    from csec.group.store import open_answer_store

    return LiveRoom(open_answer_store(settings), settings.room)
