"""Sorting observations into kinds of possible signs, each kind with its icon (items/sign_sorts.yaml)."""

from html import escape

from csec.html_text import beside, paragraph
from csec.i18n import _
from csec.icons import icon_fix, icon_names, icon_svg
from csec.kinds import ContentKind, Problem

HANDOUT_ICON_PX = 24  # about one line of the handout's text


def participant_texts(item: dict, _audience: str, _curriculum) -> list[str]:
    return [item["instructions"], item["caution"],
            *(text for o in item["observations"] for text in (o["text"], o["explanation"]))]


def observations_by_category(item: dict) -> list[tuple[dict, list[str]]]:
    return [(category, [o["text"] for o in item["observations"] if o["category"] == category["id"]])
            for category in item["categories"]]


def handout_html(items: list[dict]) -> str:
    """The sorted observations under each kind's icon and label, and the caution, for a handout."""
    item = items[0]
    groups = "".join(
        "<li>" + beside(icon_svg(category["icon"], size=HANDOUT_ICON_PX),
                        f'<b>{escape(category["label"])}:</b> {escape(" ".join(texts))}', "0.5em") + "</li>"
        for category, texts in observations_by_category(item) if texts
    )
    title = item["title"] if item["title"].endswith(("?", "!", ".")) else f'{item["title"]}.'
    what_we_sorted = escape(_("What we sorted:"))
    return (f'<p><b>{escape(title)}</b> {what_we_sorted}</p><ul style="list-style: none; padding: 0">'
            f'{groups}</ul>' + paragraph(item["caution"]))


def item_problems(item: dict, _curriculum) -> list[Problem]:
    """Every category's icon is in the set, and every observation's category is one of them."""
    categories = [category["id"] for category in item["categories"]]
    return [(["categories", i, "icon"], f"category {c['id']!r} of sign sort {item['id']!r} has unknown icon "
             f"{c['icon']!r}", icon_fix(c["icon"])) for i, c in enumerate(item["categories"])
            if c["icon"] not in icon_names()] + [
            (["observations", i, "category"], f"unknown category {o['category']!r}",
             f"use one of: {', '.join(categories)}")
            for i, o in enumerate(item["observations"]) if o["category"] not in categories]


KIND = ContentKind(
    name="sign_sort", file="items/sign_sorts.yaml", schema="sign_sorts", list_key="sign_sorts",
    label="sign-sorting activity", order=5, widgets=("SignSorter",), participant_texts=participant_texts,
    handout_html=handout_html, item_problems=item_problems)
