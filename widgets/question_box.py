"""An anonymous question box: questions people would not ask aloud, from phones or on cards."""

from csec.content import Curriculum, active_curriculum
from csec.group.live import LiveRoom, room_in_use
from csec.group.questions import WRITTEN, question_key
from csec.i18n import _
from widgets.phone_answers import PhoneAnswers
from widgets.theme import Card, html_block, paragraph


class QuestionBox(Card):
    """A prompt from content/items/question_boxes.yaml.

    Phones send questions only in a room started with --written-answers; the
    facilitator chooses when to show them (escaped, never as HTML). Without
    that, the room writes on cards.
    """

    def __init__(self, box_id: str, curriculum: Curriculum | None = None, room: LiveRoom | None = None):
        self.item = (curriculum or active_curriculum()).item("question_box", box_id)
        self.prompt = html_block(paragraph(self.item["prompt"], "csec-statement"))
        room = room or room_in_use()
        if room and room.takes_written_answers:
            self.phones = PhoneAnswers(room.question(question_key("question_box", box_id), WRITTEN), [],
                                       results="written")
            how = [html_block(paragraph(_("The facilitator reads each question first and chooses which ones to show."),
                                        "csec-muted")),
                   self.phones]
        else:
            self.phones = None
            how = [html_block(paragraph(self.item["paper"]))]
        super().__init__([self.prompt, *how], kind="question-box")
