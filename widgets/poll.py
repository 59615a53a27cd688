"""A poll: answered on phones in group mode, else by a show of hands the facilitator counts."""

import ipywidgets as ipw

from csec.content import Curriculum, active_curriculum
from csec.group.live import LiveRoom, room_in_use
from csec.group.questions import question_key
from csec.i18n import _
from widgets.answer_chart import answer_bar_html, results_line_html
from widgets.phone_answers import PhoneAnswers
from widgets.poll_store import MemoryPollStore, PollStore
from widgets.theme import Card, actions, button, html_block, paragraph

MAX_COUNT = 999


class Poll(Card):
    """A question from content/items/polls.yaml with a count per option.

    In group mode (``room``, by default the one `csec serve --lan` opened) the
    phones answer and the counts are theirs; otherwise the facilitator counts hands.
    """

    def __init__(self, poll_id: str, curriculum: Curriculum | None = None, store: PollStore | None = None,
                 room: LiveRoom | None = None):
        self.item = (curriculum or active_curriculum()).item("poll", poll_id)
        self.question = html_block(paragraph(self.item["question"], "csec-question"))
        room = room or room_in_use()
        controls = self._phone_controls(room) if room else self._hand_count_controls(store or MemoryPollStore())
        super().__init__([self.question, *controls], kind="poll")

    def _phone_controls(self, room: LiveRoom) -> list:
        question = room.question(question_key("poll", self.item["id"]), len(self.item["options"]))
        self.phones = PhoneAnswers(question, self.item["options"])
        return [self.phones]

    def _hand_count_controls(self, store: PollStore) -> list:
        """One row per option: its text, bar and share, then the count the facilitator keeps and a +1; the
        option is written once (its count box is labelled with it for screen readers)."""
        self.store = store
        self.counters, self.bars = [], []
        rows = []
        for index, option in enumerate(self.item["options"]):
            counter = ipw.BoundedIntText(value=0, min=0, max=MAX_COUNT, description=option,
                                         style={"description_width": "initial"},
                                         layout=ipw.Layout(width="auto"))
            counter.observe(lambda change, index=index: self.set_count(index, change["new"]), names="value")
            add = button("+1", secondary=True)
            add.tooltip = _("Add one answer: {option}").format(option=option)
            self.on_press(add, lambda index=index: self.add(index))
            bar = html_block("", "csec-poll-result")
            bar.layout.width, bar.layout.flex = None, "1 1 0"  # the bar takes what the count and +1 leave
            self.counters.append(counter)
            self.bars.append(bar)
            row = ipw.HBox([bar, counter, add])
            row.add_class("csec-poll-row")
            rows.append(row)
        self.results = html_block("")
        self.message = html_block("")
        self.reset_button = button(_("Clear the counts"), secondary=True)
        self.on_press(self.reset_button, self.reset)
        self._refresh()
        return [self.results, *rows, actions(self.reset_button), self.message]

    @property
    def counts(self) -> list[int]:
        return self.store.counts(self.item["id"], len(self.item["options"]))

    def add(self, option: object) -> None:
        if self._valid_option(option):
            self.set_count(option, self.counts[option] + 1)

    def set_count(self, option: object, count: object) -> None:
        """Record a count; anything but a whole number from 0 to 999 is refused with a reason."""
        if not self._valid_option(option):
            return
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
            self.message.value = paragraph(_("A count is a whole number from 0 to {most}.").format(most=MAX_COUNT), "csec-muted")
            self._refresh()
            return
        self.message.value = ""
        self.store.set_count(self.item["id"], option, count)
        self._refresh()

    def reset(self) -> None:
        for option in range(len(self.item["options"])):
            self.store.set_count(self.item["id"], option, 0)
        self.message.value = ""
        self._refresh()

    def _valid_option(self, option: object) -> bool:
        valid = isinstance(option, int) and not isinstance(option, bool) and 0 <= option < len(self.item["options"])
        if not valid:
            self.message.value = paragraph(_("That is not one of this poll's options."), "csec-muted")
        return valid

    def _refresh(self) -> None:
        counts = self.counts
        for counter, count in zip(self.counters, counts):
            if counter.value != count:
                counter.value = count
        self.results.value = results_line_html(sum(counts))
        for bar, option, count in zip(self.bars, self.item["options"], counts):
            bar.value = answer_bar_html(option, count, sum(counts))
