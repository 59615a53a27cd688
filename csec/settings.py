"""The runtime of one page or export: which curriculum, for whom, which help resources, and group mode.

Everything is passed as arguments: the command line reads its options (and
the store's environment variables) once, and `csec serve` hands each session
page its settings in the notebook itself (see csec/page.py), so two tabs can
present two audiences at once.
"""

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LOCALE = "us"
DEFAULT_AUDIENCE = "professionals"
DATA_DIR_VARIABLE = "CSEC_DATA_DIR"  # read by the command line only: group mode's answer folder
DATABASE_URL_VARIABLE = "CSEC_DATABASE_URL"  # or a SQLAlchemy URL, e.g. PostgreSQL shared by several servers


@dataclass(frozen=True)
class Settings:
    """One curriculum folder (content/, notebooks/, facilitator_guide/, build/) and the choices of one page."""

    root: Path
    content_dir: Path
    locale: str = DEFAULT_LOCALE
    audience: str = DEFAULT_AUDIENCE
    data_dir: Path | None = None  # group mode's SQLite folder; default: data/ in the curriculum folder
    database_url: str | None = None  # instead of data_dir: a database several servers share
    room: str | None = None  # group mode's room code, when phones can join
    join_url: str | None = None  # the address phones open

    @property
    def notebooks_dir(self) -> Path:
        return self.root / "notebooks"

    @property
    def chapters_dir(self) -> Path:
        """The facilitator guide's own chapters (markdown)."""
        return self.root / "facilitator_guide"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def handouts_dir(self) -> Path:
        """The chosen audience's handouts: each audience sees its own sessions and help resources."""
        return self.build_dir / "handouts" / self.audience

    @property
    def decks_dir(self) -> Path:
        """The chosen audience's offline slide decks."""
        return self.build_dir / "slides" / self.audience

    @property
    def guide_dir(self) -> Path:
        return self.build_dir / "guide"

    @property
    def answers_dir(self) -> Path:
        return self.data_dir or self.root / "data"

    def notebook(self, session: dict) -> Path:
        """The session's notebook (curriculum.yaml names it relative to the curriculum folder)."""
        return self.root / session["notebook"]

    def choosing(self, *, audience: str | None = None, locale: str | None = None) -> "Settings":
        """The same curriculum for another audience or locale."""
        return replace(self, audience=audience or self.audience, locale=locale or self.locale)

    def to_json(self) -> str:
        return json.dumps({name: str(value) if isinstance(value, Path) else value
                           for name, value in asdict(self).items()})

    @classmethod
    def from_json(cls, text: str) -> "Settings":
        fields = json.loads(text)
        paths = {name: Path(fields[name]) for name in ("root", "content_dir", "data_dir") if fields.get(name)}
        return cls(**{**fields, **paths})


def curriculum_settings(content_dir: Path | str | None = None, locale: str | None = None,
                        audience: str | None = None, **group_mode) -> Settings:
    """Settings for a content folder (default: the project's content/).

    A content folder whose parent holds a ``notebooks`` folder is a curriculum
    folder of its own, with its own notebooks, guide chapters and build folder;
    any other content folder is presented with the project's notebooks.
    """
    content = Path(content_dir or PROJECT_ROOT / "content").resolve()
    root = content.parent if (content.parent / "notebooks").is_dir() else PROJECT_ROOT
    return Settings(root=root, content_dir=content, locale=locale or DEFAULT_LOCALE,
                    audience=audience or DEFAULT_AUDIENCE, **group_mode)
