"""A room for one `csec serve --lan`: the local network address, the room code and the participants' server.

Only the participant page and its API listen on the network address; the
facilitator's slides stay on 127.0.0.1, so a phone in the room can answer but
never open a session or a kernel.
"""

import socket
from dataclasses import dataclass
from functools import partial

from tornado.log import access_log
from tornado.web import Application, RequestHandler

from csec.content import Curriculum, available_languages, load_curriculum
from csec.errors import CsecError
from csec.group.listener import ParticipantHTTPServer
from csec.group.participant_api import Limits, PhoneQuestions, participant_routes
from csec.group.questions import question_for_phones
from csec.group.room_memory import RoomMemory
from csec.group.store import AnswerStore

RETENTION_DAYS = 30  # rooms older than this are deleted when a server starts


@dataclass(frozen=True)
class Room:
    address: str
    port: int
    code: str
    store: AnswerStore
    memory: RoomMemory  # the slide phones follow and the private signals: in this server's memory only

    @property
    def join_url(self) -> str:
        return f"http://{self.address}:{self.port}/join/{self.code}"


def local_network_address() -> str:
    """This computer's address on the local network (finding it sends no packet)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            address = probe.getsockname()[0]
        except OSError:
            address = ""
    if not address or address.startswith("127."):
        raise CsecError("no local network found: join the room's Wi-Fi first, or serve without --lan")
    return address


def open_room(store: AnswerStore, port: int, code: str | None = None, written_answers: bool = False,
              follow_slides: bool = False) -> Room:
    """A room on this computer's network address: room ``code`` carried on, or a new one; with
    ``follow_slides``, its phones show the slide the room sees.

    Rooms past the retention limit are deleted first.
    """
    address = local_network_address()
    store.purge_older_than(RETENTION_DAYS * 86400)
    if code is None:
        code = store.create_room(free_text=written_answers)
    else:
        if not store.room_exists(code):
            raise CsecError(f"--room {code}: no such room in {store.name} (rooms are kept {RETENTION_DAYS} days); "
                            "leave out --room to start a new one")
        if written_answers and not store.takes_written_answers(code):
            raise CsecError(f"--room {code} was opened without --written-answers; start a new room to use them")
    return Room(address=address, port=port, code=code, store=store, memory=RoomMemory(code, follow_slides))


def participant_server(store: AnswerStore, questions: PhoneQuestions, limits: Limits | None = None,
                       memory: RoomMemory | None = None) -> ParticipantHTTPServer:
    """The join page and answers as one HTTP server, not yet listening (also what `make bench` loads)."""
    application = Application(participant_routes(store, questions, limits, memory), log_function=log_unless_refused)
    return ParticipantHTTPServer(application)


def log_unless_refused(handler: RequestHandler) -> None:
    """The access log without the phones' 4xx: a refused answer is news for the phone (it says why), not for the
    facilitator's terminal, which a script sending thousands would flood."""
    status = handler.get_status()
    if 400 <= status < 500:
        return
    request = handler.request
    (access_log.info if status < 400 else access_log.error)(
        "%d %s %s (%s) %.2fms", status, request.method, request.uri, request.remote_ip, 1000 * request.request_time())


def phone_questions(curriculum: Curriculum) -> PhoneQuestions:
    """The questions as phones read them in each language the curriculum has, the slides' own first."""
    settings = curriculum.settings
    others = [language for language in available_languages(settings.content_dir) if language != settings.language]
    curricula = [curriculum, *(load_curriculum(settings.choosing(language=language)) for language in others)]
    return {chosen.settings.language: partial(question_for_phones, chosen) for chosen in curricula}


def listen_for_participants(room: Room, curriculum: Curriculum) -> ParticipantHTTPServer:
    """Serve the join page and answers on the room's network address (in the running event loop)."""
    server = participant_server(room.store, phone_questions(curriculum), memory=room.memory)
    server.listen(room.port, room.address)
    return server
