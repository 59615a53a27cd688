"""Loading content: valid files load; broken ones name the file, the line and the fix."""

import pytest

from csec.content import ContentInvalid, UnknownContentId, load_curriculum
from csec.settings import curriculum_settings


def test_curriculum_loads_sessions_in_order_with_their_items(curriculum):
    assert [s["id"] for s in curriculum.sessions][0] == "what-is-csec"
    session = curriculum.session("what-is-csec")
    assert session["minutes"] == sum(segment["minutes"] for segment in session["segments"])
    assert curriculum.item("knowledge_check", "who-exploits")["options"]
    assert curriculum.item("myth_or_fact", "force-required")["answer"] == "myth"


def test_us_resources_carry_the_hotline_numbers(curriculum):
    hotline = curriculum.resource("national-human-trafficking-hotline")
    values = {contact["kind"]: contact["value"] for contact in hotline["contacts"]}
    assert values["call"] == "1-888-373-7888"
    assert values["text"] == "233733"
    assert curriculum.resource("emergency")["contacts"][0]["value"] == "911"
    assert any(c["value"] == "report.cybertip.org" for c in curriculum.resource("ncmec-cybertipline")["contacts"])
    assert curriculum.resource("childhelp")["contacts"][0]["value"] == "1-800-422-4453"


def test_unknown_id_names_the_kind_and_the_known_ids(curriculum):
    with pytest.raises(UnknownContentId) as raised:
        curriculum.item("knowledge_check", "no-such-question")
    message = str(raised.value)
    assert "knowledge-check question id 'no-such-question'" in message
    assert "who-exploits" in message


def test_the_curriculum_for_another_audience_shows_that_audiences_help_list(curriculum):
    youth = curriculum.for_audience("youth")
    assert youth.settings.audience == "youth" and curriculum.settings.audience == "professionals"
    order = {audience: [r["id"] for r in chosen.help_resources()] for audience, chosen in
             (("youth", youth), ("professionals", curriculum))}
    for audience, hotline_first in (("youth", False), ("professionals", True)):  # 988 leads for youth in us.yaml
        ids = order[audience]
        assert (ids.index("national-human-trafficking-hotline") < ids.index("988-lifeline")) == hotline_first
    with pytest.raises(UnknownContentId, match="unknown audience 'teachers': use one of: professionals, caregivers"):
        curriculum.for_audience("teachers")

def test_malformed_yaml_names_file_and_line(content_copy):
    path = content_copy / "curriculum.yaml"
    lines = path.read_text().splitlines()
    lines[3] = "audiences: [unclosed"
    path.write_text("\n".join(lines))
    with pytest.raises(ContentInvalid) as raised:
        load_curriculum(curriculum_settings(content_copy, "us"))
    message = str(raised.value)
    assert "curriculum.yaml:" in message and "invalid YAML" in message


def test_schema_violation_points_at_the_line_of_the_bad_value(content_copy):
    path = content_copy / "curriculum.yaml"
    text = path.read_text().replace("    minutes: 75\n", "    minutes: sixty\n", 1)
    path.write_text(text)
    line = text.splitlines().index("    minutes: sixty") + 1
    with pytest.raises(ContentInvalid) as raised:
        load_curriculum(curriculum_settings(content_copy, "us"))
    message = str(raised.value)
    assert f"curriculum.yaml:{line}: sessions.0.minutes: 'sixty' is not of type 'integer'" in message
    assert "fix: write a whole number" in message


def test_wrong_locale_lists_the_locales_that_exist(content_copy):
    with pytest.raises(ContentInvalid) as raised:
        load_curriculum(curriculum_settings(content_copy, "atlantis"))
    message = str(raised.value)
    assert "atlantis.yaml" in message and "no help resources for locale 'atlantis'" in message
    assert "us" in message


def test_another_locale_replaces_the_help_resources(content_with_test_locale):
    curriculum = load_curriculum(curriculum_settings(content_with_test_locale, "test"))
    assert [r["name"] for r in curriculum.resources["resources"]] == ["Testland Child Line"]
    assert curriculum.resources["paper"] == "a4"


def test_a_sessions_publishers_come_most_cited_first_each_once(curriculum):
    session = curriculum.session("responding-and-helping")
    publishers = curriculum.session_publishers(session)
    counts = [sum(curriculum.source(s)["publisher"] == p for s in session["sources"]) for p in publishers]
    assert sorted(set(publishers)) == sorted({curriculum.source(s)["publisher"] for s in session["sources"]})
    assert len(publishers) == len(set(publishers)) and counts == sorted(counts, reverse=True) and counts[0] > 1


def test_a_yaml_alias_is_refused_at_its_line(content_copy):
    path = content_copy / "sources.yaml"
    text = path.read_text()
    dhs = "publisher: U.S. Department of Homeland Security, Blue Campaign\n"
    first = text.index(dhs)
    text = text[:first] + text[first:].replace(dhs, "publisher: &dhs U.S. Department of Homeland Security\n", 1)
    later = text.index(dhs)
    path.write_text(text[:later] + text[later:].replace(dhs, "publisher: *dhs\n", 1))
    line = text[:later].count("\n") + 1
    with pytest.raises(ContentInvalid) as raised:
        load_curriculum(curriculum_settings(content_copy, "us"))
    assert [str(problem) for problem in raised.value.problems] == [
        f"{path}:{line}: YAML aliases (*dhs) are not allowed in content files (fix: write the text out)"]


def test_an_oversized_content_file_is_refused_before_it_is_parsed(content_copy):
    path = content_copy / "items" / "polls.yaml"
    with path.open("a") as file:
        file.write("#" + "x" * (2 * 1024 * 1024) + "\n[not: valid yaml\n")
    size = path.stat().st_size
    with pytest.raises(ContentInvalid) as raised:
        load_curriculum(curriculum_settings(content_copy, "us"))
    assert [str(problem) for problem in raised.value.problems] == [
        f"{path}: the file is {size:,} bytes, over the 2,097,152-byte limit for a content file "
        "(fix: content files are text, the largest shipped one under 0.5 MB: remove what does not belong)"]


@pytest.mark.parametrize("url, fix", [
    ("http://example.org", "use the secure address: https:// instead of http://"),
    ("example.org", "write the full address: https://example.org"),
    ("https://example.org/a page", "remove the spaces (write %20 for a space inside an address)"),
    ("https://", "write the site's name after https://, e.g. https://www.example.org/page"),
])
def test_a_bad_source_url_gets_a_fix_that_says_what_is_wrong(content_copy, url, fix):
    path = content_copy / "sources.yaml"
    text = path.read_text().replace("url: https://www.dhs.gov/blue-campaign\n", f"url: {url}\n", 1)
    path.write_text(text)
    line = text.splitlines().index(f"    url: {url}") + 1
    with pytest.raises(ContentInvalid) as raised:
        load_curriculum(curriculum_settings(content_copy, "us"))
    assert [str(problem) for problem in raised.value.problems] == [
        f"{path}:{line}: sources.2.url: {url!r} is not a full web address starting with https:// (fix: {fix})"]
