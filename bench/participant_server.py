"""The server `make bench` loads: group mode's participant routes with a real answer store.

`python -m bench.participant_server --port PORT --data DIR` opens a store in
DIR (SQLite, write-ahead log), creates a room, opens one question with four
options, writes the room code and question key to DIR/room.json and serves on
127.0.0.1, built as `csec serve --lan` builds it, until Ctrl+C.
"""

import argparse
import asyncio
import json
from pathlib import Path

from csec.group.room import participant_server
from csec.group.store import AnswerStore

ROOM_FILE = "room.json"
QUESTION_KEY = "poll:bench"
QUESTION = {"text": "Which option do you choose?", "options": ["First", "Second", "Third", "Fourth"]}


def fixed_question(key: str) -> dict | None:
    """The question lookup: one fixed text and four option labels."""
    return QUESTION if key == QUESTION_KEY else None


def open_bench_room(store: AnswerStore) -> str:
    room = store.create_room()
    store.open_question(room, QUESTION_KEY, len(QUESTION["options"]))
    return room


async def serve(port: int, data: Path) -> None:
    store = AnswerStore.in_folder(data)
    room = open_bench_room(store)
    (data / ROOM_FILE).write_text(json.dumps({"room": room, "question": QUESTION_KEY}))
    participant_server(store, {"en": fixed_question}).listen(port, "127.0.0.1")
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data", type=Path, required=True)
    arguments = parser.parse_args()
    try:
        asyncio.run(serve(arguments.port, arguments.data))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
