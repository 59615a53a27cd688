"""Diagrams drawn from their content: named in order, every word drawn, legible on the projector in both themes."""

import re
import xml.etree.ElementTree as ElementTree
from html import escape

import pytest

from csec import pictures
from csec.content import UnknownContentId, load_curriculum
from csec.icons import UnknownIcon, icon_svg
from csec.kinds import diagram as diagram_kind
from csec.kinds import risk_map as risk_map_kind
from csec.settings import curriculum_settings
from tests.presenting import (
    SIZE_FLOOR_PX,
    fit_problems,
    go_to_slide_showing,
    open_session,
    serious_violations,
    switch_high_contrast,
)
from widgets import Diagram, RiskMap

def drawn(markup: str) -> ElementTree.Element:
    return ElementTree.fromstring(str(markup))


def words(picture: ElementTree.Element) -> list[str]:
    """What each text of the picture says, its lines joined."""
    return [" ".join(span.text for span in text) for text in picture.iter("text")]


def diagrams(curriculum, kind: str) -> list[dict]:
    found = [item for item in curriculum.items["diagram"].values() if item["kind"] == kind]
    assert found, f"no {kind} diagram in the content"
    return found


class TestDiagram:
    def test_steps_are_named_in_order_with_their_details(self, curriculum):
        for item in diagrams(curriculum, "steps"):
            picture = drawn(Diagram(item["id"], curriculum).picture.value)
            assert picture.get("role") == "img"
            name = picture.get("aria-label")
            assert name.startswith(item["title"])
            said = [name.index(f'{number}. {step["label"]}: {step["detail"]}.')
                    for number, step in enumerate(item["items"], start=1)]
            assert said == sorted(said)

    def test_an_icon_row_is_named_by_every_entry_in_order(self, curriculum):
        for item in diagrams(curriculum, "icon_row"):
            name = drawn(Diagram(item["id"], curriculum).picture.value).get("aria-label")
            said = [name.index(entry["label"]) for entry in item["items"]]
            assert name.startswith(item["title"]) and said == sorted(said)

    def test_every_label_and_detail_is_drawn_as_text(self, curriculum):
        for item in curriculum.items["diagram"].values():
            markup = Diagram(item["id"], curriculum).picture.value
            expected = [text for entry in item["items"] for text in (entry["label"], entry.get("detail")) if text]
            assert sorted(words(drawn(markup))) == sorted(expected)
            assert all(icon_svg(entry["icon"], size=pictures.ICON_PX) in markup for entry in item["items"])

    def test_intro_and_note_frame_the_picture(self, curriculum):
        item = curriculum.item("diagram", "something-of-value")
        diagram = Diagram(item["id"], curriculum)
        shown = [child.value for child in diagram.children]

        def position(text):
            return next(number for number, value in enumerate(shown) if text in value)

        assert position(escape(item["intro"])) < position(diagram.picture.value) < position(escape(item["note"]))

    def test_an_unknown_diagram_is_a_clear_error(self, curriculum):
        with pytest.raises(UnknownContentId, match=r"unknown diagram id 'grooming' in .*: use one of .*"
                                                   r"how-grooming-works"):
            Diagram("grooming", curriculum)

    def test_an_icon_not_in_the_set_is_a_clear_error(self, content_copy):
        path = content_copy / "items" / "diagrams.yaml"
        path.write_text(path.read_text().replace("icon: pill}", "icon: pills}", 1))
        with pytest.raises(UnknownIcon, match=r"unknown icon 'pills'.*did you mean 'pill'"):
            Diagram("something-of-value", load_curriculum(curriculum_settings(content_copy, "us")))

    def test_the_handout_prints_the_same_picture_with_its_words(self, curriculum):
        item = curriculum.item("diagram", "something-of-value")
        html = diagram_kind.handout_html([item])
        assert Diagram(item["id"], curriculum).picture.value in html
        assert all(escape(item[part]) in html for part in ("title", "intro", "note"))


class TestRiskMapRings:
    def test_the_levels_are_rings_named_from_the_center_out(self, curriculum):
        risk_map = RiskMap("ecological-risk-map", curriculum)
        labels = [level["label"] for level in risk_map.item["levels"]]
        picture = drawn(risk_map.rings.value)
        assert picture.get("role") == "img" and "rings from the center out: " + "; ".join(labels) in picture.get(
            "aria-label")
        assert sorted(words(picture)) == sorted(labels)
        assert len(list(picture.iter("path"))) == len(labels)

    def test_a_chosen_factor_takes_the_slide_with_the_rings_marking_its_level(self, curriculum):
        risk_map = RiskMap("ecological-risk-map", curriculum)
        shown = lambda widget: widget.layout.display != "none"
        assert shown(risk_map.map_view) and not shown(risk_map.rings)
        factor = next(f for f in risk_map.item["factors"] if f["level"] == "community")
        risk_map.factor_buttons[factor["id"]].click()
        assert not shown(risk_map.map_view) and shown(risk_map.rings)
        assert "What protects:" in risk_map.detail.value
        picture = drawn(risk_map.rings.value)
        opacity = {float(path.get("fill-opacity")) for path in picture.iter("path")}
        assert len(opacity) == 2  # one ring marked
        assert f'{factor["label"]} is in the ring Community and services.' in picture.get("aria-label")
        risk_map.back_button.click()
        assert shown(risk_map.map_view) and not shown(risk_map.rings) and risk_map.detail.value == ""

    def test_the_handout_prints_the_rings(self, curriculum):
        item = curriculum.item("risk_map", "ecological-risk-map")
        assert RiskMap(item["id"], curriculum).rings.value in risk_map_kind.handout_html([item])


