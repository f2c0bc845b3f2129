"""Slack: a slash command and @mentions, verified first, acknowledged at once, answered afterwards.

- Every request's signature (v0 HMAC of the raw body with the signing secret) is checked with
  slack_sdk's SignatureVerifier, and a timestamp more than 5 minutes off is refused, before the
  body is even parsed: 401, nothing run, nothing posted.
- Slack wants an answer within 3 seconds, so the endpoints only acknowledge; a small thread
  pool asks the question and posts the answer: to the slash command's ``response_url``
  (ephemeral: only the asker sees what their identity may list), or with ``chat.postMessage``
  in the mention's thread.
- Slack's retries (``X-Slack-Retry-Num``) are acknowledged and ignored, and the event ids (and
  slash commands' signatures) seen lately are remembered (in memory, per replica, bounded), so a
  replayed request is answered once.
- The Slack user must be mapped to a Kubernetes identity in the config; anyone else gets a
  polite refusal and nothing runs.
- A reply in a thread is a follow-up. Nothing is kept between requests: each answer is posted
  with message metadata ``kubequery_turn`` {question, sql}, and a follow-up reads the earlier
  turns back from the thread (``conversations.replies``), so any replica can answer it.
"""

from __future__ import annotations

import contextvars
import html
import json
import logging
import re
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from kubequery.ask import Declined
from kubequery.errors import KubequeryError
from kubequery.service import logs
from kubequery.service.core import service_hint
from kubequery.service.identity import name_of
from kubequery.service.slack_blocks import answer_blocks, escape, plural
from kubequery.translate.base import Turn

log = logging.getLogger("kubequery.service.slack")

MAX_AGE = 5 * 60  # seconds a request's timestamp may be off
MAX_BODY = 256 * 1024  # Slack's payloads are a few KB
TURN_EVENT = "kubequery_turn"  # message metadata event_type carrying {question, sql}
KEEP_TURNS = 6  # earlier turns of a thread given to a follow-up
WORKERS = 8

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")
_NAMESPACE = re.compile(r"^(?:-n|--namespace)[ =](\S+)\s+")


def make_slack_router(service: Any, settings: Any, *, workers: int = WORKERS) -> APIRouter:
    """POST /slack/commands (slash command) and POST /slack/events (Events API) for `service`.

    `settings` is the config's `slack` section (signing_secret, bot_token, api_url, users);
    `service` answers with ``answer(identity, question, turns, namespace=None)`` and maps
    Slack users with ``identity_for_slack_user(user_id)``.
    """
    bot = SlackBot(service, settings, workers=workers)
    router = APIRouter(prefix="/slack", tags=["slack"])

    @router.post("/commands", summary="Slack slash command (form-encoded, signed by Slack)")
    async def commands(request: Request) -> Response:
        body, refused = await bot.verified_body(request)
        if refused is not None:
            return refused
        if not bot.commands.first_time(request.headers["x-slack-signature"]):
            log.info("slack: a replayed slash command (same signature), not answered again")
            return Response(status_code=200)
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return JSONResponse(bot.command(form, request))

    @router.post("/events", summary="Slack Events API: url_verification and app_mention (signed by Slack)")
    async def events(request: Request) -> Response:
        body, refused = await bot.verified_body(request)
        if refused is not None:
            return refused
        try:
            payload = json.loads(body)
        except ValueError:
            return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        if not isinstance(payload, dict):
            return JSONResponse({"error": "the body is not a JSON object"}, status_code=400)
        if payload.get("type") == "url_verification":
            return JSONResponse({"challenge": str(payload.get("challenge", ""))})
        if request.headers.get("x-slack-retry-num"):
            # Acknowledged within 3 s the first time; a retry would answer twice.
            log.info(
                "slack: ignoring retry %s of %s",
                request.headers["x-slack-retry-num"],
                payload.get("event_id"),
            )
            return Response(status_code=200, headers={"X-Slack-No-Retry": "1"})
        bot.event(payload, request)
        return Response(status_code=200)

    return router


