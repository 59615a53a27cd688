"""What the facilitator's screen and the room's phones share in the server's memory, and nowhere else.

The slide shown, for phones that follow the slides: its participant text, as
the facilitator's page reads it off the projector's own slide, without the
speaker notes. And the private signals ("I need a pause", "I would like to talk
to someone afterwards"): how many devices sent each since the facilitator last
marked it seen, never which. Neither is written to the answer store or a log;
both are gone when the server stops.
"""

import asyncio
from contextlib import suppress
from dataclasses import dataclass, field

BLOCK_KINDS = ("heading", "text", "item")  # a heading, a paragraph or a choice, an item of a list
MAX_BLOCKS = 120
MAX_BLOCK_CHARACTERS = 2000
SIGNALS = ("pause", "talk")


class SlideRefused(ValueError):
    """What the facilitator's page sent is not a slide's text."""


def slide_blocks(body: object) -> list[dict]:
    """The blocks of ``{"blocks": [{"kind": ..., "text": ...}, ...]}``, checked; SlideRefused names what is wrong."""
    blocks = body.get("blocks") if isinstance(body, dict) else None
    if not isinstance(blocks, list) or len(blocks) > MAX_BLOCKS:
        raise SlideRefused(f"a slide is a list of at most {MAX_BLOCKS} blocks")
    for block in blocks:
        if not (isinstance(block, dict) and block.get("kind") in BLOCK_KINDS and isinstance(block.get("text"), str)
                and 0 < len(block["text"]) <= MAX_BLOCK_CHARACTERS):
            raise SlideRefused(f"each block is a kind ({', '.join(BLOCK_KINDS)}) and a text of at most "
                               f"{MAX_BLOCK_CHARACTERS} characters")
    return [{"kind": block["kind"], "text": block["text"]} for block in blocks]


@dataclass
class RoomMemory:
    """Room ``code``'s shared state; ``follow_slides`` says whether its phones are shown the slide."""

    code: str
    follow_slides: bool = False
    slide: list[dict] = field(default_factory=list)
    slide_version: int = 0  # counts the slide's changes, so a phone can ask for the one after the slide it shows
    _slide_changed: asyncio.Event = field(init=False, default_factory=asyncio.Event)
    _signalled: dict[str, set[str]] = field(init=False, default_factory=lambda: {signal: set() for signal in SIGNALS})

    def show_slide(self, blocks: list[dict]) -> None:
        """The room now sees ``blocks``; phones waiting for a change get them at once (call on the event loop)."""
        if blocks == self.slide:
            return
        self.slide, self.slide_version = blocks, self.slide_version + 1
        self._slide_changed.set()
        self._slide_changed = asyncio.Event()

    async def slide_after(self, version: int, wait: float) -> tuple[int, list[dict]]:
        """The slide and its version, as soon as it is another than ``version``, or after ``wait`` seconds."""
        if version == self.slide_version:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._slide_changed.wait(), wait)
        return self.slide_version, self.slide

    def signal(self, signal: str, device: str) -> None:
        """``device`` sent ``signal`` (once counted until the facilitator marks it seen)."""
        self._signalled[signal].add(device)

    def signal_counts(self) -> dict[str, int]:
        return {signal: len(devices) for signal, devices in self._signalled.items()}

    def seen(self, signal: str) -> None:
        """The facilitator has responded: the count starts again from nothing."""
        self._signalled[signal].clear()
