"""The Jinja templates every export renders (csec/export/templates/), escaping by default."""

import jinja2

TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("csec.export", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
