"""Driving the served slides in Chromium as a facilitator would."""

import base64
import json
import re
from pathlib import Path, PurePosixPath

from axe_playwright_python.sync_playwright import Axe

from csec.assets import CODESNIFFER
from csec.content import load_curriculum
from csec.i18n import translations
from csec.notebooks import for_audience, is_facilitator, read_notebook, slides
from csec.settings import DEFAULT_AUDIENCE, DEFAULT_LANGUAGE, PROJECT_ROOT, curriculum_settings

WIDGET_TIMEOUT_MS = 120_000  # a kernel started on request, on a busy 2-core machine
SESSIONS = load_curriculum(curriculum_settings()).sessions


AXE_SCRIPT = Axe().axe_script
PRESENT_SLIDE = ".reveal .slides section.present:not(.stack)"
COLOUR_RULES = ["color-contrast", "link-in-text-block"]  # what a change of theme alone can break
_RUN_AXE = "([context, options]) => axe.run(context || document, options).then(results => results.violations)"


def serious_violations(page, within: str | None = None, rules: list[str] | None = None) -> list[str]:
    """axe-core's serious and critical violations on the page, or only inside ``within`` (a CSS selector), of
    every rule or only ``rules``; axe is added to the page once."""
    if not page.evaluate("Boolean(window.axe)"):
        page.evaluate(AXE_SCRIPT)
    options = {"resultTypes": ["violations"], **({"runOnly": {"type": "rule", "values": rules}} if rules else {})}
    violations = page.evaluate(_RUN_AXE, [within, options])
    return [f'{v["id"]} ({v["impact"]}): {v["help"]} {[n["target"] for n in v["nodes"]][:3]}'
            for v in violations if v["impact"] in ("serious", "critical")]


# HTML_CodeSniffer's WCAG2AA errors (not its warnings and notices) inside ``within``, or on the whole page.
_RUN_CODESNIFFER = """within => new Promise(done => HTMLCS.process('WCAG2AA', document.querySelector(within), () =>
  done(HTMLCS.getMessages().filter(message => message.type === HTMLCS.ERROR)
    .map(message => `${message.code}: ${message.msg} ${(message.element.outerHTML || '').slice(0, 120)}`))))"""


def codesniffer_errors(page, within: str = "html") -> list[str]:
    """HTML_CodeSniffer's WCAG2AA errors on the page or only inside ``within`` (a CSS selector): a second engine,
    which finds what axe does not (a link to an anchor that does not exist, a button without a name even when
    hidden); it is added to the page once, from the file `csec assets --tests` fetched."""
    if not page.evaluate("Boolean(window.HTMLCS)"):
        assert CODESNIFFER.is_file(), "HTML_CodeSniffer is missing: run `make test` (or `csec assets --tests`)"
        page.add_script_tag(path=CODESNIFFER)
    return page.evaluate(_RUN_CODESNIFFER, within)


def open_session(page, server_url, number: int = 1, audience: str | None = None, language: str = "en"):
    """Present session ``number`` at its address: the plain one, or ``audience``'s with the US resources (in
    ``language``, when it is not the curriculum's own)."""
    notebook = PurePosixPath(SESSIONS[number - 1]["notebook"]).name
    choice = f"{audience}/us/{'' if language == 'en' else language + '/'}" if audience else ""
    # A page drawn by a kernel started on request streams until its last cell ran: wait on the slides.
    page.goto(f"{server_url}/voila/render/{choice}{notebook}", wait_until="commit")
    wait_for_session(page)


def present_from_index(page, server_url, number: int, audience_label: str):
    """As a facilitator does: open the index, choose the audience there by its label, present a session."""
    page.goto(f"{server_url}/")
    page.get_by_role("link", name=audience_label, exact=True).click()
    page.locator(f'b[aria-current="page"]:text-is("{audience_label}")').wait_for(timeout=WIDGET_TIMEOUT_MS)
    page.get_by_role("link", name=f"Present session {number}").click()
    wait_for_session(page)


