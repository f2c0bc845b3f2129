"""The service's JSON API over HTTP (httpx through Starlette's TestClient) on the demo cluster:
answers and their shape, follow-ups, errors and their statuses, limits, metrics, logs."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from kubequery.service import Settings, create_app
from kubequery.service.config import AuthSettings, LimitSettings, TokenEntry, hash_token
from kubequery.service.logs import JSONFormatter, logger

ALICE = {"Authorization": "Bearer alice-api-token"}
BOB = {"Authorization": "Bearer bob-api-token"}
TOKENS = (
    TokenEntry(hash_token("alice-api-token"), "alice", ("dev",)),
    TokenEntry(hash_token("bob-api-token"), "bob", ()),
)


def demo_settings(**limits) -> Settings:
    return Settings(
        demo=True,
        auth=AuthSettings(methods=("tokens",), tokens=TOKENS),
        limits=LimitSettings(**{"rate_per_minute": 6000, "burst": 1000, **limits}),
        conversation_secret="test-secret",
    )


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(demo_settings())) as c:
        yield c


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}, body
    return body["error"]


def test_ask_answers_with_sql_plan_timings_and_a_conversation_id(client):
    r = client.post("/api/ask", json={"question": "pods in payments"}, headers=ALICE)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["sql"] == "SELECT name FROM pods WHERE namespace = 'payments'"
    assert body["translator"]["name"] == "offline" and body["translator"]["repairs"] == 0
    assert body["columns"] == ["name"] and body["types"] == ["VARCHAR"]
    assert body["row_count"] == len(body["rows"]) > 0
    assert all(isinstance(row, list) and len(row) == 1 for row in body["rows"])
    assert "pods" in body["plan"] and "namespace=payments" in body["plan"]
    assert {"translate", "compile", "fetch", "execute", "total"} <= set(body["timings"])
    assert body["truncated"] is False and body["conversation_id"]


def test_follow_up_through_the_conversation_id(client):
    first = client.post("/api/ask", json={"question": "pods in payments"}, headers=ALICE).json()
    r = client.post(
        "/api/ask", json={"question": "how many?", "conversation_id": first["conversation_id"]}, headers=ALICE
    )
    assert r.status_code == 200, r.text
    follow = r.json()
    assert "count" in follow["sql"].lower() and "payments" in follow["sql"]
    assert follow["rows"] == [[first["row_count"]]]
    assert follow["conversation_id"] != first["conversation_id"]


def test_tampered_or_someone_elses_conversation_is_refused(client):
    cid = client.post("/api/ask", json={"question": "pods in payments"}, headers=ALICE).json()["conversation_id"]
    body, sig = cid.split(".")
    tampered = body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "." + sig
    for headers, conversation_id in ((ALICE, tampered), (BOB, cid), (ALICE, "garbage")):
        r = client.post(
            "/api/ask", json={"question": "how many?", "conversation_id": conversation_id}, headers=headers
        )
        assert r.status_code == 400, r.text
        assert error_of(r)["kind"] == "conversation"


def test_sql_rows_are_json_safe(client):
    sql = "SELECT name, created, age, labels, restarts FROM pods WHERE namespace = 'payments' ORDER BY name LIMIT 2"
    r = client.post("/api/sql", json={"sql": sql}, headers=ALICE)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["translator"] is None and body["sql"] == sql and body["row_count"] == 2
    name, created, age, labels, restarts = body["rows"][0]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", created)
    assert isinstance(age, float) and age > 0  # an interval, in seconds
    assert isinstance(labels, dict) and isinstance(restarts, int)


def test_sql_keeps_the_conversation_going(client):
    cid = client.post("/api/sql", json={"sql": "SELECT name FROM pods WHERE namespace = 'checkout'"}, headers=ALICE)
    r = client.post(
        "/api/ask", json={"question": "how many?", "conversation_id": cid.json()["conversation_id"]}, headers=ALICE
    )
    assert r.status_code == 200 and "checkout" in r.json()["sql"]


@pytest.mark.parametrize(
    ("path", "payload", "status", "kind"),
    [
        ("/api/sql", {"sql": "SELEC name FROM pods"}, 400, "query"),
        ("/api/sql", {"sql": "DELETE FROM pods"}, 400, "query"),
        ("/api/sql", {"sql": "SELECT nope FROM pods"}, 400, "query"),
        ("/api/ask", {"question": "delete all the pods in payments"}, 422, "declined"),
        ("/api/ask", {}, 400, "bad_request"),
        ("/api/explain", {}, 400, "bad_request"),
    ],
)
def test_errors_have_a_kind_a_status_and_a_message(client, path, payload, status, kind):
    r = client.post(path, json=payload, headers=ALICE)
    assert r.status_code == status, r.text
    error = error_of(r)
    assert error["kind"] == kind and error["message"]
    assert "Traceback" not in r.text


def test_explain_plans_without_fetching(client):
    r = client.post(
        "/api/explain", json={"sql": "SELECT name FROM pods WHERE namespace = 'payments'"}, headers=ALICE
    )
    assert r.status_code == 200, r.text
    assert "namespace=payments" in r.json()["plan"]
    r = client.post("/api/explain", json={"question": "pods in checkout"}, headers=ALICE)
    assert r.status_code == 200 and "checkout" in r.json()["sql"] and "namespace=checkout" in r.json()["plan"]


def test_tables_and_one_table(client):
    tables = client.get("/api/tables", headers=ALICE).json()
    assert {"pods", "nodes", "deployments"} <= {t["name"] for t in tables}
    pods = client.get("/api/tables/po", headers=ALICE).json()  # an alias
    assert pods["name"] == "pods"
    namespace = next(c for c in pods["columns"] if c["name"] == "namespace")
    assert namespace["pushdown"] == "namespace" and namespace["type"] and namespace["description"]
    r = client.get("/api/tables/podz", headers=ALICE)
    assert r.status_code == 404 and "pods" in error_of(r)["message"]


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic YWxpY2U6eA=="}]
)
def test_missing_or_bad_credentials_are_refused(client, headers):
    for method, path, kw in (
        ("POST", "/api/ask", {"json": {"question": "pods"}}),
        ("POST", "/api/sql", {"json": {"sql": "SELECT 1"}}),
        ("GET", "/api/tables", {}),
    ):
        r = client.request(method, path, headers=headers, **kw)
        assert r.status_code == 401, r.text
        assert error_of(r)["kind"] == "auth" and r.headers["WWW-Authenticate"] == "Bearer"


def test_health_ready_web_and_openapi(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json()["status"] == "ready"
    index = client.get("/")
    assert index.status_code == 200 and "<html" in index.text.lower()
    assert client.get("/static/index.html").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/api/ask", "/api/sql", "/api/explain", "/api/tables", "/api/tables/{name}"} <= set(schema["paths"])
    assert "AnswerResponse" in schema["components"]["schemas"]
    assert "ErrorResponse" in schema["components"]["schemas"]


def test_request_ids_are_returned_and_logged_with_the_user_never_the_token(client):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    logger().addHandler(handler)
    try:
        r = client.post("/api/ask", json={"question": "pods in payments"}, headers={**ALICE, "X-Request-Id": "abc-123"})
        fresh = client.get("/api/tables", headers=ALICE)
    finally:
        logger().removeHandler(handler)
    assert r.headers["X-Request-Id"] == "abc-123"
    assert re.fullmatch(r"[0-9a-f]{16}", fresh.headers["X-Request-Id"])
    lines = stream.getvalue()
    assert '"request_id":"abc-123"' in lines and '"user":"alice"' in lines and '"status":200' in lines
    assert "alice-api-token" not in lines


def test_body_too_large_is_413():
    with TestClient(create_app(demo_settings(max_body_bytes=200))) as c:
        big = {"question": "pods in " + "x" * 400}
        r = c.post("/api/ask", json=big, headers=ALICE)
        assert r.status_code == 413 and error_of(r)["kind"] == "too_large"

        def chunks():  # no Content-Length: counted as it streams in
            yield b'{"question": "'
            yield b"y" * 300
            yield b'"}'

        r = c.post("/api/ask", content=chunks(), headers={**ALICE, "Content-Type": "application/json"})
        assert r.status_code == 413 and error_of(r)["kind"] == "too_large"
        assert c.post("/api/ask", json={"question": "pods in payments"}, headers=ALICE).status_code == 200


def test_rate_limit_per_identity_is_429_with_retry_after():
    with TestClient(create_app(demo_settings(rate_per_minute=1, burst=2))) as c:
        sql = {"sql": "SELECT count(*) FROM nodes"}
        assert [c.post("/api/sql", json=sql, headers=ALICE).status_code for _ in range(2)] == [200, 200]
        r = c.post("/api/sql", json=sql, headers=ALICE)
        assert r.status_code == 429 and error_of(r)["kind"] == "rate_limited"
        assert int(r.headers["Retry-After"]) >= 1
        assert c.post("/api/sql", json=sql, headers=BOB).status_code == 200  # another identity's own bucket
        metrics = c.get("/metrics").text
        assert "kubequery_rate_limited_total 1.0" in metrics


def test_metrics_count_requests_stages_fetches_and_errors():
    with TestClient(create_app(demo_settings())) as c:
        c.post("/api/ask", json={"question": "pods in payments"}, headers=ALICE)
        c.post("/api/sql", json={"sql": "SELEC"}, headers=ALICE)
        c.get("/api/tables")
        text = c.get("/metrics").text
    assert 'kubequery_requests_total{endpoint="/api/ask",status="200"} 1.0' in text
    assert 'kubequery_requests_total{endpoint="/api/sql",status="400"} 1.0' in text
    assert 'kubequery_errors_total{kind="query"} 1.0' in text
    assert 'kubequery_errors_total{kind="auth"} 1.0' in text
    assert 'kubequery_stage_seconds_count{stage="fetch"} 1.0' in text
    assert 'kubequery_stage_seconds_count{stage="translate"} 1.0' in text
    assert 'kubequery_fetches_total{source="memory"} 1.0' in text
    assert 'kubequery_translations_total{outcome="sql",translator="offline"} 1.0' in text
    assert re.search(r'kubequery_request_seconds_count\{endpoint="/api/ask"\} 1\.0', text)


def test_no_auth_only_on_loopback():
    from kubequery.service.config import ConfigError

    with TestClient(create_app(Settings.load(demo=True))) as c:
        r = c.post("/api/sql", json={"sql": "SELECT count(*) FROM pods"})
        assert r.status_code == 200 and r.json()["rows"][0][0] > 0
    with pytest.raises(ConfigError, match="no auth method"):
        Settings.load(demo=True, host="0.0.0.0")


def test_query_time_and_row_limits():
    with TestClient(create_app(demo_settings(query_timeout=0.05, row_limit=5))) as c:
        r = c.post("/api/sql", json={"sql": "SELECT name FROM pods"}, headers=ALICE)
        assert r.status_code == 200 and r.json()["row_count"] == 5 and r.json()["truncated"] is True
        assert any("truncated" in w for w in r.json()["warnings"])
        # four pods at a time (about 1.7 billion rows): far past the limit on any machine, where three at a
        # time finished in about the limit itself on a fast one
        slow = (
            "SELECT count(*) FROM pods a, pods b, pods c, pods d "
            "WHERE a.name < b.name AND b.name < c.name AND c.name < d.name"
        )
        r = c.post("/api/sql", json={"sql": slow}, headers=ALICE)
        assert r.status_code == 504, r.text
        assert error_of(r)["kind"] == "timeout"


def test_the_service_answers_plain_identities_and_maps_slack_users():
    """What the Slack handler uses: service.answer with a kube Identity, no HTTP."""
    from kubequery.kube.client import Identity
    from kubequery.service import Service
    from kubequery.service.config import SlackSettings

    slack = SlackSettings(signing_secret="x", users={"U1": Identity("alice", ("dev",))})
    service = Service(Settings(demo=True, slack=slack))
    alice = service.identity_for_slack_user("U1")
    assert alice == Identity("alice", ("dev",)) and service.identity_for_slack_user("U2") is None
    first = service.answer(alice, "pods in payments")
    follow = service.answer(alice, "how many?", (first.turn(),))
    assert follow.result.rows == [(len(first.result.rows),)]
    assert Service(Settings(demo=True)).identity_for_slack_user("U1") is None


def test_llm_repairs_are_counted(monkeypatch):
    from tests.test_llm import FakeLLM

    monkeypatch.setenv("KUBEQUERY_LLM_API_KEY", "sk-test")
    llm = FakeLLM(["```sql\nSELECT name, restart_count FROM pods\n```", "```sql\nSELECT name, restarts FROM pods\n```"])
    settings = replace(demo_settings(), translator="llm", llm_base_url=llm.url, llm_model="test-model")
    try:
        with TestClient(create_app(settings)) as c:
            r = c.post("/api/ask", json={"question": "pods and their restarts"}, headers=ALICE)
            assert r.status_code == 200, r.text
            assert r.json()["translator"] == {**r.json()["translator"], "name": "llm", "repairs": 1}
            text = c.get("/metrics").text
    finally:
        llm.close()
    assert "kubequery_translator_repairs_total 1.0" in text
    assert 'kubequery_translations_total{outcome="sql",translator="llm"} 1.0' in text
    assert 'kubequery_stage_seconds_count{stage="translate"} 1.0' in text


def test_an_unexpected_failure_is_json_with_the_request_id():
    app = create_app(demo_settings())

    def broken(*args, **kwargs):
        raise RuntimeError("a bug with a secret inside")

    app.state.service.run_sql = broken
    with TestClient(app) as c:
        r = c.post("/api/sql", json={"sql": "SELECT 1"}, headers={**ALICE, "X-Request-Id": "bug-1"})
        assert r.status_code == 500 and r.headers["X-Request-Id"] == "bug-1"
        error = error_of(r)
        assert error["kind"] == "internal" and "bug-1" in error["hint"] and "secret" not in r.text
        assert 'kubequery_errors_total{kind="internal"} 1.0' in c.get("/metrics").text


def test_replicas_share_nothing_but_the_conversation_secret():
    """Two replicas behind one Service: a follow-up may land on either; another secret refuses it."""
    with (
        TestClient(create_app(demo_settings())) as one,
        TestClient(create_app(demo_settings())) as two,
        TestClient(create_app(replace(demo_settings(), conversation_secret="another"))) as stranger,
    ):
        first = one.post("/api/ask", json={"question": "pods in payments"}, headers=ALICE).json()
        follow = {"question": "how many?", "conversation_id": first["conversation_id"]}
        r = two.post("/api/ask", json=follow, headers=ALICE)
        assert r.status_code == 200 and r.json()["rows"] == [[first["row_count"]]]
        again = one.post("/api/ask", json={**follow, "conversation_id": r.json()["conversation_id"]}, headers=ALICE)
        assert again.status_code == 200
        r = stranger.post("/api/ask", json=follow, headers=ALICE)
        assert r.status_code == 400 and error_of(r)["kind"] == "conversation"


def test_serving_a_snapshot(tmp_path):
    import json

    from kubequery.demo import generate_cluster

    path = tmp_path / "cluster.json"
    path.write_text(json.dumps(generate_cluster(3, 150)))
    settings = replace(demo_settings(), demo=False, snapshot=(str(path),), now="2024-05-01T12:00:00Z")
    with TestClient(create_app(settings)) as c:
        assert c.get("/readyz").status_code == 200
        r = c.post("/api/sql", json={"sql": "SELECT count(*), max(now()) FROM pods"}, headers=ALICE)
        assert r.status_code == 200, r.text
        assert r.json()["rows"][0][0] == 150 and r.json()["rows"][0][1].startswith("2024-05-01T12:00:00")
        assert "cluster.json" in r.json()["source"]
        assert c.post("/api/ask", json={"question": "pods in payments"}, headers=ALICE).status_code == 200
