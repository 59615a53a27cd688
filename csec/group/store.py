"""Where group-mode answers are kept: rooms, the questions opened in them, one answer per device.

SQLite (write-ahead log) by default, in a data folder; any SQLAlchemy database
URL (PostgreSQL when several servers share one store) otherwise. What is kept
is the room, the question, the option chosen and the time; written answers
only in a room opened for them, at most MAX_TEXT_LENGTH characters, held for
the facilitator's review: only an approved one is shown or exported, and a
rejected one is deleted. No names,
no addresses: a device is known only by a one-way hash of a random token and the
room, so the same phone cannot be followed from one room to the next.
"""

import hashlib
import secrets
import time
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, NoSuchModuleError

from csec.errors import CsecError
from csec.group.questions import WRITTEN
from csec.settings import Settings

ROOM_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I/L to misread
ROOM_CODE_LENGTH = 6
STORE_FILE_NAME = "group-answers.sqlite3"
MAX_TEXT_LENGTH = 280  # a written answer: a sentence or two, never a story
BUSY_MILLISECONDS = 1500  # how long a call waits for another program's lock on the store before it gives up

_metadata = MetaData()
_rooms = Table("rooms", _metadata,
               Column("code", String(ROOM_CODE_LENGTH), primary_key=True),
               Column("created", Float, nullable=False),
               Column("free_text", Boolean, nullable=False, default=False),
               # signs the room's device tokens (csec/group/device_tokens.py), kept so a restart keeps them valid
               Column("secret", String(64)))
_questions = Table("questions", _metadata,
                   Column("room", String(ROOM_CODE_LENGTH), primary_key=True),
                   Column("question", String(120), primary_key=True),
                   Column("options", Integer, nullable=False),
                   Column("opened", Float, nullable=False),
                   Column("closed", Float))
_answers = Table("answers", _metadata,
                 Column("id", Integer, primary_key=True, autoincrement=True),
                 Column("room", String(ROOM_CODE_LENGTH), nullable=False),
                 Column("question", String(120), nullable=False),
                 Column("device", String(64), nullable=False),
                 Column("option", Integer),
                 Column("text", String(MAX_TEXT_LENGTH)),
                 Column("time", Float, nullable=False),
                 # a written answer is shown or exported only once the facilitator approved it; options need none
                 Column("approved", Boolean, nullable=False, default=False),
                 UniqueConstraint("room", "question", "device"))


class AnswerRefused(CsecError):
    """An answer the store does not take; the message says why, for the participant's page."""


class WrittenAnswer(NamedTuple):
    """A written answer as the facilitator reviews it: ``number`` names it to approve or reject it."""
    number: int
    text: str
    approved: bool


class StoredAnswer(NamedTuple):
    """One answer as kept: the option chosen, or the words written; nothing about who."""
    question: str
    option: int | None
    text: str | None
    time: float


