"""Questions that link two kinds, on the demo cluster and the real snapshot: an owner and what it made,
a binding and its role or subjects, a kind and the column that names another."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import assert_same_rows, ctx

DEMO = [
    # a named object's owner: its kind and name
    ("owner of pod ledger-db-0", "SELECT owner_kind, owner_name FROM pods WHERE name = 'ledger-db-0'"),
    # "bindings" of no kind: the kind that names the subject
    ("bindings for alice", "SELECT name FROM clusterrolebindings WHERE list_contains(users, 'alice@acme.io')"),
    # a named binding: the role it grants, or to whom
    ("which role does rolebinding analysts-view grant?", "SELECT role_name FROM rolebindings WHERE name = 'analysts-view'"),
    ("subjects of rolebinding analysts-view", "SELECT subjects FROM rolebindings WHERE name = 'analysts-view'"),
    # pods of an owner kind: the ones such an owner made
    (
        "pods of statefulsets in data",
        "SELECT name FROM pods WHERE namespace = 'data' AND owner_kind = 'StatefulSet'",
    ),
    (
        "checkout pods owned by deployments",
        "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
        "WHERE p.namespace = 'checkout' AND r.owner_kind = 'Deployment'",
    ),
    (
        "jobs not owned by a cronjob",
        "SELECT namespace, name FROM jobs WHERE owner_kind IS NULL OR owner_kind <> 'CronJob'",
    ),
    # the column that names the related kind
    ("what ingress class does each ingress use", "SELECT namespace, name, class FROM ingresses"),
    ("pvcs and their pv", "SELECT namespace, name, volume FROM persistentvolumeclaims"),
    ("storage class of pvc analytics-scratch", "SELECT storage_class FROM persistentvolumeclaims WHERE name = 'analytics-scratch'"),
    # a service's endpoints counted: the addresses its one endpoints object holds
    (
        "how many endpoints does each service in checkout have",
        "SELECT s.name, coalesce(e.ready_address_count, 0) FROM services s LEFT JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'checkout'",
    ),
]

REAL = [
    ("owner of pod cassandra-2", "SELECT owner_kind, owner_name FROM pods WHERE name = 'cassandra-2'"),
    ("bindings for bob", "SELECT name FROM clusterrolebindings WHERE list_contains(users, 'bob')"),
    (
        "bindings of sa prometheus-k8s",
        "SELECT namespace, name FROM rolebindings WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s') "
        "UNION ALL SELECT NULL, name FROM clusterrolebindings "
        "WHERE list_contains(service_accounts, 'monitoring/prometheus-k8s')",
    ),
    (
        "which role does rolebinding alice-pod-reader grant?",
        "SELECT role_name FROM rolebindings WHERE name = 'alice-pod-reader'",
    ),
    (
        "load balancers with pending external ip",
        "SELECT namespace, name FROM services WHERE type = 'LoadBalancer' AND external_ip = '<pending>'",
    ),
    (
        "which deployments use a service account bound to the prometheus-operator clusterrole",
        "SELECT d.namespace, d.name FROM deployments d JOIN clusterrolebindings b ON "
        "list_contains(b.service_accounts, d.namespace || '/' || d.service_account) "
        "WHERE b.role_name = 'prometheus-operator'",
    ),
    ("ingress class of each ingress", "SELECT namespace, name, class FROM ingresses"),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_links_on_the_demo_cluster(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_links_on_the_real_snapshot(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize(
    ("previous", "question", "sql"),
    [
        (
            ("deployments in checkout", "SELECT name FROM deployments WHERE namespace = 'checkout'"),
            "their pods",
            "SELECT p.name FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name "
            "WHERE p.namespace = 'checkout' AND r.owner_kind = 'Deployment'",
        ),
        (
            ("cronjobs in batch", "SELECT name FROM cronjobs WHERE namespace = 'batch'"),
            "their jobs",
            "SELECT name FROM jobs WHERE namespace = 'batch' AND owner_kind = 'CronJob'",
        ),
    ],
)
def test_their_related_kind_after_a_list(translator, engine, previous, question, sql):
    context = ctx(turns=(Turn(question=previous[0], sql=previous[1]),))
    got = translator.translate(question, context=context)
    expected = engine.query(sql)
    assert expected.rows and sorted(engine.query(got.sql).rows, key=repr) == sorted(expected.rows, key=repr), got.sql
