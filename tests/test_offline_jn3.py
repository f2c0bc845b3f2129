"""Join intents the dev cases do not ask (s19-jn3): pods sharing a node with a named pod, nodes running
pods of two named workloads, workloads kept by how many nodes or zones their pods span, a named
deployment's pods counted per node or zone, the zone with the most or fewest pods, pods' numbers averaged
per a node property, kinds kept by their pods in a zone, services with the nodes their pods run on."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO = [
    # pods sharing a node with a named pod
    (
        "which pods share a node with ledger-db-0?",
        "SELECT q.namespace, q.name FROM pods p JOIN pods q ON q.node = p.node WHERE p.namespace = "
        "'payments' AND p.name = 'ledger-db-0' AND q.name <> p.name",
    ),
    (
        "what else runs on the same node as postgres-0?",
        "SELECT q.namespace, q.name FROM pods p JOIN pods q ON q.node = p.node WHERE p.namespace = "
        "'data' AND p.name = 'postgres-0' AND q.name <> p.name",
    ),
    (
        "pods in checkout on the same node as redis-0",
        "SELECT q.name FROM pods p JOIN pods q ON q.node = p.node WHERE p.namespace = 'checkout' "
        "AND p.name = 'redis-0' AND q.namespace = 'checkout' AND q.name <> p.name",
    ),
    # nodes running pods of both of two named workloads
    (
        "which nodes run pods of both checkout-api and payments-api?",
        "SELECT DISTINCT p.node FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND "
        "r.name = p.owner_name JOIN pods q ON q.node = p.node JOIN replicasets s ON s.namespace = "
        "q.namespace AND s.name = q.owner_name WHERE r.owner_kind = 'Deployment' AND r.owner_name = "
        "'checkout-api' AND s.owner_kind = 'Deployment' AND s.owner_name = 'payments-api'",
    ),
    # replica sets are not 'replicas': no desired column
    (
        "replicasets with no pods in checkout",
        "SELECT r.name FROM replicasets r WHERE r.namespace = 'checkout' AND NOT EXISTS (SELECT 1 "
        "FROM pods p WHERE p.namespace = r.namespace AND p.owner_kind = 'ReplicaSet' AND "
        "p.owner_name = r.name)",
    ),
    # workloads kept by how many nodes or zones their pods span
    (
        "deployments whose pods are all on one node",
        "SELECT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' GROUP BY "
        "r.namespace, r.owner_name HAVING count(DISTINCT p.node) = 1",
    ),
    (
        "which deployments have pods in more than one zone?",
        "SELECT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name JOIN nodes n ON n.name = p.node WHERE r.owner_kind = "
        "'Deployment' GROUP BY r.namespace, r.owner_name HAVING count(DISTINCT n.zone) > 1",
    ),
    (
        "statefulsets whose pods are all in a single zone",
        "SELECT p.namespace, p.owner_name FROM pods p JOIN nodes n ON n.name = p.node WHERE "
        "p.owner_kind = 'StatefulSet' GROUP BY p.namespace, p.owner_name HAVING count(DISTINCT "
        "n.zone) = 1",
    ),
    # a named deployment's pods counted per node or zone
    (
        "which node runs the most model-serving pods?",
        "SELECT p.node, count(*) FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND "
        "r.name = p.owner_name WHERE p.namespace = 'ml' AND r.owner_kind = 'Deployment' AND "
        "r.owner_name = 'model-serving' GROUP BY p.node ORDER BY count(*) DESC LIMIT 1",
    ),
    # the zone with the most pods
    (
        "which zone has the most pods?",
        "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON n.name = p.node GROUP BY n.zone ORDER "
        "BY count(*) DESC LIMIT 1",
    ),
    (
        "pods per zone for the checkout-api deployment",
        "SELECT n.zone, count(*) FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND "
        "r.name = p.owner_name JOIN nodes n ON n.name = p.node WHERE p.namespace = 'checkout' AND "
        "r.owner_kind = 'Deployment' AND r.owner_name = 'checkout-api' GROUP BY n.zone",
    ),
    # kinds kept by their pods in a zone (the zone was dropped)
    (
        "which namespaces have pods in us-east-1c?",
        "SELECT DISTINCT p.namespace FROM pods p JOIN nodes n ON n.name = p.node WHERE n.zone = 'us-east-1c'",
    ),
    # pods' numbers averaged per a node property (was invalid SQL)
    (
        "average restarts of pods per zone",
        "SELECT n.zone, avg(p.restarts) FROM pods p JOIN nodes n ON n.name = p.node GROUP BY n.zone",
    ),
    (
        "which nodes do the pods behind the payments-api ingress run on?",
        "SELECT DISTINCT p.node FROM ingresses i JOIN services s ON s.namespace = i.namespace AND "
        "list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) WHERE i.namespace = 'payments' AND i.name "
        "= 'payments-api'",
    ),
    # already read
    (
        "how many pods does each pdb cover?",
        "SELECT b.namespace, b.name, count(p.name) FROM poddisruptionbudgets b LEFT JOIN pods p ON "
        "p.namespace = b.namespace AND map_entries(b.selector) <@ map_entries(p.labels) GROUP BY "
        "b.namespace, b.name",
    ),
    (
        "nodes running pods protected by the kafka pdb",
        "SELECT DISTINCT p.node FROM poddisruptionbudgets b JOIN pods p ON p.namespace = "
        "b.namespace AND map_entries(b.selector) <@ map_entries(p.labels) WHERE b.namespace = "
        "'data' AND b.name = 'kafka'",
    ),
    (
        "how many deployments have pods on multiple nodes",
        "SELECT count(*) FROM (SELECT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON "
        "r.namespace = p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' "
        "GROUP BY r.namespace, r.owner_name HAVING count(DISTINCT p.node) > 1)",
    ),
    (
        "restarts per zone",
        "SELECT n.zone, sum(p.restarts) FROM pods p JOIN nodes n ON n.name = p.node GROUP BY n.zone",
    ),
    (
        "avg memory request per instance type",
        "SELECT n.instance_type, avg(p.memory_request) FROM pods p JOIN nodes n ON n.name = p.node "
        "GROUP BY n.instance_type",
    ),
    (
        "deployments with pods in us-east-1c",
        "SELECT DISTINCT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name JOIN nodes n ON n.name = p.node WHERE r.owner_kind = "
        "'Deployment' AND n.zone = 'us-east-1c'",
    ),
    (
        "Pending po in ns with a quota",
        "SELECT p.namespace, p.name FROM pods p WHERE p.status = 'Pending' AND p.namespace IN "
        "(SELECT namespace FROM resourcequotas)",
    ),
    # a named deployment's replica sets kept by whether some pod of each is left
    (
        "which replicasets of checkout-api still have pods?",
        "SELECT r.name FROM replicasets r WHERE r.namespace = 'checkout' AND r.owner_kind = 'Deployment' "
        "AND r.owner_name = 'checkout-api' AND EXISTS (SELECT 1 FROM pods p WHERE p.namespace = r.namespace "
        "AND p.owner_name = r.name)",
    ),
    (
        "replicasets of cart-service with no pods",
        "SELECT r.name FROM replicasets r WHERE r.namespace = 'checkout' AND r.owner_kind = 'Deployment' "
        "AND r.owner_name = 'cart-service' AND r.current = 0",
    ),
]


REAL = [
    # the namespace said after the pod is the pod's
    (
        "which pods share a node with the mysql pod in team-b?",
        "SELECT q.namespace, q.name FROM pods p JOIN pods q ON q.node = p.node WHERE p.namespace = "
        "'team-b' AND p.name = 'mysql' AND q.name <> p.name",
    ),
    (
        "nodes with no bookinfo pods",
        "SELECT n.name FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.node = n.name "
        "AND p.namespace = 'bookinfo')",
    ),
    # workloads spread over more than one node
    (
        "which deployments have pods on more than one node?",
        "SELECT r.namespace, r.owner_name FROM pods p JOIN replicasets r ON r.namespace = "
        "p.namespace AND r.name = p.owner_name WHERE r.owner_kind = 'Deployment' GROUP BY "
        "r.namespace, r.owner_name HAVING count(DISTINCT p.node) > 1",
    ),
    # already read
    (
        "which pods serve the guestbook ingress in team-a?",
        "SELECT DISTINCT p.name FROM ingresses i JOIN services s ON s.namespace = i.namespace AND "
        "list_contains(i.services, s.name) JOIN pods p ON p.namespace = s.namespace AND "
        "map_entries(s.selector) <@ map_entries(p.labels) WHERE i.namespace = 'team-a' AND i.name = "
        "'guestbook'",
    ),
    # 'the nodes their pods run on': their pods' nodes
    (
        "services in bookinfo and the nodes their pods run on",
        "SELECT DISTINCT s.name, p.node FROM services s JOIN pods p ON p.namespace = s.namespace "
        "AND map_entries(s.selector) <@ map_entries(p.labels) WHERE s.namespace = 'bookinfo'",
    ),
    # the zone with the fewest pods
    (
        "which zone has the fewest pods",
        "SELECT n.zone, count(*) FROM pods p JOIN nodes n ON n.name = p.node GROUP BY n.zone ORDER "
        "BY count(*) LIMIT 1",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_demo_new_join_intents(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_real_new_join_intents(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
