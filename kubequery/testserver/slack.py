"""A stand-in Slack on 127.0.0.1 for the Slack bot's tests: a few Web API methods and response_urls.

It serves what the bot calls, as Slack answers it (HTTP 200 with ``{"ok": ...}``):

- ``POST /api/chat.postMessage`` (JSON or form): stores the message (with its ``metadata``)
  in its channel and returns its ``ts``;
- ``GET|POST /api/conversations.replies``: a thread's parent and replies, oldest first,
  with ``metadata`` only when ``include_all_metadata`` is true;
- ``GET|POST /api/auth.test``: who the bot is;
- ``POST /response/<id>``: a slash command's ``response_url``; records the JSON posted.

Every ``/api/`` call must carry ``Authorization: Bearer <bot token>``, else
``{"ok": false, "error": "invalid_auth"}``. Everything received is recorded in
``requests``; tests wait for what they expect with ``wait_for``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

T = TypeVar("T")

BOT_USER_ID = "UKUBEQUERY"
BOT_ID = "BKUBEQUERY"


@dataclass
class SlackRequest:
    """One request the stand-in received."""

    method: str
    path: str
    token: str | None
    body: dict[str, Any]


@dataclass
class SlackMessage:
    channel: str
    ts: str
    text: str
    user: str | None = None
    bot_id: str | None = None
    thread_ts: str | None = None
    blocks: list[dict[str, Any]] = field(default_factory=list)
    metadata: dict[str, Any] | None = None

    def as_api(self, include_metadata: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "message", "ts": self.ts, "text": self.text}
        if self.user:
            out["user"] = self.user
        if self.bot_id:
            out["bot_id"] = self.bot_id
        if self.thread_ts:
            out["thread_ts"] = self.thread_ts
        if self.blocks:
            out["blocks"] = self.blocks
        if include_metadata and self.metadata:
            out["metadata"] = self.metadata
        return out


class FakeSlack:
    """The stand-in Slack. ``start()`` it, point the bot's ``api_url`` at ``api_url``, ``stop()`` it."""

    def __init__(self, bot_token: str = "xoxb-test-token", host: str = "127.0.0.1", port: int = 0) -> None:
        self.bot_token = bot_token
        self.requests: list[SlackRequest] = []
        self.messages: list[SlackMessage] = []
        self.responses: dict[str, list[dict[str, Any]]] = {}  # response_url id -> bodies posted to it
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._ids = itertools.count(1)
        self._clock = itertools.count(1)
        self._server = ThreadingHTTPServer((host, port), _handler(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # ---- lifecycle ----

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        """What the bot's ``api_url`` setting should be (slack_sdk wants the trailing slash)."""
        return f"{self.base_url}/api/"

    def start(self) -> FakeSlack:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-slack", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- what tests set up and read ----

    def reset(self) -> None:
        """Forget every request, message and response_url (between tests sharing one stand-in)."""
        with self._lock:
            self.requests.clear()
            self.messages.clear()
            self.responses.clear()

    def response_url(self) -> str:
        """A fresh response_url, as Slack puts in each slash command."""
        key = f"r{next(self._ids)}"
        with self._lock:
            self.responses[key] = []
        return f"{self.base_url}/response/{key}"

    def posted_to(self, response_url: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.responses.get(response_url.rsplit("/", 1)[-1], []))

    def add_message(self, channel: str, user: str, text: str, thread_ts: str | None = None) -> str:
        """A message a person posted (so threads hold the askers' messages too); returns its ts."""
        with self._changed:
            message = SlackMessage(channel, self._ts(), text, user=user, thread_ts=thread_ts)
            self.messages.append(message)
            self._changed.notify_all()
            return message.ts

    def thread(self, channel: str, thread_ts: str) -> list[SlackMessage]:
        with self._lock:
            return [
                m
                for m in self.messages
                if m.channel == channel and (m.ts == thread_ts or m.thread_ts == thread_ts)
            ]

    def bot_messages(self) -> list[SlackMessage]:
        with self._lock:
            return [m for m in self.messages if m.bot_id]

    def calls(self, method: str) -> list[SlackRequest]:
        """The requests made to one Web API method (e.g. ``chat.postMessage``)."""
        with self._lock:
            return [r for r in self.requests if r.path == f"/api/{method}"]

    def wait_for(self, check: Callable[[], T], timeout: float = 10.0) -> T:
        """Poll ``check()`` until it returns something truthy; AssertionError after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            found = check()
            if found:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"the stand-in Slack did not receive what was expected in {timeout}s")
            with self._changed:
                self._changed.wait(0.02)

    # ---- serving ----

    def _ts(self) -> str:
        return f"{1_700_000_000 + next(self._clock)}.{next(self._clock):06d}"

    def _record(self, request: SlackRequest) -> None:
        with self._changed:
            self.requests.append(request)
            self._changed.notify_all()

    def _api(self, method: str, token: str | None, body: dict[str, Any]) -> dict[str, Any]:
        if token != self.bot_token:
            return {"ok": False, "error": "not_authed" if token is None else "invalid_auth"}
        if method == "auth.test":
            return {
                "ok": True,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "user": "kubequery",
                "team_id": "T1",
            }
        if method == "chat.postMessage":
            return self._post_message(body)
        if method == "conversations.replies":
            return self._replies(body)
        return {"ok": False, "error": "unknown_method"}

    def _post_message(self, body: dict[str, Any]) -> dict[str, Any]:
        channel, text, blocks = body.get("channel"), body.get("text"), _json_field(body.get("blocks"))
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not text and not blocks:
            return {"ok": False, "error": "no_text"}
        metadata = _json_field(body.get("metadata"))
        if metadata is not None and not (isinstance(metadata, dict) and metadata.get("event_type")):
            return {"ok": False, "error": "invalid_metadata_format"}
        with self._changed:
            message = SlackMessage(
                channel,
                self._ts(),
                text or "",
                bot_id=BOT_ID,
                user=BOT_USER_ID,
                thread_ts=body.get("thread_ts"),
                blocks=blocks or [],
                metadata=metadata,
            )
            self.messages.append(message)
            self._changed.notify_all()
        return {"ok": True, "channel": channel, "ts": message.ts, "message": message.as_api(True)}

    def _replies(self, body: dict[str, Any]) -> dict[str, Any]:
        channel, ts = body.get("channel"), body.get("ts")
        if not channel or not ts:
            return {"ok": False, "error": "invalid_arguments"}
        found = self.thread(channel, ts)
        if not found:
            return {"ok": False, "error": "thread_not_found"}
        include = str(body.get("include_all_metadata", "")).lower() in ("1", "true")
        found.sort(key=lambda m: float(m.ts))
        return {"ok": True, "messages": [m.as_api(include) for m in found], "has_more": False}


def _json_field(value: Any) -> Any:
    """Form-encoded calls carry blocks and metadata as JSON strings."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return value


def _handler(slack: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            self._handle()

        def do_POST(self) -> None:
            self._handle()

        def _handle(self) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body: dict[str, Any] = dict(parse_qsl(url.query))
            if raw:
                if (self.headers.get("Content-Type") or "").startswith("application/json"):
                    try:
                        body.update(json.loads(raw))
                    except ValueError:
                        return self._send(400, {"ok": False, "error": "invalid_json"})
                else:
                    body.update(parse_qsl(raw.decode()))
            auth = self.headers.get("Authorization") or ""
            token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else body.get("token")
            slack._record(SlackRequest(self.command, url.path, token, body))
            if url.path.startswith("/api/"):
                return self._send(200, slack._api(url.path[len("/api/") :], token, body))
            if url.path.startswith("/response/") and self.command == "POST":
                key = url.path.rsplit("/", 1)[-1]
                with slack._changed:
                    if key not in slack.responses:
                        return self._send(404, {"ok": False, "error": "expired_url"}, text="expired_url")
                    slack.responses[key].append(body)
                    slack._changed.notify_all()
                return self._send(200, {"ok": True}, text="ok")
            self._send(404, {"ok": False, "error": "not_found"})

        def _send(self, status: int, payload: dict[str, Any], text: str | None = None) -> None:
            data = (text if text is not None else json.dumps(payload)).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain" if text is not None else "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
