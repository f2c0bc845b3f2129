"""The service against the Kubernetes API test server: each identity method runs queries as the
asker, and a restricted asker's answers are scoped to what they may list — through the watch
cache, through impersonation, and with their own token passed through."""

from __future__ import annotations

import io
import json
import logging
import time
from dataclasses import replace

import httpx
import pytest
from fastapi.testclient import TestClient

from kubequery.kube.client import Identity
from kubequery.service import Settings, create_app
from kubequery.service.config import AuthSettings, TokenEntry, hash_token
from kubequery.service.logs import JSONFormatter
from kubequery.service.testing import serve_app

PODS_BY_NS = "SELECT namespace, count(*) AS n FROM pods GROUP BY ALL ORDER BY namespace"
SCOPE = "pods: listed only in namespaces checkout, payments (cluster-wide list is forbidden for alice)"
TOKENS = (
    TokenEntry(hash_token("alice-api"), "alice", ("dev",)),
    TokenEntry(hash_token("admin-api"), "admin", ("system:masters",)),
    TokenEntry(hash_token("nobody-api"), "nobody", ()),
)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def live_settings(kubeconfig, mode: str, auth: AuthSettings) -> Settings:
    return Settings(kubeconfig=str(kubeconfig), context="service", mode=mode, auth=auth)


def namespaces(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {row[0] for row in response.json()["rows"]}


def wait_ready(client, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while client.get("/readyz").status_code != 200:
        if time.monotonic() > deadline:
            pytest.fail(f"not ready: {client.get('/readyz').text}")
        time.sleep(0.05)


@pytest.mark.parametrize("mode", ["watch-cache", "impersonate"])
def test_api_tokens_answer_as_their_user(kubeconfig_path, kube_api, mode):
    settings = live_settings(kubeconfig_path, mode, AuthSettings(methods=("tokens",), tokens=TOKENS))
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        everything = namespaces(
            client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("admin-api"))
        )
        assert {"payments", "checkout"} < everything and len(everything) > 3

        r = client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("alice-api"))
        assert namespaces(r) == {"payments", "checkout"}
        assert SCOPE in r.json()["warnings"]
        asked = client.post("/api/ask", json={"question": "pods in payments"}, headers=bearer("alice-api"))
        assert asked.status_code == 200 and asked.json()["row_count"] > 0

        r = client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("nobody-api"))
        assert r.status_code == 403, r.text
        assert r.json()["error"]["kind"] == "forbidden" and "nobody" in r.json()["error"]["message"]
        # The Slack handler's way in: service.answer with a plain Identity, same scoping.
        direct = client.app.state.service.answer(Identity("alice", ("dev",)), PODS_BY_NS)
        assert {row[0] for row in direct.result.rows} == {"payments", "checkout"}
        if mode == "watch-cache":
            metrics = client.get("/metrics").text
            assert 'kubequery_cache_lookups_total{result="hit"}' in metrics
            assert 'kubequery_watch_cache_ready{resource="pods"} 1.0' in metrics


def test_proxy_identity_is_impersonated(kubeconfig_path, kube_api):
    auth = AuthSettings(methods=("proxy",), proxy_trusted=("10.0.0.0/8",))
    settings = live_settings(kubeconfig_path, "impersonate", auth)
    with TestClient(create_app(settings), client=("10.0.0.2", 1234)) as client:
        r = client.post(
            "/api/sql", json={"sql": PODS_BY_NS}, headers={"X-Remote-User": "alice", "X-Remote-Group": "dev"}
        )
        assert namespaces(r) == {"payments", "checkout"}
    assert {r.user for r in kube_api.requests if r.path.endswith("/pods")} == {"alice"}


def test_passed_through_kube_token_runs_as_its_owner(kubeconfig_path, kube_api):
    settings = live_settings(kubeconfig_path, "watch-cache", AuthSettings(methods=("kube-token",)))
    with TestClient(create_app(settings)) as client:
        r = client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("alice-token"))
        assert namespaces(r) == {"payments", "checkout"}
        assert SCOPE in r.json()["warnings"]
        assert {"payments", "checkout"} < namespaces(
            client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("admin-token"))
        )
        r = client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("forged-token"))
        assert r.status_code == 401 and r.json()["error"]["kind"] == "auth"
        assert client.post("/api/sql", json={"sql": PODS_BY_NS}).status_code == 401
        # A conversation belongs to the token it was started with.
        cid = client.post("/api/ask", json={"question": "pods in payments"}, headers=bearer("alice-token"))
        follow = {"question": "how many?", "conversation_id": cid.json()["conversation_id"]}
        assert client.post("/api/ask", json=follow, headers=bearer("alice-token")).status_code == 200
        assert client.post("/api/ask", json=follow, headers=bearer("admin-token")).status_code == 400


