"""Rewordings of questions the offline translator already reads: terse, kubectl jargon, other word
orders and terse follow-ups ("oldest?", "cordoned ones?", "but not kube-system"), each answered as its plain
phrasing is (gold SQL hand-checked by other helpers)."""

from __future__ import annotations

import pytest

from eval.harness.cases import Turn
from tests.test_offline import assert_same_rows, ctx

DEMO_REWORDED = [
    # a node's status is why it is not ready
    (None, "nodes that aren't ready and why", "SELECT name, status FROM nodes WHERE NOT ready"),
    (None, "NotReady nodes and the reason", "SELECT name, status FROM nodes WHERE NOT ready"),
    # a count asked beside an amount per group
    (
        None,
        "number of pods and total cpu requests per namespace",
        "SELECT namespace, count(*), sum(cpu_request) FROM pods GROUP BY namespace",
    ),
    (
        None,
        "pvcs per namespace and how much storage in total",
        "SELECT namespace, count(*), sum(storage_request) FROM persistentvolumeclaims GROUP BY namespace",
    ),
    (
        "checkout",
        "pods not running in any namespace",
        "SELECT namespace, name FROM pods WHERE status <> 'Running'",
    ),
    (
        "payments",
        "which node runs ledger-db-0",
        "SELECT node FROM pods WHERE namespace = 'payments' AND name = 'ledger-db-0'",
    ),
    (None, "pods ready vs not, counted", "SELECT is_ready, count(*) FROM pods GROUP BY is_ready"),
    (
        None,
        "failed jobs with their reason",
        "SELECT namespace, name, failure_reason FROM jobs WHERE status = 'Failed'",
    ),
    (
        None,
        "which namespaces have 2 pods or fewer?",
        "SELECT n.name FROM namespaces n LEFT JOIN pods p ON p.namespace = n.name GROUP BY n.name HAVING count(p.name) <= 2",
    ),
    (None, "pods with 1 to 5 restarts", "SELECT namespace, name FROM pods WHERE restarts BETWEEN 1 AND 5"),
    (
        None,
        "nodes with 30 pods or fewer",
        "SELECT node FROM pods WHERE node IS NOT NULL GROUP BY node HAVING count(*) <= 30",
    ),
    (None, "how many zones do the nodes span?", "SELECT count(DISTINCT zone) FROM nodes"),
    (
        None,
        "pods outside payments and checkout",
        "SELECT namespace, name FROM pods WHERE namespace NOT IN ('payments', 'checkout')",
    ),
]


