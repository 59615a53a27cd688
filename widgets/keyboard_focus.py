"""Keyboard focus in an activity: a press that takes its own button away hands the focus on, never to the page."""

from collections.abc import Callable

import ipywidgets as ipw

CONTROLS = (ipw.Button, ipw.RadioButtons, ipw.Text, ipw.IntText, ipw.BoundedIntText)


def controls_in(box: ipw.Box, usable_only: bool = False) -> list[ipw.DOMWidget]:
    """The controls inside ``box`` in the order they show; with ``usable_only``, only those shown and enabled."""
    found = []
    for child in box.children:
        if usable_only and child.layout.display == "none":
            continue
        if isinstance(child, ipw.Box):
            found += controls_in(child, usable_only)
        elif isinstance(child, CONTROLS) and not (usable_only and child.disabled):
            found.append(child)
    return found


def on_press(control: ipw.Button, action: Callable[[], None], within: ipw.Box) -> None:
    """Run ``action`` when ``control`` is pressed. A press that leaves ``control`` disabled or hidden sends the
    keyboard focus (recorded as ``within.focused``) to a control of ``within``, never to the page: the one the
    press made usable (the one marked chosen first, else the first), else the nearest usable one after
    ``control``, else before it."""
    def pressed(_control: ipw.Button) -> None:
        before = controls_in(within, usable_only=True)
        action()
        usable = controls_in(within, usable_only=True)
        if control in usable or not usable:
            return
        made_usable = [c for c in usable if c not in before]
        chosen = [c for c in made_usable if "csec-selected" in c._dom_classes]
        order = controls_in(within)
        after = [c for c in usable if order.index(c) > order.index(control)]
        within.focused = (chosen or made_usable or after or usable[-1:])[0]
        within.focused.focus()

    control.on_click(pressed)
