"""Icons: the pinned Lucide set, drawn inline in the text colour, named for screen readers or hidden from them."""

import xml.etree.ElementTree as ElementTree

import pytest

from csec.assets import ICONS_DIR, REQUIREMENTS, STAMP
from csec.icons import UnknownIcon, icon_names, icon_svg


def test_an_icon_is_an_svg_in_the_text_colour_at_the_size_asked():
    svg = ElementTree.fromstring(icon_svg("phone", size=32))
    assert svg.tag == "svg"
    assert svg.get("stroke") == "currentColor" and svg.get("fill") == "none"
    assert (svg.get("width"), svg.get("height")) == ("32", "32")
    assert svg.get("class") == "csec-icon"
    assert svg.findall("path"), "the icon draws nothing"
    assert "http" not in icon_svg("phone"), "inline SVG needs no namespace address (handouts carry none)"


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


def test_a_labelled_icon_is_an_image_named_by_its_label(page):
    page.set_content(f"<p>{icon_svg('phone', label='Call the hotline')}</p>")
    assert page.get_by_role("img", name="Call the hotline").count() == 1


def test_an_icon_without_a_label_is_hidden_from_screen_readers(page):
    page.set_content(f"<p>{icon_svg('phone')} Call the hotline</p>")
    assert page.get_by_role("img").count() == 0
    assert page.locator("svg").get_attribute("aria-hidden") == "true"


def test_a_label_is_text_never_markup():
    svg = ElementTree.fromstring(icon_svg("phone", label='<b onclick="x()">Call</b>'))
    title = svg.find("title")
    assert svg.get("aria-label") == title.text == '<b onclick="x()">Call</b>'
    assert len(title) == 0 and svg.find(".//b") is None


def test_an_unknown_icon_names_itself_and_the_nearest_names():
    with pytest.raises(UnknownIcon) as raised:
        icon_svg("phon")
    message = str(raised.value)
    assert "unknown icon 'phon'" in message and "'phone'" in message
    assert "\n" not in message


def test_the_icons_are_the_pinned_lucide_set_with_its_licence_beside_them():
    pinned = [line for line in REQUIREMENTS.read_text().splitlines() if line.startswith("lucide==")]
    assert len(pinned) == 1 and pinned[0] in STAMP.read_text().splitlines()
    licence = (ICONS_DIR.parent / "LICENSE").read_text()
    assert "Lucide Contributors" in licence and "Permission to use, copy, modify" in licence
    assert {"phone", "siren", "house-heart"} <= icon_names()
    assert len(icon_names()) > 1000  # the whole set, not a few files
