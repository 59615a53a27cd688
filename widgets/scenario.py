"""A short case told in steps; at each decision point the group picks a response."""

from html import escape

import ipywidgets as ipw

from csec.content import Curriculum, active_curriculum
from csec.i18n import _
from widgets.theme import LETTERS, Card, FeedbackPanel, LiveRegion, actions, bullet_list, button, html_block, paragraph


class Scenario(Card):
    """A branching scenario from content/items/scenarios.yaml.

    Each step is shown in three views, one at a time, so the projector never holds more than a room can
    read: the story, then the choices ("See the choices"), then what happens after the group's choice; at
    the end, the story's last part, then the lesson ("See the lesson").
    Each step's facilitator notes, and after a choice the questions to ask the group, are rendered as
    reveal speaker notes: they follow the story in the speaker view and never crowd the projector.
    """

    def __init__(self, scenario_id: str, curriculum: Curriculum | None = None):
        self.item = (curriculum or active_curriculum()).item("scenario", scenario_id)
        self.steps = {step["id"]: step for step in self.item["steps"]}
        self.heading = html_block(f'<h3>{escape(self.item["title"])}</h3>')
        self.story = LiveRegion()  # read out at each step, and after "Continue" while the focus moves on
        self.prompt = LiveRegion()
        # A fixed set of buttons, as many as the most choices a step offers, relabelled each step, so keyboard
        # focus can move to them at once.
        most = max(len(step.get("choices", [])) for step in self.item["steps"])
        self.choice_buttons = [self._choice_button() for _slot in range(most)]
        self.choice_box = ipw.VBox(self.choice_buttons, layout=ipw.Layout(width="100%"))
        self.choice_box.add_class("csec-choices")
        self.outcome = FeedbackPanel()
        self.choices_button = button(_("See the choices"))
        self.lesson_button = button(_("See the lesson"))
        self.back_button = button(_("Back to the story"), secondary=True)
        self.continue_button = button(_("Continue"), disabled=True)
        self.restart_button = button(_("Start over"), secondary=True)
        self.notes = html_block("")
        controls = actions(self.choices_button, self.lesson_button, self.continue_button, self.back_button,
                           self.restart_button)
        super().__init__([self.heading, self.story, self.prompt, self.choice_box, self.outcome, controls, self.notes],
                         kind="scenario")
        for position, control in enumerate(self.choice_buttons):
            self.on_press(control, lambda position=position: self._choose_at(position))
        self.on_press(self.choices_button, self.show_choices)
        self.on_press(self.lesson_button, self.show_lesson)
        self.on_press(self.back_button, self._render)
        self.on_press(self.continue_button, self.advance)
        self.on_press(self.restart_button, self.restart)
        self.restart()

    @property
    def step(self) -> dict:
        return self.steps[self.step_id]

    @property
    def finished(self) -> bool:
        return bool(self.step.get("ending")) or self.ended_by_choice

    def choose(self, choice_id: object) -> None:
        """The group's response at the current decision point: show its consequence and why."""
        if self.chosen is not None or self.finished:
            return
        choice = next((c for c in self.step.get("choices", []) if c["id"] == choice_id), None)
        if choice is None:
            self.outcome.show(paragraph(_("Choose one of the responses above.")))
            return
        self.chosen = choice
        self.path.append(choice["id"])
        discussion = self.step.get("discussion", [])
        if discussion:  # asked aloud by the facilitator: in the speaker view, so the slide keeps to the story
            ask = escape(_("Ask the group:"))
            self.notes.value = self._notes_html(self.step, f"<p><b>{ask}</b></p>" + bullet_list(discussion))
        for letter, control, option in zip(LETTERS, self.choice_buttons, self.step["choices"]):
            control.disabled = True
            if option is choice:  # the room has just read it: its letter is enough to recall it
                control.add_class("csec-selected")
                control.description = _("You chose {letter}.").format(letter=letter)
                control.tooltip = _("You chose {letter}: {choice}").format(letter=letter, choice=choice["text"])
                control.layout.display = None
            else:
                control.layout.display = "none"  # room for the outcome on the slide
        self.story.clear()
        self.prompt.clear()
        self._show_buttons(self.continue_button)  # "Start over" waits for the story view: fewer words at once
        what_happens, why = escape(_("What happens:")), escape(_("Why:"))
        self.outcome.show(  # once the choices have made room
            f'<p><span class="csec-verdict">{what_happens}</span> {escape(choice["consequence"])}</p>'
            f'<p><span class="csec-verdict">{why}</span> {escape(choice["why"])}</p>'
        )
        self.continue_button.disabled = False
        self.continue_button.description = _("Continue") if choice.get("next") else _("Finish")

    def advance(self) -> None:
        """Go on to the step the chosen response leads to."""
        if self.chosen is None or self.finished:
            return
        next_id = self.chosen.get("next")
        self.chosen = None
        if next_id is None:
            self.ended_by_choice = True
            self._render()
            return
        self.step_id = next_id
        self.path.append(next_id)
        self._render()

    def restart(self) -> None:
        self.step_id = self.item["start"]
        self.path = [self.step_id]
        self.chosen: dict | None = None  # Python-side state: the browser cannot set it
        self.ended_by_choice = False
        self._render()

    def _render(self) -> None:
        """The story view: the step's part of the story, with its setting at the start, or the lesson at the end."""
        step = self.step
        story = paragraph(_("Setting: {setting}").format(setting=self.item["setting"]), "csec-muted") if step["id"] == self.item["start"] else ""
        story += paragraph(step["text"], "csec-story")
        if not self.finished and step.get("prompt"):
            story += f'<p><b>{escape(step["prompt"])}</b></p>'
        self.story.show(story)
        self.prompt.clear()
        self._show_choices(False)
        self.outcome.clear()
        self.continue_button.disabled = True
        self.continue_button.description = _("Continue")
        self.notes.value = self._notes_html(step)
        if self.visible_choices:
            self._show_buttons(self.choices_button, *([] if step["id"] == self.item["start"] else [self.restart_button]))
        else:  # the end of the story: the lesson has a view of its own
            self._show_buttons(self.lesson_button)

    def show_lesson(self) -> None:
        """At the end of the story: what the scenario teaches, in place of the story."""
        if not self.finished:
            return
        self.story.clear()
        lesson = escape(_("The lesson:"))
        self.prompt.show(f'<p class="csec-teaching"><b>{lesson}</b> {escape(self.item["teaching_point"])}</p>')
        self._show_buttons(self.restart_button)

    def show_choices(self) -> None:
        """The choices view: the step's question and its responses, the story set aside for room on the slide."""
        choices = self.visible_choices
        if not choices or self.chosen is not None:
            return
        self.story.clear()
        self.prompt.show("<p><b>" + escape(self.step.get("prompt") or _("What do you do?")) + "</b></p>")
        self._show_choices(True)
        self._show_buttons(self.back_button)

    def _show_choices(self, shown: bool) -> None:
        """The step's choices, labelled already in the story view and shown in the choices view. Only as many
        buttons as the step offers are drawn: no hidden button without a name (drawn in the story view, they are
        in the page before the focus moves to the first)."""
        choices = self.visible_choices
        self.choice_box.children = self.choice_buttons[:len(choices)]
        for position, control in enumerate(self.choice_buttons):
            control.remove_class("csec-selected")
            control.disabled = not shown or position >= len(choices)
            control.layout.display = None if shown and position < len(choices) else "none"
            if position < len(choices):
                control.description = control.tooltip = f'{LETTERS[position]}. {choices[position]["text"]}'

    def _show_buttons(self, *shown: ipw.Button) -> None:
        for control in (self.choices_button, self.lesson_button, self.continue_button, self.back_button,
                        self.restart_button):
            control.layout.display = None if control in shown else "none"

    @staticmethod
    def _notes_html(step: dict, extra: str = "") -> str:
        return f'<aside class="notes">{paragraph(step["facilitator_notes"])}{extra}</aside>'

    @property
    def visible_choices(self) -> list[dict]:
        return [] if self.finished else self.step.get("choices", [])

    @staticmethod
    def _choice_button() -> ipw.Button:
        control = button("", secondary=True)
        control.add_class("csec-choice")
        control.layout.width = "100%"
        return control

    def _choose_at(self, position: int) -> None:
        choices = self.visible_choices
        if position < len(choices) and not self.choice_buttons[position].disabled:  # shown: the choices view
            self.choose(choices[position]["id"])
