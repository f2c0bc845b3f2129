"""Wrong answers found earlier and fixed: a kind asked of through another's state, a target that does not
exist, a binding named alone, label counts and keys, types counted side by side, a workload's pods' events."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx

REAL = [
    # the ingresses, not the services they point at (none in this snapshot: the count is 0)
    (
        "how many ingresses point at services without endpoints",
        "SELECT count(*) FROM ingresses i WHERE EXISTS (SELECT 1 FROM unnest(i.services) AS x(s) "
        "JOIN services v ON v.namespace = i.namespace AND v.name = x.s LEFT JOIN endpoints e "
        "ON e.namespace = v.namespace AND e.name = v.name WHERE v.type <> 'ExternalName' "
        "AND coalesce(e.ready_address_count, 0) = 0)",
    ),
    # a target of either kind an hpa may name (none missing here: the count is 0)
    (
        "how many hpas have a missing target",
        "SELECT count(*) FROM horizontalpodautoscalers h WHERE NOT EXISTS (SELECT 1 FROM deployments d "
        "WHERE d.namespace = h.namespace AND d.name = h.target_name) AND NOT EXISTS (SELECT 1 FROM "
        "statefulsets s WHERE s.namespace = h.namespace AND s.name = h.target_name)",
    ),
    # a binding named without its kind word
    ("what role does alice-pod-reader give", "SELECT role_name FROM rolebindings WHERE name = 'alice-pod-reader'"),
    ("which role is alice-pod-reader bound to", "SELECT role_name FROM rolebindings WHERE name = 'alice-pod-reader'"),
    # the service accounts of one namespace, which cluster role bindings name as ns/name
    (
        "clusterrolebindings with service accounts in monitoring",
        "SELECT name FROM clusterrolebindings WHERE len(list_filter(service_accounts, "
        "x -> starts_with(x, 'monitoring/'))) > 0",
    ),
    (
        "which clusterroles are the monitoring service accounts bound to",
        "SELECT DISTINCT role_name FROM clusterrolebindings WHERE len(list_filter(service_accounts, "
        "x -> starts_with(x, 'monitoring/'))) > 0",
    ),
    (
        "how many clusterrolebindings bind service accounts in kube-system",
        "SELECT count(*) FROM clusterrolebindings WHERE len(list_filter(service_accounts, "
        "x -> starts_with(x, 'kube-system/'))) > 0",
    ),
    # a pdb found by its workload's name, with no dash in it
    (
        "which pdb covers cassandra",
        "SELECT DISTINCT b.namespace, b.name FROM poddisruptionbudgets b JOIN pods p ON p.namespace = b.namespace "
        "AND list_has_all(map_entries(p.labels), map_entries(b.selector)) WHERE p.owner_name = 'cassandra'",
    ),
    # the pods' own readiness, counted per node
    (
        "count of not ready pods by node",
        "SELECT node, count(*) FROM pods WHERE NOT is_ready GROUP BY node",
    ),
    (
        "number of unready pods per node",
        "SELECT node, count(*) FROM pods WHERE NOT is_ready GROUP BY node",
    ),
    # how many labels each holds, and which keys are used
    ("pods with more than 3 labels", "SELECT namespace, name FROM pods WHERE cardinality(labels) > 3"),
    ("number of labels on each pod in shop", "SELECT name, cardinality(labels) FROM pods WHERE namespace = 'shop'"),
    ("different labels on pods", "SELECT DISTINCT unnest(map_keys(labels)) FROM pods"),
    ("which label keys do the pods have", "SELECT DISTINCT unnest(map_keys(labels)) FROM pods"),
    # two types counted side by side
    (
        "how many LoadBalancer services vs NodePort",
        "SELECT type, count(*) FROM services WHERE type IN ('LoadBalancer', 'NodePort') GROUP BY type",
    ),
    # ranked by their own count column
    ("events with the highest count", "SELECT namespace, object, reason, count FROM events ORDER BY count DESC"),
    # a pod's trouble asked of its workload: its pods' events
    (
        "why did the image pull fail for ratings-v1",
        "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Pod' "
        "AND namespace = 'bookinfo' AND involved_name LIKE 'ratings-v1-%'",
    ),
    (
        "why is blackbox-exporter crashing",
        "SELECT involved_name, reason, message FROM events WHERE involved_kind = 'Pod' "
        "AND namespace = 'monitoring' AND involved_name LIKE 'blackbox-exporter-%'",
    ),
    # each pod with its node, and that node's status
    (
        "pods in team-b and the nodes they run on with node status",
        "SELECT p.name, p.node, n.status FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'team-b'",
    ),
]

DEMO = [
    ("what role does payments-secret-reader give",
     "SELECT role_name FROM rolebindings WHERE name = 'payments-secret-reader'"),
    ("how many ingresses whose backend is missing",
     "SELECT count(*) FROM ingresses i WHERE EXISTS (SELECT 1 FROM unnest(i.services) AS x(s) "
     "WHERE NOT EXISTS (SELECT 1 FROM services v WHERE v.namespace = i.namespace AND v.name = x.s))"),
    ("nodes with over 10 labels", "SELECT name FROM nodes WHERE cardinality(labels) > 10"),
    (
        "number of ClusterIP vs NodePort services",
        "SELECT type, count(*) FROM services WHERE type IN ('ClusterIP', 'NodePort') GROUP BY type",
    ),
]


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_real_questions_fixed(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_demo_questions_fixed(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question", ["least used node", "most utilized node", "least loaded nodes"])
def test_use_with_no_measure_is_declined_naming_the_measures(real_translator, question):
    t = real_translator.translate(question, context=ctx())
    assert t.declined and "CPU" in t.message and "pods" in t.message, t.sql


def test_use_with_a_measure_is_answered(real_translator):
    assert not real_translator.translate("least used node by cpu requests", context=ctx()).declined
