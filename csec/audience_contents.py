"""The files Voila reads: each notebook as one audience sees it, with its settings in front.

A page's address carries its choice: `/voila/render/youth/us/03_who_is_at_risk.ipynb`
presents session 3 to young people with the US help resources,
`/voila/render/youth/us/es/03_who_is_at_risk.ipynb` the same in Spanish (the
translated notebook, notebooks/es/, where there is one), while the plain
`/voila/render/03_who_is_at_risk.ipynb` uses the server's defaults (and its
preheated kernel). Cells whose metadata names other audiences
(``csec.audiences``) are dropped before Voila executes or renders anything,
so they never run, never reach the projector and never reach the speaker
view; a hidden first cell hands the page's settings to its kernel
(`csec.page.present`).
"""

from functools import cached_property
from pathlib import PurePosixPath

import nbformat
from jupyter_server.services.contents.largefilemanager import LargeFileManager
from tornado.web import HTTPError
from traitlets import List, Unicode

from csec.notebooks import for_audience
from csec.page_words import page_words
from csec.settings import DEFAULT_LANGUAGE, Settings

SETTINGS_CELL_TAG = "csec-settings"


def settings_cell(settings: Settings, default: Settings) -> nbformat.NotebookNode:
    """The hidden first cell that hands ``settings`` (and the server's default choice) to the kernel."""
    source = (f"import csec.page\ncsec.page.present({settings.to_json()!r}, "
              f"{default.audience!r}, {default.locale!r}, {default.language!r})")
    return nbformat.v4.new_code_cell(source, metadata={"tags": [SETTINGS_CELL_TAG],
                                                       "slideshow": {"slide_type": "skip"}})


class AudienceContentsManager(LargeFileManager):
    """Voila's contents manager: `<audience>/<locale>/<notebook>` names a notebook as that choice sees it."""

    settings_json = Unicode(help="The server's default settings (csec.settings.Settings.to_json)").tag(config=True)
    audiences = List(Unicode(), help="The curriculum's audience ids").tag(config=True)
    locales = List(Unicode(), help="The locales with help resources").tag(config=True)
    languages = List(Unicode(), help="The curriculum's language, then its translations").tag(config=True)

    @cached_property
    def default(self) -> Settings:
        """The server's default choice, read once."""
        return Settings.from_json(self.settings_json)

    def get(self, path, content=True, type=None, format=None, **kwargs):
        settings, path = self.choice(path, self.default)
        model = super().get(path, content=content, type=type, format=format, **kwargs)
        if content and model["type"] == "notebook":
            notebook = for_audience(model["content"], settings.audience)
            notebook.cells.insert(0, settings_cell(settings, self.default))
            notebook.metadata["csec_language"] = settings.language  # the page's <html lang> (csec template)
            notebook.metadata["csec_page_words"] = page_words(settings.language)  # the speaker view's, ...
            model["content"] = notebook
        return model

    def choice(self, path: str, default: Settings) -> tuple[Settings, str]:
        """The settings a path asks for and the notebook file it names in their language; 404 for an unknown
        locale or language."""
        parts = PurePosixPath(path.strip("/")).parts
        if len(parts) not in (3, 4) or parts[0] not in self.audiences:
            return default, self.in_language(path, default.language)
        audience, locale, *language, name = parts
        if locale not in self.locales:
            raise HTTPError(404, f"no help resources for locale {locale!r}: use one of {', '.join(self.locales)}")
        language = language[0] if language else DEFAULT_LANGUAGE
        if language not in self.languages:
            raise HTTPError(404, f"no translation into language {language!r}: use one of {', '.join(self.languages)}")
        return default.choosing(audience=audience, locale=locale, language=language), self.in_language(name, language)

    def in_language(self, path: str, language: str) -> str:
        """The notebook ``path`` names, translated into ``language`` (LANGUAGE/NAME) where there is a translation."""
        if language == DEFAULT_LANGUAGE:
            return path
        translated = PurePosixPath(language) / path
        return str(translated) if self.file_exists(str(translated)) else path
