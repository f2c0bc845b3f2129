"""Conversation ids: the earlier turns of a conversation, carried by the client, signed by us.

A follow-up needs the earlier questions and their SQL. Rather than keep them in a server-side
store (which several replicas would have to share), the id *is* the conversation: the last
few turns, compressed and signed with a secret the replicas share, bound to the asker. A
client can read its own turns back but cannot forge or alter them, nor use someone else's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import zlib

import orjson

from kubequery.errors import KubequeryError
from kubequery.translate.base import Turn

KEEP_TURNS = 6  # follow-ups build on the last question; a few more give "and in staging?" its context
MAX_ID_CHARS = 16_384


class ConversationError(KubequeryError):
    """A conversation id that is malformed, altered, or belongs to someone else."""


class Conversations:
    """Encodes and checks conversation ids with one shared secret."""

    def __init__(self, secret: bytes | str | None = None) -> None:
        if isinstance(secret, str):
            secret = secret.encode()
        self._key = secret or secrets.token_bytes(32)

    def encode(self, turns: tuple[Turn, ...] | list[Turn], owner: str = "") -> str:
        kept = [[t.question, t.sql] for t in list(turns)[-KEEP_TURNS:]]
        body = base64.urlsafe_b64encode(zlib.compress(orjson.dumps(kept), 9)).rstrip(b"=").decode()
        return f"{body}.{self._sign(body, owner)}"

    def decode(self, conversation_id: str | None, owner: str = "") -> tuple[Turn, ...]:
        """The turns of `conversation_id`; an empty or missing id is a new conversation."""
        if not conversation_id:
            return ()
        if len(conversation_id) > MAX_ID_CHARS or conversation_id.count(".") != 1:
            raise ConversationError("malformed conversation id", hint="start a new conversation")
        body, signature = conversation_id.split(".")
        if not hmac.compare_digest(signature, self._sign(body, owner)):
            raise ConversationError(
                "conversation id not recognised (altered, from another user, or from a server with "
                "another secret)",
                hint="start a new conversation",
            )
        try:
            raw = zlib.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            return tuple(Turn(str(q), str(s)) for q, s in orjson.loads(raw))
        except (ValueError, zlib.error, TypeError) as e:
            raise ConversationError("malformed conversation id", hint="start a new conversation") from e

    def append(self, conversation_id: str | None, turn: Turn, owner: str = "") -> str:
        """The id of the conversation `conversation_id` followed by `turn`."""
        return self.encode((*self.decode(conversation_id, owner), turn), owner)

    def _sign(self, body: str, owner: str) -> str:
        mac = hmac.new(self._key, owner.encode() + b"\0" + body.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac[:18]).decode()
