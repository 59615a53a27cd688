"""The pictures drawn as SVG from the content itself: a diagram's steps in order or its row of icons, and a
risk map's levels as rings. The slides (widgets) and the handouts draw them with these same functions.

Each picture is one ``<svg role="img">`` whose accessible name (its alt text)
says everything it shows, in order. Its words are SVG text, at least 24 px on
the deck's 1280x720 slide, drawn in the text colour and the accent colour
(``currentColor``), which the high-contrast theme turns white and yellow.
Handouts print the same SVG, scaled to the page.
"""

from html import escape

from markupsafe import Markup

from csec.icons import icon_svg

WIDTH = 1200  # px: the width a picture is drawn for, a slide's (the deck's 1280 less its margins)
TEXT, ACCENT = "#1a1a1a", "#1f4e79"  # the theme's text colour, and its dark blue for outlines, arrows and icons
# Character widths in ems in the widest font the words may get (DejaVu Sans, in the handouts; the slides'
# Source Sans Pro is narrower), by kind of character: lines are wrapped by them, so they fit in either.
NARROW_CHARACTERS = frozenset(" .,:;'\"!()-/fijlrt")
EMS = {"normal": {"narrow": 0.40, "wide": 0.98, "capital": 0.72, "other": 0.64},
       "bold": {"narrow": 0.48, "wide": 1.05, "capital": 0.80, "other": 0.72}}
LABEL_PX, DETAIL_PX, LINE_HEIGHT = 28, 26, 1.25
ICON_PX, PADDING, ARROW_GAP = 64, 10, 36
BADGE_RADIUS = 60  # the circle behind each icon of an icon row
RING_PX, RING_LABEL_PX = 40, 24  # the thickness of each ring, and its label's size


def character_kind(character: str) -> str:
    if character in NARROW_CHARACTERS:
        return "narrow"
    return "wide" if character in "mwMW" else "capital" if character.isupper() else "other"


def text_width(text: str, size: int, weight: str = "normal") -> float:
    """About how wide ``text`` is at ``size`` px, never narrower than it is."""
    return size * sum(EMS[weight][character_kind(character)] for character in text)


def wrap(text: str, width: float, size: int, weight: str = "normal") -> list[str]:
    """``text`` in lines that fit ``width`` px at ``size`` px (a word longer than a line keeps its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, weight) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def text_block(lines: list[str], x: float, top: float, size: int, weight: str = "normal") -> str:
    """Lines of SVG text centered on ``x``, the first line's box starting at ``top`` (none: nothing)."""
    if not lines:
        return ""
    step = size * LINE_HEIGHT
    baseline = top + (step + size * 0.7) / 2  # the cap height sits in the middle of each line
    spans = "".join(f'<tspan x="{x:g}" y="{baseline + number * step:g}">{escape(line)}</tspan>'
                    for number, line in enumerate(lines))
    return (f'<text font-size="{size}" font-weight="{weight}" text-anchor="middle" '
            f'fill="currentColor">{spans}</text>')


def lines_height(lines: list[list[str]], size: int) -> float:
    """The height of the longest of these blocks of lines."""
    return max(map(len, lines)) * size * LINE_HEIGHT


def spoken(entry: dict) -> str:
    """An entry as its picture's name says it: the label, then its detail."""
    return f'{entry["label"]}: {entry["detail"]}' if "detail" in entry else entry["label"]


def icon_at(name: str, x: float, y: float, size: int = ICON_PX) -> str:
    """The icon with its top left corner at (x, y); the picture's name says what it shows."""
    return f'<g transform="translate({x:g} {y:g})">{icon_svg(name, size=size)}</g>'


def accent(body: str) -> str:
    """Shapes in the accent colour: outlines and icons in it, fills a light tint of it."""
    return f'<g class="csec-diagram-accent" color="{ACCENT}">{body}</g>'


def picture(name: str, width: float, height: float, body: str) -> Markup:
    """The SVG, inline in HTML (so without a namespace), scaled as one ``WIDTH`` px wide is to fill its
    container: a little over 1:1 on a slide, to the page's width in a handout, so every picture's words
    are the same size."""
    return Markup(f'<svg class="csec-diagram-picture" role="img" '
                  f'aria-label="{escape(name)}" color="{TEXT}" viewBox="0 0 {width:g} {height:g}" width="{width:g}" '
                  f'height="{height:g}" style="width: {100 * width / WIDTH:.4g}%; height: auto; display: block">'
                  f'{body}</svg>')


def steps_svg(title: str, steps: list[dict]) -> Markup:
    """Steps as a row of boxes joined by arrows: icon and label in each box, the detail below it."""
    overhang = ARROW_GAP / 2 - 4  # a detail may run under the arrows beside its box
    box_width = (WIDTH - 2 * overhang - (len(steps) - 1) * ARROW_GAP) / len(steps)
    labels = [wrap(step["label"], box_width - 8, LABEL_PX, "bold") for step in steps]
    details = [wrap(step.get("detail", ""), box_width + 2 * overhang, DETAIL_PX) for step in steps]
    label_top = PADDING + ICON_PX + 8
    box_height = label_top + lines_height(labels, LABEL_PX) + PADDING
    height = box_height + 12 + lines_height(details, DETAIL_PX) + 2
    shapes, words = [], []
    for number, (step, label, detail) in enumerate(zip(steps, labels, details)):
        left = overhang + number * (box_width + ARROW_GAP)
        middle = left + box_width / 2
        shapes.append(f'<rect x="{left + 1:g}" y="1" width="{box_width - 2:g}" height="{box_height - 2:g}" rx="10" '
                      'fill="currentColor" fill-opacity="0.08" stroke="currentColor" stroke-width="2"/>')
        shapes.append(icon_at(step["icon"], middle - ICON_PX / 2, PADDING))
        shapes.append(text_block(label, middle, label_top, LABEL_PX, "bold"))  # in the accent colour
        if number:
            shapes.append(arrow(left - ARROW_GAP, left, box_height / 2))
        words.append(text_block(detail, middle, box_height + 12, DETAIL_PX))
    name = f"{title}, in {len(steps)} steps: " + " ".join(
        f"{number}. {spoken(step)}." for number, step in enumerate(steps, start=1))
    return picture(name, WIDTH, height, accent("".join(shapes)) + "".join(words))