@pytest.mark.parametrize(("namespace", "question", "sql"), DEMO_REWORDED)
def test_reworded_demo(translator, engine, namespace, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


REAL_REWORDED = [
    # a count asked beside an amount per group
    (
        None,
        "pods and total restarts per node",
        "SELECT node, count(*), sum(restarts) FROM pods WHERE node IS NOT NULL GROUP BY node",
    ),
    (
        None,
        "per namespace: pod count and avg restarts",
        "SELECT namespace, count(*), avg(restarts) FROM pods GROUP BY namespace",
    ),
    (
        None,
        "how many nodes and how much allocatable cpu in each zone?",
        "SELECT zone, count(*), sum(cpu_allocatable) FROM nodes GROUP BY zone",
    ),
    (
        "team-b",
        "sts here with ready count",
        "SELECT name, ready FROM statefulsets WHERE namespace = 'team-b'",
    ),
    (None, "evicted po with reason", "SELECT namespace, name, message FROM pods WHERE reason = 'Evicted'"),
    (
        None,
        "max pvc size by namespace",
        "SELECT namespace, max(storage_request) FROM persistentvolumeclaims GROUP BY namespace",
    ),
    (
        None,
        "namespaces with 3 or more services",
        "SELECT namespace FROM services GROUP BY namespace HAVING count(*) >= 3",
    ),
    (None, "count distinct node instance types", "SELECT count(DISTINCT instance_type) FROM nodes"),
    (
        None,
        "which zone has the highest number of nodes?",
        "SELECT zone, count(*) AS n FROM nodes GROUP BY zone ORDER BY n DESC LIMIT 1",
    ),
    (
        None,
        "number of namespaces with more than 5 pods",
        "SELECT count(*) FROM (SELECT namespace FROM pods GROUP BY namespace HAVING count(*) > 5)",
    ),
    (
        None,
        "nodes running 10 to 30 pods",
        "SELECT node FROM pods WHERE node IS NOT NULL GROUP BY node HAVING count(*) BETWEEN 10 AND 30",
    ),
    (
        None,
        "secrets containing a password key",
        "SELECT namespace, name FROM secrets WHERE list_contains(data_keys, 'password')",
    ),
]


@pytest.mark.parametrize(("namespace", "question", "sql"), REAL_REWORDED)
def test_reworded_real(real_translator, real_engine, namespace, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace=namespace)


DEMO_TERSE_FOLLOWUPS = [
    (
        "but not kube-system",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready AND p.namespace <> 'kube-system'",
        "pods on NotReady nodes",
    ),
    (
        "which is highest?",
        "SELECT namespace, sum(restarts) FROM pods GROUP BY namespace",
        "SELECT namespace, sum(restarts) FROM pods GROUP BY namespace ORDER BY sum(restarts) DESC LIMIT 1",
        "total restarts per namespace",
    ),
    (
        "not on node worker-7",
        "SELECT name FROM pods WHERE namespace = 'payments'",
        "SELECT name FROM pods WHERE namespace = 'payments' AND node <> 'worker-7'",
        "pods in payments",
    ),
    (
        "highest restart count?",
        "SELECT name FROM pods WHERE namespace = 'checkout'",
        "SELECT max(restarts) FROM pods WHERE namespace = 'checkout'",
        "pods in checkout",
    ),
    (
        "oldest?",
        "SELECT name FROM deployments WHERE namespace = 'data'",
        "SELECT name FROM deployments WHERE namespace = 'data' ORDER BY created LIMIT 1",
        "deployments in data",
    ),
    (
        "and their storage classes",
        "SELECT name FROM persistentvolumeclaims WHERE namespace = 'data'",
        "SELECT name, storage_class FROM persistentvolumeclaims WHERE namespace = 'data'",
        "pvcs in data",
    ),
    (
        "with storage class",
        "SELECT name FROM persistentvolumeclaims WHERE namespace = 'data'",
        "SELECT name, storage_class FROM persistentvolumeclaims WHERE namespace = 'data'",
        "pvcs in data",
    ),
    (
        "not in kube-system or monitoring",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready AND p.namespace NOT IN ('kube-system', 'monitoring')",
        "pods on NotReady nodes",
    ),
    (
        "count the running ones",
        "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready",
        "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready AND p.status = 'Running'",
        "pods on NotReady nodes",
    ),
]


@pytest.mark.parametrize(("question", "previous", "sql", "asked"), DEMO_TERSE_FOLLOWUPS)
def test_terse_followups_demo(translator, engine, question, previous, sql, asked):
    t = translator.translate(question, context=ctx(None, (Turn(question=asked, sql=previous),)))
    assert not t.declined, t.message
    want, got = engine.query(sql), engine.query(t.sql)
    assert want.rows and sorted(got.rows, key=repr) == sorted(want.rows, key=repr), t.sql
    assert len(got.columns) == len(want.columns), t.sql


REAL_TERSE_FOLLOWUPS = [
    (
        "count the ready ones",
        "SELECT p.name FROM services s JOIN pods p ON p.namespace = s.namespace WHERE s.namespace = 'bookinfo' AND s.name = 'reviews' AND map_entries(s.selector) <@ map_entries(p.labels)",
        "SELECT count(*) FROM services s JOIN pods p ON p.namespace = s.namespace WHERE s.namespace = 'bookinfo' AND s.name = 'reviews' AND map_entries(s.selector) <@ map_entries(p.labels) AND p.is_ready",
        "pods behind the reviews service in bookinfo",
    ),
    ("cordoned ones?", "SELECT name FROM nodes", "SELECT name FROM nodes WHERE unschedulable", "nodes"),
    (
        "which ran the longest?",
        "SELECT name FROM jobs WHERE namespace = 'batch'",
        "SELECT name, duration FROM jobs WHERE namespace = 'batch' ORDER BY duration DESC LIMIT 1",
        "jobs in batch",
    ),
    (
        "longest one?",
        "SELECT name FROM jobs WHERE namespace = 'batch'",
        "SELECT name, duration FROM jobs WHERE namespace = 'batch' ORDER BY duration DESC LIMIT 1",
        "jobs in batch",
    ),
]


@pytest.mark.parametrize(("question", "previous", "sql", "asked"), REAL_TERSE_FOLLOWUPS)
def test_terse_followups_real(real_translator, real_engine, question, previous, sql, asked):
    t = real_translator.translate(question, context=ctx(None, (Turn(question=asked, sql=previous),)))
    assert not t.declined, t.message
    want, got = real_engine.query(sql), real_engine.query(t.sql)
    assert want.rows and sorted(got.rows, key=repr) == sorted(want.rows, key=repr), t.sql
    assert len(got.columns) == len(want.columns), t.sql
