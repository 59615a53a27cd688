"""Terms the Luxembourg Terminology Guidelines (2016) and NCMEC discourage, and where they may still appear."""

import re

# Terms that blame or sexualise a child, each with what to say instead.
DISCOURAGED_TERMS = {
    "child prostitute": "a child who has been sexually exploited",
    "teen prostitute": "a young person who has been sexually exploited",
    "child prostitution": "commercial sexual exploitation of children",
    "juvenile prostitution": "commercial sexual exploitation of children",
    "teen prostitution": "commercial sexual exploitation of children",
    "child sex worker": "a child who has been sexually exploited",
    "child pornography": "child sexual abuse material",
    "chose this lifestyle": "was exploited",
}
# A statute may be quoted in its own words when the quotation is marked as one:
# <q class="statute">...</q> or <blockquote class="statute">...</blockquote>.
STATUTE_QUOTATION = re.compile(r"<(q|blockquote)\s+class=\"statute\"[^>]*>.*?</\1>", re.DOTALL | re.IGNORECASE)
_TERM_PATTERNS = {term: re.compile(rf"\b{re.escape(term)}", re.IGNORECASE) for term in DISCOURAGED_TERMS}


def outside_statute_quotations(text: str) -> str:
    """``text`` with marked statute quotations blanked out, line breaks kept so line numbers still hold."""
    return STATUTE_QUOTATION.sub(lambda match: re.sub(r"[^\n]", " ", match.group()), text)


def discouraged_terms_in(text: str) -> list[str]:
    """Each discouraged term used in ``text`` outside a marked statute quotation."""
    text = outside_statute_quotations(text)
    return [term for term, pattern in _TERM_PATTERNS.items() if pattern.search(text)]
