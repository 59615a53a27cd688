"""The participants' HTTP server: what the room's network may hold open, and for how long.

A phone polls once a second on one or two kept-alive connections, and one that
follows the slides keeps one more request open until the slide changes. A script on
the room's Wi-Fi that opens hundreds and sends nothing, or sends its headers a
byte at a time, would otherwise hold the server's open files until the slides
and new kernels could get none: here each address keeps a few connections, a
connection idle for a few seconds is closed, and headers and bodies are small.
"""

from collections import Counter

from tornado.httpserver import HTTPServer
from tornado.iostream import IOStream

CONNECTIONS_PER_ADDRESS = 16  # a phone's browser opens six at most; a script holding more is cut off
IDLE_SECONDS = 15.0  # a connection that sends no complete request headers for this long is closed
BODY_SECONDS = 10.0  # time to send an answer's body once its headers are in
MAX_HEADER_BYTES = 8 * 1024  # a phone's request and cookie fit many times over; a 32 KB made-up cookie does not
MAX_BODY_BYTES = 64 * 1024  # the API refuses far less itself (participant_api.MAX_BODY_BYTES), with a reason


class ParticipantHTTPServer(HTTPServer):
    """An HTTPServer that keeps at most CONNECTIONS_PER_ADDRESS connections open for each remote address."""

    def initialize(self, request_callback, **options) -> None:
        super().initialize(request_callback, idle_connection_timeout=IDLE_SECONDS, body_timeout=BODY_SECONDS,
                           max_header_size=MAX_HEADER_BYTES, max_body_size=MAX_BODY_BYTES, **options)
        self.open_per_address: Counter[str] = Counter()

    def handle_stream(self, stream: IOStream, address: tuple) -> None:
        remote = address[0] if address else ""
        if self.open_per_address[remote] >= CONNECTIONS_PER_ADDRESS:
            stream.close()
            return
        self.open_per_address[remote] += 1
        super().handle_stream(stream, address)

    def on_close(self, server_conn) -> None:
        remote = server_conn.context.address[0] if server_conn.context.address else ""
        self.open_per_address[remote] -= 1
        if self.open_per_address[remote] <= 0:
            del self.open_per_address[remote]
        super().on_close(server_conn)
