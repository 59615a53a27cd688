"""A group activity: sort observations into kinds of possible signs, each kind with its icon."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.html_text import beside
from csec.i18n import N_, _
from csec.icons import icon_svg
from widgets.sorting import SortingActivity

FEEDBACK_ICON_PX = 56  # the icon of the suggested kind, beside the feedback that names it


class SignSorter(SortingActivity):
    """Observations from content/items/sign_sorts.yaml; always ends with the caution."""

    noun = N_("Observation")

    def __init__(self, sort_id: str, curriculum: Curriculum | None = None):
        self.item = (curriculum or active_curriculum()).item("sign_sort", sort_id)
        self.noun = self.item.get("item_noun", self.noun)
        self.icons = {category["id"]: category["icon"] for category in self.item["categories"]}
        statements = [{"text": o["text"], "answer": o["category"], "explanation": o["explanation"]}
                      for o in self.item["observations"]]
        categories = {category["id"]: category["label"] for category in self.item["categories"]}
        super().__init__(statements, categories, kind="sign-sorter")

    def reveal(self, statement: dict, category: str) -> str:
        """The feedback, beside the icon of the kind it suggests (hidden from screen readers: it names it)."""
        icon = icon_svg(self.icons[statement["answer"]], size=FEEDBACK_ICON_PX)
        return beside(icon, super().reveal(statement, category), "12px")

    def summary_pages(self) -> list[str]:
        return ['<p class="csec-caution"><b>' + escape(_("Remember:")) + f'</b> {escape(self.item["caution"])}</p>']
