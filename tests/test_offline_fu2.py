"""Follow-ups, round 2: refinements said as fragments ("with label app=x", "in us-east-1b", "in data too",
"except kube-system"), the rest of the rows, columns of the rows' nodes, counts and regroupings of joined
answers, the most common value of the rows listed; and new questions that must not inherit the last filter."""

from __future__ import annotations

import pytest

from kubequery.translate.base import Turn
from tests.test_offline import ctx

PAYMENTS = "SELECT name FROM pods WHERE namespace = 'payments'"
NOT_READY_NODES = "SELECT p.namespace, p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"
TEAM_B_WARNINGS = "SELECT object, reason FROM events WHERE namespace = 'team-b' AND type = 'Warning'"
REVIEWS = (
    "SELECT p.name FROM services s JOIN pods p ON p.namespace = s.namespace WHERE s.namespace = 'bookinfo' "
    "AND s.name = 'reviews' AND map_entries(s.selector) <@ map_entries(p.labels)"
)

DEMO = [
    # a fragment narrows the previous answer, its columns kept
    ("pods in payments", PAYMENTS, "with label app=fraud-detector",
     PAYMENTS + " AND labels['app'] = 'fraud-detector'"),
    ("po -n payments", PAYMENTS, "labelled app=ledger-service", PAYMENTS + " AND labels['app'] = 'ledger-service'"),
    ("pods in payments", PAYMENTS, "with more than 10 restarts", PAYMENTS + " AND restarts > 10"),
    ("pods in payments", PAYMENTS, "not on worker-7", PAYMENTS + " AND node <> 'worker-7'"),
    ("pods in checkout", "SELECT name FROM pods WHERE namespace = 'checkout'", "with status Running",
     "SELECT name FROM pods WHERE namespace = 'checkout' AND status = 'Running'"),
    ("deployments in ml", "SELECT name FROM deployments WHERE namespace = 'ml'", "with fewer than 5 replicas",
     "SELECT name FROM deployments WHERE namespace = 'ml' AND desired < 5"),
    ("list the nodes", "SELECT name FROM nodes", "in us-east-1b", "SELECT name FROM nodes WHERE zone = 'us-east-1b'"),
    # another namespace as well: both, each row's namespace shown
    ("pods in payments", PAYMENTS, "in checkout too",
     "SELECT namespace, name FROM pods WHERE namespace IN ('payments', 'checkout')"),
    # a joined answer: namespaces left out, counted, regrouped, the nodes' own columns
    ("pods on NotReady nodes", NOT_READY_NODES, "except kube-system",
     NOT_READY_NODES + " AND p.namespace <> 'kube-system'"),
    ("pods on NotReady nodes", NOT_READY_NODES, "how many is that?",
     "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    ("which pods are on nodes that are not ready?", NOT_READY_NODES, "how many per namespace?",
     "SELECT p.namespace, count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready "
     "GROUP BY p.namespace"),
    ("which pods are on nodes that are not ready?", NOT_READY_NODES, "what zone are those nodes in?",
     "SELECT DISTINCT n.name, n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    # the rest: the one filter that picked the rows, negated
    ("LoadBalancer services", "SELECT namespace, name FROM services WHERE type = 'LoadBalancer'",
     "what about the other ones?", "SELECT namespace, name FROM services WHERE type <> 'LoadBalancer'"),
    ("pods in ml", "SELECT name FROM pods WHERE namespace = 'ml'", "requesting more than 1 cpu",
     "SELECT name FROM pods WHERE namespace = 'ml' AND cpu_request > 1"),
    ("deployments in payments", "SELECT name FROM deployments WHERE namespace = 'payments'",
     "having more than 20 replicas", "SELECT name FROM deployments WHERE namespace = 'payments' AND desired > 20"),
    ("warning events", "SELECT namespace, object, reason FROM events WHERE type = 'Warning'", "for pods only",
     "SELECT namespace, object, reason FROM events WHERE type = 'Warning' AND involved_kind = 'Pod'"),
    ("pvcs in data", "SELECT name FROM persistentvolumeclaims WHERE namespace = 'data'", "of storage class gp3",
     "SELECT name FROM persistentvolumeclaims WHERE namespace = 'data' AND storage_class = 'gp3'"),
    ("pods on NotReady nodes", NOT_READY_NODES, "how many of them are running?",
     "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready AND p.status = 'Running'"),
    ("not ready pods in payments", "SELECT name FROM pods WHERE namespace = 'payments' AND NOT is_ready",
     "and the remaining ones?", "SELECT name FROM pods WHERE namespace = 'payments' AND is_ready"),
    # already read well
    ("pods in checkout", "SELECT name FROM pods WHERE namespace = 'checkout'", "how many per node?",
     "SELECT node, count(*) FROM pods WHERE namespace = 'checkout' GROUP BY node"),
    ("deployments in data", "SELECT name FROM deployments WHERE namespace = 'data'", "the oldest one?",
     "SELECT name FROM deployments WHERE namespace = 'data' ORDER BY created LIMIT 1"),
    # a question of its own keeps nothing of the last one
    ("deployments in ml", "SELECT name FROM deployments WHERE namespace = 'ml'", "list all namespaces",
     "SELECT name FROM namespaces"),
    ("pods in payments", PAYMENTS, "which deployments have unavailable replicas?",
     "SELECT namespace, name FROM deployments WHERE unavailable_replicas > 0"),
]

REAL = [
    ("services in shop and their types", "SELECT name, type FROM services WHERE namespace = 'shop'",
     "of type ClusterIP", "SELECT name FROM services WHERE namespace = 'shop' AND type = 'ClusterIP'"),
    ("nodes", "SELECT name FROM nodes", "with the type m5.2xlarge",
     "SELECT name FROM nodes WHERE instance_type = 'm5.2xlarge'"),
    ("pods on worker-3", "SELECT namespace, name FROM pods WHERE node = 'worker-3'", "that have restarted",
     "SELECT namespace, name FROM pods WHERE node = 'worker-3' AND restarts > 0"),
    ("pods on nodes that aren't ready", NOT_READY_NODES, "which zone is that node in?",
     "SELECT DISTINCT n.name, n.zone FROM pods p JOIN nodes n ON p.node = n.name WHERE NOT n.ready"),
    ("crashlooping pods", "SELECT namespace, name FROM pods WHERE status = 'CrashLoopBackOff'",
     "what zone are their nodes in?",
     "SELECT p.namespace, p.name, n.zone FROM pods p JOIN nodes n ON n.name = p.node "
     "WHERE p.status = 'CrashLoopBackOff'"),
    ("warning events in team-b", TEAM_B_WARNINGS, "what's the most common reason?",
     "SELECT reason, count(*) FROM events WHERE namespace = 'team-b' AND type = 'Warning' GROUP BY reason "
     "ORDER BY count(*) DESC LIMIT 1"),
    ("running pods in shop", "SELECT name FROM pods WHERE namespace = 'shop' AND status = 'Running'",
     "and the rest?", "SELECT name FROM pods WHERE namespace = 'shop' AND status <> 'Running'"),
    ("jobs in batch", "SELECT name FROM jobs WHERE namespace = 'batch'", "which one ran the longest?",
     "SELECT name, duration FROM jobs WHERE namespace = 'batch' ORDER BY duration DESC LIMIT 1"),
    ("deployments with unavailable replicas", "SELECT namespace, name FROM deployments WHERE unavailable_replicas > 0",
     "outside kube-system",
     "SELECT namespace, name FROM deployments WHERE unavailable_replicas > 0 AND namespace <> 'kube-system'"),
    ("pods behind the reviews service in bookinfo", REVIEWS, "how many are ready?",
     REVIEWS.replace("SELECT p.name", "SELECT count(*)") + " AND p.is_ready"),
    ("pods in team-b", "SELECT name FROM pods WHERE namespace = 'team-b'", "stuck in Pending",
     "SELECT name FROM pods WHERE namespace = 'team-b' AND status = 'Pending'"),
    ("nodes", "SELECT name FROM nodes", "in zone us-east-1c", "SELECT name FROM nodes WHERE zone = 'us-east-1c'"),
    ("pvcs in team-b", "SELECT name FROM persistentvolumeclaims WHERE namespace = 'team-b'", "in ml too",
     "SELECT namespace, name FROM persistentvolumeclaims WHERE namespace IN ('team-b', 'ml')"),
    ("not ready pods in shop", "SELECT name FROM pods WHERE namespace = 'shop' AND NOT is_ready",
     "also include bookinfo",
     "SELECT namespace, name FROM pods WHERE namespace IN ('shop', 'bookinfo') AND NOT is_ready"),
    ("warning events", "SELECT namespace, object, reason FROM events WHERE type = 'Warning'",
     "which namespace is most common?",
     "SELECT namespace, count(*) FROM events WHERE type = 'Warning' GROUP BY namespace ORDER BY count(*) DESC LIMIT 1"),
    # already read well
    ("pods in team-b", "SELECT name FROM pods WHERE namespace = 'team-b'", "their pvcs?",
     "SELECT name, pvcs FROM pods WHERE namespace = 'team-b'"),
    ("crashlooping pods in team-b", "SELECT name FROM pods WHERE namespace = 'team-b' AND status = 'CrashLoopBackOff'",
     "how many namespaces are there?", "SELECT count(*) FROM namespaces"),
]


def _same_rows(translator, engine, previous, previous_sql, question, sql):
    t = translator.translate(question, context=ctx(turns=(Turn(question=previous, sql=previous_sql),)))
    assert not t.declined, t.message
    expected, got = engine.query(sql), engine.query(t.sql)
    assert expected.rows and sorted(got.rows, key=repr) == sorted(expected.rows, key=repr), t.sql
    assert len(got.columns) == len(expected.columns), t.sql


@pytest.mark.parametrize(("previous", "previous_sql", "question", "sql"), DEMO)
def test_demo_followups(translator, engine, previous, previous_sql, question, sql):
    _same_rows(translator, engine, previous, previous_sql, question, sql)


@pytest.mark.parametrize(("previous", "previous_sql", "question", "sql"), REAL)
def test_real_followups(real_translator, real_engine, previous, previous_sql, question, sql):
    _same_rows(real_translator, real_engine, previous, previous_sql, question, sql)


def test_a_fragment_with_a_column_alone_adds_it(translator):
    # "with ip" shows the ip, as dev's follow-ups do; "with restarts" shows the restart count
    turn = Turn(question="pods in team-b", sql=PAYMENTS)
    assert translator.translate("with ip", context=ctx(turns=(turn,))).sql == (
        "SELECT name, ip FROM pods WHERE namespace = 'payments'"
    )
