"""A group activity: sort observations into kinds of possible signs."""

from html import escape

from csec.content import Curriculum, active_curriculum
from widgets.sorting import SortingActivity
from widgets.theme import paragraph


def observations_by_category(item: dict) -> list[tuple[str, list[str]]]:
    return [(category["label"], [o["text"] for o in item["observations"] if o["category"] == category["id"]])
            for category in item["categories"]]


def handout_html(item: dict) -> str:
    """The sorted observations and the caution, for a handout."""
    groups = "".join(
        f"<li><b>{escape(label)}:</b> {escape('; '.join(texts))}</li>"
        for label, texts in observations_by_category(item) if texts
    )
    return (f'<p><b>{escape(item["title"])}.</b> What we sorted:</p><ul>{groups}</ul>'
            + paragraph(item["caution"]))


class SignSorter(SortingActivity):
    """Observations from content/items/sign_sorts.yaml; always ends with the caution."""

    noun = "Observation"

    def __init__(self, sort_id: str, curriculum: Curriculum | None = None):
        self.item = (curriculum or active_curriculum()).item("sign_sort", sort_id)
        self.noun = self.item.get("item_noun", self.noun)
        statements = [{"text": o["text"], "answer": o["category"], "explanation": o["explanation"]}
                      for o in self.item["observations"]]
        categories = {category["id"]: category["label"] for category in self.item["categories"]}
        super().__init__(statements, categories, kind="sign-sorter")

    def summary(self) -> str:
        return f'<p class="csec-caution"><b>Remember:</b> {escape(self.item["caution"])}</p>'
