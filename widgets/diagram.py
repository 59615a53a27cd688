"""A diagram from the content, drawn as SVG (csec/pictures.py): steps in order, or a row of icons."""

from csec.content import Curriculum, active_curriculum
from csec.pictures import diagram_svg
from widgets.theme import Card, html_block, paragraph


class Diagram(Card):
    """A diagram from content/items/diagrams.yaml: its intro, the picture, its note."""

    def __init__(self, diagram_id: str, curriculum: Curriculum | None = None):
        self.item = (curriculum or active_curriculum()).item("diagram", diagram_id)
        self.picture = html_block(diagram_svg(self.item))
        intro, note = ([html_block(paragraph(self.item[part]))] if part in self.item else []
                       for part in ("intro", "note"))
        super().__init__([*intro, self.picture, *note], kind="diagram")
