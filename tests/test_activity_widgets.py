"""The discussion widgets driven through their whole flow in pure Python, plus crafted input."""

import re
from html import escape

import pytest

from csec.content import UnknownContentId
from csec.icons import icon_svg
from csec.kinds import sign_sort as sign_sort_kind
from widgets import (
    ActionPlan,
    ActivityTimer,
    Poll,
    PrePostCheck,
    Reflection,
    RiskMap,
    Scenario,
    SignSorter,
    TakeABreak,
)
from widgets import sign_sorter
from widgets.poll_store import MemoryPollStore


def synced_text_widgets(widget):
    """Widgets whose typed text would travel to the kernel."""
    found = [widget] if type(widget).__name__ in ("Text", "Textarea") else []
    for child in getattr(widget, "children", ()):
        found += synced_text_widgets(child)
    return found


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeLoop(FakeClock):
    """A clock and a scheduler, like a kernel's event loop, whose time moves only when the test moves it."""

    class Handle:
        def __init__(self, due: float, callback):
            self.due, self.callback, self.cancelled = due, callback, False

        def cancel(self) -> None:
            self.cancelled = True

    def __init__(self):
        super().__init__()
        self.handles = []

    def call_later(self, delay: float, callback) -> Handle:
        self.handles.append(handle := self.Handle(self.now + delay, callback))
        return handle

    def waiting(self) -> list:
        return [handle for handle in self.handles if not handle.cancelled]

    def advance(self, seconds: float) -> int:
        """Move time on, run what has come due in order, and say how many callbacks ran."""
        self.now += seconds
        ran = 0
        while due := sorted((h for h in self.waiting() if h.due <= self.now), key=lambda h: h.due):
            self.handles.remove(due[0])
            due[0].callback()
            ran += 1
        return ran


