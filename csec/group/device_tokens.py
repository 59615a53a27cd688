"""Device tokens a phone cannot make up: a random part and the server's signature of it, per room.

Only the join page hands them out, a few per network address, so a script
that changes its cookie on every request counts no more than a few phones.
"""

import hashlib
import hmac
import secrets


class DeviceTokens:
    """Tokens for one room, signed with the room's secret."""

    def __init__(self, room: str, secret: bytes):
        self.room, self.secret = room, secret

    def issue(self) -> str:
        random_part = secrets.token_urlsafe(18)
        return f"{random_part}.{self._signature(random_part)}"

    def valid(self, token: str) -> bool:
        random_part, dot, signature = token.partition(".")
        return (bool(random_part and dot) and token.isascii() and len(token) < 100
                and hmac.compare_digest(signature, self._signature(random_part)))

    def _signature(self, random_part: str) -> str:
        message = f"{self.room}\0{random_part}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()[:32]
