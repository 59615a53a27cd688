"""A widget as static HTML, as it first appears: for decks that run without a kernel.

The markup mirrors the class names Jupyter gives widgets in a browser, so the
curriculum's stylesheet lays a snapshot out as it lays out the live widget.
Buttons are shown but disabled: a snapshot cannot answer a click. A widget type
not listed here stops the deck, rather than vanishing from it.
"""

from html import escape

import ipywidgets as ipw

from csec.errors import CsecError


def static_html(widget: ipw.Widget) -> str:
    """The widget and its children as HTML; hidden parts are left out."""
    classes = " ".join(widget._dom_classes) if hasattr(widget, "_dom_classes") else ""
    if getattr(getattr(widget, "layout", None), "display", None) == "none":
        return ""
    if isinstance(widget, ipw.HTML):
        return (f'<div class="jupyter-widgets widget-html {classes}">'
                f'<div class="widget-html-content">{widget.value}</div></div>')
    if isinstance(widget, ipw.Button):
        return (f'<button class="jupyter-widgets jupyter-button widget-button {classes}" disabled>'
                f"{escape(widget.description)}</button>")
    if isinstance(widget, ipw.RadioButtons):
        options = "".join(f"<label><input type=\"radio\" disabled> {escape(str(label))}</label>"
                          for label in widget._options_labels)
        return (f'<div class="jupyter-widgets widget-radio {classes}"><div class="widget-label">'
                f'{escape(widget.description)}</div><div class="widget-radio-box">{options}</div></div>')
    if isinstance(widget, (ipw.IntText, ipw.BoundedIntText)):
        return (f'<label class="jupyter-widgets widget-inline-hbox {classes}">{escape(widget.description)} '
                f'<input type="number" value="{widget.value}" disabled></label>')
    if isinstance(widget, ipw.Box):
        direction = "widget-hbox" if isinstance(widget, ipw.HBox) else "widget-vbox"
        children = "".join(static_html(child) for child in widget.children)
        return f'<div class="jupyter-widgets widget-container widget-box {direction} {classes}">{children}</div>'
    if isinstance(widget, ipw.Label):
        return f'<div class="jupyter-widgets widget-label {classes}">{escape(str(widget.value))}</div>'
    raise CsecError(f"an offline deck cannot show a {type(widget).__name__} widget yet: "
                    "add how it looks to static_html in widgets/snapshot.py")