class TestScenario:
    def walk_to_an_ending(self, scenario, pick):
        """Choose with ``pick`` at every decision until the scenario ends; return the steps seen."""
        seen = [scenario.step_id]
        for _ in range(3 * len(scenario.steps)):
            if scenario.finished:
                return seen
            choices = scenario.step["choices"]
            scenario.choose(pick(choices)["id"])
            assert "What happens:" in scenario.outcome.value and "Why:" in scenario.outcome.value
            assert all(button.disabled for button in scenario.choice_box.children)
            scenario.continue_button.click()
            seen.append(scenario.step_id)
        raise AssertionError("the scenario never ended")

    def test_the_first_choices_reach_an_ending_with_the_lesson(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        self.walk_to_an_ending(scenario, lambda choices: choices[0])
        assert "The lesson:" not in scenario.story.value and scenario.lesson_button.layout.display is None
        scenario.lesson_button.click()
        assert "The lesson:" in scenario.prompt.value and not scenario.story.shown
        assert all(control.layout.display == "none" for control in scenario.choice_buttons)

    def test_a_poor_choice_at_every_step_can_be_recovered_from(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        tried = set()

        def poor_then_first(choices):
            key = tuple(choice["id"] for choice in choices)
            if key in tried:
                return choices[0]
            tried.add(key)
            return choices[-1]

        seen = self.walk_to_an_ending(scenario, poor_then_first)
        assert len(seen) > len(set(seen))  # a poor choice led back before moving on
        scenario.show_lesson()
        assert "The lesson:" in scenario.prompt.value

    def test_the_story_the_choices_and_what_happens_take_the_slide_in_turn(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        step = scenario.step
        shown = lambda widget: widget.layout.display != "none" and getattr(widget, "shown", True)
        assert escape(step["text"]) in scenario.story.value and shown(scenario.story)
        assert escape(scenario.item["setting"]) in scenario.story.value
        assert not any(shown(control) for control in scenario.choice_buttons) and shown(scenario.choices_button)
        scenario.choices_button.click()
        assert not shown(scenario.story) and escape(step["prompt"]) in scenario.prompt.value
        assert [control.description for control in scenario.choice_buttons if shown(control)] == [
            f'{letter}. {choice["text"]}' for letter, choice in zip("ABCD", step["choices"])]
        assert shown(scenario.back_button) and not shown(scenario.choices_button)
        scenario.back_button.click()
        assert shown(scenario.story) and not any(shown(control) for control in scenario.choice_buttons)
        scenario.choices_button.click()
        scenario.choice_buttons[1].click()
        assert not shown(scenario.story) and scenario.prompt.value == ""
        assert [control.description for control in scenario.choice_buttons if shown(control)] == ["You chose B."]
        assert shown(scenario.continue_button) and not shown(scenario.back_button)
        scenario.continue_button.click()
        assert shown(scenario.story) and escape(scenario.step["text"]) in scenario.story.value
        assert escape(scenario.item["setting"]) not in scenario.story.value  # the setting opens the story only

    def test_only_as_many_choices_as_a_step_offers_at_most_are_drawn(self, curriculum):
        """An unused button would sit in the page hidden and unlabelled."""
        scenario = Scenario("new-older-boyfriend", curriculum)
        assert len(scenario.choice_buttons) == max(len(step.get("choices", [])) for step in scenario.item["steps"]) == 3

    def test_a_choice_cannot_be_clicked_before_the_choices_are_shown(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        scenario.choice_buttons[0].click()  # hidden and disabled in the story view: a crafted click
        assert scenario.chosen is None

    def test_every_choice_shows_its_consequence_and_why(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        first = scenario.step["choices"][0]
        scenario.show_choices()
        scenario.choice_box.children[0].click()
        assert scenario.chosen == first
        assert escape(first["consequence"]) in scenario.outcome.value
        assert escape(first["why"]) in scenario.outcome.value

    def test_facilitator_notes_follow_the_step_as_speaker_notes(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        assert scenario.notes.value.startswith('<aside class="notes">')
        assert escape(scenario.step["facilitator_notes"]) in scenario.notes.value
        choice = next(c for c in scenario.step["choices"] if c.get("next"))
        scenario.choose(choice["id"])
        for prompt in scenario.step["discussion"]:  # asked aloud, from the speaker view, not read off the slide
            assert escape(prompt) in scenario.notes.value
            assert escape(prompt) not in scenario.story.value + scenario.outcome.value
        scenario.advance()
        assert escape(scenario.steps[choice["next"]]["facilitator_notes"]) in scenario.notes.value

    def test_start_over_returns_to_the_first_step(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        scenario.choose(scenario.step["choices"][0]["id"])
        scenario.advance()
        scenario.restart_button.click()
        assert scenario.step_id == scenario.item["start"] and scenario.path == [scenario.item["start"]]
        assert scenario.outcome.value == "" and scenario.continue_button.disabled

    def test_crafted_input_is_refused_and_says_why(self, curriculum):
        scenario = Scenario("new-older-boyfriend", curriculum)
        start = scenario.step_id
        scenario.choice_buttons[0].click()  # hidden and disabled in the story view
        assert scenario.chosen is None
        scenario.choose("no-such-choice")
        assert "Choose one of the responses" in scenario.outcome.value and scenario.chosen is None
        scenario.continue_button.click()  # disabled: nothing chosen yet
        assert scenario.step_id == start
        first, second = scenario.step["choices"][:2]
        scenario.choose(first["id"])
        scenario.choose(second["id"])  # a second click on a disabled choice
        assert scenario.chosen == first

    def test_unknown_scenario_is_a_clear_error(self, curriculum):
        with pytest.raises(UnknownContentId, match="unknown scenario id 'nope'"):
            Scenario("nope", curriculum)


class TestSignSorter:
    def test_sorting_every_observation_ends_with_the_caution(self, curriculum):
        sorter = SignSorter("signs-by-kind", curriculum)
        item = sorter.item
        for number, observation in enumerate(item["observations"], start=1):
            assert f"Observation {number} of {len(item['observations'])}" in sorter.progress.value
            sorter.category_buttons[observation["category"]].click()
            assert "Well spotted." in sorter.result.value
            sorter.next_button.click()
        assert sorter.finished
        assert escape(item["caution"]) in sorter.result.value

    def test_a_different_category_gets_the_suggested_one_and_why(self, curriculum):
        sorter = SignSorter("signs-by-kind", curriculum)
        observation = sorter.item["observations"][0]
        other = next(c for c in sorter.categories if c != observation["category"])
        sorter.answer(other)
        assert "Not quite." in sorter.result.value
        assert f"Suggested: {sorter.categories[observation['category']]}" in sorter.result.value

    def test_unknown_category_is_refused(self, curriculum):
        sorter = SignSorter("signs-by-kind", curriculum)
        sorter.answer("clothing")
        assert sorter.given is None and sorter.position == 0
        assert "Choose" in sorter.result.value

    def test_the_feedback_shows_the_suggested_kind_with_its_icon(self, curriculum):
        for item in curriculum.items["sign_sort"].values():
            sorter = SignSorter(item["id"], curriculum)
            categories = {category["id"]: category for category in item["categories"]}
            for observation in item["observations"]:
                sorter.answer(item["categories"][0]["id"])  # right or not, the feedback names the suggested kind
                suggested = categories[observation["category"]]
                feedback = sorter.result.value
                # hidden from screen readers (no label): the words beside it name the kind
                assert icon_svg(suggested["icon"], size=sign_sorter.FEEDBACK_ICON_PX) in feedback
                assert f"Suggested: {escape(suggested['label'])}." in feedback and feedback.count("<svg") == 1
                sorter.next()

    def test_the_handout_sorts_each_kind_under_its_icon_and_name(self, curriculum):
        for item in curriculum.items["sign_sort"].values():
            groups = re.findall(r"<li>(.*?)</li>", sign_sort_kind.handout_html([item]))
            assert len(groups) == len(item["categories"])
            for category, group in zip(item["categories"], groups):
                icon = icon_svg(category["icon"], size=sign_sort_kind.HANDOUT_ICON_PX)
                assert icon in group and group.index(icon) < group.index(f"<b>{escape(category['label'])}:</b>")
                assert all(escape(o["text"]) in group for o in item["observations"] if o["category"] == category["id"])


class TestRiskMap:
    def test_selecting_a_factor_shows_targeting_and_protection(self, curriculum):
        risk_map = RiskMap("ecological-risk-map", curriculum)
        factor = risk_map.item["factors"][0]
        risk_map.factor_buttons[factor["id"]].click()
        assert "How an exploiter may target this:" in risk_map.detail.value
        assert "What protects:" in risk_map.detail.value
        assert risk_map.selected == factor["id"]
        assert "csec-selected" in risk_map.factor_buttons[factor["id"]]._dom_classes

    def test_every_level_has_a_column_and_framing_says_not_their_fault(self, curriculum):
        risk_map = RiskMap("ecological-risk-map", curriculum)
        assert len(risk_map.levels.children) == len(risk_map.item["levels"])
        assert "responsib" in risk_map.item["framing"].lower() or "fault" in risk_map.item["framing"].lower()

    def test_unknown_factor_is_refused(self, curriculum):
        risk_map = RiskMap("ecological-risk-map", curriculum)
        risk_map.select("not-a-factor")
        assert risk_map.selected is None and "Choose one of the factors" in risk_map.detail.value


class TestPoll:
    def test_counts_give_numbers_and_percentages(self, curriculum):
        poll = Poll("confidence-recognizing-signs", curriculum)
        poll.counters[0].value = 3
        poll.add(1)
        assert poll.counts[:2] == [3, 1]
        assert "4 answers" in poll.results.value
        assert "3 (75%)" in poll.bars[0].value and "1 (25%)" in poll.bars[1].value
        assert all(escape(option) in bar.value for option, bar in zip(poll.item["options"], poll.bars))

    def test_negative_and_out_of_range_input_is_refused(self, curriculum):
        poll = Poll("confidence-recognizing-signs", curriculum)
        poll.set_count(0, 2)
        poll.set_count(0, -5)
        poll.set_count(0, "many")
        poll.set_count(99, 1)
        poll.add(-1)
        assert poll.counts[0] == 2 and sum(poll.counts) == 2
        assert escape("not one of this poll's options") in poll.message.value

    def test_clear_and_a_replaceable_store(self, curriculum):
        store = MemoryPollStore()
        poll = Poll("confidence-recognizing-signs", curriculum, store=store)
        poll.add(2)
        assert store.counts("confidence-recognizing-signs", len(poll.item["options"]))[2] == 1
        poll.reset_button.click()
        assert sum(poll.counts) == 0 and "0 answers" in poll.results.value


class TestTimerReflectionBreak:
    def test_timer_counts_down_pauses_resets_and_ends_gently(self):
        clock = FakeClock()
        timer = ActivityTimer(2, clock=clock)
        assert "02:00" in timer.face.value
        timer.start_button.click()
        clock.now += 30
        timer.tick()
        assert "01:30" in timer.face.value
        timer.pause_button.click()
        clock.now += 100
        timer.tick()
        assert "01:30" in timer.face.value and timer.start_button.description == "Resume"
        timer.start()
        clock.now += 90
        timer.tick()
        assert "00:00" in timer.face.value and "Time is up" in timer.status.value
        assert "csec-timer-done" in timer._dom_classes and timer.start_button.disabled
        timer.reset_button.click()
        assert "02:00" in timer.face.value and not timer.running

    def test_pausing_and_resuming_within_a_second_keeps_one_tick_a_second(self):
        loop = FakeLoop()
        timer = ActivityTimer(2, clock=loop, schedule=loop.call_later)
        timer.start_button.click()
        loop.advance(0.5)
        timer.pause_button.click()
        timer.start_button.click()
        loop.advance(0.5)
        for face in ("01:58", "01:57", "01:56"):
            assert loop.advance(1) == 1 and len(loop.waiting()) == 1
            assert face in timer.face.value
        timer.pause_button.click()
        assert loop.advance(5) == 0 and loop.waiting() == [] and "01:56" in timer.face.value

    def test_timer_ignores_clicks_that_cannot_apply(self):
        clock = FakeClock()
        timer = ActivityTimer(1, clock=clock)
        timer.pause()  # not running
        timer.start()
        clock.now += 10
        timer.start()  # already running: no restart
        timer.tick()
        assert "00:50" in timer.face.value
        with pytest.raises(ValueError):
            ActivityTimer(0)
        with pytest.raises(ValueError):
            ActivityTimer(-3)

    def test_timer_takes_its_length_from_the_curriculum(self, curriculum):
        segment = curriculum.session("what-is-csec")["segments"][4]
        timer = ActivityTimer.for_segment("what-is-csec", 5, curriculum)
        assert timer.total == segment["minutes"] * 60
        with pytest.raises(ValueError, match="segments 1 to"):
            ActivityTimer.for_segment("what-is-csec", 99, curriculum)

    def test_reflection_says_nothing_is_kept_and_syncs_no_text(self, curriculum):
        reflection = Reflection("one-thing-to-remember", curriculum)
        assert "Nothing you type here is saved, collected or sent" in reflection.notepad.value
        assert "<textarea" in reflection.notepad.value
        assert synced_text_widgets(reflection) == []
        assert reflection.timer.total == reflection.item["minutes"] * 60

    def test_break_offers_time_and_help(self, curriculum):
        pause = TakeABreak("pause-and-breathe", curriculum)
        assert pause.item["title"] in pause.text.value
        assert pause.timer.total == pause.item["minutes"] * 60
        listed = [r["name"] for r in curriculum.resources["resources"] if escape(r["name"]) in pause.help.children[0].value]
        right_now = [r["name"] for r in curriculum.help_resources() if r.get("right_now")]
        assert listed == right_now and "988 Suicide & Crisis Lifeline" in listed  # not every line: the slide stays short
        assert "help slides and in the handout" in pause.help.children[0].value


class TestAudience:
    def curriculum_for(self, audience):
        from csec.content import load_curriculum
        from csec.settings import PROJECT_ROOT, curriculum_settings

        return load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us", audience))

    def test_examples_follow_the_chosen_audience(self):
        from widgets import AudienceExamples

        for audience in ("youth", "hospitality"):
            curriculum = self.curriculum_for(audience)
            item = curriculum.item("examples", "something-of-value-nearby")
            html = AudienceExamples("something-of-value-nearby", curriculum).children[0].value
            assert all(escape(example) in html for example in item["by_audience"][audience])
            others = [e for a, examples in item["by_audience"].items() if a != audience for e in examples]
            assert not any(escape(example) in html for example in others)

    def test_scenario_follows_the_chosen_audience(self):
        from widgets import AudienceScenario

        curriculum = self.curriculum_for("professionals")
        assert AudienceScenario(["new-older-boyfriend"], curriculum).item["id"] == "new-older-boyfriend"
        with pytest.raises(ValueError):
            AudienceScenario([], curriculum)


class TestPrePostCheck:
    def questions(self, curriculum):
        item = curriculum.item("pre_post_check", "series-check")
        return [curriculum.item("knowledge_check", q) for q in item["questions"]]

    def test_before_the_series_every_question_shows_and_no_answer_does(self, curriculum):
        check = PrePostCheck("series-check", "before", curriculum)
        questions = self.questions(curriculum)
        shown = lambda widget: widget.layout.display != "none" and getattr(widget, "shown", True)
        assert shown(check.instructions) and shown(check.start_button)  # the instructions first, on their own
        assert not any(shown(part) for part in (check.question, check.progress, check.next_button))
        check.start_button.click()
        assert check.previous_button.disabled and check.answer_button.layout.display == "none"
        for position, question in enumerate(questions):
            assert not shown(check.instructions) and not shown(check.start_button) and shown(check.question)
            assert escape(question["question"]) in check.question.value
            assert f"question {position + 1} of {len(questions)}" in check.progress.value
            assert all(escape(o["text"]) in check.question.value for o in question["options"])
            check.show_answer()  # a crafted click on the hidden button
            assert check.feedback.value == ""
            assert escape(question["explanation"]) not in check.question.value
            check.next_button.click()
        assert check.position == len(questions)  # then the statements

    @pytest.mark.parametrize("audience, first, second", [
        ("professionals", "could-recognize-signs", "know-what-to-say"),
        ("youth", "could-recognize-signs-in-a-friend", "know-what-to-say-to-a-friend"),
    ])
    def test_the_audiences_own_statements_follow_the_questions_with_the_five_answers(self, curriculum, audience,
                                                                                     first, second):
        curriculum = curriculum.for_audience(audience)
        statements = [curriculum.item("statement", s) for s in curriculum.item("pre_post_check", "series-check")[
            "statements"] if audience in curriculum.item("statement", s).get("audiences", [audience])]
        assert [s["id"] for s in statements[:2]] == [first, second] and len(statements) == 5
        check = PrePostCheck("series-check", "after", curriculum)
        check.go_to(len(check.questions))
        for number, statement in enumerate(statements, start=1):
            assert f"After the series: statement {number} of 5" in check.progress.value
            assert escape(statement["statement"]) in check.question.value
            assert re.findall(r"<li>([^<]*)</li>", check.question.value) == [
                "Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"]
            assert check.answer_button.layout.display == "none" and check.answer_button.disabled
            check.show_answer()  # a crafted click: a statement has no right answer
            assert check.feedback.value == "" and check.notes.value == ""
            check.next_button.click()
        assert check.position == check.length - 1 and check.next_button.disabled

    def test_after_the_series_the_facilitator_can_show_each_answer(self, curriculum):
        check = PrePostCheck("series-check", "after", curriculum)
        question = self.questions(curriculum)[1]
        check.start_button.click()
        assert check.answer_button.layout.display is None
        check.next_button.click()
        assert check.feedback.value == ""
        check.answer_button.click()
        letter = "ABCDEF"[next(i for i, o in enumerate(question["options"]) if o.get("correct"))]
        assert f"The answer: {letter}." in check.feedback.value
        assert escape(question["question"]) in check.question.value
        assert not any(escape(o["text"]) in check.question.value for o in question["options"] if not o.get("correct"))
        assert escape(question["explanation"]) in check.notes.value and check.notes.value.startswith("<aside")
        assert escape(question["explanation"]) not in check.feedback.value  # the facilitator gives it
        assert check.answer_button.disabled
        check.previous_button.click()
        assert check.feedback.value == "" and check.notes.value == "" and not check.answer_button.disabled

    def test_positions_outside_the_check_and_unknown_phases_are_refused(self, curriculum):
        check = PrePostCheck("series-check", "after", curriculum)
        check.go_to(-1)
        check.go_to(99)
        assert check.position == 0
        with pytest.raises(ValueError, match="use one of before, after"):
            PrePostCheck("series-check", "during", curriculum)


def test_action_plan_gives_each_prompt_a_private_notepad(curriculum):
    plan = ActionPlan("my-next-steps", curriculum)
    for prompt in plan.item["prompts"]:
        assert f">{escape(prompt)}</label><textarea" in plan.plan.value
    assert plan.plan.value.count("<textarea") == len(plan.item["prompts"])
    assert "Nothing you type here is saved" in plan.intro.value
    assert synced_text_widgets(plan) == []
    assert plan.timer.total == plan.item["minutes"] * 60
