"""Widgets driven in pure Python, as the browser would drive them."""

import copy
import re
from html import escape

import pytest
from traitlets import TraitError

from csec.content import UnknownContentId
from widgets import (
    ContentNotice,
    GroundRules,
    HelpResources,
    KeyPoints,
    KnowledgeCheck,
    MythOrFact,
    ResourceCard,
    SessionIndex,
    SessionSources,
    SessionTitle,
)


def index_of_option(item, correct):
    return next(i for i, option in enumerate(item["options"]) if bool(option.get("correct")) == correct)


class TestKnowledgeCheck:
    def test_correct_answer_shows_why(self, curriculum):
        check = KnowledgeCheck("who-exploits", curriculum)
        check.choices.value = index_of_option(check.item, correct=True)
        check.check_button.click()
        assert "Correct." in check.feedback.value
        assert check.item["explanation"][:40] in check.notes.value and check.notes.value.startswith('<aside class="notes">')
        assert check.item["explanation"][:40] not in check.feedback.value  # the facilitator gives it, from the notes
        assert check.choices.disabled and check.check_button.disabled and not check.reset_button.disabled
        assert check.choices.layout.display == "none"  # the slide keeps to the question, the answer and why

    def test_wrong_answer_explains_and_names_the_right_one(self, curriculum):
        check = KnowledgeCheck("minors-force-not-required", curriculum)
        wrong = index_of_option(check.item, correct=False)
        check.choices.value = wrong
        check.check_button.click()
        assert "Not quite." in check.feedback.value
        assert check.item["options"][wrong]["feedback"][:30] in check.feedback.value
        assert f'Your answer: {check.item["options"][wrong]["text"]}' in check.feedback.value
        assert "The answer: They are under 18." in check.notes.value  # the group may try again first
        assert "They are under 18." not in check.feedback.value

    def test_reset_clears_the_answer(self, curriculum):
        check = KnowledgeCheck("who-exploits", curriculum)
        check.choices.value = 0
        check.check_button.click()
        check.reset_button.click()
        assert check.choices.value is None and not check.choices.disabled and check.choices.layout.display is None
        assert check.notes.value == "" and check.feedback.value == ""
        assert check.feedback.value == "" and not check.check_button.disabled

    def test_checking_without_an_answer_asks_for_one(self, curriculum):
        check = KnowledgeCheck("who-exploits", curriculum)
        check.check_button.click()
        assert "Choose an answer first" in check.feedback.value
        assert not check.answered

    def test_an_answer_that_reaches_python_after_the_click_is_the_one_judged(self, curriculum):
        check = KnowledgeCheck("who-exploits", curriculum)
        check.choices.value = index_of_option(check.item, correct=False)  # Down
        check.check_button.click()  # Enter, sent at once
        check.choices.value = index_of_option(check.item, correct=True)  # the second Down, held back until now
        assert "Correct." in check.feedback.value and "Not quite." not in check.feedback.value
        assert check.answered and check.choices.disabled

    def test_crafted_messages_cannot_break_it(self, curriculum):
        check = KnowledgeCheck("who-exploits", curriculum)
        with pytest.raises(TraitError):
            check.choices.index = 99  # what a crafted browser message would set
        assert check.choices.value is None
        check.choices.value = index_of_option(check.item, correct=False)
        check.check_button.click()
        shown = check.feedback.value
        check.choices.disabled = False  # a crafted message re-enabling the options
        check.choices.value = index_of_option(check.item, correct=True)
        check.check_button.click()  # clicks reach Python even on a disabled button
        assert check.feedback.value == shown

    def test_the_answer_is_not_in_the_browser_before_checking(self, curriculum):
        check = KnowledgeCheck("who-exploits", curriculum)
        state = str(check.choices.get_state()) + check.feedback.value + check.question.value
        for option in check.item["options"]:
            assert option["feedback"][:30] not in state

    def test_unknown_question_id_is_a_clear_error(self, curriculum):
        with pytest.raises(UnknownContentId, match="no-such-question"):
            KnowledgeCheck("no-such-question", curriculum)