def wait_for_session(page):
    wait_for_slides(page)
    page.locator(".csec-session-title h1").wait_for(timeout=WIDGET_TIMEOUT_MS)


def wait_for_slides(page):
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=WIDGET_TIMEOUT_MS)


def present_slide(page):
    return page.locator(PRESENT_SLIDE)


def present_text(page) -> str:
    return present_slide(page).inner_text()


SIZE_FLOOR_PX = 24  # in slide pixels at the deck's 1280x720: about 18 pt on a projected slide
WORD_CEILING = 80  # every word the room sees at once, heading, labels and buttons too: about 60 of body text

# WCAG's relative luminance of an sRGB colour (0-255 channels), and the contrast ratio of two luminances.
CONTRAST_JS = """
const luminance = (r, g, b) => {
  const linear = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};
const contrast = (one, other) => (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
"""

# Every visible text node of the slide shown now, with its element, its client rects (one a line) and its size
# in slide pixels (SVG text at the size it is drawn). Text a screen reader alone gets (a box of 1 px or less) is
# not on the projector.
_VISIBLE_TEXT_JS = """
const visibleTexts = slide => {
  const scale = Reveal.getScale(), found = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent.replace(/\\s+/g, ' ').trim();
    const element = walker.currentNode.parentElement;
    if (!text || element.closest('aside.notes, script, style')
        || !element.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const own = element.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(walker.currentNode);
    const lines = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0.5);
    if (!lines.length || own.width <= 1 || own.height <= 1) continue;
    const svg = element.closest('svg'), box = svg && svg.viewBox.baseVal;  // SVG text shrinks with its picture
    const shrink = box && box.width ? svg.getBoundingClientRect().width / scale / box.width : 1;
    const size = Math.round(parseFloat(getComputedStyle(element).fontSize) * shrink * 10) / 10;
    found.push({text, element, lines, size, quote: text.length > 60 ? text.slice(0, 60) + '...' : text});
  }
  return found;
};
"""

# What of the slide shown now a room could not read: each visible text node's size, whether it leaves the slide,
# and whether a box that clips (overflow other than visible) hides part of it; then every control, picture and
# card: whether its edge is cut off. A glyph may rise a little above its line box, hence `glyph`.
_FIT_SCRIPT = _VISIBLE_TEXT_JS + """
([floor, ceiling]) => {
  const slide = Reveal.getCurrentSlide(), scale = Reveal.getScale();
  let words = 0;
  const deck = slide.closest('.slides').getBoundingClientRect();
  const inside = (r, box, slack) => r.left >= box.left - 1 && r.right <= box.right + 1
    && r.top >= box.top - slack && r.bottom <= box.bottom + slack;
  const clippingBoxes = element => {
    const boxes = [];
    for (let a = element; a && a !== slide.parentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') boxes.push(a.getBoundingClientRect());
    }
    return boxes;
  };
  const problems = [];
  for (const {text, element, lines, size, quote} of visibleTexts(slide)) {
    words += text.split(' ').filter(word => /\\w/.test(word)).length;
    const glyph = 0.3 * size * scale;
    if (size < floor) problems.push(`${size}px text, under ${floor}px: "${quote}"`);
    const style = getComputedStyle(element);
    const ellipsis = (style.textOverflow === 'ellipsis' || style.overflowX !== 'visible')
      && element.scrollWidth > element.clientWidth + 1;  // shortened to fit: "+1" drawn as "+..."
    if (!lines.every(r => inside(r, deck, glyph))) problems.push(`text outside the slide: "${quote}"`);
    else if (ellipsis || !clippingBoxes(element).every(box => lines.every(r => inside(r, box, glyph))))
      problems.push(`text cut off by its box: "${quote}"`);
  }
  for (const box of slide.querySelectorAll('button, input, textarea, svg, .csec-resource, .csec-feedback')) {
    const r = box.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || box.parentElement.closest('svg')   // an icon inside a picture goes with it
        || !box.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const name = (box.innerText || box.getAttribute('aria-label') || box.tagName).replace(/\\s+/g, ' ').trim();
    if (!inside(r, deck, 1) || !clippingBoxes(box).every(c => inside(r, c, 1)))
      problems.push(`${box.tagName.toLowerCase()} cut off at its edge: "${name.slice(0, 60)}"`);
  }
  if (words > ceiling)
    problems.push(`${words} words on the slide at once, over ${ceiling}: split it, or move detail to the notes or the handout`);
  const runOver = Math.round(slide.scrollHeight - slide.clientHeight);
  if (runOver > 2) problems.push(`the slide's content runs ${runOver}px past its bottom edge`);
  return problems;
}
"""


