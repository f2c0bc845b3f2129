"""Joins, round 7 (session jn7): "how many" asked of a rule that lists the objects it picks (the pods of a
deployment, the pods using a configmap) is their count; deployments ranked by how many of their pods there
are (of a state, if one is said); "with no running pods" (the pods' state, not the "running" connector);
"restarting more than 5 times"; a workload's pods kept by their node's state ("on NotReady nodes"); unused
configmaps, secrets or claims counted; a claim's volume's column said with "volume's", or summed; services
ranked by their (not) ready endpoints, or one service's endpoint count asked ("how many ready endpoints does
the reviews service have", not how many endpoints objects there are); "what verbs does alice have on pods"."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

RS = "pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name"

DEMO = [
    # counts of what a rule lists
    (
        "how many pods does deployment storefront in frontend have?",
        f"SELECT count(*) FROM {RS} WHERE p.namespace = 'frontend' AND r.owner_kind = 'Deployment' "
        "AND r.owner_name = 'storefront'",
    ),
    (
        "how many pods use configmap payments-api-config in payments?",
        "SELECT count(*) FROM pods WHERE namespace = 'payments' AND list_contains(configmaps, 'payments-api-config')",
    ),
    ("how many pods are on cordoned nodes?", "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.unschedulable"),
    # deployments ranked by their pods
    (
        "which deployment has the most pods?",
        f"SELECT r.namespace, r.owner_name, count(*) AS pods FROM {RS} WHERE r.owner_kind = 'Deployment' "
        "GROUP BY r.namespace, r.owner_name ORDER BY pods DESC LIMIT 1",
    ),
    (
        "top 3 deployments by number of pods",
        f"SELECT r.namespace, r.owner_name, count(*) AS pods FROM {RS} WHERE r.owner_kind = 'Deployment' "
        "GROUP BY r.namespace, r.owner_name ORDER BY pods DESC LIMIT 3",
    ),
    (
        "which deployment has the most not ready pods",
        f"SELECT r.namespace, r.owner_name, count(*) AS pods FROM {RS} WHERE r.owner_kind = 'Deployment' "
        "AND NOT p.is_ready GROUP BY r.namespace, r.owner_name ORDER BY pods DESC LIMIT 1",
    ),
    (
        "deployment in checkout with the fewest pods",
        f"SELECT r.owner_name, count(*) AS pods FROM {RS} WHERE r.owner_kind = 'Deployment' "
        "AND p.namespace = 'checkout' GROUP BY r.owner_name ORDER BY pods LIMIT 1",
    ),
    # the pods' state said before them
    (
        "deployments with no running pods",
        "SELECT d.namespace, d.name FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM "
        f"{RS} WHERE r.namespace = d.namespace AND r.owner_kind = 'Deployment' AND r.owner_name = d.name "
        "AND p.status = 'Running')",
    ),
    (
        "which deployments have no running pods?",
        "SELECT d.namespace, d.name FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM "
        f"{RS} WHERE r.namespace = d.namespace AND r.owner_kind = 'Deployment' AND r.owner_name = d.name "
        "AND p.status = 'Running')",
    ),
    (
        "which deployments have running pods?",
        f"SELECT DISTINCT r.namespace, r.owner_name FROM {RS} WHERE r.owner_kind = 'Deployment' "
        "AND p.status = 'Running'",
    ),
    ("pods restarting more than 5 times in checkout", "SELECT name FROM pods WHERE namespace = 'checkout' AND restarts > 5"),
    (
        "deployments in data with pods restarting more than 5 times",
        f"SELECT DISTINCT r.owner_name FROM {RS} WHERE p.namespace = 'data' AND r.owner_kind = 'Deployment' "
        "AND p.restarts > 5",
    ),
    # a workload's pods kept by their node
    (
        "pods of the node-exporter daemonset on NotReady nodes",
        "SELECT p.name FROM pods p JOIN nodes n ON p.node = n.name WHERE p.namespace = 'monitoring' "
        "AND p.owner_kind = 'DaemonSet' AND p.owner_name = 'node-exporter' AND NOT n.ready",
    ),
    (
        "pods of deployment payments-api on NotReady nodes",
        f"SELECT p.namespace, p.name FROM {RS} JOIN nodes n ON n.name = p.node WHERE r.owner_kind = 'Deployment' "
        "AND r.owner_name = 'payments-api' AND NOT n.ready",
    ),
    (
        "pods of deployment checkout-api in checkout on cordoned nodes",
        f"SELECT p.name FROM {RS} JOIN nodes n ON n.name = p.node WHERE p.namespace = 'checkout' "
        "AND r.owner_kind = 'Deployment' AND r.owner_name = 'checkout-api' AND n.unschedulable",
    ),
    (
        "pods of statefulset kafka on nodes in us-east-1c",
        "SELECT p.name FROM pods p JOIN nodes n ON n.name = p.node WHERE p.namespace = 'data' "
        "AND p.owner_kind = 'StatefulSet' AND p.owner_name = 'kafka' AND n.zone = 'us-east-1c'",
    ),
    # unused ones counted
    (
        "how many unused secrets are there in payments?",
        "SELECT count(*) FROM secrets s WHERE s.namespace = 'payments' AND NOT EXISTS "
        "(SELECT 1 FROM pods p WHERE p.namespace = s.namespace AND list_contains(p.secrets, s.name))",
    ),
    (
        "how many unused configmaps are there",
        "SELECT count(*) FROM configmaps c WHERE NOT EXISTS "
        "(SELECT 1 FROM pods p WHERE p.namespace = c.namespace AND list_contains(p.configmaps, c.name))",
    ),
    # a claim's volume
    (
        "pvcs with their volume's reclaim policy",
        "SELECT c.namespace, c.name, v.reclaim_policy FROM persistentvolumeclaims c "
        "JOIN persistentvolumes v ON v.name = c.volume",
    ),
    (
        "total capacity of the volumes bound to claims in data",
        "SELECT sum(v.capacity) FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
        "WHERE c.namespace = 'data'",
    ),
    # services ranked by their endpoints
    (
        "which service has the most not ready endpoints?",
        "SELECT s.namespace, s.name, e.not_ready_address_count FROM services s JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.name ORDER BY e.not_ready_address_count DESC LIMIT 1",
    ),
    (
        "top 3 services by ready endpoints",
        "SELECT s.namespace, s.name, e.ready_address_count FROM services s JOIN endpoints e "
        "ON e.namespace = s.namespace AND e.name = s.name ORDER BY e.ready_address_count DESC LIMIT 3",
    ),
    (
        "how many ready endpoints does the payments-api service in payments have?",
        "SELECT e.ready_address_count FROM endpoints e WHERE e.namespace = 'payments' AND e.name = 'payments-api'",
    ),
    # already read: kept
    (
        "statefulsets with a pod that isn't ready",
        "SELECT DISTINCT s.namespace, s.name FROM statefulsets s JOIN pods p ON p.namespace = s.namespace "
        "AND p.owner_kind = 'StatefulSet' AND p.owner_name = s.name WHERE NOT p.is_ready",
    ),
    (
        "configmaps used by more than one pod",
        "SELECT c.namespace, c.name FROM configmaps c JOIN pods p ON p.namespace = c.namespace "
        "AND list_contains(p.configmaps, c.name) GROUP BY c.namespace, c.name HAVING count(*) > 1",
    ),
    (
        "how many services have no ready endpoints?",
        "SELECT count(*) FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name "
        "WHERE s.type <> 'ExternalName' AND coalesce(e.ready_address_count, 0) = 0",
    ),
]

REAL = [
    (
        "how many pods does the frontend deployment in shop have?",
        f"SELECT count(*) FROM {RS} WHERE p.namespace = 'shop' AND r.owner_kind = 'Deployment' "
        "AND r.owner_name = 'frontend'",
    ),
    (
        "how many pods use the secret mysql-credentials in team-b?",
        "SELECT count(*) FROM pods WHERE namespace = 'team-b' AND list_contains(secrets, 'mysql-credentials')",
    ),
    (
        "which deployment in shop has the most pods?",
        f"SELECT r.owner_name, count(*) AS pods FROM {RS} WHERE p.namespace = 'shop' "
        "AND r.owner_kind = 'Deployment' GROUP BY r.owner_name ORDER BY pods DESC LIMIT 1",
    ),
    (
        "total capacity of the volumes bound to claims in team-b",
        "SELECT sum(v.capacity) FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
        "WHERE c.namespace = 'team-b'",
    ),
    (
        "deployments with no ready pods",
        "SELECT d.namespace, d.name FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM "
        f"{RS} WHERE r.namespace = d.namespace AND r.owner_kind = 'Deployment' AND r.owner_name = d.name "
        "AND p.is_ready)",
    ),
    (
        "how many ready endpoints does the reviews service have?",
        "SELECT e.ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace "
        "AND e.name = s.name WHERE s.namespace = 'bookinfo' AND s.name = 'reviews'",
    ),
    (
        "how many not ready endpoints does the reviews service have?",
        "SELECT e.not_ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace "
        "AND e.name = s.name WHERE s.namespace = 'bookinfo' AND s.name = 'reviews'",
    ),
    (
        "what verbs does user alice have on pods in team-a?",
        "SELECT r.verbs FROM rolebindings b JOIN roles r ON r.namespace = b.namespace AND r.name = b.role_name "
        "WHERE b.namespace = 'team-a' AND b.role_kind = 'Role' AND list_contains(b.users, 'alice') "
        "AND list_contains(r.resources, 'pods')",
    ),
    (
        "pods whose pvc is pending",
        "SELECT p.namespace, p.name FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace "
        "AND list_contains(p.pvcs, c.name) WHERE c.status = 'Pending'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_demo_joins(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_real_joins(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
