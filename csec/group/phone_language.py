"""The language a phone reads the room in, whatever the slides' language: the one chosen on its page, else the
first its browser asks for that the curriculum has, else the slides' own. Answers count together: a question's
key is the same in every language."""

from babel import negotiate_locale

LANGUAGE_COOKIE = "csec_language"


def preferred_languages(accept_language: str) -> list[str]:
    """The languages of an Accept-Language header, most wanted first: "es-MX,es;q=0.9,en;q=0.5"."""
    weighted = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, quality = part.strip().partition(";q=")
        try:
            weight = float(quality) if quality else 1.0
        except ValueError:
            continue
        if tag and tag != "*" and weight > 0:
            weighted.append((-weight, position, tag))
    return [tag for _weight, _position, tag in sorted(weighted)]


def phone_language(chosen: str | None, accept_language: str, languages: list[str]) -> str:
    """The phone's language among ``languages`` (the slides' own first)."""
    if chosen in languages:
        return chosen
    return negotiate_locale(preferred_languages(accept_language), languages, sep="-") or languages[0]
