"""Filters, names and namespaces: a named object's namespace, a network policy's pod selector, default-deny
policies, pods by a secret named before its kind, config map data, secret keys by name, several nodes in one
filter, images with their pull policy, a job named by the start of its name, a budget's allowed
disruptions."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # (question, asker's namespace or None, expected SQL)
    ("what namespace is ledger-db-0 in?", None, "SELECT namespace FROM pods WHERE name = 'ledger-db-0'"),
    ("which namespace does ledger-db-0 live in?", None, "SELECT namespace FROM pods WHERE name = 'ledger-db-0'"),
    (
        "what namespace is the fraud-detector deployment in?",
        None,
        "SELECT namespace FROM deployments WHERE name = 'fraud-detector'",
    ),
    (
        "is there a default deny ingress policy here?",
        "payments",
        "SELECT name FROM networkpolicies WHERE namespace = 'payments' AND denies_all_ingress",
    ),
    (
        "any default-deny policy in this namespace?",
        "payments",
        "SELECT name FROM networkpolicies WHERE namespace = 'payments' AND (denies_all_ingress OR denies_all_egress)",
    ),
    (
        "pods here with the payments-api-secrets secret mounted",
        "payments",
        "SELECT name FROM pods WHERE namespace = 'payments' AND list_contains(secrets, 'payments-api-secrets')",
    ),
    (
        "pods using the fraud-detector-secrets secret",
        None,
        "SELECT namespace, name FROM pods WHERE list_contains(secrets, 'fraud-detector-secrets')",
    ),
    (
        "secrets having a key called API_KEY",
        None,
        "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'API_KEY')",
    ),
    (
        "pods not on worker-7 or worker-4",
        None,
        "SELECT namespace, name FROM pods WHERE node IS NULL OR node NOT IN ('worker-7', 'worker-4')",
    ),
    (
        "pods that aren't on worker-7, worker-4 or worker-2",
        None,
        "SELECT namespace, name FROM pods WHERE node IS NULL OR node NOT IN ('worker-7', 'worker-4', 'worker-2')",
    ),
    ("pods on worker-7 or worker-4", None, "SELECT namespace, name FROM pods WHERE node IN ('worker-7', 'worker-4')"),
    (
        "list the images and their pull policy here",
        "payments",
        "SELECT DISTINCT image, image_pull_policy FROM containers WHERE namespace = 'payments'",
    ),
    (
        "what happened to my backfill job?",
        "data",
        "SELECT type, reason, message FROM events WHERE namespace = 'data' AND involved_kind = 'Job' "
        "AND involved_name = 'backfill-orders-2026-11'",
    ),
    (
        "the pdb here: how many pods can be disrupted?",
        "payments",
        "SELECT name, disruptions_allowed FROM poddisruptionbudgets WHERE namespace = 'payments'",
    ),
    (
        "how many pods can be evicted for the pdbs here?",
        "payments",
        "SELECT name, disruptions_allowed FROM poddisruptionbudgets WHERE namespace = 'payments'",
    ),
]

REAL = [
    ("which namespace is redis-auth in?", None, "SELECT namespace FROM secrets WHERE name = 'redis-auth'"),
    ("which ns is cassandra-pdb in?", None, "SELECT namespace FROM poddisruptionbudgets WHERE name = 'cassandra-pdb'"),
    (
        "netpol selecting app=frontend",
        None,
        "SELECT namespace, name FROM networkpolicies WHERE pod_selector['app'] = 'frontend'",
    ),
    (
        "network policies that select app=redis",
        None,
        "SELECT namespace, name FROM networkpolicies WHERE pod_selector['app'] = 'redis'",
    ),
    ("default deny ingress policies", None, "SELECT namespace, name FROM networkpolicies WHERE denies_all_ingress"),
    (
        "pods using the hf-secret secret",
        None,
        "SELECT namespace, name FROM pods WHERE list_contains(secrets, 'hf-secret')",
    ),
    (
        "which pods here mount the grafana-config secret?",
        "monitoring",
        "SELECT name FROM pods WHERE namespace = 'monitoring' AND list_contains(secrets, 'grafana-config')",
    ),
    ("configmaps and their values", None, "SELECT namespace, name, data FROM configmaps"),
    ("configmaps with their contents", None, "SELECT namespace, name, data FROM configmaps"),
    (
        "secrets with a key named password",
        None,
        "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'password')",
    ),
    (
        "images and pull policies here",
        "shop",
        "SELECT DISTINCT image, image_pull_policy FROM containers WHERE namespace = 'shop'",
    ),
    (
        "what happened to the db-migrate job?",
        "batch",
        "SELECT type, reason, message FROM events WHERE namespace = 'batch' AND involved_kind = 'Job' "
        "AND involved_name = 'db-migrate-v42'",
    ),
    (
        "how many disruptions are allowed by the pdbs here?",
        "team-b",
        "SELECT name, disruptions_allowed FROM poddisruptionbudgets WHERE namespace = 'team-b'",
    ),
]


@pytest.mark.parametrize(("question", "namespace", "sql"), DEMO)
def test_demo(translator, engine, question, namespace, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


@pytest.mark.parametrize(("question", "namespace", "sql"), REAL)
def test_real(real_translator, real_engine, question, namespace, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace=namespace)


def test_secret_named_but_missing_is_not_every_pod(real_translator):
    t = real_translator.translate("pods using the api-key secret")
    assert t.declined or "api-key" in (t.sql or "")