class AnswerStore:
    """Rooms, open questions and anonymous answers in one database."""

    def __init__(self, url: str, clock=time.time):
        try:
            self.engine = create_engine(url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_write_ahead_log)
            elif self.engine.dialect.name == "postgresql":
                event.listen(self.engine, "connect", _postgresql_lock_timeout)
            _metadata.create_all(self.engine)
            _add_columns_made_since(self.engine)
        except ImportError as missing:
            raise CsecError(f"answer store {_shown(url)}: its driver {missing.name} is not installed; "
                            "for PostgreSQL run: .venv/bin/pip install 'psycopg[binary]'") from None
        except (ArgumentError, NoSuchModuleError, DatabaseError) as problem:  # a corrupt or foreign file too
            reason = str(getattr(problem, "orig", None) or problem).splitlines()[0]
            raise CsecError(f"answer store {_shown(url)}: cannot open it ({reason}); check --database or --data, "
                            "or move a damaged file away to start a new store") from None
        self.clock = clock

    @property
    def name(self) -> str:
        """Where the answers are, as a message may say it (a file, or a URL without its password)."""
        return _shown(self.engine.url)

    @classmethod
    def in_folder(cls, data_dir: Path) -> "AnswerStore":
        data_dir.mkdir(parents=True, exist_ok=True)
        return cls(f"sqlite:///{data_dir / STORE_FILE_NAME}")

    def create_room(self, free_text: bool = False) -> str:
        """A new room with an unused code; ``free_text`` lets it take written answers."""
        with self.engine.begin() as connection:
            while True:
                code = "".join(secrets.choice(ROOM_CODE_ALPHABET) for _ in range(ROOM_CODE_LENGTH))
                if connection.execute(select(_rooms.c.code).where(_rooms.c.code == code)).first() is None:
                    connection.execute(insert(_rooms).values(code=code, created=self.clock(), free_text=free_text,
                                                             secret=secrets.token_hex(32)))
                    return code

    def room_exists(self, room: str) -> bool:
        with self.engine.connect() as connection:
            return connection.execute(select(_rooms.c.code).where(_rooms.c.code == room)).first() is not None

    def room_secret(self, room: str) -> bytes:
        """The secret that signs ``room``'s device tokens (made now for a room from before there were any)."""
        with self.engine.begin() as connection:
            connection.execute(update(_rooms).where(_rooms.c.code == room, _rooms.c.secret.is_(None))
                               .values(secret=secrets.token_hex(32)))  # the first to ask makes it; later ones read it
            return bytes.fromhex(connection.execute(select(_rooms.c.secret).where(_rooms.c.code == room)).scalar())

    def takes_written_answers(self, room: str) -> bool:
        with self.engine.connect() as connection:
            return bool(connection.execute(select(_rooms.c.free_text).where(_rooms.c.code == room)).scalar())

    def open_question(self, room: str, question: str, options: int) -> None:
        """Open ``question`` (with ``options`` choices, or WRITTEN) for answers, closing any other open one:
        phones show one question at a time. Reopening keeps earlier answers."""
        self._require_room(room)
        if options == WRITTEN and not self.takes_written_answers(room):
            raise AnswerRefused("this room does not take written answers")
        with self.engine.begin() as connection:
            connection.execute(update(_questions)
                               .where(_questions.c.room == room, _questions.c.closed.is_(None))
                               .values(closed=self.clock()))
            reopened = connection.execute(
                update(_questions).where(_questions.c.room == room, _questions.c.question == question)
                .values(options=options, opened=self.clock(), closed=None)).rowcount
            if not reopened:
                connection.execute(insert(_questions).values(room=room, question=question, options=options,
                                                             opened=self.clock(), closed=None))

    def close_question(self, room: str, question: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(_questions)
                               .where(_questions.c.room == room, _questions.c.question == question)
                               .values(closed=self.clock()))

    def current_question(self, room: str) -> tuple[str, int] | None:
        """The question open for answers in ``room``, with its number of options."""
        with self.engine.connect() as connection:
            row = connection.execute(
                select(_questions.c.question, _questions.c.options)
                .where(_questions.c.room == room, _questions.c.closed.is_(None))
                .order_by(_questions.c.opened.desc()).limit(1)).first()
        return (row.question, row.options) if row else None

    def record_answer(self, room: str, question: str, device_token: str, option: object = None,
                      text: object = None) -> None:
        """Keep one answer (an option, or words for a written question); refuse it (AnswerRefused)
        unless the question is open, the answer fits it and the device has not answered it yet."""
        with self.engine.begin() as connection:
            asked = connection.execute(
                select(_questions.c.options, _questions.c.closed)
                .where(_questions.c.room == room, _questions.c.question == question)).first()
            if asked is None or asked.closed is not None:
                raise AnswerRefused("this question is not open for answers")
            if asked.options == WRITTEN:
                option, text = None, _written(text)
            elif not isinstance(option, int) or isinstance(option, bool) or not 0 <= option < asked.options:
                raise AnswerRefused("that is not one of the options")
            else:
                text = None
            try:
                connection.execute(insert(_answers).values(
                    room=room, question=question, device=device_key(room, device_token), option=option,
                    text=text, time=self.clock(), approved=text is None))
            except IntegrityError:
                raise AnswerRefused("this device has already answered this question") from None

    def counts(self, room: str, question: str, options: int) -> list[int]:
        """How many answers each option has."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(_answers.c.option, func.count())
                .where(_answers.c.room == room, _answers.c.question == question)
                .group_by(_answers.c.option)).all()
        counted = dict(rows)
        return [counted.get(option, 0) for option in range(options)]

    def written_answers(self, room: str, question: str) -> list[str]:
        """The approved words written for ``question``, oldest first: what the room may be shown."""
        with self.engine.connect() as connection:
            return list(connection.execute(
                select(_answers.c.text)
                .where(_answers.c.room == room, _answers.c.question == question, _answers.c.approved)
                .order_by(_answers.c.time, _answers.c.id)).scalars())

    def answers_to_review(self, room: str, question: str) -> list[WrittenAnswer]:
        """Every word written for ``question``, approved or waiting, oldest first: for the facilitator's eyes."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(_answers.c.id, _answers.c.text, _answers.c.approved)
                .where(_answers.c.room == room, _answers.c.question == question, _answers.c.text.is_not(None))
                .order_by(_answers.c.time, _answers.c.id)).all()
        return [WrittenAnswer(*row) for row in rows]

    def approve(self, room: str, question: str, numbers: list[int] | None = None) -> int:
        """Approve the written answers ``numbers`` (every one waiting, when None); return how many."""
        chosen = [_answers.c.id.in_(numbers)] if numbers is not None else []
        with self.engine.begin() as connection:
            return connection.execute(
                update(_answers).where(_answers.c.room == room, _answers.c.question == question, *chosen)
                .values(approved=True)).rowcount

    def reject(self, room: str, question: str, number: int) -> bool:
        """Delete written answer ``number``, approved or not: it is gone from every view and export."""
        with self.engine.begin() as connection:
            return bool(connection.execute(
                delete(_answers).where(_answers.c.room == room, _answers.c.question == question,
                                       _answers.c.id == number)).rowcount)

    def answers(self, room: str) -> list[StoredAnswer]:
        """Every answer in ``room`` (written ones only once approved), oldest first: nothing about who."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(_answers.c.question, _answers.c.option, _answers.c.text, _answers.c.time)
                .where(_answers.c.room == room, _answers.c.approved)
                .order_by(_answers.c.time, _answers.c.id)).all()
        return [StoredAnswer(*row) for row in rows]

    def rooms_answered_between(self, start: float, end: float) -> list[str]:
        """The rooms with an answer (a written one once approved) from ``start`` up to ``end`` (Unix times, ``end``
        left out), in the order of their first such answer."""
        with self.engine.connect() as connection:
            return list(connection.execute(
                select(_answers.c.room)
                .where(_answers.c.approved, _answers.c.time >= start, _answers.c.time < end)
                .group_by(_answers.c.room).order_by(func.min(_answers.c.time), _answers.c.room)).scalars())

    def purge_room(self, room: str) -> int:
        """Delete the room and everything in it; return how many answers went."""
        with self.engine.begin() as connection:
            removed = connection.execute(delete(_answers).where(_answers.c.room == room)).rowcount
            connection.execute(delete(_questions).where(_questions.c.room == room))
            connection.execute(delete(_rooms).where(_rooms.c.code == room))
        return removed

    def purge_older_than(self, seconds: float) -> list[str]:
        """Delete every room created more than ``seconds`` ago (the retention limit); return their codes."""
        cutoff = self.clock() - seconds
        with self.engine.connect() as connection:
            old = [row.code for row in connection.execute(select(_rooms.c.code).where(_rooms.c.created < cutoff))]
        for room in old:
            self.purge_room(room)
        return old

    def _require_room(self, room: str) -> None:
        if not self.room_exists(room):
            raise AnswerRefused(f"no room {room!r}")


def open_answer_store(settings: Settings) -> AnswerStore:
    """The store the settings name: their database URL when set, else SQLite in the data folder."""
    return AnswerStore(settings.database_url) if settings.database_url else AnswerStore.in_folder(settings.answers_dir)


def _shown(url: "str | URL") -> str:
    """A database as a message may name it: an SQLite file by its path, a URL without its password."""
    if isinstance(url, str) and "://" not in url:
        return url
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)


def _written(text: object) -> str:
    """A written answer as kept: trimmed, not empty, not longer than MAX_TEXT_LENGTH."""
    if not isinstance(text, str) or not text.strip():
        raise AnswerRefused("write an answer first")
    if len(text.strip()) > MAX_TEXT_LENGTH:
        raise AnswerRefused(f"an answer can be at most {MAX_TEXT_LENGTH} characters")
    return text.strip()


def device_key(room: str, device_token: str) -> str:
    """What the store keeps of a device: a one-way hash, different in every room."""
    return hashlib.sha256(f"{room}\0{device_token}".encode()).hexdigest()


def _add_columns_made_since(engine) -> None:
    """A store made by an earlier version gains the columns added since: its written answers wait for review,
    and each room gets a token secret when it is next used."""
    made = {table: {column["name"] for column in inspect(engine).get_columns(table)} for table in ("rooms", "answers")}
    with engine.begin() as connection:
        if "approved" not in made["answers"]:
            connection.exec_driver_sql("ALTER TABLE answers ADD COLUMN approved BOOLEAN NOT NULL DEFAULT FALSE")
            connection.exec_driver_sql("UPDATE answers SET approved = TRUE WHERE text IS NULL")
        if "secret" not in made["rooms"]:
            connection.exec_driver_sql("ALTER TABLE rooms ADD COLUMN secret VARCHAR(64)")


def _sqlite_write_ahead_log(connection, _record) -> None:
    """Write-ahead log: readers never wait for the writer, and an answer acknowledged survives a crash."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_MILLISECONDS}")
    cursor.close()


def _postgresql_lock_timeout(connection, _record) -> None:
    """A call waits BUSY_MILLISECONDS at most for a lock another program holds, then fails (the phone is told
    "busy"); committed, so the setting outlives the first transaction's end."""
    cursor = connection.cursor()
    cursor.execute(f"SET lock_timeout = {BUSY_MILLISECONDS}")
    cursor.close()
    connection.commit()