class RecentIds:
    """Ids seen in the last `ttl` seconds, at most `size` of them (in memory, per replica)."""

    def __init__(self, size: int = 10_000, ttl: float = 3600.0) -> None:
        self.size, self.ttl = size, ttl
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            while self._seen and next(iter(self._seen.values())) < now - self.ttl:
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            while len(self._seen) >= self.size:
                self._seen.popitem(last=False)
            self._seen[key] = now
            return True


class SlackBot:
    """What the two endpoints do; the work runs in a thread pool after the acknowledgement."""

    def __init__(self, service: Any, settings: Any, *, workers: int = WORKERS) -> None:
        self.service = service
        self.settings = settings
        self.verifier = SignatureVerifier(settings.signing_secret)
        self.web = (
            WebClient(token=settings.bot_token, base_url=_slash(settings.api_url), timeout=15)
            if settings.bot_token
            else None
        )
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="slack")
        self.events = RecentIds()  # event_ids answered lately
        self.commands = RecentIds(ttl=2 * MAX_AGE)  # slash commands' signatures: a replay is identical
        self._bot_id: str | None = None

    # ---- verification, before anything else ----

    async def verified_body(self, request: Request) -> tuple[bytes, Response | None]:
        """The raw body, or a refusal: too big (413), unsigned, forged or stale (401)."""
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY:
            return b"", JSONResponse({"error": "request too large"}, status_code=413)
        body = await request.body()
        if len(body) > MAX_BODY:
            return b"", JSONResponse({"error": "request too large"}, status_code=413)
        problem = self.check_signature(body, request.headers)
        if problem:
            self.count_error("slack_signature")
            log.warning(
                "slack: refused %s from %s: %s",
                request.url.path,
                request.client.host if request.client else "?",
                problem,
            )
            return b"", JSONResponse({"error": problem}, status_code=401)
        return body, None

    def check_signature(self, body: bytes, headers: Any) -> str | None:
        """Why the request is not from Slack, or None when it is."""
        timestamp = headers.get("x-slack-request-timestamp")
        signature = headers.get("x-slack-signature")
        if not timestamp or not signature:
            return "missing Slack signature headers"
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return "malformed Slack request timestamp"
        if age > MAX_AGE:
            return "stale Slack request timestamp (more than 5 minutes off)"
        if not self.verifier.is_valid(body=body, timestamp=timestamp, signature=signature):
            return "invalid Slack signature"
        return None

    # ---- slash command ----

    def command(self, form: dict[str, str], request: Request | None = None) -> dict[str, Any]:
        """The immediate reply to a slash command; the answer follows on its response_url."""
        user_id, text = form.get("user_id", ""), _clean(form.get("text", ""))
        response_url = form.get("response_url", "")
        name = form.get("command") or "/kq"
        if not text or text.lower() in ("help", "-h", "--help"):
            return _ephemeral(_help(name))
        identity = self.identity(user_id, request)
        if identity is None:
            log.info("slack: refused unknown user %s", user_id)
            return _ephemeral(_unknown_user(user_id))
        if not response_url:
            return _ephemeral("Slack sent no response_url, so there is nowhere to post the answer.")
        namespace, question = _namespace(text)
        self._submit(self._answer_command, identity, user_id, question, namespace, response_url)
        return _ephemeral(f"Looking into _{escape(question)}_ …")

    def _answer_command(
        self,
        identity: Any,
        user_id: str,
        question: str,
        namespace: str | None,
        response_url: str,
    ) -> None:
        text, blocks, _ = self.reply(identity, user_id, question, (), namespace)
        try:
            sent = WebhookClient(response_url, timeout=15).send(
                text=text, blocks=blocks, response_type="ephemeral", replace_original=False
            )
            if sent.status_code != 200:
                log.warning("slack: response_url answered %s: %s", sent.status_code, sent.body[:200])
        except (OSError, SlackClientError) as e:
            log.warning("slack: could not post to the response_url: %s", e)

    # ---- events ----

    def event(self, payload: dict[str, Any], request: Request | None = None) -> None:
        """Take an event_callback: an app_mention is answered (once) in its thread; the rest ignored."""
        if payload.get("type") != "event_callback":
            return
        event = payload.get("event") or {}
        if event.get("type") != "app_mention" or event.get("bot_id") or not event.get("user"):
            return
        event_id = str(payload.get("event_id") or f"{event.get('channel')}:{event.get('ts')}")
        if not self.events.first_time(event_id):
            log.info("slack: event %s seen already, not answering it again", event_id)
            return
        identity = self.identity(event["user"], request)
        if self.web is None:
            log.warning("slack: an app_mention arrived but slack.bot_token is not set; not answered")
            return
        self._submit(self._answer_mention, identity, event, _bot_user(payload))

    def _answer_mention(self, identity: Any, event: dict[str, Any], bot_user: str | None) -> None:
        assert self.web is not None
        channel, user_id = event.get("channel", ""), event.get("user", "")
        thread_ts = event.get("thread_ts") or event.get("ts")
        text = _clean(event.get("text", ""), bot_user)
        metadata = None
        if identity is None:
            log.info("slack: refused unknown user %s", user_id)
            out, blocks = _unknown_user(user_id), None
        elif not text or text.lower() == "help":
            out, blocks = _help(f"<@{bot_user}>" if bot_user else "@kubequery"), None
        else:
            namespace, question = _namespace(text)
            turns = (
                self.thread_turns(channel, event.get("thread_ts"), event.get("ts"))
                if event.get("thread_ts")
                else ()
            )
            out, blocks, turn = self.reply(identity, user_id, question, turns, namespace)
            if turn is not None:
                metadata = {
                    "event_type": TURN_EVENT,
                    "event_payload": {"question": turn.question, "sql": turn.sql},
                }
        try:
            self.web.chat_postMessage(
                channel=channel,
                thread_ts=thread_ts,
                text=out,
                blocks=blocks,
                metadata=metadata,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as e:
            log.warning("slack: chat.postMessage failed: %s", e.response.get("error"))
        except (OSError, SlackClientError) as e:
            log.warning("slack: chat.postMessage failed: %s", e)

    def thread_turns(self, channel: str, thread_ts: str, before_ts: str | None = None) -> tuple[Turn, ...]:
        """The earlier questions answered in a thread (from our answers' metadata), oldest first."""
        assert self.web is not None
        turns: list[Turn] = []
        try:
            bot_id = self.bot_id()
            cursor = None
            while True:
                page = self.web.conversations_replies(
                    channel=channel, ts=thread_ts, include_all_metadata=True, limit=200, cursor=cursor
                )
                for message in page.get("messages") or ():
                    meta = message.get("metadata") or {}
                    payload = meta.get("event_payload") or {}
                    if (
                        meta.get("event_type") == TURN_EVENT
                        and message.get("bot_id")
                        and (bot_id is None or message.get("bot_id") == bot_id)
                        and (before_ts is None or float(message.get("ts", 0)) < float(before_ts))
                        and isinstance(payload.get("question"), str)
                        and isinstance(payload.get("sql"), str)
                    ):
                        turns.append(Turn(payload["question"], payload["sql"]))
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
        except (SlackApiError, SlackClientError, OSError, ValueError) as e:
            log.warning("slack: could not read the thread's earlier turns: %s", e)
        return tuple(turns[-KEEP_TURNS:])

    def bot_id(self) -> str | None:
        """Our bot's id (auth.test, once), so only our own answers count as earlier turns."""
        if self._bot_id is None and self.web is not None:
            try:
                self._bot_id = self.web.auth_test().get("bot_id")
            except (SlackApiError, SlackClientError, OSError) as e:
                log.warning("slack: auth.test failed: %s", e)
        return self._bot_id

    # ---- asking ----

    def identity(self, user_id: str, request: Request | None = None) -> Any:
        """The Kubernetes identity of a Slack user, or None when they are not in the config."""
        identity = None
        if user_id:
            try:
                identity = self.service.identity_for_slack_user(user_id)
            except (KubequeryError, LookupError):
                identity = None
        if request is not None:  # for the access log line
            request.state.user = name_of(identity) if identity is not None else f"slack:{user_id}"
        return identity

    def count_error(self, error: Exception | str) -> None:
        """Count an error by kind in the service's metrics (as the JSON API counts its own)."""
        metrics = getattr(self.service, "metrics", None)
        if metrics is None:
            return
        from kubequery.service.app import classify
        from kubequery.service.limits import RateLimited

        if isinstance(error, RateLimited):
            metrics.rate_limited.inc()
        metrics.errors.labels(error if isinstance(error, str) else classify(error)[0]).inc()

    def _submit(self, work: Any, *args: Any) -> None:
        """Run `work` after the acknowledgement, keeping the request id for its log lines."""
        self.pool.submit(contextvars.copy_context().run, work, *args)

    def reply(
        self,
        identity: Any,
        user_id: str,
        question: str,
        turns: tuple[Turn, ...],
        namespace: str | None,
    ) -> tuple[str, list[dict[str, Any]] | None, Turn | None]:
        """(fallback text, blocks, the turn to remember) for one question."""
        started = time.perf_counter()
        who = name_of(identity)
        logs.asker.set(who)
        try:
            limiter = getattr(self.service, "limiter", None)
            if limiter is not None:
                limiter.take(who)  # the same bucket as the asker's API requests
            answer = self.service.answer(identity, question, turns, namespace=namespace)
        except Declined as e:
            self.count_error(e)
            log.info("slack: declined for %s: %s", user_id, e.message)
            return f":no_entry: {escape(e.message)}", None, None
        except KubequeryError as e:
            self.count_error(e)
            log.info("slack: %s for %s: %s", type(e).__name__, user_id, e.message)
            hint = f"\n_{escape(service_hint(e.hint))}_" if e.hint else ""
            return f":warning: {escape(e.message)}{hint}", None, None
        except Exception as e:
            self.count_error(e)
            log.exception("slack: answering %r for %s failed", question, user_id)
            return (
                ":warning: Something went wrong while answering; the service log has the details.",
                None,
                None,
            )
        log.info("slack: answered %s in %.0f ms", user_id, (time.perf_counter() - started) * 1000)
        return (
            f"{question}: {plural(len(answer.result.rows), 'row')}",
            answer_blocks(answer),
            Turn(answer.question, answer.sql),
        )


# ---- the text people send ----


def _clean(text: str, bot_user: str | None = None) -> str:
    """What was asked: the bot's mention removed, Slack's links and escapes undone, code fences dropped."""
    if bot_user:
        text = re.sub(rf"<@{re.escape(bot_user)}(?:\|[^>]*)?>", " ", text)
    else:
        text = re.sub(rf"^\s*{_MENTION.pattern}", " ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = html.unescape(text).replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2018", "'").replace("\u2019", "'")
    text = text.strip()
    for fence in ("```", "`"):
        if len(text) > 2 * len(fence) and text.startswith(fence) and text.endswith(fence):
            text = text[len(fence) : -len(fence)].strip()
            break
    return " ".join(text.split()) if "\n" not in text else text


def _namespace(text: str) -> tuple[str | None, str]:
    """`-n payments which pods…` asks in namespace payments."""
    found = _NAMESPACE.match(text)
    return (found.group(1), text[found.end() :]) if found else (None, text)


def _bot_user(payload: dict[str, Any]) -> str | None:
    for auth in payload.get("authorizations") or ():
        if auth.get("is_bot") and auth.get("user_id"):
            return str(auth["user_id"])
    return None


def _slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"


def _ephemeral(text: str) -> dict[str, Any]:
    return {"response_type": "ephemeral", "text": text}


def _unknown_user(user_id: str) -> str:
    return (
        f"Sorry <@{user_id}>, I don't know which Kubernetes identity you are, so I can't answer. "
        "Ask whoever runs kubequery to add your Slack user id to `slack.users` in its config."
    )


def _help(name: str) -> str:
    return (
        f"Ask about the cluster in plain language or SQL, e.g. `{name} which pods are crashlooping?` "
        f"or `{name} SELECT namespace, count(*) FROM pods GROUP BY 1`. `-n NAMESPACE` first to ask "
        "about one namespace. Answers come from what your own Kubernetes identity may list; "
        "kubequery only reads."
    )
