"""Activities that follow the audience chosen with --audience."""

from html import escape

from csec.content import Curriculum, active_curriculum
from widgets.scenario import Scenario
from widgets.theme import Card, bullet_list, html_block


class AudienceExamples(Card):
    """Examples from content/items/examples.yaml for the chosen audience."""

    def __init__(self, example_id: str, curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        self.item = curriculum.item("examples", example_id)
        by_audience = self.item["by_audience"]
        examples = by_audience.get(curriculum.settings.audience) or next(iter(by_audience.values()))
        super().__init__([html_block(f'<h3>{escape(self.item["title"])}</h3>' + bullet_list(examples))],
                         kind="examples")


class AudienceScenario(Scenario):
    """One of several scenarios, ``AudienceScenario(["for-staff", "for-youth", ...])``,
    chosen by the audience the curriculum is served for."""

    def __init__(self, scenario_ids: list[str], curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        if not scenario_ids:
            raise ValueError("AudienceScenario needs at least one scenario id")
        super().__init__(curriculum.scenario_for(scenario_ids), curriculum)