class TestMythOrFact:
    IDS = ["kidnapped-by-strangers", "anything-of-value"]

    def test_each_statement_is_answered_then_explained(self, curriculum):
        activity = MythOrFact(self.IDS, curriculum)
        assert "Statement 1 of 2" in activity.progress.value
        assert "kidnapped by strangers" in activity.statement.value
        assert activity.result.value == ""
        activity.category_buttons["myth"].click()
        assert "Well spotted. It is a myth." in activity.result.value
        assert all(button.disabled for button in activity.category_buttons.values())
        assert all(b.layout.display == "none" for b in activity.category_buttons.values())  # room for why
        activity.next_button.click()
        assert "Statement 2 of 2" in activity.progress.value
        activity.category_buttons["myth"].click()
        assert "Not quite. It is a fact." in activity.result.value
        assert activity.next_button.description == "See the summary"

    def test_a_long_summary_is_shown_three_takeaways_at_a_time(self, curriculum):
        ids = ["kidnapped-by-strangers", "force-required", "borders-required", "anything-of-value",
               "boys-and-lgbtq-youth", "young-person-chose-this"]
        activity = MythOrFact(ids, curriculum)
        for _ in ids:
            activity.category_buttons["fact"].click()
            activity.next_button.click()
        takeaways = [escape(curriculum.item("myth_or_fact", i)["takeaway"][:30]) for i in ids]
        assert "What to remember (1 of 2)" in activity.statement.value
        assert [t in activity.result.value for t in takeaways] == [True] * 3 + [False] * 3
        assert activity.next_button.description == "More to remember" and not activity.next_button.disabled
        activity.next_button.click()
        assert "What to remember (2 of 2)" in activity.statement.value
        assert [t in activity.result.value for t in takeaways] == [False] * 3 + [True] * 3
        assert activity.next_button.disabled

    def test_the_end_summarises_the_takeaways_and_can_start_over(self, curriculum):
        activity = MythOrFact(self.IDS, curriculum)
        for _ in self.IDS:
            activity.category_buttons["fact"].click()
            activity.next_button.click()
        assert activity.finished
        for statement_id in self.IDS:
            assert curriculum.item("myth_or_fact", statement_id)["takeaway"][:30] in activity.result.value
        activity.restart_button.click()
        assert "Statement 1 of 2" in activity.progress.value and activity.result.value == ""

    def test_out_of_order_and_invalid_input_is_ignored(self, curriculum):
        activity = MythOrFact(self.IDS, curriculum)
        activity.next_button.click()  # disabled: nothing answered yet
        assert activity.position == 0
        activity.answer("maybe")
        assert "Choose one of: <b>Myth</b>, <b>Fact</b>." in activity.result.value and activity.given is None
        activity.answer("myth")
        activity.category_buttons["fact"].click()  # a second answer to the same statement
        assert activity.given == "myth"

    def test_needs_known_statements(self, curriculum):
        with pytest.raises(UnknownContentId):
            MythOrFact(["kidnapped-by-strangers", "nope"], curriculum)
        with pytest.raises(ValueError):
            MythOrFact([], curriculum)


