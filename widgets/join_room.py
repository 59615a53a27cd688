"""The join slide of group mode: a QR code, the short address and the room code, for phones in the room."""

from html import escape

import segno

from csec.group.live import join_address
from csec.i18n import _
from widgets.theme import Card, html_block, paragraph


class JoinRoom(Card):
    """How participants join: scan the code or type the address. Without group mode, how the room answers
    instead (the slide's notes tell the facilitator how to turn phones on)."""

    def __init__(self, join_url: str | None = None, room: str | None = None):
        self.room, self.join_url = (room, join_url) if room and join_url else join_address() or (None, None)
        if self.join_url:
            code = segno.make(self.join_url, error="m").svg_inline(scale=8, dark="#1a1a1a", light="#ffffff")
            label = escape(_("QR code for {address}").format(address=self.join_url))
            content = (
                f'<div class="csec-join"><div class="csec-join-code" role="img" aria-label="{label}">{code}</div><div>'
                + paragraph(_("Scan the code with your phone's camera, or type this address:"))
                + f'<p class="csec-statement">{escape(self.join_url)}</p>'
                + paragraph(_("Room code: {room}").format(room=self.room))
                + paragraph(_("Your answers are anonymous: no name, no account, nothing else is asked."), "csec-muted")
                + "</div></div>")
        else:
            content = paragraph("Today we answer together, by a show of hands or on paper. "
                                "You can always pass.")
        self.body = html_block(content)
        super().__init__([self.body], kind="join-room")
