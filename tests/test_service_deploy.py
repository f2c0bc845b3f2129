"""deploy/: the manifests parse, the service account may only read, review access and
impersonate, and the ConfigMap's config loads with the Secret's values."""

from __future__ import annotations

from pathlib import Path

import yaml

from kubequery.service.config import Settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def manifests() -> dict[str, dict]:
    listed = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())["resources"]
    docs = [yaml.safe_load((DEPLOY / name).read_text()) for name in listed]
    return {doc["kind"]: doc for doc in docs}


def test_every_piece_is_there():
    assert set(manifests()) == {
        "Namespace", "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "ConfigMap", "Secret", "Deployment", "Service",
    }


def test_the_cluster_role_reads_reviews_and_impersonates_only():
    rules = manifests()["ClusterRole"]["rules"]
    allowed = {"get", "list", "watch"}
    for rule in rules:
        verbs = set(rule["verbs"])
        if "create" in verbs:
            assert verbs == {"create"} and rule["apiGroups"] == ["authorization.k8s.io"]
            assert set(rule["resources"]) == {"subjectaccessreviews", "selfsubjectaccessreviews", "selfsubjectrulesreviews"}
        elif "impersonate" in verbs:
            assert verbs == {"impersonate"} and set(rule["resources"]) <= {"users", "groups", "serviceaccounts"}
        else:
            assert verbs <= allowed, rule


def test_the_deployment_runs_the_config_with_the_secret(tmp_path, monkeypatch):
    m = manifests()
    container = m["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert container["args"][:2] == ["serve", "--config"]
    assert m["Deployment"]["spec"]["template"]["spec"]["serviceAccountName"] == m["ServiceAccount"]["metadata"]["name"]
    for name, value in m["Secret"]["stringData"].items():
        monkeypatch.setenv(name, value)
    config = tmp_path / "config.yaml"
    config.write_text(m["ConfigMap"]["data"]["config.yaml"])
    settings = Settings.load(config)
    assert settings.live and settings.host == "0.0.0.0" and "proxy" in settings.auth_methods
    assert settings.conversation_secret == m["Secret"]["stringData"]["KUBEQUERY_CONVERSATION_SECRET"]
    assert settings.slack is not None and settings.slack.users
