"""The parts of a session slide deck that come straight from curriculum.yaml."""

from html import escape

from csec.content import Curriculum, active_curriculum
from csec.i18n import _
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
            + escape(_("Session {number}: {title}").format(number=session["number"], title=session["title"])) + "</h1>"
            + paragraph(_("{minutes} minutes").format(minutes=session["minutes"]), "csec-muted")
            + "<p><b>" + escape(_("By the end of this session you will be able to:")) + "</b></p>"
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
        more_line = _("And {more} more.").format(more=more) + " " if more > 0 else ""
        return (paragraph(_("This session draws on {sources} sources from {publishers} publishers, among them:")
                          .format(sources=len(self.session["sources"]), publishers=len(ranked)))
                + bullet_list(ranked[:self.MOST_CITED])
                + paragraph(more_line + _("The handout lists every source with its title and address."), "csec-muted")
                + '<aside class="notes"><p>' + escape(_("Every publisher this session draws on:")) + "</p>"
                + bullet_list(ranked) + "</aside>")