def arrow(start: float, end: float, y: float) -> str:
    """A right-pointing arrow across the gap between two boxes."""
    tip, back = end - 5, end - 19
    return (f'<path d="M{start + 5:g} {y:g} H{back:g}" stroke="currentColor" stroke-width="5" fill="none"/>'
            f'<path d="M{back:g} {y - 11:g} L{tip:g} {y:g} L{back:g} {y + 11:g} Z" fill="currentColor"/>')


def icon_row_svg(title: str, entries: list[dict]) -> Markup:
    """A row of icons, each in a tinted circle, with its label and any detail below."""
    column = WIDTH / len(entries)
    labels = [wrap(entry["label"], column - 16, LABEL_PX) for entry in entries]
    details = [wrap(entry.get("detail", ""), column - 16, DETAIL_PX) for entry in entries]
    label_top = 2 * BADGE_RADIUS + 14
    detail_top = label_top + lines_height(labels, LABEL_PX) + 6
    height = detail_top + lines_height(details, DETAIL_PX) + 2
    badges, words = [], []
    for number, (entry, label, detail) in enumerate(zip(entries, labels, details)):
        middle = (number + 0.5) * column
        badges.append(f'<circle cx="{middle:g}" cy="{BADGE_RADIUS + 1}" r="{BADGE_RADIUS - 1}" fill="currentColor" '
                      'fill-opacity="0.08" stroke="currentColor" stroke-width="2"/>')
        badges.append(icon_at(entry["icon"], middle - ICON_PX / 2, BADGE_RADIUS + 1 - ICON_PX / 2))
        words.append(text_block(label, middle, label_top, LABEL_PX) + text_block(detail, middle, detail_top, DETAIL_PX))
    name = f"{title}: " + "; ".join(map(spoken, entries)) + "."
    return picture(name, WIDTH, height, accent("".join(badges)) + "".join(words))


def rings_svg(name: str, labels: list[str], marked: int | None = None) -> Markup:
    """Levels as concentric rings, the first at the center: the upper half of each, labelled at its top;
    the ring ``marked`` (an index into ``labels``) stands out, filled more strongly.

    The rings share one flat top, as wide as the widest label needs, so each
    label sits in its own ring, clear of the ring inside it.
    """
    size = RING_LABEL_PX

    def flat_for(level: int, label: str) -> float:
        """The flat top ``label`` needs to fit in its ring where its letters reach highest."""
        radius, reach = RING_PX * (level + 1), RING_PX * level + (RING_PX + size) / 2
        rounded = max(0.0, radius**2 - reach**2) ** 0.5  # how much room each rounded end still gives there
        return text_width(label, size, "bold") + 2 * PADDING - 2 * rounded

    flat = max(2 * RING_PX, *(flat_for(level, label) for level, label in enumerate(labels)))
    outer = RING_PX * len(labels)
    width, height = flat + 2 * outer + 4, outer + 2
    middle, base = width / 2, height
    left, right = middle - flat / 2, middle + flat / 2
    rings, words = [], []
    for level, label in reversed(list(enumerate(labels))):
        radius = RING_PX * (level + 1)
        rings.append(f'<path d="M{left - radius:g} {base:g} A{radius} {radius} 0 0 1 {left:g} {base - radius:g} '
                     f'H{right:g} A{radius} {radius} 0 0 1 {right + radius:g} {base:g} Z" fill="currentColor" '
                     f'fill-opacity="{0.35 if level == marked else 0.07}" stroke="currentColor" stroke-width="2"/>')
        top = base - radius + (RING_PX - size * LINE_HEIGHT) / 2  # centered in its ring
        words.append(text_block([label], middle, top, size, "bold"))
    return picture(name, width, height, accent("".join(rings)) + "".join(words))


def diagram_svg(item: dict) -> Markup:
    draw = steps_svg if item["kind"] == "steps" else icon_row_svg
    return draw(item["title"], item["items"])


def levels_svg(item: dict, factor: dict | None = None) -> Markup:
    """The map's levels as concentric rings, the young person at the center; the ring of ``factor`` marked."""
    labels = [level["label"] for level in item["levels"]]
    name = f'{item["title"]}: its levels, as rings from the center out: {"; ".join(labels)}.'
    if factor is None:
        return rings_svg(name, labels)
    marked = next(i for i, level in enumerate(item["levels"]) if level["id"] == factor["level"])
    return rings_svg(f'{name} {factor["label"]} is in the ring {labels[marked]}.', labels, marked)
