"""Small pieces of HTML that the slides' widgets and the handouts share: escaped text in a paragraph or a
list, an icon beside its words, and the letters options are named by."""

from html import escape

LETTERS = "ABCDEF"  # options as a room names them: "Who chose B?"


def paragraph(text: str, css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<p{attribute}>{escape(text)}</p>"


def bullet_list(items: list[str], css_class: str = "") -> str:
    attribute = f' class="{css_class}"' if css_class else ""
    return f"<ul{attribute}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def beside(icon: str, html: str, gap: str) -> str:
    """The icon to the left of ``html``, at the top of its first line, kept at its size."""
    return (f'<div style="display: flex; gap: {gap}; align-items: flex-start">'
            f'<span style="display: flex; flex: none">{icon}</span><div>{html}</div></div>')
