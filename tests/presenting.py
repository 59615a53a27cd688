"""Driving the served slides in Chromium as a facilitator would."""

import json
import re

from axe_playwright_python.sync_playwright import Axe

from csec.settings import PROJECT_ROOT

WIDGET_TIMEOUT_MS = 60_000


def serious_violations(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [f'{v["id"]} ({v["impact"]}): {v["help"]} {[n["target"] for n in v["nodes"]][:3]}'
            for v in violations if v["impact"] in ("serious", "critical")]


def open_session(page, server_url, number: int = 1):
    page.goto(f"{server_url}/")
    page.get_by_role("link", name=f"Present session {number}").click()
    wait_for_slides(page)
    page.locator(".csec-session-title h1").wait_for(timeout=WIDGET_TIMEOUT_MS)


def wait_for_slides(page):
    page.wait_for_function("window.Reveal && Reveal.isReady()", timeout=WIDGET_TIMEOUT_MS)


def present_slide(page):
    return page.locator(".reveal .slides section.present:not(.stack)")


def present_text(page) -> str:
    return present_slide(page).inner_text()


def fits_on_screen(page) -> bool:
    return page.evaluate("(s => s.scrollHeight <= s.clientHeight + 2)(Reveal.getCurrentSlide())")


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


def limited_slide_headings(session: dict) -> list[tuple[str, list[str]]]:
    """(heading, audiences) of every slide limited to some audiences, read from the notebook file itself."""
    notebook = json.loads((PROJECT_ROOT / session["notebook"]).read_text("utf-8"))
    limited = []
    for cell in notebook["cells"]:
        metadata = cell["metadata"]
        source = "".join(cell["source"])
        if metadata.get("slideshow", {}).get("slide_type") == "slide" and "audiences" in metadata.get("csec", {}):
            heading = re.search(r"^#+\s+(.+)$", source, re.MULTILINE)
            if heading:
                limited.append((re.sub(r"[*_`]", "", heading.group(1)).strip(), metadata["csec"]["audiences"]))
    return limited


def variant_problems(session: dict, audience: str, headings: set[str]) -> list[str]:
    """What is wrong with the slide headings ``audience`` saw, against the slides limited to some audiences."""
    limited = limited_slide_headings(session)
    own = {heading for heading, audiences in limited if audience in audiences}
    return ([f"{audience} should see the slide {heading!r}" for heading in sorted(own - headings)]
            + [f"{audience} sees the slide {heading!r}, meant for {audiences}" for heading, audiences in limited
               if heading in headings and heading not in own])


def slide_headings(page) -> set[str]:
    """The headings on the slide shown now."""
    return {" ".join(h.split()) for h in present_slide(page).locator("h1, h2").all_inner_texts()}
