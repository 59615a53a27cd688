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


class _PagedSessionList(_SessionPart):
    """A list from the session that may be split over slides: ``page`` and ``of``, as ``HelpResources`` takes."""

    def __init__(self, session_id: str, curriculum: Curriculum | None = None, *, page: int = 1, of: int = 1):
        self.page, self.of = page, of
        super().__init__(session_id, curriculum)

    def page_items(self, items: list) -> list:
        return page_share(items, self.page, self.of, type(self).__name__)


class KeyPoints(_PagedSessionList):
    kind = "key-points"

    def render(self, curriculum: Curriculum) -> str:
        return bullet_list(self.page_items(self.session["key_points"]))


class ReflectionQuestions(_SessionPart):
    kind = "reflection"

    def render(self, curriculum: Curriculum) -> str:
        return bullet_list(self.session["reflection_questions"])


class SessionSources(_PagedSessionList):
    kind = "sources"

    def render(self, curriculum: Curriculum) -> str:
        """Who the session's facts come from; the handout gives each source's title and address."""
        publishers = dict.fromkeys(curriculum.source(source_id)["publisher"] for source_id in self.session["sources"])
        return (bullet_list(self.page_items(list(publishers)), "csec-muted")
                + paragraph("The handout lists every source with its title and address.", "csec-muted"))