def fit_problems(page) -> list[str]:
    """What on the slide shown now a room could not read: text under the size floor, outside the slide or
    cut off by a clipping box, more words than a room reads at once, and content running past the slide's
    bottom; an empty list when the slide meets the projector standard."""
    return list(dict.fromkeys(page.evaluate(_FIT_SCRIPT, [SIZE_FLOOR_PX, WORD_CEILING])))


CONTRAST_FLOOR, LARGE_CONTRAST_FLOOR = 4.5, 3  # WCAG 1.4.3: large text is 24 px, or 18.66 px and bold

# Each visible text's colour against what is really behind it: up the element's ancestors to the first opaque
# background, the semi-transparent ones on the way laid over it, and for text in a picture the shapes drawn
# under it (an SVG box's 8% tint); its own and its ancestors' opacity fade it. Reveal stacks its slides on top
# of each other, so axe cannot tell and marks the colours "incomplete".
_CONTRAST_SCRIPT = CONTRAST_JS + _VISIBLE_TEXT_JS + """
([normal, large]) => {
  const parse = value => {
    const m = /^rgba?\\(([^)]*)\\)$/.exec(value || '');
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\\s,/]+/).filter(Boolean).map(Number);
    return {r, g, b, a};
  };
  const over = (top, bottom) => ({r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
                                  b: top.b * top.a + bottom.b * (1 - top.a), a: 1});
  const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
  const behind = element => {  // null when a picture (a background image) is behind the text
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.backgroundImage !== 'none') return null;
      const colour = parse(style.backgroundColor);
      if (colour && colour.a > 0) layers.push(colour);
      if (colour && colour.a >= 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), {r: 255, g: 255, b: 255, a: 1});
  };
  const problems = [];
  for (const {element, lines, size, quote} of visibleTexts(Reveal.getCurrentSlide())) {
    const style = getComputedStyle(element), svg = element.closest('svg');
    const colour = parse(svg ? style.fill : style.color);
    let background = behind(svg || element);
    if (!colour || !background) { problems.push(`colours not measured: "${quote}"`); continue; }
    if (svg) {
      colour.a *= Number(style.fillOpacity);
      const x = lines[0].left + lines[0].width / 2, y = lines[0].top + lines[0].height / 2;
      for (const shape of svg.querySelectorAll('rect, circle, ellipse, path, polygon')) {
        const r = shape.getBoundingClientRect(), fill = parse(getComputedStyle(shape).fill);
        if (!(shape.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) || !fill
            || x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
        fill.a *= Number(getComputedStyle(shape).fillOpacity);
        background = over(fill, background);
      }
    }
    for (let e = element; e; e = e.parentElement) colour.a *= Number(getComputedStyle(e).opacity);
    const shown = over(colour, background);
    const ratio = contrast(luminance(shown.r, shown.g, shown.b), luminance(background.r, background.g, background.b));
    const isLarge = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const floor = isLarge ? large : normal;
    if (ratio < floor)
      problems.push(`${ratio.toFixed(2)}:1, under ${floor}:1: "${quote}" (${hex(shown)} on ${hex(background)}, `
                    + `${size}px${isLarge ? ', large' : ''})`);
  }
  return problems;
}
"""


def contrast_problems(page) -> list[str]:
    """Text on the slide shown now too faint against its real background: under 4.5:1, or 3:1 for large text."""
    return list(dict.fromkeys(page.evaluate(_CONTRAST_SCRIPT, [CONTRAST_FLOOR, LARGE_CONTRAST_FLOOR])))


