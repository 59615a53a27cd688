"""The Jinja templates every export renders (csec/export/templates/), escaping by default, with their own words
in the language of the export (``_("...")`` in a template, from the catalogs of csec/i18n.py), which the
templates also know as ``language`` (for ``<html lang>``)."""

from functools import cache

import jinja2

from csec.i18n import translations


@cache
def export_templates(language: str) -> jinja2.Environment:
    """The templates, their words in ``language``."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("csec.export", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    environment.install_gettext_translations(translations(language), newstyle=True)
    environment.globals["language"] = language
    return environment
