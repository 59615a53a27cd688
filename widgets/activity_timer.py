"""A countdown the room can see: start, pause, reset, and a gentle end signal."""

import asyncio
import time
from collections.abc import Callable

from csec.content import Curriculum, active_curriculum
from csec.i18n import _
from widgets.theme import Card, LiveRegion, actions, button, html_block, paragraph

MAX_MINUTES = 120


Schedule = Callable[[float, Callable[[], None]], asyncio.TimerHandle | None]


def kernel_schedule(delay: float, callback: Callable[[], None]) -> asyncio.TimerHandle | None:
    """Call ``callback`` after ``delay`` seconds on the kernel's event loop; None outside a kernel."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        try:
            loop = asyncio.get_event_loop_policy().get_event_loop()
        except RuntimeError:
            return None
    return loop.call_later(delay, callback) if loop.is_running() else None


def clock_face(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class ActivityTimer(Card):
    """Counts down ``minutes``; ``clock`` and ``schedule`` are injectable so tests need not wait."""

    def __init__(self, minutes: int, *, clock: Callable[[], float] = time.monotonic,
                 schedule: Schedule = kernel_schedule):
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
            raise ValueError(f"ActivityTimer needs whole minutes from 1 to {MAX_MINUTES}, not {minutes!r}")
        self.total = minutes * 60.0
        self.clock = clock
        self.schedule = schedule
        self.remaining = self.total
        self.started_at: float | None = None
        self._next_tick: asyncio.TimerHandle | None = None  # the one tick waiting, so there is never two
        self.face = html_block("", "csec-timer-face")
        self.status = LiveRegion("csec-timer-status")
        self.start_button = button(_("Start timer"))
        self.pause_button = button(_("Pause"), secondary=True, disabled=True)
        self.reset_button = button(_("Reset"), secondary=True)
        super().__init__([self.face, self.status, actions(self.start_button, self.pause_button, self.reset_button)],
                         kind="timer")
        self.on_press(self.start_button, self.start)
        self.on_press(self.pause_button, self.pause)
        self.on_press(self.reset_button, self.reset)
        self._show("Ready")

    @classmethod
    def for_segment(cls, session_id: str, segment_number: int, curriculum: Curriculum | None = None,
                    **options) -> "ActivityTimer":
        """A timer as long as a segment of a session in curriculum.yaml (numbered from 1)."""
        segments = (curriculum or active_curriculum()).session(session_id)["segments"]
        if not 1 <= segment_number <= len(segments):
            raise ValueError(f"session {session_id!r} has segments 1 to {len(segments)}, not {segment_number}")
        return cls(segments[segment_number - 1]["minutes"], **options)

    @property
    def running(self) -> bool:
        return self.started_at is not None

    @property
    def finished(self) -> bool:
        return self.left() <= 0

    def left(self) -> float:
        if self.started_at is None:
            return self.remaining
        return self.remaining - (self.clock() - self.started_at)

    def start(self) -> None:
        if self.running or self.finished:
            return
        self.started_at = self.clock()
        self._show("Running")
        self._next_tick = self.schedule(1, self._tick_and_reschedule)

    def pause(self) -> None:
        if not self.running:
            return
        self.remaining = self.left()
        self.started_at = None
        self._cancel_next_tick()
        self._show("Paused")

    def reset(self) -> None:
        self.remaining = self.total
        self.started_at = None
        self._cancel_next_tick()
        self._show("Ready")

    def tick(self) -> None:
        """Bring the face up to date; called every second while running."""
        if not self.running:
            return
        if self.finished:
            self.remaining = 0
            self.started_at = None
            self._show("Time is up")
        else:
            self.face.value = paragraph(clock_face(self.left()))

    def _show(self, state: str) -> None:
        self.face.value = paragraph(clock_face(self.left()))
        messages = {
            "Ready": _("{time} for this activity.").format(time=clock_face(self.total)),
            "Running": _("Timer running."),
            "Paused": _("Timer paused."),
            "Time is up": _("Time is up. Take a moment to finish your thought."),
        }
        self.status.show(paragraph(messages[state]))
        if state == "Time is up":
            self.add_class("csec-timer-done")
        else:
            self.remove_class("csec-timer-done")
        self.start_button.disabled = state in ("Running", "Time is up")
        self.start_button.description = _("Resume") if state == "Paused" else _("Start timer")
        self.pause_button.disabled = state != "Running"

    def _tick_and_reschedule(self) -> None:
        self._next_tick = None
        self.tick()
        if self.running:
            self._next_tick = self.schedule(1, self._tick_and_reschedule)

    def _cancel_next_tick(self) -> None:
        if self._next_tick is not None:
            self._next_tick.cancel()
            self._next_tick = None