_HEADINGS_SCRIPT = """([slideOnly, top]) => {
  const scope = slideOnly ? Reveal.getCurrentSlide() : document.body;
  const headings = [...scope.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter(h => !h.closest('aside.notes') && h.checkVisibility({visibilityProperty: true}));
  const problems = [];
  let level = top - 1, previous = 'the start';
  for (const h of headings) {
    const own = Number(h.tagName[1]), name = `${h.tagName.toLowerCase()} "${h.textContent.trim().slice(0, 40)}"`;
    if (own > level + 1) problems.push(`${name} after ${previous}: a level skipped`);
    level = own;
    previous = name;
  }
  return problems;
}"""


def heading_problems(page, slide_only: bool = True) -> list[str]:
    """Headings a screen reader's list of headings would show out of order, on the slide shown now (which may
    open at h1, the session's title, or h2) or on the whole page (which opens at h1)."""
    return page.evaluate(_HEADINGS_SCRIPT, [slide_only, 2 if slide_only else 1])


def switch_high_contrast(page, on: bool) -> None:
    """Press C, as a facilitator would, and wait until the colours in sight have settled (links fade for 0.15 s;
    reveal's hidden pause overlay takes a second, unseen)."""
    page.keyboard.press("c")
    page.wait_for_function(f"document.documentElement.classList.contains('csec-high-contrast') === {str(on).lower()}"
                           " && document.getAnimations().every(a => !(a instanceof CSSTransition)"
                           " || !a.effect.target.checkVisibility({opacityProperty: true, visibilityProperty: true}))")


def switch_large_text(page, on: bool) -> None:
    """Press T, as a facilitator would; each slide's content is then as large as still fits (large_text.js)."""
    page.keyboard.press("t")
    page.wait_for_function(f"document.documentElement.classList.contains('csec-large-text') === {str(on).lower()}")


def text_size(page) -> float:
    """How much larger large text draws the slide shown now (1 when it is off or the slide is full)."""
    return page.evaluate("""() => document.documentElement.classList.contains('csec-large-text')
        && parseFloat(Reveal.getCurrentSlide().style.getPropertyValue('--csec-text-size')) || 1""")


def go_to_slide_showing(page, text: str):
    """Press the right arrow, as a facilitator would, until the slide shows ``text``."""
    for _ in range(page.evaluate("Reveal.getTotalSlides()")):
        if text in present_text(page):
            return present_slide(page)
        page.keyboard.press("ArrowRight")
    raise AssertionError(f"no slide shows {text!r}")


