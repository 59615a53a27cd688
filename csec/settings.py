"""Where the curriculum lives, and the locale and audience in use.

`csec serve` passes its choices to the notebook kernels through environment
variables, so a widget reads the same content and help resources as the server.
"""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LOCALE = "us"
DEFAULT_AUDIENCE = "professionals"
CONTENT_DIR_VARIABLE = "CSEC_CONTENT_DIR"
LOCALE_VARIABLE = "CSEC_LOCALE"
AUDIENCE_VARIABLE = "CSEC_AUDIENCE"
DATA_DIR_VARIABLE = "CSEC_DATA_DIR"  # group mode's answer store; default: data/ in the project
DATABASE_URL_VARIABLE = "CSEC_DATABASE_URL"  # or a SQLAlchemy URL, e.g. PostgreSQL shared by several servers
GROUP_ROOM_VARIABLE = "CSEC_GROUP_ROOM"  # set by `csec serve --lan`: the room code
JOIN_URL_VARIABLE = "CSEC_JOIN_URL"  # set by `csec serve --lan`: the address phones open


@dataclass(frozen=True)
class Settings:
    content_dir: Path
    locale: str
    audience: str = DEFAULT_AUDIENCE

    @property
    def notebooks_dir(self) -> Path:
        return PROJECT_ROOT / "notebooks"

    @property
    def build_dir(self) -> Path:
        return PROJECT_ROOT / "build"

    @property
    def handouts_dir(self) -> Path:
        return self.build_dir / "handouts"

    @property
    def data_dir(self) -> Path:
        return Path(os.environ.get(DATA_DIR_VARIABLE) or PROJECT_ROOT / "data")

    @property
    def guide_dir(self) -> Path:
        return self.build_dir / "guide"

    def environment(self) -> dict[str, str]:
        """Variables that carry these settings to a child process."""
        return {CONTENT_DIR_VARIABLE: str(self.content_dir), LOCALE_VARIABLE: self.locale,
                AUDIENCE_VARIABLE: self.audience}


def current_settings(content_dir: Path | str | None = None, locale: str | None = None,
                     audience: str | None = None) -> Settings:
    """Settings from explicit choices, else the environment, else the defaults."""
    chosen_dir = content_dir or os.environ.get(CONTENT_DIR_VARIABLE) or PROJECT_ROOT / "content"
    chosen_locale = locale or os.environ.get(LOCALE_VARIABLE) or DEFAULT_LOCALE
    chosen_audience = audience or os.environ.get(AUDIENCE_VARIABLE) or DEFAULT_AUDIENCE
    return Settings(content_dir=Path(chosen_dir).resolve(), locale=chosen_locale, audience=chosen_audience)