class TestContentNoticeAndResources:
    def test_notice_toggles_help_and_the_next_slide_shows_the_ground_rules(self, curriculum):
        item = curriculum.item("notice", "session-notice")
        notice = ContentNotice("session-notice", curriculum)
        assert escape(item["message"]) in notice.message.value
        rules = GroundRules("session-notice", curriculum).children[0].value
        for rule in item["ground_rules"]:
            assert f"<li>{escape(rule)}</li>" in rules
        assert not notice.help_shown
        notice.help_button.click()
        assert notice.help_shown and notice.help_button.description == "Back to the notice"
        assert notice.message.layout.display == "none"  # the help takes the notice's place, not more words
        listed = [r["name"] for r in curriculum.help_resources() if escape(r["name"]) in notice.help.children[0].value]
        assert listed == [r["name"] for r in curriculum.help_resources() if r.get("right_now")]
        assert "911" in notice.help.children[0].value and "help slides and in the handout" in notice.help.children[0].value
        notice.help_button.click()
        assert not notice.help_shown and notice.message.layout.display is None

    def test_a_locale_that_marks_no_line_for_right_now_lists_every_one(self, curriculum):
        unmarked = copy.deepcopy(curriculum)  # the loaded content is shared: change a copy
        for resource in unmarked.resources["resources"]:
            resource.pop("right_now", None)
        html = HelpResources(unmarked, compact=True).children[0].value
        assert all(escape(r["name"]) in html for r in unmarked.help_resources())

    def test_resource_card_reads_the_resources_file(self, curriculum):
        card = ResourceCard("national-human-trafficking-hotline", curriculum)
        html = card.children[0].value
        assert "Call: 1-888-373-7888" in html and "Text: 233733" in html and "Open 24/7" in html
        with pytest.raises(UnknownContentId):
            ResourceCard("no-such-line", curriculum)

    def test_widgets_in_a_kernel_follow_the_locale_its_page_presents(self, content_with_test_locale):
        from csec.audience_contents import settings_cell
        from csec.settings import curriculum_settings

        chosen = curriculum_settings(content_with_test_locale, "test")
        exec(settings_cell(chosen, curriculum_settings()).source, {})  # what the served page runs first
        try:
            html = HelpResources().children[0].value
        finally:
            exec(settings_cell(curriculum_settings(), curriculum_settings()).source, {})
        assert "Testland Child Line" in html and "116 111" in html
        assert "1-888-373-7888" not in html

    def test_help_resources_list_every_resource_in_order(self, curriculum):
        html = "".join(child.value for child in HelpResources(curriculum).children)
        positions = [html.index(escape(r["name"])) for r in curriculum.resources["resources"]
                     if "professionals" in r["audiences"]]
        assert positions == sorted(positions)

    def test_the_youth_help_slide_leads_with_lines_for_young_people_and_says_who_they_tell(self):
        from csec.content import load_curriculum
        from csec.settings import PROJECT_ROOT, curriculum_settings

        youth = load_curriculum(curriculum_settings(PROJECT_ROOT / "content", "us", "youth"))
        html = "".join(child.value for child in HelpResources(youth).children)
        assert "ICE Homeland Security Investigations" not in html
        assert html.index("988 Suicide &amp; Crisis Lifeline") < html.index("National Human Trafficking Hotline")
        first_detail = html[html.index('data-tab="0"'):html.index('data-tab="1"')]  # shown before any choice
        assert "under 18 and someone is hurting you" in first_detail
        assert html.count("What happens:") == sum("youth" in r["audiences"] for r in youth.resources["resources"])

    def test_help_resources_split_over_two_slides_lose_none(self, curriculum):
        pages = ["".join(child.value for child in HelpResources(curriculum, page=page, of=2).children)
                 for page in (1, 2)]
        names = [r["name"] for r in curriculum.resources["resources"] if "professionals" in r["audiences"]]
        assert [sum(escape(name) in page for page in pages) for name in names] == [1] * len(names)
        assert all(page.count("csec-resource\"") >= len(names) // 2 for page in pages)
        note = escape(curriculum.help_note())
        assert note in pages[0] and note not in pages[1]
        with pytest.raises(ValueError, match="between 1 and 2"):
            HelpResources(curriculum, page=3, of=2)

    def test_each_help_slide_names_its_resources_and_shows_one_at_a_time_starting_with_the_first(self, curriculum):
        html = HelpResources(curriculum, page=2, of=4).children[0].value
        tabs = re.findall(r'<label class="csec-tab"><input type="radio" name="([^"]+)" value="(\d+)"( checked)?>', html)
        details = re.findall(r'<div class="csec-directory-detail" data-tab="(\d+)">', html)
        assert len({name for name, _value, _checked in tabs}) == 1  # one group: choosing one unchooses the rest
        assert [value for _name, value, _checked in tabs] == details == [str(n) for n in range(len(tabs))]
        assert [bool(checked) for _name, _value, checked in tabs] == [True] + [False] * (len(tabs) - 1)
        assert html.count("What happens:") == len(tabs)

    def test_too_many_resources_for_one_slide_says_how_to_split_them(self, curriculum):
        from widgets.resource_card import directory_html
        from widgets.theme import DIRECTORY_TABS

        with pytest.raises(ValueError, match=r"HelpResources\(page=1, of=2\)"):
            directory_html([("tab", "detail")] * (DIRECTORY_TABS + 1), "group", "en")


class TestSessionOutline:
    def test_title_objectives_key_points_and_sources_come_from_curriculum(self, curriculum):
        session = curriculum.session("what-is-csec")
        assert "Session 1: What is CSEC?" in SessionTitle("what-is-csec", curriculum).children[0].value
        key_points = KeyPoints("what-is-csec", curriculum).children[0].value
        assert all(point[:30].replace('"', "&quot;") in key_points for point in session["key_points"])
        sources = SessionSources("what-is-csec", curriculum).children[0].value
        on_slide, notes = sources.split('<aside class="notes">')
        publishers = {curriculum.source(s)["publisher"] for s in session["sources"]}
        assert all(escape(publisher) in notes for publisher in publishers) and notes.count("<li>") == len(publishers)
        assert on_slide.count("<li>") == SessionSources.MOST_CITED and "title and address" in on_slide
        assert f'draws on {len(session["sources"])} sources from {len(publishers)} publishers' in on_slide
        assert f"And {len(publishers) - SessionSources.MOST_CITED} more." in on_slide

    def test_index_lists_every_session_with_a_link_to_present_it(self, curriculum):
        html = SessionIndex(curriculum).children[0].value
        for session in curriculum.sessions:
            notebook = session["notebook"].removeprefix("notebooks/")
            assert f'href="/voila/render/{notebook}">Present session {session["number"]}</a>' in html
        assert "All four audiences" in html
        assert 'Prepared for: <b aria-current="page">Professionals who work with youth</b>' in html

    def test_index_for_another_audience_links_its_own_sessions_handouts_and_the_other_choices(self, curriculum):
        youth = curriculum.for_audience("youth")
        html = SessionIndex(youth).children[0].value
        assert 'href="/voila/render/youth/us/01_what_is_csec.ipynb">Present session 1</a>' in html
        assert '<b aria-current="page">Older youth (14-18)</b>' in html
        assert '<a href="/voila/render/index.ipynb">Professionals who work with youth</a>' in html
        assert '<a href="/voila/render/caregivers/us/index.ipynb">' in html

    def test_index_links_the_offline_copy_of_each_session_built_for_the_chosen_group(self, tmp_path):
        import shutil

        from csec.content import load_curriculum
        from csec.settings import PROJECT_ROOT, curriculum_settings

        shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content")
        (tmp_path / "notebooks").mkdir()  # a curriculum folder of its own: its build/ is beside it
        youth = load_curriculum(curriculum_settings(tmp_path / "content", audience="youth"))
        assert "Offline copy" not in SessionIndex(youth).children[0].value
        (tmp_path / "build" / "slides" / "youth").mkdir(parents=True)
        (tmp_path / "build" / "slides" / "youth" / "who-is-at-risk.html").write_text("<html></html>")
        html = SessionIndex(youth).children[0].value
        assert html.count("Offline copy") == 1
        assert ('Present session 3</a><br><a href="/slides/youth/who-is-at-risk.html" download>Offline copy (one file)'
                "</a>") in html

    def test_index_says_whether_phones_can_answer_and_where_they_join(self, curriculum):
        from dataclasses import replace

        assert "Group mode is off" in SessionIndex(curriculum).children[0].value
        in_room = replace(curriculum, settings=replace(curriculum.settings, room="ABC234",
                                                       join_url="http://192.0.2.2:8866/join/ABC234"))
        html = SessionIndex(in_room).children[0].value
        assert "phones join room ABC234 at http://192.0.2.2:8866/join/ABC234" in html
        assert "csec export results --room ABC234" in html


def test_join_room_shows_a_scannable_code_the_address_and_the_room():
    from widgets import JoinRoom

    room = JoinRoom("http://192.0.2.2:8866/join/ABC234", "ABC234")
    assert "<svg" in room.body.value and 'aria-label="QR code for http://192.0.2.2:8866/join/ABC234"' in room.body.value
    assert "http://192.0.2.2:8866/join/ABC234" in room.body.value and "Room code: ABC234" in room.body.value


def test_join_room_without_group_mode_tells_the_room_how_it_answers():
    from widgets import JoinRoom

    room = JoinRoom()
    assert "<svg" not in room.body.value and "show of hands" in room.body.value and "pass" in room.body.value
