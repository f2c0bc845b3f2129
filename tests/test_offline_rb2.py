"""RBAC, storage and join questions answered with what was asked: a role with the subjects bound to it,
the roles the bindings grant, one object's claim, secrets or volume value, counts of unused objects."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

ROLE_SUBJECTS = (
    "SELECT r.namespace, r.name, b.subjects FROM roles r LEFT JOIN rolebindings b "
    "ON b.namespace = r.namespace AND b.role_kind = 'Role' AND b.role_name = r.name"
)
GRAFANA_SECRETS = (
    "SELECT s.name FROM secrets s JOIN deployments d ON d.namespace = s.namespace "
    "AND list_contains(d.secrets, s.name) WHERE d.namespace = 'monitoring' AND d.name = 'grafana'"
)
ALL_NOT_READY = "SELECT namespace, name FROM endpoints WHERE ready_address_count = 0 AND not_ready_address_count > 0"
UNUSED_CMS = (
    "SELECT c.namespace, count(*) FROM configmaps c WHERE NOT EXISTS (SELECT 1 FROM pods p "
    "WHERE p.namespace = c.namespace AND list_contains(p.configmaps, c.name)) GROUP BY c.namespace"
)
POD_COUNT_AND_CAPACITY = (
    "SELECT n.name, n.pods_capacity, count(p.name) FROM nodes n LEFT JOIN pods p ON p.node = n.name "
    "GROUP BY n.name, n.pods_capacity"
)

DEMO = [
    (
        "roles in payments and the subjects bound to them",
        "SELECT r.name, b.subjects FROM roles r JOIN rolebindings b ON b.namespace = r.namespace "
        "AND b.role_kind = 'Role' AND b.role_name = r.name WHERE r.namespace = 'payments'",
        None,
    ),
    ("the subjects bound to each role", ROLE_SUBJECTS, None),
    ("list roles with their subjects", ROLE_SUBJECTS, None),
    ("which roles do the rolebindings here grant?", "SELECT DISTINCT role_name FROM rolebindings WHERE namespace = 'staging'", "staging"),
    ("what roles do the role bindings in staging grant", "SELECT DISTINCT role_name FROM rolebindings WHERE namespace = 'staging'", None),
    ("services whose endpoints are all not ready", ALL_NOT_READY, None),
    ("services with only not ready endpoints", ALL_NOT_READY, None),
    ("which secrets does the grafana deployment use?", GRAFANA_SECRETS, None),
    ("which secrets does deployment grafana use?", GRAFANA_SECRETS, None),
    (
        "how much storage do the pvs bound to claims in monitoring hold in total",
        "SELECT sum(capacity) FROM persistentvolumes WHERE claim_namespace = 'monitoring'",
        None,
    ),
    ("nodes with their pod count and pod capacity", POD_COUNT_AND_CAPACITY, None),
    ("pod count and pod capacity per node", POD_COUNT_AND_CAPACITY, None),
    ("number of unused configmaps per namespace", UNUSED_CMS, None),
    ("unused cms per namespace", UNUSED_CMS, None),
    (
        "which namespaces can user bob@acme.io access?",
        "SELECT DISTINCT namespace FROM rolebindings WHERE list_contains(users, 'bob@acme.io')",
        None,
    ),
    (
        "which namespaces may the group ml-engineers access?",
        "SELECT DISTINCT namespace FROM rolebindings WHERE list_contains(groups, 'ml-engineers')",
        None,
    ),
]

PROM_BOUND_IN_KUBE_SYSTEM = (
    "SELECT DISTINCT role_name FROM rolebindings WHERE namespace = 'kube-system' "
    "AND list_contains(service_accounts, 'monitoring/prometheus-k8s')"
)
MONITORING_CRB_VERBS = (
    "SELECT b.name, r.verbs FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
    "WHERE len(list_filter(b.service_accounts, x -> x LIKE 'monitoring/%')) > 0"
)
REDIS_DATA_RECLAIM = (
    "SELECT v.reclaim_policy FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
    "WHERE c.namespace = 'team-a' AND c.name = 'redis-data'"
)

REAL = [
    ("the subjects bound to each role", ROLE_SUBJECTS, None),
    ("what roles is the prometheus-k8s service account bound to in kube-system?", PROM_BOUND_IN_KUBE_SYSTEM, None),
    ("which roles is sa prometheus-k8s bound to in kube-system", PROM_BOUND_IN_KUBE_SYSTEM, None),
    ("cluster role bindings for service accounts in monitoring and their cluster role's verbs", MONITORING_CRB_VERBS, None),
    ("clusterrolebindings with monitoring service accounts and the verbs of their roles", MONITORING_CRB_VERBS, None),
    ("which claim does pv my-model-pv belong to?", "SELECT claim FROM persistentvolumes WHERE name = 'my-model-pv'", None),
    ("reclaim policy of the volume of claim redis-data in team-a", REDIS_DATA_RECLAIM, None),
    ("what is the reclaim policy of the pv bound to pvc redis-data in team-a", REDIS_DATA_RECLAIM, None),
    (
        "which namespaces can user alice access?",
        "SELECT DISTINCT namespace FROM rolebindings WHERE list_contains(users, 'alice')",
        None,
    ),
    (
        "what storage class does the redis-data pvc use?",
        "SELECT storage_class FROM persistentvolumeclaims WHERE namespace = 'team-a' AND name = 'redis-data'",
        None,
    ),
]


@pytest.mark.parametrize(("question", "sql", "namespace"), DEMO)
def test_rbac_storage_and_joins_on_the_demo_cluster(translator, engine, question, sql, namespace):
    assert_same_rows(translator, engine, question, sql, columns=True, namespace=namespace)


@pytest.mark.parametrize(("question", "sql", "namespace"), REAL)
def test_rbac_storage_and_joins_on_the_real_snapshot(real_translator, real_engine, question, sql, namespace):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True, namespace=namespace)
