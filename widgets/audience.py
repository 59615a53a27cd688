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


def scenario_for_audience(scenario_ids: list[str], curriculum: Curriculum) -> str:
    """The first scenario written for the chosen audience (else the first one)."""
    audience = curriculum.settings.audience
    for scenario_id in scenario_ids:
        if audience in curriculum.item("scenario", scenario_id)["audiences"]:
            return scenario_id
    return scenario_ids[0]


class AudienceScenario(Scenario):
    """One of several scenarios, ``AudienceScenario(["for-staff", "for-youth", ...])``,
    chosen by the audience the curriculum is served for."""

    def __init__(self, scenario_ids: list[str], curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        if not scenario_ids:
            raise ValueError("AudienceScenario needs at least one scenario id")
        super().__init__(scenario_for_audience(scenario_ids, curriculum), curriculum)
