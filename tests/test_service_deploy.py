"""deploy/: every manifest parses, the service account may only read, review access and
impersonate, that is enough for both live modes (against the test API server, with exactly the
ClusterRole in deploy/), and the ConfigMap's config loads with the Secret's values."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from kubequery.service import Settings, create_app
from kubequery.service.config import AuthSettings, TokenEntry, hash_token

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
READ = {"get", "list", "watch"}
REVIEWS = {"subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews"}


def manifests() -> dict[str, dict]:
    listed = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())["resources"]
    docs = [yaml.safe_load((DEPLOY / name).read_text()) for name in listed]
    return {doc["kind"]: doc for doc in docs}


def test_every_manifest_parses_and_is_listed():
    listed = set(yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())["resources"])
    for path in sorted(DEPLOY.glob("*.yaml")):
        docs = [d for d in yaml.safe_load_all(path.read_text()) if d is not None]
        assert len(docs) == 1 and docs[0]["apiVersion"] and docs[0]["kind"], path.name
        assert path.name == "kustomization.yaml" or path.name in listed, f"{path.name} is not in kustomization.yaml"
    assert set(manifests()) == {
        "Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "ConfigMap", "Secret", "Deployment", "Service",
    }


def test_the_cluster_role_reads_reviews_and_impersonates_only():
    rules = manifests()["ClusterRole"]["rules"]
    kinds = []
    for rule in rules:
        verbs = set(rule["verbs"])
        assert "*" not in verbs, rule
        if rule.get("nonResourceURLs"):
            assert verbs == {"get"}, rule
            kinds.append("discovery")
        elif "create" in verbs:
            assert verbs == {"create"} and rule["apiGroups"] == ["authorization.k8s.io"], rule
            assert set(rule["resources"]) == REVIEWS and "resourceNames" not in rule
            kinds.append("reviews")
        elif "impersonate" in verbs:
            assert verbs == {"impersonate"} and rule["apiGroups"] == [""], rule
            assert set(rule["resources"]) <= {"users", "groups", "serviceaccounts"}
            kinds.append("impersonate")
        else:
            assert verbs <= READ, rule
            kinds.append("read")
    assert sorted(kinds) == ["discovery", "impersonate", "read", "reviews"]
    binding = manifests()["ClusterRoleBinding"]
    assert binding["roleRef"]["name"] == manifests()["ClusterRole"]["metadata"]["name"]
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": "kubequery", "namespace": "kubequery"}]


def test_the_deployment_runs_the_config_with_the_secret(tmp_path, monkeypatch):
    m = manifests()
    spec = m["Deployment"]["spec"]
    assert spec["replicas"] > 1  # nothing shared between replicas but the Secret
    pod = spec["template"]["spec"]
    container = pod["containers"][0]
    assert container["args"][:2] == ["serve", "--config"]
    assert pod["serviceAccountName"] == m["ServiceAccount"]["metadata"]["name"]
    assert {"secretRef": {"name": m["Secret"]["metadata"]["name"]}} in container["envFrom"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert m["Service"]["spec"]["selector"] == spec["selector"]["matchLabels"]
    for name, value in m["Secret"]["stringData"].items():
        monkeypatch.setenv(name, value)
    config = tmp_path / "config.yaml"
    config.write_text(m["ConfigMap"]["data"]["config.yaml"])
    settings = Settings.load(config)
    assert settings.live and settings.host == "0.0.0.0" and "proxy" in settings.auth_methods
    assert settings.port == int(container["ports"][0]["containerPort"])
    assert settings.conversation_secret == m["Secret"]["stringData"]["KUBEQUERY_CONVERSATION_SECRET"]
    assert settings.slack is not None and settings.slack.users


@pytest.fixture
def deployed_rbac_api(tmp_path):
    """The test API server where the service account has exactly deploy/'s ClusterRole (and alice
    her usual RoleBindings); yields a kubeconfig with a `service` context."""
    from kubequery.testserver import TEST_CONTEXTS, KubeAPIServer, rbac_for_test_users

    m = manifests()
    alice = [o for o in rbac_for_test_users() if o["kind"] == "RoleBinding" or o["metadata"]["name"] == "kq-test:pod-reader"]
    server = KubeAPIServer.demo(rbac=[m["ClusterRole"], m["ClusterRoleBinding"], *alice], bookmark_interval=0.2)
    server.start()
    try:
        yield server.kubeconfig(tmp_path / "kubeconfig", users=TEST_CONTEXTS)
    finally:
        server.stop()


@pytest.mark.parametrize("mode", ["watch-cache", "impersonate"])
def test_the_cluster_role_is_enough_for_both_modes(deployed_rbac_api, mode):
    tokens = (TokenEntry(hash_token("a"), "alice", ("dev",)), TokenEntry(hash_token("r"), "root", ("system:masters",)))
    settings = Settings(
        kubeconfig=str(deployed_rbac_api), context="service", mode=mode, auth=AuthSettings(methods=("tokens",), tokens=tokens)
    )
    sql = {"sql": "SELECT namespace, count(*) FROM pods GROUP BY ALL"}
    with TestClient(create_app(settings)) as client:
        deadline = time.monotonic() + 15
        while (ready := client.get("/readyz")).status_code != 200:
            assert time.monotonic() < deadline, ready.text
            time.sleep(0.05)
        alice = client.post("/api/sql", json=sql, headers={"Authorization": "Bearer a"})
        assert alice.status_code == 200, alice.text
        assert {row[0] for row in alice.json()["rows"]} == {"payments", "checkout"}
        root = client.post("/api/sql", json=sql, headers={"Authorization": "Bearer r"})
        assert root.status_code == 200 and len(root.json()["rows"]) > 3, root.text
        assert client.get("/api/tables", headers={"Authorization": "Bearer a"}).status_code == 200
