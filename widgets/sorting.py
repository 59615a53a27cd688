"""Step-through sorting: the group puts one statement at a time into a category.

The shared flow of MythOrFact and SignSorter: show a statement, the group
chooses a category, the suggested category and its explanation appear, then
the next statement; a summary closes the activity.
"""

from csec.i18n import N_, _
from html import escape

from widgets.theme import Card, FeedbackPanel, LiveRegion, actions, button, html_block, paragraph


class SortingActivity(Card):
    """Statements (dicts with ``text``, ``answer``, ``explanation``) sorted into ``categories``."""

    noun = N_("Statement")

    def __init__(self, statements: list[dict], categories: dict[str, str], kind: str):
        if not statements:
            raise ValueError(f"{type(self).__name__} needs at least one statement")
        self.statements = statements
        self.categories = categories
        self.position = 0
        self.summary_page = 0
        self.given: str | None = None  # Python-side state: the browser cannot set it
        self.choices_made: list[str] = []
        self.progress = html_block("", "csec-progress")
        self.statement = LiveRegion()  # read out as each statement comes
        self.category_buttons = {category: button(label) for category, label in categories.items()}
        self.next_button = button(self._next_label(), secondary=True, disabled=True)
        self.restart_button = button(_("Start over"), secondary=True)
        self.result = FeedbackPanel()
        super().__init__(
            [self.progress, self.statement,
             actions(*self.category_buttons.values(), self.next_button, self.restart_button), self.result],
            kind=kind,
        )
        for category, control in self.category_buttons.items():
            self.on_press(control, lambda category=category: self.answer(category))
        self.on_press(self.next_button, self.next)
        self.on_press(self.restart_button, self.restart)
        self._show_statement()

    @property
    def current(self) -> dict:
        return self.statements[self.position]

    @property
    def finished(self) -> bool:
        return self.position >= len(self.statements)

    def answer(self, category: object) -> None:
        """Record the group's category for the current statement and reveal the explanation."""
        if self.finished or self.given is not None:
            return
        if category not in self.categories:
            names = ", ".join(f"<b>{escape(label)}</b>" for label in self.categories.values())
            self.result.show("<p>" + escape(_("Choose one of: {names}.")).format(names=names) + "</p>")
            return
        self.given = category
        self.choices_made.append(category)
        for control in self.category_buttons.values():  # the verdict names the answer: room for why
            control.disabled = True
            control.layout.display = "none"
        self.result.show(self.reveal(self.current, category))  # after the buttons have made room
        self.next_button.disabled = False
        is_last = self.position == len(self.statements) - 1
        self.next_button.description = _("See the summary") if is_last else self._next_label()

    def reveal(self, statement: dict, category: str) -> str:
        """The verdict and explanation shown after the group answers."""
        suggested = self.categories[statement["answer"]]
        verdict = _("Well spotted.") if category == statement["answer"] else _("Not quite.")
        return (f'<p><span class="csec-verdict">{verdict} {escape(self.verdict_text(suggested))}</span> '
                f'{escape(statement["explanation"])}</p>')

    def verdict_text(self, suggested_label: str) -> str:
        return _("Suggested: {category}.").format(category=suggested_label)

    def _next_label(self) -> str:
        return _("Next {noun}").format(noun=_(self.noun).lower())

    def summary_pages(self) -> list[str]:
        """What to remember, as HTML, a page at a time so each fits what a room can read."""
        raise NotImplementedError

    def next(self) -> None:
        """Move on once the current statement has been answered, or to the summary's next page."""
        if self.finished and self.summary_page + 1 < len(self.summary_pages()):
            self._show_summary(self.summary_page + 1)
            return
        if self.given is None or self.finished:
            return
        self.position += 1
        self.given = None
        if self.finished:
            self._show_summary(0)
        else:
            self._show_statement()

    def restart(self) -> None:
        self.position = 0
        self.given = None
        self.summary_page = 0
        self.choices_made = []
        self._show_statement()

    def _show_statement(self) -> None:
        self.progress.value = paragraph(_("{noun} {number} of {count}").format(
            noun=_(self.noun), number=self.position + 1, count=len(self.statements)))
        self.statement.show(paragraph(self.current["text"], "csec-statement"))
        for control in self.category_buttons.values():
            control.disabled = False
            control.layout.display = None
        self.next_button.disabled = True
        self.next_button.description = self._next_label()
        self.result.clear()

    def _show_summary(self, page: int) -> None:
        pages = self.summary_pages()
        self.summary_page = page
        self.progress.value = paragraph(_("All {count} done").format(count=len(self.statements)))
        remember = (_("What to remember ({page} of {pages})").format(page=page + 1, pages=len(pages)) if len(pages) > 1
                    else _("What to remember"))
        self.statement.show(paragraph(remember, "csec-statement"))
        for control in self.category_buttons.values():
            control.disabled = True
            control.layout.display = "none"
        more = page + 1 < len(pages)
        self.next_button.disabled = not more
        self.next_button.description = _("More to remember") if more else self._next_label()
        self.result.show(pages[page])
