"""A session's questions as the phones in the room see them: opened, closed, answered.

`csec serve --lan` names the room in the environment of every kernel it
starts; a widget finds the room and its store here. The store (SQLAlchemy) is
imported only in group mode, so sessions without it start as fast as before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from csec.settings import (
    DATA_DIR_VARIABLE,
    DATABASE_URL_VARIABLE,
    GROUP_ROOM_VARIABLE,
    JOIN_URL_VARIABLE,
    current_settings,
)

if TYPE_CHECKING:
    from csec.group.store import AnswerStore


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

    def written(self) -> list[str]:
        return self.store.written_answers(self.room, self.key)


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
    """(room code, join URL) that `csec serve --lan` set for this kernel, or None without group mode."""
    room, join_url = os.environ.get(GROUP_ROOM_VARIABLE), os.environ.get(JOIN_URL_VARIABLE)
    return (room, join_url) if room and join_url else None


def room_in_use() -> LiveRoom | None:
    """The room `csec serve --lan` opened for this session, or None without group mode."""
    code = os.environ.get(GROUP_ROOM_VARIABLE)
    if not code:
        return None
    return _room(code, os.environ.get(DATABASE_URL_VARIABLE), os.environ.get(DATA_DIR_VARIABLE))


@cache
def _room(code: str, _database_url: str | None, _data_dir: str | None) -> LiveRoom:
    """One store per room and place (the arguments after the code only key the cache)."""
    from csec.group.store import open_answer_store

    return LiveRoom(open_answer_store(current_settings()), code)
