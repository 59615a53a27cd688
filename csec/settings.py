"""Where the curriculum lives and which locale is in use.

`csec serve` passes its choices to the notebook kernels through environment
variables, so a widget reads the same content and help resources as the server.
"""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LOCALE = "us"
CONTENT_DIR_VARIABLE = "CSEC_CONTENT_DIR"
LOCALE_VARIABLE = "CSEC_LOCALE"


@dataclass(frozen=True)
class Settings:
    content_dir: Path
    locale: str

    @property
    def notebooks_dir(self) -> Path:
        return PROJECT_ROOT / "notebooks"

    @property
    def build_dir(self) -> Path:
        return PROJECT_ROOT / "build"

    @property
    def handouts_dir(self) -> Path:
        return self.build_dir / "handouts"

    def environment(self) -> dict[str, str]:
        """Variables that carry these settings to a child process."""
        return {CONTENT_DIR_VARIABLE: str(self.content_dir), LOCALE_VARIABLE: self.locale}


def current_settings(content_dir: Path | str | None = None, locale: str | None = None) -> Settings:
    """Settings from explicit choices, else the environment, else the defaults."""
    chosen_dir = content_dir or os.environ.get(CONTENT_DIR_VARIABLE) or PROJECT_ROOT / "content"
    chosen_locale = locale or os.environ.get(LOCALE_VARIABLE) or DEFAULT_LOCALE
    return Settings(content_dir=Path(chosen_dir).resolve(), locale=chosen_locale)
