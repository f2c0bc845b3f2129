"""New follow-up and namespace-tier intents (current namespace, questions about namespaces, several
namespaces compared, all-namespaces phrasing), each checked against the SQL a careful user would write."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import ctx


def _check(translator, engine, namespace, previous, question, sql):
    turns = (Turn(question=previous[0], sql=previous[1]),) if previous else ()
    t = translator.translate(question, context=ctx(namespace, turns))
    assert not t.declined, t.message
    want, got = engine.query(sql), engine.query(t.sql)
    assert want.rows, sql
    assert sorted(got.rows, key=repr) == sorted(want.rows, key=repr), t.sql
    assert len(got.columns) == len(want.columns), t.sql


DEMO = [
    (None, None, "list namespaces with their status and age", "SELECT name, status, age FROM namespaces"),
    (None, None, "pods in ml with age and status", "SELECT name, age, status FROM pods WHERE namespace = 'ml'"),
    (None, None, "which namespaces run daemonsets?", "SELECT DISTINCT namespace FROM daemonsets"),
    (
        None,
        ("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
        "group them by node",
        "SELECT node, count(*) FROM pods WHERE namespace = 'payments' GROUP BY node",
    ),
    (
        None,
        ("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
        "which of them has the most restarts?",
        "SELECT name, restarts FROM pods WHERE namespace = 'payments' ORDER BY restarts DESC LIMIT 1",
    ),
    (
        None,
        (
            "pods in data with more than 2 restarts",
            "SELECT name FROM pods WHERE namespace = 'data' AND restarts > 2",
        ),
        "and across all namespaces?",
        "SELECT namespace, name FROM pods WHERE restarts > 2",
    ),
    (
        None,
        ("deployments in checkout", "SELECT name FROM deployments WHERE namespace = 'checkout'"),
        "staging?",
        "SELECT name FROM deployments WHERE namespace = 'staging'",
    ),
    (
        None,
        ("how many pods are pending?", "SELECT count(*) FROM pods WHERE status = 'Pending'"),
        "list them",
        "SELECT namespace, name FROM pods WHERE status = 'Pending'",
    ),
    (
        None,
        ("pods with more than 2 restarts", "SELECT namespace, name FROM pods WHERE restarts > 2"),
        "which namespaces are they in?",
        "SELECT DISTINCT namespace FROM pods WHERE restarts > 2",
    ),
    (
        None,
        ("cronjobs in batch", "SELECT name FROM cronjobs WHERE namespace = 'batch'"),
        "when do they run?",
        "SELECT name, schedule FROM cronjobs WHERE namespace = 'batch'",
    ),
    (
        None,
        ("pods using the host network", "SELECT namespace, name FROM pods WHERE host_network"),
        "exclude kube-system",
        "SELECT namespace, name FROM pods WHERE host_network AND namespace <> 'kube-system'",
    ),
    (
        None,
        ("pods in frontend", "SELECT name FROM pods WHERE namespace = 'frontend'"),
        "average restarts?",
        "SELECT avg(restarts) FROM pods WHERE namespace = 'frontend'",
    ),
    (
        None,
        ("pods in monitoring", "SELECT name FROM pods WHERE namespace = 'monitoring'"),
        "and their service accounts?",
        "SELECT name, service_account FROM pods WHERE namespace = 'monitoring'",
    ),
    (
        None,
        ("deployments in staging", "SELECT name FROM deployments WHERE namespace = 'staging'"),
        "which one is the oldest?",
        "SELECT name FROM deployments WHERE namespace = 'staging' ORDER BY created LIMIT 1",
    ),
    ("payments", None, "how old is this namespace?", "SELECT age FROM namespaces WHERE name = 'payments'"),
    ("ml", None, "what labels does my namespace have?", "SELECT labels FROM namespaces WHERE name = 'ml'"),
    (
        "payments",
        None,
        "default container limits here",
        "SELECT name, default_cpu_limit, default_memory_limit FROM limitranges WHERE namespace = 'payments'",
    ),
    (
        "ml",
        None,
        "which node runs the most of my pods?",
        "SELECT node, count(*) AS pods FROM pods WHERE namespace = 'ml' GROUP BY node ORDER BY pods DESC LIMIT 1",
    ),
    ("ml", None, "how many namespaces are there?", "SELECT count(*) FROM namespaces"),
    ("staging", None, "deploy -A", "SELECT namespace, name FROM deployments"),
    (
        "frontend",
        None,
        "pods everywhere that are not ready",
        "SELECT namespace, name FROM pods WHERE NOT is_ready",
    ),
    (
        "ml",
        None,
        "how close is my namespace to its quota?",
        "SELECT name, max_usage_percent FROM resourcequotas WHERE namespace = 'ml'",
    ),
    (
        "checkout",
        None,
        "deployments here and their strategies",
        "SELECT name, strategy FROM deployments WHERE namespace = 'checkout'",
    ),
    (
        None,
        None,
        "which namespaces have pods but no deployments?",
        "SELECT n.name FROM namespaces n WHERE EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name) AND NOT EXISTS (SELECT 1 FROM deployments d WHERE d.namespace = n.name)",
    ),
    (
        None,
        None,
        "compare the pod counts of payments and checkout",
        "SELECT namespace, count(*) FROM pods WHERE namespace IN ('payments', 'checkout') GROUP BY namespace",
    ),
    (None, None, "ns -l team=platform", "SELECT name FROM namespaces WHERE labels['team'] = 'platform'"),
    (
        None,
        ("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
        "and the containers?",
        "SELECT pod, name FROM containers WHERE namespace = 'payments'",
    ),
    (
        None,
        ("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
        "how many aren't running?",
        "SELECT count(*) FROM pods WHERE namespace = 'payments' AND status <> 'Running'",
    ),
    (
        None,
        ("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
        "how many restarts in total?",
        "SELECT sum(restarts) FROM pods WHERE namespace = 'payments'",
    ),
    (
        None,
        ("pods in payments", "SELECT name FROM pods WHERE namespace = 'payments'"),
        "and which are Guaranteed?",
        "SELECT name FROM pods WHERE namespace = 'payments' AND qos_class = 'Guaranteed'",
    ),
    (
        None,
        ("jobs in batch", "SELECT name FROM jobs WHERE namespace = 'batch'"),
        "newest 3",
        "SELECT name FROM jobs WHERE namespace = 'batch' ORDER BY created DESC LIMIT 3",
    ),
    (
        None,
        (
            "pending pods in frontend",
            "SELECT name FROM pods WHERE namespace = 'frontend' AND status = 'Pending'",
        ),
        "ml?",
        "SELECT name FROM pods WHERE namespace = 'ml' AND status = 'Pending'",
    ),
    (
        None,
        ("completed jobs in data", "SELECT name FROM jobs WHERE namespace = 'data' AND status = 'Complete'"),
        "and failed?",
        "SELECT name FROM jobs WHERE namespace = 'data' AND status = 'Failed'",
    ),
    (
        None,
        ("pods in ml", "SELECT name FROM pods WHERE namespace = 'ml'"),
        "how many per node?",
        "SELECT node, count(*) FROM pods WHERE namespace = 'ml' GROUP BY node",
    ),
    (
        None,
        None,
        "total cpu requests in payments vs checkout",
        "SELECT namespace, sum(cpu_request) FROM pods WHERE namespace IN ('payments', 'checkout') GROUP BY namespace",
    ),
    (
        None,
        None,
        "namespaces with warning events",
        "SELECT DISTINCT namespace FROM events WHERE type = 'Warning'",
    ),
]


REAL = [
    (
        None,
        None,
        "namespaces without any labels",
        "SELECT name FROM namespaces WHERE labels IS NULL OR cardinality(labels) = 0",
    ),
    (
        None,
        ("pvcs in team-b", "SELECT name FROM persistentvolumeclaims WHERE namespace = 'team-b'"),
        "which storage class do they use?",
        "SELECT name, storage_class FROM persistentvolumeclaims WHERE namespace = 'team-b'",
    ),
    (
        None,
        (
            "warning events in shop",
            "SELECT object, reason FROM events WHERE namespace = 'shop' AND type = 'Warning'",
        ),
        "and the normal ones?",
        "SELECT object, reason FROM events WHERE namespace = 'shop' AND type = 'Normal'",
    ),
    (
        None,
        ("jobs in batch", "SELECT name FROM jobs WHERE namespace = 'batch'"),
        "how many of them succeeded?",
        "SELECT count(*) FROM jobs WHERE namespace = 'batch' AND status = 'Complete'",
    ),
    (
        None,
        ("services in shop", "SELECT name FROM services WHERE namespace = 'shop'"),
        "bookinfo?",
        "SELECT name FROM services WHERE namespace = 'bookinfo'",
    ),
    (
        None,
        None,
        "how many pods in team-a vs team-b?",
        "SELECT namespace, count(*) FROM pods WHERE namespace IN ('team-a', 'team-b') GROUP BY namespace",
    ),
    (
        "team-b",
        None,
        "how close am I to my quota?",
        "SELECT name, max_usage_percent FROM resourcequotas WHERE namespace = 'team-b'",
    ),
    (
        "bookinfo",
        None,
        "what labels does this namespace have?",
        "SELECT labels FROM namespaces WHERE name = 'bookinfo'",
    ),
    (
        None,
        ("deployments", "SELECT namespace, name FROM deployments"),
        "only bookinfo and shop",
        "SELECT namespace, name FROM deployments WHERE namespace IN ('bookinfo', 'shop')",
    ),
    (
        None,
        ("events in team-b", "SELECT object, reason FROM events WHERE namespace = 'team-b'"),
        "and the warnings among them?",
        "SELECT object, reason FROM events WHERE namespace = 'team-b' AND type = 'Warning'",
    ),
    (
        "shop",
        None,
        "how many pods are running everywhere?",
        "SELECT count(*) FROM pods WHERE status = 'Running'",
    ),
    (None, None, "which namespaces run daemonsets?", "SELECT DISTINCT namespace FROM daemonsets"),
    (
        None,
        None,
        "kube-system vs monitoring pod counts",
        "SELECT namespace, count(*) FROM pods WHERE namespace IN ('kube-system', 'monitoring') GROUP BY namespace",
    ),
]


@pytest.mark.parametrize(("namespace", "previous", "question", "sql"), DEMO)
def test_new_intents_demo(translator, engine, namespace, previous, question, sql):
    _check(translator, engine, namespace, previous, question, sql)


@pytest.mark.parametrize(("namespace", "previous", "question", "sql"), REAL)
def test_new_intents_real(real_translator, real_engine, namespace, previous, question, sql):
    _check(real_translator, real_engine, namespace, previous, question, sql)
