"""The runtime of one page or export: which curriculum, for whom, in which language, which help resources, and
group mode.

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
DEFAULT_LANGUAGE = "en"  # the language the curriculum is written in; others are translations beside it
DATA_DIR_VARIABLE = "CSEC_DATA_DIR"  # read by the command line only: group mode's answer folder
DATABASE_URL_VARIABLE = "CSEC_DATABASE_URL"  # or a SQLAlchemy URL, e.g. PostgreSQL shared by several servers


@dataclass(frozen=True)
class Settings:
    """One curriculum folder (content/, notebooks/, facilitator_guide/, build/) and the choices of one page."""

    root: Path
    content_dir: Path
    locale: str = DEFAULT_LOCALE
    audience: str = DEFAULT_AUDIENCE
    language: str = DEFAULT_LANGUAGE
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

    def translated(self, path: Path) -> Path:
        """``path`` (a file in the curriculum folder) in the chosen language: its translation where there is one
        (content/languages/LANGUAGE/ for content, notebooks/LANGUAGE/ and facilitator_guide/LANGUAGE/ for the
        others), else the original."""
        if self.language == DEFAULT_LANGUAGE:
            return path
        if path.is_relative_to(self.content_dir):
            translation = self.content_dir / "languages" / self.language / path.relative_to(self.content_dir)
        else:
            translation = path.parent / self.language / path.name
        return translation if translation.is_file() else path

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    def built_part(self, part: str) -> str:
        """Where a part of the build ("handouts", "slides" or "guide") is for this choice, below build/ and in
        its address: handouts/youth (each audience sees its own sessions and help resources), guide; in a
        translation, the language first: handouts/es/youth, guide/es."""
        language = [] if self.language == DEFAULT_LANGUAGE else [self.language]
        return "/".join([part, *language, *([] if part == "guide" else [self.audience])])

    @property
    def handouts_dir(self) -> Path:
        return self.build_dir / self.built_part("handouts")

    @property
    def decks_dir(self) -> Path:
        return self.build_dir / self.built_part("slides")

    @property
    def guide_dir(self) -> Path:
        return self.build_dir / self.built_part("guide")

    @property
    def answers_dir(self) -> Path:
        return self.data_dir or self.root / "data"

    def notebook(self, session: dict) -> Path:
        """The session's notebook in the chosen language (curriculum.yaml names the original relative to the
        curriculum folder)."""
        return self.translated(self.root / session["notebook"])

    def choosing(self, *, audience: str | None = None, locale: str | None = None,
                 language: str | None = None) -> "Settings":
        """The same curriculum for another audience, locale or language."""
        return replace(self, audience=audience or self.audience, locale=locale or self.locale,
                       language=language or self.language)

    def to_json(self) -> str:
        return json.dumps({name: str(value) if isinstance(value, Path) else value
                           for name, value in asdict(self).items()})

    @classmethod
    def from_json(cls, text: str) -> "Settings":
        fields = json.loads(text)
        paths = {name: Path(fields[name]) for name in ("root", "content_dir", "data_dir") if fields.get(name)}
        return cls(**{**fields, **paths})


def curriculum_settings(content_dir: Path | str | None = None, locale: str | None = None,
                        audience: str | None = None, language: str | None = None, **group_mode) -> Settings:
    """Settings for a content folder (default: the project's content/).

    A content folder whose parent holds a ``notebooks`` folder is a curriculum
    folder of its own, with its own notebooks, guide chapters and build folder;
    any other content folder is presented with the project's notebooks.
    """
    content = Path(content_dir or PROJECT_ROOT / "content").resolve()
    root = content.parent if (content.parent / "notebooks").is_dir() else PROJECT_ROOT
    return Settings(root=root, content_dir=content, locale=locale or DEFAULT_LOCALE,
                    audience=audience or DEFAULT_AUDIENCE, language=language or DEFAULT_LANGUAGE, **group_mode)
