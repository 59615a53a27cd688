"""The shared look of every widget: large type and high contrast for projectors."""

from collections.abc import Callable

import ipywidgets as ipw

from csec.html_text import LETTERS, bullet_list, paragraph  # shared with the handouts; widgets import them from here
from widgets.keyboard_focus import on_press

DIRECTORY_TABS = 16  # the most tabs one directory can show

# Linked once per page, not carried by each widget: the served pages load it from /csec/widgets.css
# (csec/serve.py), the offline deck has it inside (csec/export/slides.py).
STYLESHEET = """
.csec-card { font-size: 24px; line-height: 1.4; color: #1a1a1a; text-align: left;
  max-width: 100%; gap: 12px; --jp-widgets-disabled-opacity: 1; }  /* a disabled button still legible */
.csec-card .widget-box { overflow: visible; }
.csec-card p, .csec-card li { font-size: 24px; line-height: 1.4; margin: 0 0 8px 0; }
.csec-card ul { margin: 0 0 0 1.2em; padding: 0; }
.csec-card .widget-html, .csec-card .widget-html-content { font-size: 24px; line-height: 1.4;
  height: auto; width: 100%; }
.csec-card .widget-html { margin-left: 0; margin-right: 0; }  /* full width, and no wider */
.csec-card .widget-button, .csec-card .jupyter-button { font-size: 24px; height: auto;
  min-height: 48px; padding: 8px 20px; border-radius: 6px; width: auto;
  background: #1f4e79; color: #ffffff; border: 2px solid #1f4e79; }
.csec-card .widget-button.csec-secondary, .csec-card .jupyter-button.csec-secondary {
  background: #ffffff; color: #1f4e79; }
.csec-card .widget-button:disabled, .csec-card .jupyter-button:disabled {
  background: #d9d9d9; color: #4d4d4d; border-color: #8c8c8c; }
/* Focus rings over Jupyter's own, which come later: a 1 px ring on buttons, none (!important) on number boxes. */
.csec-card .jupyter-button:enabled:focus-visible { outline: 4px solid #b35900; outline-offset: 3px; }
.csec-card input:focus-visible, .csec-card .widget-inline-hbox input:focus-visible,
.csec-card textarea:focus-visible { outline: 4px solid #b35900 !important; outline-offset: 3px; }
.csec-card .widget-radio { flex-direction: column; align-items: flex-start; width: 100%; height: auto;
  overflow: visible; }  /* its answers' focus rings too */
.csec-card .widget-radio > .widget-label { width: auto !important; font-size: 24px; color: #333333;
  height: auto; line-height: 1.4; }
.csec-card .widget-radio-box { gap: 10px; width: 100%; }
.csec-card .widget-radio-box label { font-size: 28px; line-height: 1.35; white-space: normal;
  display: flex; flex-direction: row-reverse; justify-content: flex-end; align-items: flex-start;
  gap: 14px; cursor: pointer; height: auto; overflow: visible; }
.csec-card .widget-radio-box input { width: 28px; height: 28px; margin: 5px 0 0 0; flex: none; }
.csec-actions { gap: 16px; flex-wrap: wrap; }
.csec-feedback { border-left: 8px solid #1f4e79; background: #eef3f8; padding: 12px 18px; }
.csec-live.csec-empty { position: absolute; width: 1px; height: 1px; margin: 0; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); }  /* kept for screen readers, out of sight and of the layout */
.csec-verdict { font-weight: 700; }
.csec-card p.csec-statement { font-size: 34px; font-weight: 600; line-height: 1.3; }
.csec-card .csec-progress p { font-size: 24px; color: #333333; }
.csec-resource { border: 2px solid #1f4e79; border-radius: 8px; padding: 10px 16px; }
.csec-resource h3 { font-size: 26px; margin: 0 0 4px 0; color: #1a1a1a; text-transform: none; }
.csec-resource .csec-contacts { list-style: none; margin: 4px 0 0 0; padding: 0; }
.csec-resource .csec-contacts li { font-weight: 700; }
.csec-hours { font-weight: 600; }
.csec-card .csec-icon { flex: none; vertical-align: -0.15em; margin-right: 0.3em; color: #1f4e79; }
.csec-card .csec-reach { white-space: nowrap; }
.csec-card.csec-diagram p { font-size: 30px; }
.csec-muted { color: #333333; font-size: 24px; }
.csec-directory { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 8fr); gap: 24px;
  align-items: start; }
.csec-directory-tabs { display: flex; flex-direction: column; gap: 10px; }
.csec-card label.csec-tab { display: flex; align-items: center; gap: 12px; border: 2px solid #1f4e79;
  border-radius: 8px; padding: 10px 14px; font-size: 28px; font-weight: 600; line-height: 1.25;
  color: #1f4e79; background: #ffffff; cursor: pointer; }
.csec-card label.csec-tab .csec-icon { margin: 0; }
.csec-tab input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.csec-card label.csec-tab:has(input:checked) { background: #1f4e79; color: #ffffff; }
.csec-card label.csec-tab:has(input:checked) .csec-icon { color: #ffffff; }
.csec-card label.csec-tab:has(input:focus-visible) { outline: 4px solid #b35900; outline-offset: 3px; }
.csec-directory-detail { display: none; }
.csec-help-resources .csec-resource { border: 0; padding: 0; }
.csec-help-resources p, .csec-help-resources li { font-size: 30px; line-height: 1.35; margin-bottom: 10px; }
.csec-card.csec-help-resources p.csec-muted { font-size: 24px; margin: 4px 0 0 0; }
.csec-resources-note { border-left: 8px solid #1f4e79; background: #eef3f8;
  padding: 6px 14px; }
.csec-card .csec-resource-lines { columns: 2; column-gap: 32px; margin-bottom: 4px; }
.csec-card.csec-help-resources-compact p.csec-muted { font-size: 24px; margin: 0; }
.csec-card .csec-resource-lines li { font-size: 24px; line-height: 1.3; margin: 0 0 2px 0; break-inside: avoid; }
.csec-choices { gap: 10px; }
.csec-card .csec-choices .jupyter-button, .csec-card .csec-risk-level .jupyter-button {
  margin-left: 0; margin-right: 0; }  /* full width, and no wider */
.csec-card .jupyter-button.csec-choice, .csec-card .jupyter-button.csec-factor { white-space: normal;
  text-align: left; line-height: 1.3; height: auto; }
.csec-card.csec-scenario p, .csec-card.csec-scenario li { font-size: 28px; line-height: 1.35;
  margin-bottom: 8px; }  /* one view at a time: the story, the choices or what happens, at body size */
.csec-card.csec-scenario .csec-feedback { padding: 8px 14px; }
.csec-card.csec-scenario h3 { margin: 0; }
.csec-card.csec-scenario .jupyter-button.csec-choice { font-size: 26px; }
.csec-card .jupyter-button.csec-choice.csec-selected { background: #1f4e79; color: #ffffff; opacity: 1; }
.csec-risk-levels { display: grid !important; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
  gap: 12px; }
.csec-risk-level { gap: 6px; }
.csec-card.csec-risk-map .csec-risk-level h3 { font-size: 24px; margin: 0; color: #1f4e79; }
.csec-card .jupyter-button.csec-factor { font-size: 24px; min-height: 40px; padding: 6px 12px; }
.csec-card .jupyter-button.csec-factor.csec-selected { background: #1f4e79; color: #ffffff;
  outline: 3px solid #b35900; }
.csec-card.csec-risk-map .csec-feedback { padding: 10px 18px; }
.csec-card.csec-risk-map .csec-feedback h3 { font-size: 30px; margin: 0 0 8px 0; }
.csec-card.csec-risk-map p, .csec-card.csec-risk-map li { font-size: 28px; line-height: 1.35; margin-bottom: 8px; }
.csec-poll-row { align-items: center; gap: 16px; }
.csec-card .csec-poll-row > .csec-poll-result { min-width: 0; }
.csec-card .csec-poll-result .widget-html-content { display: grid; grid-template-columns: minmax(0, 1fr) auto;
  gap: 2px 12px; align-items: center; font-size: 28px; }
.csec-card .csec-poll-row .widget-label { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }  /* the option is written once, beside its bar */
.csec-card .csec-poll-row .widget-inline-hbox { flex: none; width: auto; }
.csec-card .csec-poll-row input { font-size: 28px; width: 90px; }
.csec-poll-results { list-style: none; margin: 0; padding: 0; }
.csec-card .csec-poll-results li { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 2px 12px;
  align-items: center; font-size: 24px; margin: 0 0 8px 0; }
.csec-poll-option { grid-column: 1 / -1; }
.csec-poll-bar { display: block; height: 22px; background: #e6e6e6; border: 1px solid #8c8c8c; }
.csec-poll-bar span { display: block; height: 100%; background: #1f4e79; }
.csec-poll-count { font-weight: 700; }
.csec-card.csec-timer { flex-direction: row; flex-wrap: wrap; align-items: center; gap: 8px 24px; }
.csec-card.csec-timer > .widget-html { width: auto !important; }
.csec-card .csec-timer-face p { font-size: 56px; font-weight: 700; font-variant-numeric: tabular-nums;
  margin: 0; color: #1f4e79; line-height: 1.1; }
.csec-card .csec-timer-status p { font-size: 24px; margin: 0; }
.csec-card.csec-timer-done .csec-timer-face p { color: #1a1a1a; animation: csec-pulse 2s ease-in-out 3; }
@keyframes csec-pulse { 50% { opacity: 0.45; } }
@media (prefers-reduced-motion: reduce) {  /* on the slides and the index alike */
  .csec-card, .csec-card * { animation: none !important; transition: none !important; } }
.csec-card.csec-reflection p.csec-statement { font-size: 28px; }
.csec-card.csec-key-points li, .csec-card.csec-reflection li { font-size: 30px; line-height: 1.35; margin-bottom: 12px; }
.csec-card.csec-knowledge-check p, .csec-card p.csec-question { font-size: 28px; }
.csec-card ol.csec-lettered { list-style: none; margin: 0; padding: 0; }
.csec-card ol.csec-lettered li { font-size: 24px; margin-bottom: 6px; padding-left: 1.6em; text-indent: -1.6em; }
.csec-card ol.csec-scale { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 10px 28px; }
.csec-card ol.csec-scale li { font-size: 24px; margin: 0; }
.csec-card ol.csec-scale li::before { content: ""; display: inline-block; width: 0.75em; height: 0.75em;
  margin-right: 0.35em; border: 2px solid currentColor; vertical-align: -0.05em; }
.csec-card.csec-pre-post-check p.csec-muted { font-size: 24px; line-height: 1.3; }
.csec-join { display: flex; gap: 32px; align-items: center; }
.csec-join-code svg { display: block; }
.csec-card .csec-phone-status p { font-size: 24px; font-weight: 600; margin: 4px 0; }
.csec-card ul.csec-written-answers li { font-size: 24px; margin-bottom: 6px; }
.csec-card ol.csec-plan { list-style: none; margin: 0; padding: 0; display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 10px 28px; }
.csec-card ol.csec-plan li { margin: 0; }
.csec-card ol.csec-plan label { display: block; font-size: 24px; line-height: 1.3; color: #1a1a1a; }
.csec-card.csec-action-plan .csec-intro p { font-size: 24px; margin-bottom: 4px; }
.csec-notepad { box-sizing: border-box; width: 100%; font-size: 24px; border: 2px solid #8c8c8c;
  border-radius: 6px; padding: 8px; }
.csec-card label { font-size: 24px; }
.csec-card.csec-sources ul { columns: 2; column-gap: 32px; }
.csec-card.csec-sources li { font-size: 24px; line-height: 1.3; break-inside: avoid; }
.csec-caution { border-left: 8px solid #b35900; padding-left: 12px; }
.csec-card.csec-content-notice p, .csec-card.csec-ground-rules li { font-size: 30px; line-height: 1.4; }
""" + "".join(  # a directory shows the detail of its chosen tab (see widgets.resource_card.directory_html)
    f'.csec-directory:has(input[value="{tab}"]:checked) > .csec-directory-detail[data-tab="{tab}"] {{ display: block; }}\n'
    for tab in range(DIRECTORY_TABS))


