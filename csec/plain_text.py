"""Content items as plain lines of text, shared by slides, handouts and the guide."""

from csec.i18n import N_, translations

CONTACT_VERBS = {"call": N_("Call"), "text": N_("Text"), "tty": N_("TTY"), "web": N_("Online"),
                 "call-or-text": N_("Call or text")}
# The first way to reach a service as one message per kind, so that a language can word each whole
# ("Llamar al 911").
FIRST_CONTACTS = {"call": N_("Call {number}"), "text": N_("Text {number}"), "tty": N_("TTY {number}"),
                  "web": N_("Online {address}"), "call-or-text": N_("Call or text {number}")}


def contact_lines(resource: dict, language: str) -> list[str]:
    """Each way to reach a help resource as one line in ``language``, e.g. 'Call: 911', 'Call: 1-800-786-2929
    (1-800-RUNAWAY)'; an address with a label says what it is for, e.g. 'Chat online: 988lifeline.org'."""
    gettext, lines = translations(language).gettext, []
    for contact in resource["contacts"]:
        if contact["kind"] == "web" and contact.get("label"):
            lines.append(f'{contact["label"]}: {contact["value"]}')
        else:
            label = f' ({contact["label"]})' if contact.get("label") else ""
            lines.append(f'{gettext(CONTACT_VERBS[contact["kind"]])}: {contact["value"]}{label}')
    return lines


def first_contact_line(resource: dict, language: str) -> str:
    """The first way to reach a help resource, short, in ``language``, e.g. 'Call 911', for lists with little
    room."""
    first = resource["contacts"][0]
    message = translations(language).gettext(FIRST_CONTACTS[first["kind"]])
    return message.format(number=first["value"], address=first["value"])


def source_line(source: dict) -> str:
    """A source as one line: publisher, title, year and address."""
    parts = [source["publisher"], source["title"]]
    if source.get("year"):
        parts.append(str(source["year"]))
    line = ". ".join(parts) + "."
    return f'{line} {source["url"]}' if source.get("url") else line
