"""Terms the Luxembourg Terminology Guidelines (2016) and NCMEC discourage, in each language, and where they may
still appear."""

import re

# Terms that blame or sexualise a child, each with what to say instead, per language. Spanish follows the
# guidelines' Spanish adaptation (Orientaciones terminológicas, 2016) and INTERPOL's advice against "porno infantil".
DISCOURAGED_TERMS = {
    "en": {
        "child prostitute": "a child who has been sexually exploited",
        "teen prostitute": "a young person who has been sexually exploited",
        "child prostitution": "commercial sexual exploitation of children",
        "juvenile prostitution": "commercial sexual exploitation of children",
        "teen prostitution": "commercial sexual exploitation of children",
        "child sex worker": "a child who has been sexually exploited",
        "child pornography": "child sexual abuse material",
        "chose this lifestyle": "was exploited",
    },
    "es": {
        "prostitución infantil": "explotación sexual de niñas, niños y adolescentes",
        "prostitución juvenil": "explotación sexual de adolescentes",
        "prostitución adolescente": "explotación sexual de adolescentes",
        "niña prostituta": "niña que ha sido explotada sexualmente",
        "niño prostituto": "niño que ha sido explotado sexualmente",
        "niñas prostitutas": "niñas que han sido explotadas sexualmente",
        "niños prostitutos": "niñas, niños o adolescentes que han sido explotados sexualmente",
        "menor prostituta": "adolescente que ha sido explotada sexualmente",
        "trabajadora sexual infantil": "niña que ha sido explotada sexualmente",
        "trabajador sexual infantil": "niño que ha sido explotado sexualmente",
        "pornografía infantil": "material de abuso sexual infantil",
        "porno infantil": "material de abuso sexual infantil",
        "eligió ese estilo de vida": "fue explotada o explotado",
    },
}
INSTEAD = {term: instead for terms in DISCOURAGED_TERMS.values() for term, instead in terms.items()}
GUIDELINES = {"en": "Luxembourg Terminology Guidelines", "es": "Orientaciones terminológicas de Luxemburgo"}
# A statute may be quoted in its own words when the quotation is marked as one:
# <q class="statute">...</q> or <blockquote class="statute">...</blockquote>.
STATUTE_QUOTATION = re.compile(r"<(q|blockquote)\s+class=\"statute\"[^>]*>.*?</\1>", re.DOTALL | re.IGNORECASE)
_TERM_PATTERNS = {term: re.compile(rf"(?<!\w){re.escape(term)}", re.IGNORECASE) for term in INSTEAD}


def guidance_for(term: str) -> str:
    """What to say instead of ``term``, and where that advice comes from."""
    language = next(language for language, terms in DISCOURAGED_TERMS.items() if term in terms)
    return f"say {INSTEAD[term]!r} ({GUIDELINES[language]})"


def outside_statute_quotations(text: str) -> str:
    """``text`` with marked statute quotations blanked out, line breaks kept so line numbers still hold."""
    return STATUTE_QUOTATION.sub(lambda match: re.sub(r"[^\n]", " ", match.group()), text)


def discouraged_terms_in(text: str) -> list[str]:
    """Each discouraged term, in any language, used in ``text`` outside a marked statute quotation."""
    text = outside_statute_quotations(text)
    return [term for term, pattern in _TERM_PATTERNS.items() if pattern.search(text)]