class Card(ipw.VBox):
    """A widget container with the shared look; ``kind`` names its CSS class."""

    def __init__(self, children: list, kind: str):
        super().__init__(children, layout=ipw.Layout(width="100%", overflow="visible"))
        self.add_class("csec-card")
        self.add_class(f"csec-{kind}")

    def on_press(self, control: ipw.Button, action: Callable[[], None]) -> None:
        """Run ``action`` when ``control`` is pressed, keeping the keyboard focus in this card (see on_press)."""
        on_press(control, action, self)


def html_block(content: str, css_class: str = "") -> ipw.HTML:
    """An HTML widget that grows with its content."""
    block = ipw.HTML(content, layout=ipw.Layout(width="100%", overflow="visible"))
    if css_class:
        for name in css_class.split():
            block.add_class(name)
    return block


class LiveRegion(ipw.HTML):
    """A part of an activity that a screen reader reads out whenever it changes: a live region (role "status",
    given by activity_markup.js) that stays in the page from the start, out of sight while empty; a region
    added, or shown, only as it changes is often not read."""

    def __init__(self, css_class: str = ""):
        super().__init__("", layout=ipw.Layout(width="100%", overflow="visible"))
        for name in ("csec-live", *css_class.split()):
            self.add_class(name)
        self.clear()

    def show(self, content: str) -> None:
        with self.hold_sync():  # the words and the region's place on the slide arrive together
            self.value = content
            self.remove_class("csec-empty")

    def clear(self) -> None:
        with self.hold_sync():
            self.value = ""
            self.add_class("csec-empty")

    @property
    def shown(self) -> bool:
        return "csec-empty" not in self._dom_classes


