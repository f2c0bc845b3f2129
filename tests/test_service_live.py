"""The service against the Kubernetes API test server: each identity method runs queries as the
asker, and a restricted asker's answers are scoped to what they may list — through the watch
cache, through impersonation, and with their own token passed through."""

from __future__ import annotations

import time

import httpx
import pytest
from fastapi.testclient import TestClient

from kubequery.kube.client import Identity
from kubequery.service import Settings, create_app
from kubequery.service.config import AuthSettings, TokenEntry, hash_token
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
        everything = namespaces(client.post("/api/sql", json={"sql": PODS_BY_NS}, headers=bearer("admin-api")))
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
        r = client.post("/api/sql", json={"sql": PODS_BY_NS}, headers={"X-Remote-User": "alice", "X-Remote-Group": "dev"})
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
        while http.post("/api/sql", json={"sql": count}, headers=bearer("alice-api")).json()["rows"][0][0] != before + 1:
            assert time.monotonic() < deadline, "the watch cache did not see the new pod"
            time.sleep(0.05)
