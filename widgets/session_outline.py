"""The parts of a session slide deck that come straight from curriculum.yaml."""

from html import escape

from csec.content import Curriculum, active_curriculum
from widgets.theme import Card, bullet_list, html_block, page_share, paragraph


class _SessionPart(Card):
    kind = ""

    def __init__(self, session_id: str, curriculum: Curriculum | None = None):
        curriculum = curriculum or active_curriculum()
        self.session = curriculum.session(session_id)
        super().__init__([html_block(self.render(curriculum))], kind=self.kind)

    def render(self, curriculum: Curriculum) -> str:
        raise NotImplementedError


class SessionTitle(_SessionPart):
    """Session number, title, length and objectives."""

    kind = "session-title"

    def render(self, curriculum: Curriculum) -> str:
        session = self.session
        return (
            f'<h1 data-session-minutes="{session["minutes"]}">'
            f'Session {session["number"]}: {escape(session["title"])}</h1>'
            + paragraph(f'{session["minutes"]} minutes', "csec-muted")
            + "<p><b>By the end of this session you will be able to:</b></p>"
            + bullet_list(session["objectives"])
        )


class KeyPoints(_SessionPart):
    """The session's key points, split over slides with ``page`` and ``of`` as ``HelpResources`` takes."""

    kind = "key-points"

    def __init__(self, session_id: str, curriculum: Curriculum | None = None, *, page: int = 1, of: int = 1):
        self.page, self.of = page, of
        super().__init__(session_id, curriculum)

    def render(self, curriculum: Curriculum) -> str:
        return bullet_list(page_share(self.session["key_points"], self.page, self.of, "KeyPoints"))


class ReflectionQuestions(_SessionPart):
    kind = "reflection"

    def render(self, curriculum: Curriculum) -> str:
        return bullet_list(self.session["reflection_questions"])


class SessionSources(_SessionPart):
    """Who the session's facts come from: on the slide, how many sources and the publishers most of them come
    from; every publisher in the speaker notes; each source's title and address in the handout."""

    kind = "sources"
    MOST_CITED = 4  # publishers named on the slide, so it stays within what a room can read

    def render(self, curriculum: Curriculum) -> str:
        ranked = curriculum.session_publishers(self.session)
        more = len(ranked) - self.MOST_CITED
        return (paragraph(f'This session draws on {len(self.session["sources"])} sources from {len(ranked)} publishers, '
                          "among them:")
                + bullet_list(ranked[:self.MOST_CITED])
                + paragraph(f"{f'And {more} more. ' if more > 0 else ''}The handout lists every source with its "
                            "title and address.", "csec-muted")
                + f'<aside class="notes"><p>Every publisher this session draws on:</p>{bullet_list(ranked)}</aside>')