class FeedbackPanel(LiveRegion):
    """Feedback on what the group chose, read out by screen readers."""

    def __init__(self):
        super().__init__("csec-feedback")


def button(label: str, *, secondary: bool = False, disabled: bool = False) -> ipw.Button:
    control = ipw.Button(description=label, disabled=disabled, tooltip=label,
                         layout=ipw.Layout(width="auto"))
    if secondary:
        control.add_class("csec-secondary")
    return control


def show(parts: list, shown: bool = True) -> None:
    """Show or hide widgets, for an activity that swaps one view for another on its slide."""
    for part in parts:
        part.layout.display = None if shown else "none"


def actions(*buttons: ipw.Button) -> ipw.HBox:
    row = ipw.HBox(list(buttons))
    row.add_class("csec-actions")
    return row


def page_share(items: list, page: int, of: int, widget: str) -> list:
    """The items page ``page`` of ``of`` shows, for a list split over several slides: as even a split as can be,
    the first page (which may also carry a note) taking the smaller share."""
    if not 1 <= page <= of:
        raise ValueError(f"{widget}(page={page}, of={of}): the page must be between 1 and {of}")
    smaller, extra = divmod(len(items), of)
    start = (page - 1) * smaller + max(0, page - 1 - (of - extra))
    return items[start:start + smaller + (page > of - extra)]