def test_over_a_real_port_with_the_watch_cache(kubeconfig_path, kube_api):
    """uvicorn on 127.0.0.1: the lifespan starts the watch cache, answers follow the cluster."""
    settings = live_settings(kubeconfig_path, "watch-cache", AuthSettings(methods=("tokens",), tokens=TOKENS))
    with serve_app(create_app(settings)) as url, httpx.Client(base_url=url, timeout=30) as http:
        deadline = time.monotonic() + 15
        while http.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, http.get("/readyz").text
            time.sleep(0.05)
        count = "SELECT count(*) FROM pods WHERE namespace = 'payments'"
        before = http.post("/api/sql", json={"sql": count}, headers=bearer("alice-api")).json()["rows"][0][0]
        kube_api.add(
            {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {"name": "added-later", "namespace": "payments", "uid": "u-added-later"},
                "spec": {"containers": [{"name": "c", "image": "busybox"}]},
                "status": {"phase": "Running"},
            }
        )
        deadline = time.monotonic() + 10
        while (
            http.post("/api/sql", json={"sql": count}, headers=bearer("alice-api")).json()["rows"][0][0]
            != before + 1
        ):
            assert time.monotonic() < deadline, "the watch cache did not see the new pod"
            time.sleep(0.05)


@pytest.mark.parametrize("mode", ["watch-cache", "impersonate"])
def test_a_forbidden_namespace_is_a_clear_403(kubeconfig_path, kube_api, mode):
    settings = live_settings(kubeconfig_path, mode, AuthSettings(methods=("tokens",), tokens=TOKENS))
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        for sql, what in (
            ("SELECT name FROM pods WHERE namespace = 'kube-system'", 'list pods in namespace "kube-system"'),
            ("SELECT name FROM nodes", "list nodes at the cluster scope"),
            ("SELECT name FROM deployments WHERE namespace = 'payments'", "list deployments.apps"),
        ):
            r = client.post("/api/sql", json={"sql": sql}, headers=bearer("alice-api"))
            assert r.status_code == 403, r.text
            error = r.json()["error"]
            assert error["kind"] == "forbidden"
            assert error["message"] == f'forbidden: User "alice" cannot {what}' or what in error["message"]
            assert "--context" not in (error["hint"] or "") and "Role granting list" in error["hint"]
        # A question gets the same answer as its SQL.
        r = client.post("/api/ask", json={"question": "pods in kube-system"}, headers=bearer("alice-api"))
        assert r.status_code == 403 and "kube-system" in r.json()["error"]["message"]
        assert 'kubequery_errors_total{kind="forbidden"} 4.0' in client.get("/metrics").text


@pytest.mark.parametrize("mode", ["watch-cache", "impersonate"])
def test_proxy_headers_from_an_untrusted_address_reach_nothing(kubeconfig_path, kube_api, mode):
    auth = AuthSettings(methods=("proxy", "tokens"), tokens=TOKENS, proxy_trusted=("10.0.0.0/8",))
    settings = live_settings(kubeconfig_path, mode, auth)
    with TestClient(create_app(settings), client=("192.168.7.7", 1234)) as client:
        wait_ready(client)
        seen = len(kube_api.requests)
        for headers in (
            {"X-Remote-User": "admin", "X-Remote-Group": "system:masters"},
            {"X-Remote-User": "admin", **bearer("alice-api")},  # a valid token does not launder them
        ):
            r = client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=headers)
            assert r.status_code == 403 and r.json()["error"]["kind"] == "forbidden", r.text
            assert "proxy" in r.json()["error"]["message"]
        # Nothing was asked of the cluster on their behalf (the watch cache may go on watching).
        assert not [q for q in kube_api.requests[seen:] if q.user == "admin" or "review" in q.path]
        # Without the headers, the same client is whoever its token says.
        assert namespaces(client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("alice-api"))) == {
            "payments",
            "checkout",
        }


