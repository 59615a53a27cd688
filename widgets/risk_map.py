"""An ecological map of risk and protective factors; no factor is the young person's fault."""

from html import escape

import ipywidgets as ipw
from markupsafe import Markup

from csec.content import Curriculum, active_curriculum
from widgets.diagram import rings_svg
from widgets.theme import Card, FeedbackPanel, button, html_block, paragraph


def factor_html(factor: dict) -> str:
    return (f'<h4>{escape(factor["label"])}</h4>'
            f'<p><b>How an exploiter may target this:</b> {escape(factor["how_targeted"])}</p>'
            f'<p><b>What protects:</b> {escape(factor["protective"])}</p>')


def levels_svg(item: dict) -> Markup:
    """The map's levels as concentric rings, the young person at the center."""
    labels = [level["label"] for level in item["levels"]]
    return rings_svg(f'{item["title"]}: its levels, as rings from the center out: {"; ".join(labels)}.', labels)


def handout_html(item: dict) -> str:
    """The levels as rings, then every factor with how it is targeted and what protects, by level."""
    sections = []
    for level in item["levels"]:
        factors = [f for f in item["factors"] if f["level"] == level["id"]]
        if factors:
            rows = "".join(f'<li><b>{escape(f["label"])}.</b> {escape(f["how_targeted"])} '
                           f'<i>What protects:</i> {escape(f["protective"])}</li>' for f in factors)
            sections.append(f'<p><b>{escape(level["label"])}</b></p><ul>{rows}</ul>')
    return f'<p><b>{escape(item["title"])}.</b> {escape(item["framing"])}</p>{levels_svg(item)}' + "".join(sections)


class RiskMap(Card):
    """Factors from content/items/risk_maps.yaml in columns by level; select one to learn more.

    Until a factor is selected, the levels are shown as rings where its details will appear.
    """

    def __init__(self, map_id: str, curriculum: Curriculum | None = None):
        self.item = (curriculum or active_curriculum()).item("risk_map", map_id)
        self.factors = {factor["id"]: factor for factor in self.item["factors"]}
        self.selected: str | None = None
        self.factor_buttons: dict[str, ipw.Button] = {}
        columns = []
        for level in self.item["levels"]:
            buttons = []
            for factor in (f for f in self.item["factors"] if f["level"] == level["id"]):
                control = button(factor["label"], secondary=True)
                control.add_class("csec-factor")
                control.layout.width = "100%"
                control.on_click(lambda _button, factor_id=factor["id"]: self.select(factor_id))
                self.factor_buttons[factor["id"]] = control
                buttons.append(control)
            column = ipw.VBox([html_block(f'<h4>{escape(level["label"])}</h4>'), *buttons])
            column.add_class("csec-risk-level")
            columns.append(column)
        self.levels = ipw.HBox(columns, layout=ipw.Layout(width="100%"))
        self.levels.add_class("csec-risk-levels")
        self.framing = html_block(paragraph(self.item["framing"], "csec-framing"))
        self.rings = html_block(levels_svg(self.item))
        self.detail = FeedbackPanel()
        super().__init__([self.framing, self.levels, self.rings, self.detail], kind="risk-map")

    def select(self, factor_id: object) -> None:
        """Show how an exploiter may target the factor and what protects against it."""
        factor = self.factors.get(factor_id) if isinstance(factor_id, str) else None
        self.rings.layout.display = "none"
        if factor is None:
            self.detail.show("<p>Choose one of the factors above.</p>")
            return
        if self.selected:
            self.factor_buttons[self.selected].remove_class("csec-selected")
        self.selected = factor_id
        self.factor_buttons[factor_id].add_class("csec-selected")
        self.detail.show(factor_html(factor))
