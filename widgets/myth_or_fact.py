"""A group activity: decide whether each statement is a myth or a fact."""

from csec.content import Curriculum, active_curriculum
from csec.i18n import N_, _
from widgets.sorting import SortingActivity
from widgets.theme import bullet_list

CATEGORIES = {"myth": N_("Myth"), "fact": N_("Fact")}
TAKEAWAYS_A_PAGE = 3


class MythOrFact(SortingActivity):
    """Steps through statements from content/items/myths_facts.yaml one at a time."""

    def __init__(self, statement_ids: list[str], curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        self.items = [curriculum.item("myth_or_fact", statement_id) for statement_id in statement_ids]
        statements = [{"text": item["statement"], "answer": item["answer"], "explanation": item["explanation"]}
                      for item in self.items]
        super().__init__(statements, {key: _(label) for key, label in CATEGORIES.items()}, kind="myth-or-fact")

    def verdict_text(self, suggested_label: str) -> str:
        return _("It is a {category}.").format(category=suggested_label.lower())

    def summary_pages(self) -> list[str]:
        takeaways = [item["takeaway"] for item in self.items]
        return [bullet_list(takeaways[start:start + TAKEAWAYS_A_PAGE])
                for start in range(0, len(takeaways), TAKEAWAYS_A_PAGE)]