def test_proxy_identity_through_the_watch_cache(kubeconfig_path, kube_api):
    auth = AuthSettings(methods=("proxy",), proxy_trusted=("10.0.0.0/8",))
    settings = live_settings(kubeconfig_path, "watch-cache", auth)
    with TestClient(create_app(settings), client=("10.0.0.2", 1234)) as client:
        wait_ready(client)
        r = client.post(
            "/api/sql", json={"sql": PODS_BY_NS}, headers={"X-Remote-User": "alice", "X-Remote-Group": "dev"}
        )
        assert namespaces(r) == {"payments", "checkout"} and SCOPE in r.json()["warnings"]
        admin = {"X-Remote-User": "root", "X-Remote-Group": "system:masters"}
        assert {"payments", "checkout"} < namespaces(
            client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=admin)
        )
        assert client.post("/api/sql", json={"sql": PODS_BY_NS}).status_code == 401
    # Every list was the service account's own (the cache); the askers were only reviewed.
    assert {q.user for q in kube_api.requests if q.path.endswith("/pods")} == {
        "system:serviceaccount:kubequery:kubequery"
    }


def test_a_passed_through_token_never_reaches_a_log_line(kubeconfig_path, kube_api):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JSONFormatter())
    handler.setLevel(logging.DEBUG)
    loggers = [logging.getLogger("kubequery"), logging.getLogger("kubequery.service"), logging.getLogger()]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    settings = replace(
        live_settings(kubeconfig_path, "impersonate", AuthSettings(methods=("kube-token",))),
        log_level="debug",
    )
    try:
        with TestClient(create_app(settings)) as client:
            bodies = [
                client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("alice-token")),
                client.post(
                    "/api/ask", json={"question": "pods in kube-system"}, headers=bearer("alice-token")
                ),
                client.post("/api/sql", json={"sql": "SELEC"}, headers=bearer("alice-token")),
                client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("forged-secret-token")),
            ]
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
    assert [r.status_code for r in bodies] == [200, 403, 400, 401]
    unauthorized = bodies[3].json()["error"]
    assert "your Kubernetes token" in unauthorized["message"] and "kubeconfig" not in unauthorized["hint"]
    lines = [json.loads(line) for line in stream.getvalue().splitlines() if line.startswith("{")]
    requests = [line for line in lines if line["message"] == "request"]
    assert len(requests) == 4 and all(line["user"].startswith("token:") for line in requests)
    assert all(line["request_id"] != "-" for line in requests)
    text = stream.getvalue() + "".join(r.text for r in bodies)
    assert "alice-token" not in text and "forged-secret-token" not in text


def metric(text: str, name: str) -> float:
    """The value of one sample line of /metrics (0 when absent)."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


@pytest.mark.parametrize("mode", ["watch-cache", "impersonate"])
def test_metrics_move_with_live_answers(kubeconfig_path, kube_api, mode):
    settings = live_settings(kubeconfig_path, mode, AuthSettings(methods=("tokens",), tokens=TOKENS))
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        before = client.get("/metrics").text
        for _ in range(2):
            assert client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("admin-api")).status_code == 200
        client.post("/api/sql", json={"sql": "SELECT name FROM nodes"}, headers=bearer("alice-api"))
        after = client.get("/metrics").text
    source = "watch-cache" if mode == "watch-cache" else "live"
    fetches = f'kubequery_fetches_total{{source="{source}"}}'
    assert metric(after, fetches) >= metric(before, fetches) + 2
    assert metric(after, "kubequery_objects_fetched_total") >= 900  # 450 pods, twice
    assert metric(after, 'kubequery_stage_seconds_count{stage="fetch"}') == 2
    assert metric(after, 'kubequery_errors_total{kind="forbidden"}') == 1
    assert metric(after, 'kubequery_requests_total{endpoint="/api/sql",status="200"}') == 2
    if mode == "watch-cache":  # answered from memory: the cache's own lists read the bytes
        assert metric(after, 'kubequery_cache_lookups_total{result="hit"}') >= 2
        assert metric(after, "kubequery_watch_cache_list_bytes_total") > 100_000
        assert metric(after, 'kubequery_watch_cache_objects{resource="pods"}') == 450
    else:  # each answer listed live
        assert metric(after, "kubequery_fetch_bytes_total") > 2 * 100_000


@pytest.mark.parametrize("mode", ["watch-cache", "impersonate"])
def test_the_services_own_rejected_credentials_are_not_the_askers_401(kubeconfig_path, kube_api, mode):
    kubeconfig_path.write_text(kubeconfig_path.read_text().replace("service-token", "expired-token"))
    settings = live_settings(kubeconfig_path, mode, AuthSettings(methods=("tokens",), tokens=TOKENS))
    with TestClient(create_app(settings)) as client:
        r = client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("admin-api"))
        assert r.status_code == 502, r.text
        error = r.json()["error"]
        assert error["kind"] == "source" and "service's own credentials" in error["hint"]
        if mode == "watch-cache":
            assert client.get("/readyz").status_code == 503
