"""The join page's words, its template's and its script's, in the phone's language (the catalogs of
csec/i18n.py); ``{room}`` and ``{longest}`` are filled in where they are shown."""

from csec.i18n import N_, words_in

JOIN_WORDS = {
    "title": N_("Answer anonymously"),
    "intro": N_("Room {room}. Your name is never asked or kept. Wait for the facilitator to open a question."),
    "language": N_("Language"),
    "on_screen": N_("On the screen now"),
    "privately": N_("Tell the facilitator privately"),
    "privately_note": N_("They see how many people asked, never who."),
    "pause": N_("I need a pause"),
    "talk": N_("I would like to talk to someone afterwards"),
    "pause_sent": N_("Sent. The facilitator sees that someone would like a pause, never who."),
    "talk_sent": N_("Sent. The facilitator sees that someone would like to talk afterwards, never who. When the "
                    "session ends you can go to them, or to someone else you trust, or use the help numbers the "
                    "session showed."),
    "no_question": N_("No question is open."),
    "your_answer": N_("Your answer (at most {longest} characters; no names, please):"),
    "send": N_("Send"),
    "thanks": N_("Thank you: your answer is in."),
    "not_sent": N_("Could not send. Check the Wi-Fi and try again."),
    "waiting": N_("Waiting for the connection..."),
}


def join_words(language: str) -> dict[str, str]:
    return words_in(JOIN_WORDS, language)