# Per picture on the slide shown now: its words' smallest size in slide pixels (as drawn, after the SVG is
# scaled), whether two of its texts overlap, the words drawn in the accent colour that leave every box,
# and the colours its words are drawn in.
DRAWN_WORDS = """
svg => {
  const unit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width / Reveal.getScale();
  const texts = [...svg.querySelectorAll('text')];
  const boxes = [...svg.querySelectorAll('rect')].map(r => r.getBoundingClientRect());
  const inside = (r, b) => r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom;
  const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const rects = texts.map(t => t.getBoundingClientRect());
  return {
    smallest: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * unit)),
    overlapping: rects.some((a, i) => rects.some((b, j) => i < j && overlap(a, b))),
    outsideBoxes: boxes.length ? texts.filter((t, i) => t.closest('.csec-diagram-accent')
                                             && !boxes.some(b => inside(rects[i], b))).map(t => t.textContent) : [],
    colours: [...new Set(texts.map(t => getComputedStyle(t).fill))].sort(),
  };
}
"""
COLOURS = {"normal": {"text": "rgb(26, 26, 26)", "accent": "rgb(31, 78, 121)"},  # the theme's #1a1a1a, #1f4e79
           "high contrast": {"text": "rgb(255, 255, 255)", "accent": "rgb(255, 212, 0)"}}  # white, yellow


def assert_legible_in_both_themes(page, picture, colours_used: list[str]):
    for theme in ("normal", "high contrast"):
        if theme == "high contrast":
            switch_high_contrast(page, on=True)
        drawn_words = picture.evaluate(DRAWN_WORDS)
        assert drawn_words["smallest"] >= SIZE_FLOOR_PX, (theme, drawn_words)
        assert not drawn_words["overlapping"] and drawn_words["outsideBoxes"] == [], (theme, drawn_words)
        assert drawn_words["colours"] == sorted(COLOURS[theme][colour] for colour in colours_used), theme
        assert fit_problems(page) == [], theme
        assert serious_violations(page) == [], theme


DIAGRAM_SLIDES = [(1, '"Something of value" is not only money', "something-of-value"),
                  (2, "Where it happens", "where-it-happens-1"),
                  (2, "Where it happens", "where-it-happens-2"),
                  (3, "How exploiters target a need", "targeting-a-need"),
                  (4, "How grooming often works", "how-grooming-works")]


@pytest.mark.browser
@pytest.mark.parametrize(("session", "heading", "diagram_id"), DIAGRAM_SLIDES)
def test_a_diagram_slide_reads_from_the_back_row_in_both_themes(recorded, server_url, curriculum,
                                                                 session, heading, diagram_id):
    page = recorded.page
    open_session(page, server_url, session)
    slide = go_to_slide_showing(page, heading)
    item = curriculum.item("diagram", diagram_id)
    picture = slide.get_by_role("img", name=re.compile(f"^{re.escape(item['title'])}"))
    picture.wait_for()
    # step labels are drawn in the accent colour, icon-row labels and details in the text colour
    assert_legible_in_both_themes(page, picture, ["text", "accent"] if item["kind"] == "steps" else ["text"])


@pytest.mark.browser
def test_a_chosen_risk_factor_shows_its_ring_legible_in_both_themes(recorded, server_url, curriculum):
    page = recorded.page
    open_session(page, server_url, 3)
    slide = go_to_slide_showing(page, "who exploiters target, and what protects")
    factor = curriculum.item("risk_map", "ecological-risk-map")["factors"][0]
    slide.get_by_role("button", name=factor["label"]).click()
    slide.get_by_text(factor["how_targeted"][:40]).wait_for()
    picture = slide.get_by_role("img", name=re.compile("rings from the center out"))
    picture.wait_for()
    assert_legible_in_both_themes(page, picture, ["text"])
    assert fit_problems(page) == []
    slide.get_by_role("button", name="Back to the map").click()
    picture.wait_for(state="hidden")
    slide.get_by_role("button", name=factor["label"]).wait_for()
