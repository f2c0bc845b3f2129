"""The Slack bot over HTTP: the service on 127.0.0.1 (demo cluster) and a stand-in Slack on 127.0.0.1.

Requests are signed as Slack signs them (slack_sdk's SignatureVerifier); the bot answers with
real slack_sdk clients (WebClient, WebhookClient) pointed at the stand-in, which records what
it receives.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import time
from urllib.parse import urlencode

import httpx
import pytest
from slack_sdk.signature import SignatureVerifier

from kubequery.kube.client import Identity
from kubequery.service.app import create_app
from kubequery.service.config import LimitSettings, Settings, SlackSettings
from kubequery.service.core import Service
from kubequery.service.slack import RecentIds, _clean
from kubequery.service.slack_blocks import format_table
from kubequery.service.testing import serve_app
from kubequery.testserver.slack import BOT_USER_ID, FakeSlack

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0PLATFORM"
_ids = itertools.count(1)


# ---- the service, its Slack settings, and a record of what it was asked ----


class Running:
    def __init__(self, url: str, asked: list) -> None:
        self.url = url
        self.asked = asked  # (user, question, turns as tuples) for every answer() call


USERS = {"UALICE": Identity("alice", ("dev",)), "UBOB": Identity("bob")}


@contextlib.contextmanager
def start_service(slack: FakeSlack, users: dict = USERS, limits: LimitSettings | None = None, **source):
    """The whole app (create_app) on 127.0.0.1 with Slack pointed at the stand-in; the demo cluster
    unless `source` says otherwise (e.g. kubeconfig=..., context=...)."""
    settings = Settings(
        **(source or {"demo": True}),
        slack=SlackSettings(
            signing_secret=SECRET, bot_token=slack.bot_token, api_url=slack.api_url, users=users
        ),
        limits=limits or LimitSettings(rate_per_minute=6000, burst=1000),
    )
    service = Service(settings)
    asked: list = []
    real_answer = service.answer

    def answer(identity, question, turns=(), namespace=None):
        asked.append((identity.user, question, tuple((t.question, t.sql) for t in turns)))
        return real_answer(identity, question, turns, namespace=namespace)

    service.answer = answer
    with serve_app(create_app(settings, service=service)) as url:
        yield Running(url, asked)


# ---- fixtures: one service and one stand-in Slack for the module, records reset per test ----


@pytest.fixture(scope="module")
def slack_module():
    with FakeSlack() as fake:
        yield fake


@pytest.fixture(scope="module")
def service_module(slack_module):
    with start_service(slack_module) as running:
        yield running


@pytest.fixture
def slack(slack_module):
    slack_module.reset()
    return slack_module


@pytest.fixture
def service(service_module, slack):
    service_module.asked.clear()
    return service_module


@pytest.fixture
def client(service):
    with httpx.Client(base_url=service.url, timeout=10) as c:
        yield c


# ---- signing and sending as Slack does ----


def signed(body: bytes, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


def command_body(text: str, response_url: str, user: str = "UALICE") -> bytes:
    return urlencode(
        {
            "token": "deprecated-verification-token",
            "team_id": "T1",
            "channel_id": CHANNEL,
            "user_id": user,
            "command": "/kq",
            "text": text,
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    ).encode()


def send_command(client: httpx.Client, body: bytes, **sign) -> httpx.Response:
    headers = {"Content-Type": "application/x-www-form-urlencoded", **signed(body, **sign)}
    return client.post("/slack/commands", content=body, headers=headers)


def mention_payload(
    text: str, ts: str, user: str = "UALICE", thread_ts: str | None = None, event_id: str | None = None
) -> dict:
    event = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": ts,
        "channel": CHANNEL,
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return {
        "token": "deprecated-verification-token",
        "team_id": "T1",
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": "T1", "user_id": BOT_USER_ID, "is_bot": True}],
        "event": event,
    }


def send_event(client: httpx.Client, payload: dict, headers: dict | None = None, **sign) -> httpx.Response:
    body = json.dumps(payload).encode()
    return client.post(
        "/slack/events",
        content=body,
        headers={"Content-Type": "application/json", **signed(body, **sign), **(headers or {})},
    )


def mention(
    slack: FakeSlack,
    client: httpx.Client,
    text: str,
    user: str = "UALICE",
    thread_ts: str | None = None,
    **kw,
) -> tuple[str, httpx.Response]:
    """A person's message mentioning the bot, as Slack stores and delivers it; returns its ts."""
    ts = slack.add_message(CHANNEL, user, f"<@{BOT_USER_ID}> {text}", thread_ts=thread_ts)
    return ts, send_event(client, mention_payload(text, ts, user, thread_ts, **kw))


