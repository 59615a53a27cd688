"""Where the counts of a show of hands are kept (answers from phones are in csec.group instead)."""

from typing import Protocol


class PollStore(Protocol):
    def counts(self, poll_id: str, option_count: int) -> list[int]:
        """The number of answers for each option, in order."""

    def set_count(self, poll_id: str, option: int, count: int) -> None:
        """Record ``count`` answers for ``option`` (validated by the caller)."""


class MemoryPollStore:
    """Counts kept for as long as the session page is open."""

    def __init__(self):
        self._counts: dict[str, dict[int, int]] = {}

    def counts(self, poll_id: str, option_count: int) -> list[int]:
        stored = self._counts.get(poll_id, {})
        return [stored.get(option, 0) for option in range(option_count)]

    def set_count(self, poll_id: str, option: int, count: int) -> None:
        self._counts.setdefault(poll_id, {})[option] = count