def tab_to(page, is_target: str, limit: int = 60) -> None:
    """Press Tab until ``is_target`` (a JavaScript predicate on the focused element) holds."""
    for _ in range(limit):
        if page.evaluate(f"(element => Boolean(element) && ({is_target}))(document.activeElement)"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached an element where {is_target}")


def tab_to_button(page, label: str) -> None:
    tab_to(page, f"element.tagName === 'BUTTON' && element.textContent.trim() === {label!r}")


RING_PX = 2  # the thinnest focus ring that counts: 2 CSS px on every side (WCAG 2.4.13), at 3:1 against the unfocused look
RING_MARGIN_PX = 12  # how far outside a control its ring is looked for

# For one control: the pixels that change by 3:1 or more between its shot with the focus and without, counted in
# a band along each side (from the control's edge outward), with each side's length.
_RING_SCRIPT = CONTRAST_JS + """
async ([focused, plain, box]) => {
  const pixels = async png => {
    const bitmap = await createImageBitmap(await (await fetch('data:image/png;base64,' + png)).blob());
    const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [a, b] = [await pixels(focused), await pixels(plain)];
  const changed = i => contrast(luminance(a.data[i], a.data[i + 1], a.data[i + 2]),
                                luminance(b.data[i], b.data[i + 1], b.data[i + 2])) >= 3;
  const count = (x0, x1, y0, y1) => {
    let n = 0;
    for (let y = Math.max(0, y0); y < Math.min(a.height, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(a.width, x1); x++) n += changed((y * a.width + x) * 4);
    return n;
  };
  const {left, top, right, bottom} = box, inside = 3;
  return {top: [count(left, right, 0, top + inside), right - left],
          bottom: [count(left, right, bottom - inside, a.height), right - left],
          left: [count(0, left + inside, top, bottom), bottom - top],
          right: [count(right - inside, a.width, top, bottom), bottom - top]};
}
"""
# The focused element, framed by its label when it is drawn by it (a help slide's resources): its name and box.
_FOCUSED_SCRIPT = """margin => {
  let element = document.activeElement;
  if (!element || element === document.body) return null;
  window.csecTabStops = window.csecTabStops || [];
  if (window.csecTabStops.includes(element)) return {again: true};
  window.csecTabStops.push(element);
  const framed = element.getBoundingClientRect().width < 3 && element.labels && element.labels[0] || element;
  let r = framed.getBoundingClientRect();
  if (r.top < margin || r.bottom > innerHeight - margin) {  // a page that scrolls: its ring in sight
    framed.scrollIntoView({block: 'center'});
    r = framed.getBoundingClientRect();
  }
  const name = (element.getAttribute('aria-label') || element.textContent || element.labels?.[0]?.textContent
                || element.tagName).replace(/\\s+/g, ' ').trim().slice(0, 40);
  return {name, x: r.x, y: r.y, width: r.width, height: r.height};
}"""


def focus_ring_problems(page, limit: int = 40) -> list[str]:
    """Every Tab stop from here until Tab comes round again whose focused look differs from its unfocused look
    by less than a ring of RING_PX at 3:1 on some side (the controls' own edges included); an empty list when each
    stop shows where the focus is."""
    page.evaluate("window.csecTabStops = []")
    viewport = page.viewport_size
    problems = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(_FOCUSED_SCRIPT, RING_MARGIN_PX)
        if stop is None:
            continue
        if stop.get("again"):
            return problems
        left, top = max(0, stop["x"] - RING_MARGIN_PX), max(0, stop["y"] - RING_MARGIN_PX)
        clip = {"x": left, "y": top,
                "width": min(viewport["width"], stop["x"] + stop["width"] + RING_MARGIN_PX) - left,
                "height": min(viewport["height"], stop["y"] + stop["height"] + RING_MARGIN_PX) - top}
        focused = page.screenshot(clip=clip, animations="disabled")
        page.evaluate("document.activeElement.blur()")  # Tab goes on from it all the same
        plain = page.screenshot(clip=clip, animations="disabled")
        box = {"left": round(stop["x"] - left), "top": round(stop["y"] - top),
               "right": round(stop["x"] + stop["width"] - left), "bottom": round(stop["y"] + stop["height"] - top)}
        sides = page.evaluate(_RING_SCRIPT, [base64.b64encode(focused).decode(), base64.b64encode(plain).decode(), box])
        thin = [side for side, (changed, length) in sides.items() if changed < RING_PX * length]
        if thin:
            problems.append(f'"{stop["name"]}": no focus ring of {RING_PX}px at 3:1 on its {", ".join(thin)}')
    raise AssertionError(f"Tab did not come round again in {limit} presses")


def notes_by_slide(notebook: Path, audience: str = DEFAULT_AUDIENCE) -> list[list[str]]:
    """For each slide ``audience`` sees, a distinctive phrase of each facilitator note, as rendered text."""
    phrases = []
    for cells in slides(for_audience(read_notebook(notebook), audience)):
        slide_phrases = []
        for _number, cell in cells:
            if is_facilitator(cell):
                first = next(line for line in cell.source.splitlines() if line.strip())
                plain = re.sub(r"[*_`]", "", first).lstrip("- ").strip()
                slide_phrases.append(plain[:35])
        phrases.append(slide_phrases)
    return phrases


def limited_slide_headings(session: dict, language: str = DEFAULT_LANGUAGE) -> list[tuple[str, list[str]]]:
    """(heading, audiences) of every slide limited to some audiences, read from the notebook file itself (its
    translation in ``language``)."""
    notebook = json.loads(curriculum_settings(language=language).notebook(session).read_text("utf-8"))
    limited = []
    for cell in notebook["cells"]:
        metadata = cell["metadata"]
        source = "".join(cell["source"])
        if metadata.get("slideshow", {}).get("slide_type") == "slide" and "audiences" in metadata.get("csec", {}):
            heading = re.search(r"^#+\s+(.+)$", source, re.MULTILINE)
            if heading:
                limited.append((re.sub(r"[*_`]", "", heading.group(1)).strip(), metadata["csec"]["audiences"]))
    return limited


def variant_problems(session: dict, audience: str, headings: set[str], language: str = DEFAULT_LANGUAGE) -> list[str]:
    """What is wrong with the slide headings ``audience`` saw, against the slides limited to some audiences."""
    limited = limited_slide_headings(session, language)
    own = {heading for heading, audiences in limited if audience in audiences}
    return ([f"{audience} should see the slide {heading!r}" for heading in sorted(own - headings)]
            + [f"{audience} sees the slide {heading!r}, meant for {audiences}" for heading, audiences in limited
               if heading in headings and heading not in own])


def slide_headings(page) -> set[str]:
    """The headings on the slide shown now."""
    return {" ".join(h.split()) for h in present_slide(page).locator("h1, h2").all_inner_texts()}


def activity_states(page, language: str = "en"):
    """Take the slide's activity through the states a room sees, naming each once it has settled: a knowledge
    check answered with its longest option; a scenario's choices, then its first choice taken; a risk map's
    first factor; a myth-or-fact or sign sorter's first statement answered; the anonymous check's first
    question (and its answer, after the series); the content notice's help; each resource on a help slide.
    Nothing for a slide that asks nothing. Buttons are found by their names in ``language``."""
    gettext = translations(language).gettext
    slide = present_slide(page)
    options = slide.locator(".csec-knowledge-check .widget-radio-box label")
    if options.count():
        longest = max(options.all(), key=lambda option: len(option.inner_text()))
        longest.click()
        slide.get_by_role("button", name=gettext("Check answer")).click()
        slide.locator(".csec-knowledge-check button:not([disabled])",
                      has_text=gettext("Try again")).wait_for()  # set last
        yield "answered"
    elif slide.locator(".csec-scenario").count():
        slide.get_by_role("button", name=gettext("See the choices")).click()
        slide.locator(".csec-scenario .csec-choice:not([disabled])").first.wait_for()
        yield "choices"
        slide.locator(".csec-scenario .csec-choice").first.click()
        moving_on = re.compile(f'^({gettext("Continue")}|{gettext("Finish")})$')
        slide.locator(".csec-scenario button:not([disabled])", has_text=moving_on).wait_for()
        yield "answered"
    elif slide.locator(".csec-myth-or-fact, .csec-sign-sorter").count():
        slide.locator(".csec-actions button").first.click()
        slide.locator(".csec-feedback:not(.csec-empty)").wait_for()
        yield "answered"
    elif slide.locator(".csec-pre-post-check").count():
        slide.get_by_role("button", name=gettext("Start the check")).click()
        slide.locator(".csec-progress").wait_for()
        yield "first question"
        show = slide.get_by_role("button", name=gettext("Show the answer"))
        if show.is_visible():
            show.click()
            slide.locator(".csec-feedback:not(.csec-empty)").wait_for()
            yield "answer shown"
    elif slide.locator(".csec-content-notice").count():
        slide.get_by_role("button", name=gettext("Show where to get help")).click()
        slide.get_by_role("button", name=gettext("Back to the notice")).wait_for()
        yield "help shown"
    elif slide.locator(".csec-risk-map").count():
        slide.locator(".csec-risk-map .csec-factor").first.click()
        slide.get_by_role("button", name=gettext("Back to the map")).wait_for()
        yield "a factor chosen"
    else:
        for tab in slide.locator("label.csec-tab").all()[1:]:  # a help slide shows the first resource at first
            tab.click()
            slide.locator(".csec-directory-detail:visible").wait_for()
            yield f"{tab.inner_text().strip()} chosen"
