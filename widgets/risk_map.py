"""An ecological map of risk and protective factors; no factor is the young person's fault."""

from html import escape

import ipywidgets as ipw

from csec.content import Curriculum, active_curriculum
from csec.i18n import _
from csec.pictures import levels_svg
from widgets.theme import Card, FeedbackPanel, actions, button, html_block, paragraph, show


def factor_html(factor: dict) -> str:
    targeted, protects = escape(_("How an exploiter may target this:")), escape(_("What protects:"))
    return (f'<h3>{escape(factor["label"])}</h3>'
            f'<p><b>{targeted}</b> {escape(factor["how_targeted"])}</p>'
            f'<p><b>{protects}</b> {escape(factor["protective"])}</p>')


class RiskMap(Card):
    """Factors from content/items/risk_maps.yaml in columns by level; select one to learn more.

    Two views, one at a time, so the slide stays within what a room can read: the map (the framing and
    the factors by level), then the factor chosen, with the rings of the levels marking where it sits.
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
                self.on_press(control, lambda factor_id=factor["id"]: self.select(factor_id))
                self.factor_buttons[factor["id"]] = control
                buttons.append(control)
            column = ipw.VBox([html_block(f'<h3>{escape(level["label"])}</h3>'), *buttons])
            column.add_class("csec-risk-level")
            columns.append(column)
        self.levels = ipw.HBox(columns, layout=ipw.Layout(width="100%"))
        self.levels.add_class("csec-risk-levels")
        self.framing = html_block(paragraph(self.item["framing"], "csec-framing"))
        self.rings = html_block(levels_svg(self.item))
        self.rings.layout.display = "none"
        self.detail = FeedbackPanel()
        self.back_button = button(_("Back to the map"), secondary=True)
        self.back_button.layout.display = "none"
        self.map_view = ipw.VBox([self.framing, self.levels], layout=ipw.Layout(width="100%"))
        super().__init__([self.map_view, self.rings, self.detail, actions(self.back_button)], kind="risk-map")
        self.on_press(self.back_button, self.show_map)

    def select(self, factor_id: object) -> None:
        """Show how an exploiter may target the factor and what protects against it."""
        factor = self.factors.get(factor_id) if isinstance(factor_id, str) else None
        if factor is None:
            self.detail.show(paragraph(_("Choose one of the factors above.")))
            return
        if self.selected:
            self.factor_buttons[self.selected].remove_class("csec-selected")
        self.selected = factor_id
        self.factor_buttons[factor_id].add_class("csec-selected")
        self.rings.value = levels_svg(self.item, factor)
        self._show_factor_view(True)  # the map makes room before the factor appears
        self.detail.show(factor_html(factor))

    def show_map(self) -> None:
        """Back to the factors by level, the last one chosen still marked (and focused, after a press)."""
        self._show_factor_view(False)
        self.detail.clear()

    def _show_factor_view(self, shown: bool) -> None:
        show([self.map_view], not shown)
        show([self.rings, self.back_button], shown)
