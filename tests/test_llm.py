"""The LLM translator over HTTP, through the real openai client, against a stand-in
OpenAI-compatible server on 127.0.0.1 that answers scripted replies and records requests."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kubequery.translate.llm import (
    LLMAuthError,
    LLMConfig,
    LLMConfigError,
    LLMTranslator,
    LLMUnavailableError,
    Translation,
    extract_sql,
)


class FakeLLM:
    """POST /v1/chat/completions → the next scripted reply (text, or (status, body), or ("sleep", s, text))."""

    def __init__(self, replies: list) -> None:
        self.replies = list(replies)
        self.requests: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
                reply = outer.replies.pop(0) if outer.replies else "SELECT name FROM pods"
                status = 200
                if isinstance(reply, tuple) and reply[0] == "sleep":
                    time.sleep(reply[1])
                    reply = reply[2]
                if isinstance(reply, tuple):
                    status, payload = reply
                else:
                    payload = {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body["model"],
                        "choices": [
                            {"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}
                        ],
                        "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110},
                    }
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake():
    servers: list[FakeLLM] = []

    def start(*replies):
        server = FakeLLM(list(replies))
        servers.append(server)
        return server

    yield start
    for s in servers:
        s.close()


class Ctx:
    def __init__(self, catalog, namespace=None, conversation=()):
        self.catalog = catalog
        self.namespace = namespace
        self.conversation = conversation
        self.now = datetime(2024, 5, 1, tzinfo=UTC)
        self.case_id = None


def make(server, **kw) -> LLMTranslator:
    kw.setdefault("timeout", 5)
    return LLMTranslator(base_url=server.url if server else kw.pop("url"), api_key="sk-test", model="test-model",
                         max_retries=0, **kw)


def test_good_sql(fake, catalog):
    server = fake("```sql\nSELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'\n```")
    t = make(server).translate("which pods are crashlooping?", context=Ctx(catalog))
    assert t.sql == "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'"
    assert not t.declined and t.repairs == 0
    assert (t.tokens_in, t.tokens_out) == (100, 10)
    req = server.requests[0]
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer sk-test"
    assert req["body"]["model"] == "test-model"
    assert "which pods are crashlooping?" in req["body"]["messages"][-1]["content"]


def test_sql_in_prose_and_fences(fake, catalog):
    reply = (
        "Sure! To find them you can run:\n\n```sql\nSELECT name\nFROM pods\nWHERE namespace = 'payments';\n```\n\n"
        "This lists every pod in payments."
    )
    t = make(fake(reply)).translate("pods in payments", context=Ctx(catalog))
    assert t.sql == "SELECT name\nFROM pods\nWHERE namespace = 'payments'"


@pytest.mark.parametrize(
    "reply, sql",
    [
        ("Here it is: SELECT name FROM nodes WHERE unschedulable.", "SELECT name FROM nodes WHERE unschedulable"),
        ("SELECT name FROM nodes WHERE unschedulable\n\nIt lists the cordoned nodes.",
         "SELECT name FROM nodes WHERE unschedulable"),
        ("```\nSELECT count(*) FROM pods\n```", "SELECT count(*) FROM pods"),
        ("Option 1:\n```sql\nSELEC oops\n```\nOption 2:\n```sql\nSELECT count(*) FROM nodes\n```",
         "SELECT count(*) FROM nodes"),
    ],
)
def test_extract_sql_shapes(reply, sql):
    assert extract_sql(reply).sql == sql


def test_several_statements_are_repaired(fake, catalog):
    server = fake("```sql\nSELECT name FROM pods; SELECT name FROM nodes;\n```", "```sql\nSELECT name FROM nodes\n```")
    t = make(server).translate("nodes", context=Ctx(catalog))
    assert t.sql == "SELECT name FROM nodes" and t.repairs == 1
    assert "several statements" in server.requests[1]["body"]["messages"][-1]["content"]


def test_repair_after_compile_error(fake, catalog):
    server = fake("```sql\nSELECT name, restart_count FROM pods\n```", "```sql\nSELECT name, restarts FROM pods\n```")
    t = make(server).translate("pods and their restarts", context=Ctx(catalog))
    assert t.sql == "SELECT name, restarts FROM pods" and t.repairs == 1
    assert (t.tokens_in, t.tokens_out) == (200, 20)
    sent = server.requests[1]["body"]["messages"]
    assert sent[-2] == {"role": "assistant", "content": "```sql\nSELECT name, restart_count FROM pods\n```"}
    assert "unknown column 'restart_count' in pods" in sent[-1]["content"]
    assert "restarts" in sent[-1]["content"]  # the suggestion went back too


def test_repair_after_execution_error(fake, catalog, demo_engine):
    bad = "SELECT name FROM pods WHERE restarts > 'many'"  # compiles, DuckDB cannot cast it
    server = fake(f"```sql\n{bad}\n```", "```sql\nSELECT name FROM pods WHERE restarts > 3\n```")
    t = make(server, engine=demo_engine).translate("pods with many restarts", context=Ctx(catalog))
    assert t.sql == "SELECT name FROM pods WHERE restarts > 3" and t.repairs == 1
    assert "many" in server.requests[1]["body"]["messages"][-1]["content"]
    assert bad in server.requests[1]["body"]["messages"][-1]["content"]


def test_repairs_are_bounded(fake, catalog):
    server = fake(*["SELECT nope FROM pods"] * 5)
    t = make(server, max_repairs=2).translate("pods", context=Ctx(catalog))
    assert t.sql is None and not t.declined and t.repairs == 2
    assert len(server.requests) == 3 and "unknown column 'nope'" in t.message


class SpyEngine:
    def __init__(self):
        self.ran = []

    def query(self, sql):
        self.ran.append(sql)
        raise AssertionError("must never run")


@pytest.mark.parametrize(
    "reply",
    [
        "```sql\nDELETE FROM pods WHERE status = 'Failed'\n```",
        "```sql\nSELECT name FROM pods; DROP TABLE pods;\n```",
        "UPDATE pods SET status = 'Running'",
        "```sql\nSELECT * FROM read_csv('/etc/passwd')\n```",
    ],
)
def test_mutation_or_outside_read_is_refused_never_run(fake, catalog, reply):
    spy = SpyEngine()
    server = fake(reply)
    t = make(server, engine=spy).translate("delete the failed pods", context=Ctx(catalog))
    assert t.declined and t.sql is None and t.message.startswith("refused:")
    assert spy.ran == [] and len(server.requests) == 1


def test_decline_reply(fake, catalog):
    t = make(fake("DECLINE: kubequery is read-only")).translate("cordon worker-7", context=Ctx(catalog))
    assert t.declined and t.sql is None and "read-only" in t.message


def test_prompt_tells_the_model_how_to_decline(fake, catalog):
    server = fake("DECLINE: no")
    make(server).translate("drain worker-4", context=Ctx(catalog))
    assert "DECLINE: <short reason>" in server.requests[0]["body"]["messages"][0]["content"]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_endpoint_down(catalog):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    with pytest.raises(LLMUnavailableError) as e:
        make(None, url=url).translate("pods", context=Ctx(catalog))
    assert str(e.value).startswith(f"cannot reach the LLM at {url}")
    assert "Traceback" not in str(e.value)


def test_bad_key(fake, catalog):
    server = fake((401, {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}))
    with pytest.raises(LLMAuthError, match=f"the LLM at {server.url} rejected the API key"):
        make(server).translate("pods", context=Ctx(catalog))


def test_timeout(fake, catalog):
    server = fake(("sleep", 2.0, "SELECT name FROM pods"))
    start = time.perf_counter()
    with pytest.raises(LLMUnavailableError, match="did not answer within 0.5 s"):
        make(server, timeout=0.5).translate("pods", context=Ctx(catalog))
    assert time.perf_counter() - start < 1.9


class Offline:
    name = "offline"

    def translate(self, question, *, context):
        return Translation(sql="SELECT name FROM pods", confidence=0.9)


def test_fallback_when_asked(catalog):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    t = make(None, url=url, fallback=Offline()).translate("pods", context=Ctx(catalog))
    assert t.sql == "SELECT name FROM pods"
    assert "cannot reach the LLM" in t.message and "offline" in t.message


def test_fallback_on_bad_key(fake, catalog):
    server = fake((401, {"error": {"message": "bad key"}}))
    t = make(server, fallback=Offline()).translate("pods", context=Ctx(catalog))
    assert t.sql == "SELECT name FROM pods" and "rejected the API key" in t.message


def test_config_from_environment():
    env = {"KUBEQUERY_LLM_BASE_URL": "http://localhost:11434/v1/", "KUBEQUERY_LLM_MODEL": "qwen2.5-coder"}
    c = LLMConfig.resolve(env=env)
    assert (c.base_url, c.model, c.api_key) == ("http://localhost:11434/v1", "qwen2.5-coder", "none")
    c = LLMConfig.resolve(env={"OPENAI_API_KEY": "sk-1", "KUBEQUERY_LLM_MODEL": "gpt-4o-mini"})
    assert (c.base_url, c.api_key) == ("https://api.openai.com/v1", "sk-1")
    c = LLMConfig.resolve(model="m", env={"OPENAI_API_KEY": "sk-1", "KUBEQUERY_LLM_API_KEY": "sk-2"})
    assert c.api_key == "sk-2"
    with pytest.raises(LLMConfigError, match="no LLM model"):
        LLMConfig.resolve(env={})
    with pytest.raises(LLMConfigError, match="no API key for OpenAI"):
        LLMConfig.resolve(model="gpt-4o", env={})


def test_conversation_and_namespace_reach_the_model(fake, catalog):
    server = fake("SELECT name, restarts FROM pods WHERE namespace = 'shop' AND restarts > 0 ORDER BY restarts DESC")
    ctx = Ctx(catalog, namespace="shop", conversation=[{"question": "pods that restarted",
                                                        "sql": "SELECT name, restarts FROM pods WHERE restarts > 0"}])
    t = make(server).translate("sort by restarts", context=ctx)
    assert t.sql and "ORDER BY restarts DESC" in t.sql
    user = server.requests[0]["body"]["messages"][-1]["content"]
    assert "SELECT name, restarts FROM pods WHERE restarts > 0" in user and "Current namespace: shop" in user
