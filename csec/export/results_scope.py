"""Which answers `csec export results` covers: the rooms named, or every room answered on a range of days, and
what the report and its files are called."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from csec.errors import CsecError
from csec.group.room import RETENTION_DAYS
from csec.group.store import AnswerStore
from csec.i18n import translations

DAY = re.compile(r"\d{4}-\d\d-\d\d")


@dataclass(frozen=True)
class ResultsScope:
    """The rooms (as named, or in the order of their first answer) and the days whose answers count, first and
    last included, on this computer's clock; None: every answer in the rooms."""
    rooms: tuple[str, ...]
    days: tuple[date, date] | None = None

    def covers(self, seconds: float) -> bool:
        """Whether an answer given at ``seconds`` (Unix time) is on one of the days."""
        if self.days is None:
            return True
        start, end = seconds_between(self.days)
        return start <= seconds < end

    def title(self, language: str) -> str:
        """What the report is called, in ``language``."""
        gettext, count = translations(language).gettext, len(self.rooms)
        if count == 1:
            return gettext("Group results, room {room}").format(room=self.rooms[0])
        return gettext("Group results, {count} rooms").format(count=count)

    def file_name(self, answer_dates: tuple[str, str] | None) -> str:
        """results-CODE for a whole room; else results-3-rooms-FIRST-to-LAST, with the days chosen, or those of the
        first and the last answer."""
        if len(self.rooms) == 1 and self.days is None:
            return f"results-{self.rooms[0]}"
        first, last = (day.isoformat() for day in self.days) if self.days else answer_dates or (None, None)
        rooms = f"results-{len(self.rooms)}-room{'s' if len(self.rooms) != 1 else ''}"
        return rooms if first is None else f"{rooms}-{first}" if first == last else f"{rooms}-{first}-to-{last}"


def seconds_between(days: tuple[date, date]) -> tuple[float, float]:
    """From midnight at the start of the first day to midnight at the end of the last, on this computer's clock."""
    first, last = days
    return (datetime.combine(first, time.min).timestamp(),
            datetime.combine(last + timedelta(days=1), time.min).timestamp())


def chosen_day(option: str, text: str) -> date:
    """The day ``text`` names, written YYYY-MM-DD."""
    try:
        if DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise CsecError(f"{option} {text!r} is not a day: write it as YYYY-MM-DD, e.g. 2026-09-01")


def chosen_days(since: str | None, until: str | None) -> tuple[date, date] | None:
    """The first and the last day given with --since and --until, or None when neither is."""
    if since is None and until is None:
        return None
    if since is None or until is None:
        raise CsecError("give --since and --until together: the first and the last day, as YYYY-MM-DD")
    first, last = chosen_day("--since", since), chosen_day("--until", until)
    if last < first:
        raise CsecError(f"--until {last} is before --since {first}: give the first day, then the last")
    return first, last


def results_scope(store: AnswerStore, rooms: list[str], days: tuple[date, date] | None) -> ResultsScope:
    """The rooms named (each must exist, and have answers on the days, if any), or every room answered on the
    days; a CsecError says what to fix."""
    rooms = list(dict.fromkeys(rooms))
    if not rooms and days is None:
        raise CsecError("name the rooms with --room CODE (once per room), or the days with --since and --until")
    unknown = [room for room in rooms if not store.room_exists(room)]
    if unknown:
        raise CsecError(f"no room {' or '.join(map(repr, unknown))} in {store.name}: check the code on the join "
                        f"slide; rooms are deleted after {RETENTION_DAYS} days, so it may have been purged")
    if days is None:
        return ResultsScope(tuple(rooms))
    answered = store.rooms_answered_between(*seconds_between(days))
    span = f"from {days[0]} to {days[1]}"
    if not rooms:
        if not answered:
            raise CsecError(f"no room in {store.name} has answers {span}: check the days "
                            f"(rooms are deleted after {RETENTION_DAYS} days)")
        return ResultsScope(tuple(answered), days)
    silent = [room for room in rooms if room not in answered]
    if silent:
        raise CsecError(f"room {' and '.join(map(repr, silent))} has no answers {span}: leave it out, "
                        "or widen --since and --until")
    return ResultsScope(tuple(rooms), days)
