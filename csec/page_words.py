"""The words a session page shows outside its cells, in the page's language: the speaker view's (a static page
that reads them from the session it follows, speaker_window.js) and the line a cell that failed shows instead.
``{name}`` parts are filled in where they are shown."""

from csec.i18n import N_, words_in

PAGE_WORDS = {
    "speaker_view": N_("Speaker view"),
    "speaker_view_of": N_("Speaker view: {title}"),
    "connecting": N_("Connecting to the slides…"),
    "no_deck": N_("Open the speaker view from a session with the S key."),
    "timer": N_("Timer"),
    "elapsed": N_("Elapsed"),
    "planned": N_("of {minutes} min"),
    "pause_timer": N_("Pause timer"),
    "resume_timer": N_("Resume timer"),
    "reset_timer": N_("Reset timer"),
    "time_now": N_("Time now"),
    "position": N_("Slide {number} of {count}"),
    "untitled": N_("Untitled slide"),
    "no_notes": N_("No notes for this slide."),
    "end": N_("end of the session"),
    "current": N_("Current slide"),
    "next": N_("Next:"),
    "move": N_("Move through the slides"),
    "previous": N_("← Previous slide"),
    "advance": N_("Next slide →"),
    "signals": N_("From the phones, privately"),
    "pause_one": N_("1 person asked for a pause."),
    "pause_many": N_("{count} people asked for a pause."),
    "pause_done": N_("Done: we had a break"),
    "talk_one": N_("1 person would like to talk to someone afterwards."),
    "talk_many": N_("{count} people would like to talk to someone afterwards."),
    "talk_done": N_("Done: I said where to find me"),
    "cell_problem": N_("This part of the slide could not be prepared. The rest of the session is here."),
    "cell_problem_fix": N_("For the facilitator: run {command} in the project folder to find the cause."),
}


def page_words(language: str) -> dict[str, str]:
    return words_in(PAGE_WORDS, language)
