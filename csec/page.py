"""The settings a session page presents with, handed to its kernel in the notebook itself.

`csec serve` reads each notebook through `csec.audience_contents`, which puts
a first, hidden cell in front of it calling `present` with the page's
settings (the audience, locale and language its address names, the curriculum
folder, the group-mode room) and the server's default choice. Widgets then read
`page_settings()` and link other pages with `page_url()`. A notebook run
anywhere else (JupyterLab, nbval, nbconvert) presents the project's
curriculum with the default choices.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from csec.settings import DEFAULT_AUDIENCE, DEFAULT_LANGUAGE, DEFAULT_LOCALE, Settings, curriculum_settings

RENDER_URL = "/voila/render/"
_presented: dict = {}


def present(settings_json: str, default_audience: str, default_locale: str, default_language: str) -> None:
    """Called by the settings cell: the settings every widget of this kernel uses."""
    _presented.update(settings=Settings.from_json(settings_json),
                      default=(default_audience, default_locale, default_language))


def page_settings() -> Settings:
    return _presented.get("settings") or curriculum_settings()


def choice_path(notebook: str, choice: tuple[str, str, str], default: tuple[str, str, str]) -> str:
    """The path below /voila/render/ that presents ``notebook`` for a choice (audience, locale, language): the
    plain name for the server's default choice (its kernels are preheated), else ``audience/locale/notebook``,
    with the language before the notebook when it is not the curriculum's own: ``audience/locale/es/notebook``."""
    if choice == default:
        return notebook
    audience, locale, language = choice
    return "/".join([audience, locale, *([language] if language != DEFAULT_LANGUAGE else []), notebook])


def page_url(notebook: str, settings: Settings) -> str:
    """The address that presents ``notebook`` with the audience, locale and language of ``settings``."""
    default = _presented.get("default", (DEFAULT_AUDIENCE, DEFAULT_LOCALE, DEFAULT_LANGUAGE))
    return RENDER_URL + choice_path(notebook, (settings.audience, settings.locale, settings.language), default)


@contextmanager
def presenting(settings: Settings) -> Iterator[None]:
    """Widgets built inside use ``settings`` (for exports that run a notebook in this process)."""
    saved = dict(_presented)
    _presented.update(settings=settings, default=(settings.audience, settings.locale, settings.language))
    try:
        yield
    finally:
        _presented.clear()
        _presented.update(saved)
