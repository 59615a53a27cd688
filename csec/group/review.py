"""What the facilitator is warned of before a written answer reaches the room.

A flag is a reason to read an answer twice: it may identify someone (a name
after "my", a phone number, an email or street address) or it uses a word on
the language's review list. Flags warn; they never approve or remove anything.
"""

import re
from functools import cache

from csec.terminology import DISCOURAGED_TERMS

# Words that should not reach a projector unread: swearing, slurs and words that shame. A word matches whole
# (any case); curriculum authors add a language as one more entry.
REVIEW_WORDS = {
    "en": (
        "fuck", "fucking", "fucked", "fucker", "motherfucker", "shit", "shitty", "bullshit", "bitch", "bitches",
        "bastard", "asshole", "dick", "dickhead", "cock", "cunt", "pussy", "twat", "wanker", "piss", "damn",
        "slut", "sluts", "slutty", "whore", "whores", "hoe", "hoes", "skank", "thot", "tramp", "pimp", "pimps",
        "hooker", "hookers", "prostitute", "prostitutes", "porn", "sexy", "rape", "raped", "rapist",
        "retard", "retarded", "fag", "faggot", "dyke", "tranny", "nigger", "nigga", "spic", "chink", "kike",
        "wetback", "gook", "beaner", "kill yourself", "kys",
    ),
}

_PHONE = re.compile(r"(?<![\w+])\+?\d(?:[\s().-]*\d){6,}(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_STREET = re.compile(r"\b\d{1,6}\s+(?:[A-Za-z]+\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln"
                     r"|drive|dr|court|ct|way|place|pl|terrace|highway|hwy)\b|\b(?:apartment|apt|unit|suite)\s*#?\d",
                     re.IGNORECASE)
# "my cousin Jake", "my name is Ana", "My teacher Mr Lee": a capitalised word close after "my" or "name is".
_NAME = re.compile(r"\b(?:[Mm]y|[Nn]ame is|[Cc]alled)\s+(?:[a-z]+\s+){0,2}(?:name is\s+)?[A-Z][a-z'-]+")


def review_flags(text: str, language: str = "en") -> list[str]:
    """Why ``text`` deserves a second look before the room sees it, in words for the facilitator; [] for none."""
    flags = []
    if _NAME.search(text):
        flags.append("may name someone")
    if _PHONE.search(text):
        flags.append("a phone number")
    if _EMAIL.search(text):
        flags.append("an email address")
    if _STREET.search(text):
        flags.append("a street address")
    if _review_words(language).search(text):
        flags.append("a word on the review list")
    return flags


@cache
def _review_words(language: str) -> re.Pattern:
    """One pattern for every word on ``language``'s list and its discouraged terms, whole words only,
    made once: the review list is drawn again every second."""
    words = (*REVIEW_WORDS.get(language, ()), *DISCOURAGED_TERMS.get(language, ()))
    alternatives = "|".join(re.escape(word) for word in words) or r"(?!)"  # no list: matches nothing
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