def answers_in(slack: FakeSlack, thread_ts: str, count: int = 1):
    def found():
        posted = [m for m in slack.bot_messages() if m.thread_ts == thread_ts]
        return posted if len(posted) >= count else None

    return slack.wait_for(found, timeout=10)


def texts(blocks: list[dict]) -> str:
    out = []
    for block in blocks:
        if "text" in block:
            out.append(block["text"]["text"])
        out.extend(e.get("text", "") for e in block.get("elements", ()))
    return "\n".join(out)


def quiet_for(slack: FakeSlack, seconds: float = 0.5) -> None:
    """Give a wrongly started background job the time to show itself."""
    time.sleep(seconds)


# ---- verification first ----


def test_openapi_lists_the_slack_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/slack/commands", "/slack/events", "/api/ask"} <= set(paths)


def test_url_verification(client):
    r = send_event(
        client,
        {
            "token": "x",
            "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification",
        },
    )
    assert r.status_code == 200
    assert r.json() == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}


def metric(client: httpx.Client, name: str) -> float:
    for line in client.get("/metrics").text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


REFUSED = 'kubequery_errors_total{kind="slack_signature"}'
RAN = 'kubequery_stage_seconds_count{stage="total"}'


def test_forged_signature_refused_with_nothing_run_or_posted(client, slack, service):
    refused, ran = metric(client, REFUSED), metric(client, RAN)
    url = slack.response_url()
    body = command_body("which pods are crashlooping?", url)
    r = send_command(client, body, secret="not-the-signing-secret")
    assert r.status_code == 401
    # Signed, then altered: the signature covers the raw body.
    headers = {"Content-Type": "application/x-www-form-urlencoded", **signed(body)}
    r = client.post("/slack/commands", content=body.replace(b"crashlooping", b"pending"), headers=headers)
    assert r.status_code == 401
    r = client.post(
        "/slack/commands", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert r.status_code == 401
    ts = slack.add_message(CHANNEL, "UALICE", "hi")
    r = send_event(client, mention_payload("which pods are crashlooping?", ts), secret="forged")
    assert r.status_code == 401
    r = send_event(client, {"type": "url_verification", "challenge": "c"}, secret="forged")
    assert r.status_code == 401
    quiet_for(slack)
    assert service.asked == []
    assert slack.requests == []
    assert metric(client, REFUSED) == refused + 5 and metric(client, RAN) == ran


def test_stale_timestamp_refused(client, slack, service):
    refused, ran = metric(client, REFUSED), metric(client, RAN)
    url = slack.response_url()
    six_minutes_ago = int(time.time()) - 6 * 60
    r = send_command(client, command_body("which pods are crashlooping?", url), timestamp=six_minutes_ago)
    assert r.status_code == 401
    assert "stale" in r.json()["error"]
    ts = slack.add_message(CHANNEL, "UALICE", "hi")
    r = send_event(client, mention_payload("how many pods", ts), timestamp=six_minutes_ago)
    assert r.status_code == 401
    r = send_event(client, mention_payload("how many pods", ts), timestamp=int(time.time()) + 6 * 60)
    assert r.status_code == 401
    r = send_command(client, command_body("how many pods", url), timestamp="soon")  # type: ignore[arg-type]
    assert r.status_code == 401
    quiet_for(slack)
    assert service.asked == []
    assert slack.requests == []
    assert metric(client, REFUSED) == refused + 4 and metric(client, RAN) == ran


def test_replayed_event_answered_once(client, slack, service):
    ts = slack.add_message(CHANNEL, "UALICE", "how many pods")
    payload = mention_payload("how many pods", ts, event_id="EvREPLAYED")
    assert send_event(client, payload).status_code == 200
    assert send_event(client, payload).status_code == 200  # the same event again, freshly signed
    retry = send_event(
        client, payload, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert retry.status_code == 200
    assert retry.headers.get("x-slack-no-retry") == "1"
    answers_in(slack, ts)
    quiet_for(slack)
    assert len(slack.calls("chat.postMessage")) == 1
    assert len(service.asked) == 1


def test_rate_limit_applies_through_slack(slack):
    """The asker's bucket is the same for Slack as for the API: over it, a polite refusal, nothing run."""
    with (
        start_service(slack, limits=LimitSettings(rate_per_minute=1, burst=1)) as running,
        httpx.Client(base_url=running.url, timeout=10) as client,
    ):
        first, second = slack.response_url(), slack.response_url()
        assert send_command(client, command_body("how many pods", first)).status_code == 200
        slack.wait_for(lambda: slack.posted_to(first))
        assert send_command(client, command_body("how many nodes", second)).status_code == 200
        refusal = slack.wait_for(lambda: slack.posted_to(second))[0]
        assert refusal["text"].startswith(":warning: too many requests from alice")
        assert "try again in" in refusal["text"]
        assert [a[1] for a in running.asked] == ["how many pods"]
        assert metric(client, "kubequery_rate_limited_total") == 1
        assert metric(client, 'kubequery_errors_total{kind="rate_limited"}') == 1


def test_replayed_slash_command_answered_once(client, slack, service):
    url = slack.response_url()
    body = command_body("how many pods", url)
    headers = {"Content-Type": "application/x-www-form-urlencoded", **signed(body)}
    assert client.post("/slack/commands", content=body, headers=headers).status_code == 200
    replay = client.post("/slack/commands", content=body, headers=headers)  # byte for byte
    assert replay.status_code == 200 and not replay.content
    slack.wait_for(lambda: slack.posted_to(url))
    quiet_for(slack)
    assert len(slack.posted_to(url)) == 1
    assert len(service.asked) == 1


def test_slack_retry_of_an_unseen_event_is_not_answered(client, slack, service):
    ts = slack.add_message(CHANNEL, "UALICE", "how many pods")
    r = send_event(client, mention_payload("how many pods", ts), headers={"X-Slack-Retry-Num": "2"})
    assert r.status_code == 200
    quiet_for(slack)
    assert service.asked == []
    assert slack.calls("chat.postMessage") == []


# ---- the slash command ----


def test_slash_command_end_to_end(client, slack, service):
    url = slack.response_url()
    started = time.perf_counter()
    r = send_command(client, command_body("which pods are crashlooping?", url))
    acked = time.perf_counter() - started
    assert r.status_code == 200
    assert acked < 2.0  # Slack gives up after 3 s
    assert r.json()["response_type"] == "ephemeral"
    assert "which pods are crashlooping?" in r.json()["text"]

    posted = slack.wait_for(lambda: slack.posted_to(url))
    assert len(posted) == 1
    message = posted[0]
    assert message["response_type"] == "ephemeral"
    shown = texts(message["blocks"])
    assert "which pods are crashlooping?" in shown
    assert "```SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'```" in shown
    table = message["blocks"][2]["text"]["text"].strip("`").splitlines()
    assert table[0].split() == ["namespace", "name"]
    assert len(table) == 1 + 3
    assert "3 rows" in shown
    assert service.asked == [("alice", "which pods are crashlooping?", ())]


def test_slash_command_sql_and_namespace(client, slack, service):
    url = slack.response_url()
    r = send_command(
        client, command_body("-n payments SELECT count(*) AS n FROM pods WHERE restarts &gt; 0", url)
    )
    assert r.status_code == 200
    message = slack.wait_for(lambda: slack.posted_to(url))[0]
    assert "restarts &gt; 0" in texts(message["blocks"])  # escaped for Slack again
    assert service.asked[0][1] == "SELECT count(*) AS n FROM pods WHERE restarts > 0"


def test_slash_command_help(client, slack, service):
    r = send_command(client, command_body("", slack.response_url()))
    assert r.status_code == 200
    assert "which pods are crashlooping" in r.json()["text"]
    assert service.asked == []


def test_unknown_user_refused_politely(client, slack, service):
    url = slack.response_url()
    r = send_command(client, command_body("which pods are crashlooping?", url, user="USTRANGER"))
    assert r.status_code == 200
    assert r.json()["response_type"] == "ephemeral"
    assert "Sorry <@USTRANGER>" in r.json()["text"]
    assert "slack.users" in r.json()["text"]

    ts, r = mention(slack, client, "which pods are crashlooping?", user="USTRANGER")
    assert r.status_code == 200
    refusal = answers_in(slack, ts)[0]
    assert "Sorry <@USTRANGER>" in refusal.text
    assert refusal.metadata is None
    quiet_for(slack, 0.2)
    assert slack.posted_to(url) == []
    assert service.asked == []


def test_mutation_declined_politely(client, slack, service):
    url = slack.response_url()
    send_command(client, command_body("delete the failed pods", url))
    message = slack.wait_for(lambda: slack.posted_to(url))[0]
    assert "read-only" in message["text"]
    assert "blocks" not in message or not message["blocks"]
    assert "Traceback" not in message["text"]

    ts, _ = mention(slack, client, "delete the failed pods")
    reply = answers_in(slack, ts)[0]
    assert "read-only" in reply.text
    assert reply.metadata is None  # a decline is not a turn to build on


def test_query_error_posted_plainly(client, slack):
    url = slack.response_url()
    send_command(client, command_body("SELECT nope FROM pods", url))
    message = slack.wait_for(lambda: slack.posted_to(url))[0]
    assert message["text"].startswith(":warning:")
    assert "nope" in message["text"]


def test_long_answer_truncated_with_a_count(client, slack):
    url = slack.response_url()
    send_command(
        client, command_body("SELECT namespace, name, status, node FROM pods ORDER BY namespace, name", url)
    )
    message = slack.wait_for(lambda: slack.posted_to(url))[0]
    table = message["blocks"][2]["text"]["text"]
    assert len(table) <= 3000
    shown = len(table.strip("`").splitlines()) - 1
    assert shown == 20
    notes = message["blocks"][3]["elements"][0]["text"]
    assert "450 rows" in notes
    assert f"… and {450 - shown} more rows" in notes
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in message["blocks"])


# ---- mentions and threads ----


def test_app_mention_answered_in_its_thread(client, slack, service):
    started = time.perf_counter()
    ts, r = mention(slack, client, "which pods are crashlooping?")
    assert r.status_code == 200
    assert time.perf_counter() - started < 2.0
    reply = answers_in(slack, ts)[0]
    assert reply.channel == CHANNEL
    assert reply.thread_ts == ts
    shown = texts(reply.blocks)
    assert "LIKE '%CrashLoopBackOff'" in shown
    assert f"<@{BOT_USER_ID}>" not in shown  # the mention is not part of the question
    assert reply.metadata == {
        "event_type": "kubequery_turn",
        "event_payload": {
            "question": "which pods are crashlooping?",
            "sql": "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'",
        },
    }
    post = slack.calls("chat.postMessage")[0]
    assert post.token == slack.bot_token


def test_thread_reply_is_a_follow_up(client, slack, service):
    ts, _ = mention(slack, client, "which pods are crashlooping?")
    answers_in(slack, ts)
    slack.add_message(CHANNEL, "UBOB", "interesting", thread_ts=ts)  # chatter in the thread is skipped
    reply_ts, _ = mention(slack, client, "how many?", thread_ts=ts)
    second = answers_in(slack, ts, count=2)[1]
    assert second.thread_ts == ts
    assert "SELECT COUNT(*) FROM pods WHERE status LIKE '%CrashLoopBackOff'" in texts(second.blocks)
    assert [a[1:] for a in service.asked] == [
        ("which pods are crashlooping?", ()),
        (
            "how many?",
            (
                (
                    "which pods are crashlooping?",
                    "SELECT namespace, name FROM pods WHERE status LIKE '%CrashLoopBackOff'",
                ),
            ),
        ),
    ]
    replies = slack.calls("conversations.replies")
    assert replies and replies[0].body["ts"] == ts
    assert replies[0].body["include_all_metadata"] in ("1", "true", True)


def test_a_new_thread_starts_afresh(client, slack, service):
    ts, _ = mention(slack, client, "which pods are crashlooping?")
    answers_in(slack, ts)
    other, _ = mention(slack, client, "how many pods")
    answers_in(slack, other)
    assert service.asked[1][2] == ()
    assert slack.calls("conversations.replies") == []


# ---- the pieces, without HTTP ----


def test_table_is_compact_and_bounded():
    rows = [("payments", f"api-{i}", None, True, 0.25) for i in range(50)]
    text, shown = format_table(["namespace", "name", "node", "ready", "cpu"], rows, max_rows=20)
    lines = text.splitlines()
    assert shown == 20 and len(lines) == 21
    assert lines[0].split() == ["namespace", "name", "node", "ready", "cpu"]
    assert lines[1].split() == ["payments", "api-0", "true", "0.25"]
    text, shown = format_table(["name"], [("x" * 100,)] * 50, max_rows=50, max_chars=500)
    assert len(text) <= 500 and shown == 12  # cells cut to 40 characters, lines until the budget
    assert format_table(["n"], []) == ("(no rows)", 0)


def test_question_text_cleaned():
    bot = BOT_USER_ID
    assert _clean(f"<@{bot}> which pods are crashlooping?", bot) == "which pods are crashlooping?"
    assert _clean(f"<@{bot}|kubequery>   SELECT name FROM pods WHERE restarts &gt; 3 &amp;&amp; 1", bot) == (
        "SELECT name FROM pods WHERE restarts > 3 && 1"
    )
    assert _clean(f"<@{bot}> ```SELECT count(*) FROM pods```", bot) == "SELECT count(*) FROM pods"
    assert (
        _clean("pods with label <http://app.kubernetes.io|app.kubernetes.io>")
        == "pods with label app.kubernetes.io"
    )
    assert _clean(f"<@{bot}> who is <@UOTHER>?", bot) == "who is <@UOTHER>?"
    assert _clean("name = \u2018web\u2019") == "name = 'web'"


def test_recent_ids_are_bounded():
    seen = RecentIds(size=3, ttl=60)
    assert all(seen.first_time(k) for k in "abc")
    assert not seen.first_time("a")
    assert seen.first_time("d")  # evicts the oldest ("a")
    assert seen.first_time("a")
    assert not seen.first_time("d")
