"""Joins said in more ways: dangling references with the referred kind unsaid, the zones a workload's pods
span, each cron job's latest run, what an autoscaler's target has ready, and a few permission phrasings."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows, ctx

LAST_RUNS = (
    "FROM cronjobs c JOIN (SELECT namespace, owner_name, arg_max(status, created) AS last_status FROM jobs "
    "WHERE owner_kind = 'CronJob' GROUP BY namespace, owner_name) j "
    "ON j.namespace = c.namespace AND j.owner_name = c.name"
)
FRONTEND_ZONES = (
    "SELECT r.owner_name, count(DISTINCT n.zone) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
    "AND r.name = p.owner_name JOIN nodes n ON n.name = p.node WHERE p.namespace = 'frontend' "
    "AND r.owner_kind = 'Deployment' GROUP BY r.owner_name"
)
LOST_CLAIMS = (
    "SELECT v.name FROM persistentvolumes v LEFT JOIN persistentvolumeclaims c ON c.namespace = v.claim_namespace "
    "AND c.name = v.claim_name WHERE v.claim_name IS NOT NULL AND c.name IS NULL"
)
WITH_PODS_NO_QUOTA = (
    "SELECT DISTINCT p.namespace FROM pods p WHERE NOT EXISTS "
    "(SELECT 1 FROM resourcequotas q WHERE q.namespace = p.namespace)"
)
HPA_TARGET_READY = (
    "SELECT h.namespace, h.name, d.ready_replicas FROM horizontalpodautoscalers h JOIN deployments d "
    "ON d.namespace = h.namespace AND d.name = h.target_name WHERE h.target_kind = 'Deployment'"
)
ML_HPA_BOUNDS = (
    "SELECT d.name, h.min_replicas, h.max_replicas FROM deployments d JOIN horizontalpodautoscalers h "
    "ON h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name "
    "WHERE d.namespace = 'ml'"
)
NOTHING_READY = (
    "SELECT s.namespace, s.name FROM services s LEFT JOIN endpoints e ON e.namespace = s.namespace "
    "AND e.name = s.name WHERE coalesce(e.ready_address_count, 0) = 0"
)

DEMO = [
    # each cron job's newest job, by creation, and its status
    ("cj whose latest run is Failed", f"SELECT c.namespace, c.name {LAST_RUNS} WHERE j.last_status = 'Failed'"),
    ("did the last run of any cronjob fail?", f"SELECT c.namespace, c.name {LAST_RUNS} WHERE j.last_status = 'Failed'"),
    (
        "cronjobs in batch whose last job succeeded",
        f"SELECT c.name {LAST_RUNS} WHERE c.namespace = 'batch' AND j.last_status = 'Complete'",
    ),
    ("status of each cronjob's latest run", f"SELECT c.namespace, c.name, j.last_status {LAST_RUNS}"),
    # a last run asked with no status, or sorted by: its last schedule time, the cron job's own
    ("last run of each cronjob", "SELECT namespace, name, last_schedule FROM cronjobs"),
    # the distinct zones of the nodes a workload's pods run on
    ("how many availability zones does each deployment in frontend have pods in?", FRONTEND_ZONES),
    ("frontend deploys: number of distinct zones their pods run in", FRONTEND_ZONES),
    ("zone spread per deployment in ns frontend", FRONTEND_ZONES),
    (
        "how many zones is each statefulset spread across",
        "SELECT p.namespace, p.owner_name, count(DISTINCT n.zone) FROM pods p JOIN nodes n ON n.name = p.node "
        "WHERE p.owner_kind = 'StatefulSet' GROUP BY p.namespace, p.owner_name",
    ),
    # persistent volumes whose claim is gone, "volumes" said alone
    ("volumes left behind by deleted claims", LOST_CLAIMS),
    ("volumes whose claim is gone", LOST_CLAIMS),
    ("any dangling pvs?", LOST_CLAIMS),
    # namespaces "with workloads": some pods run there
    ("namespaces with workloads and no quota set", WITH_PODS_NO_QUOTA),
    (
        "namespaces running workloads without default limits (no limit range)",
        "SELECT n.name FROM namespaces n WHERE EXISTS (SELECT 1 FROM pods p WHERE p.namespace = n.name) "
        "AND NOT EXISTS (SELECT 1 FROM limitranges l WHERE l.namespace = n.name)",
    ),
    # how many replicas of an autoscaler's target are ready: that column of the target
    ("hpas and how many replicas of their target deployment are ready", HPA_TARGET_READY),
    # an autoscaled deployment's bounds: its autoscaler's least and most replicas
    ("autoscaled deployments in ml and their bounds", ML_HPA_BOUNDS),
    ("ml deployments with an hpa and their scaling bounds", ML_HPA_BOUNDS),
    # a service nothing is ready behind
    ("services where nothing is ready to receive trafic", NOTHING_READY),
    ("svcs with no pods ready to take traffic", NOTHING_READY),
]

SECRET_READERS = (
    "SELECT p.namespace, p.name FROM pods p JOIN rolebindings b ON b.namespace = p.namespace "
    "AND list_contains(b.service_accounts, p.namespace || '/' || p.service_account) JOIN roles r "
    "ON r.namespace = b.namespace AND r.name = b.role_name WHERE b.role_kind = 'Role' "
    "AND list_contains(r.resources, 'secrets')"
)
DEMO += [
    # pods whose service account a role binding of their namespace names (and grants what is said)
    ("which pods run as a service account whose role binding lets it read secrets?", SECRET_READERS),
    ("pods whose sa can access secrets via a rolebinding", SECRET_READERS),
    (
        "which pods run as a service account that a role binding grants something to?",
        "SELECT p.namespace, p.name FROM pods p WHERE EXISTS (SELECT 1 FROM rolebindings b "
        "WHERE list_contains(b.service_accounts, p.namespace || '/' || p.service_account))",
    ),
]

RESIZABLE = (
    "SELECT c.namespace, c.name FROM persistentvolumeclaims c JOIN storageclasses s ON s.name = c.storage_class "
    "WHERE s.allow_volume_expansion"
)
DEMO += [
    # a claim can be resized when its storage class allows volume expansion
    ("what claims can i resize?", RESIZABLE),
    ("which pvcs can be expanded", RESIZABLE),
    (
        "expandable pvcs in data",
        "SELECT c.name FROM persistentvolumeclaims c JOIN storageclasses s ON s.name = c.storage_class "
        "WHERE c.namespace = 'data' AND s.allow_volume_expansion",
    ),
]

REAL = [
    ("what claims can i resize?", RESIZABLE),
    ("hpas and how many replicas of their target deployment are ready", HPA_TARGET_READY),
    # the namespaces asked are the bindings'; the one in brackets is the account's own
    (
        "in which namespaces can the service account prometheus-k8s (monitoring) read pods through a role binding?",
        "SELECT b.namespace FROM rolebindings b JOIN roles r ON r.namespace = b.namespace AND r.name = b.role_name "
        "WHERE b.role_kind = 'Role' AND list_contains(b.service_accounts, 'monitoring/prometheus-k8s') "
        "AND list_contains(r.resources, 'pods')",
    ),
    # a cluster-wide grant is a cluster role binding
    (
        "which monitoring service acounts have no cluster-wide grant",
        "SELECT s.name FROM serviceaccounts s WHERE s.namespace = 'monitoring' AND NOT EXISTS (SELECT 1 FROM "
        "clusterrolebindings b WHERE list_contains(b.service_accounts, s.namespace || '/' || s.name))",
    ),
    # a token not mounted by the pod's service account
    (
        "pods that don't get the sa token mounted by their service account",
        "SELECT p.namespace, p.name FROM pods p JOIN serviceaccounts s ON s.namespace = p.namespace "
        "AND s.name = p.service_account WHERE NOT s.automount_token",
    ),
    (
        "which pods in monitoring don't get a token mounted by their sa",
        "SELECT p.name FROM pods p JOIN serviceaccounts s ON s.namespace = p.namespace "
        "AND s.name = p.service_account WHERE p.namespace = 'monitoring' AND NOT s.automount_token",
    ),
    (
        "zone spread per deployment in bookinfo",
        "SELECT r.owner_name, count(DISTINCT n.zone) FROM pods p JOIN replicasets r ON r.namespace = p.namespace "
        "AND r.name = p.owner_name JOIN nodes n ON n.name = p.node WHERE p.namespace = 'bookinfo' "
        "AND r.owner_kind = 'Deployment' GROUP BY r.owner_name",
    ),
]


@pytest.mark.parametrize(("question", "sql"), DEMO)
def test_joins_said_another_way(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL)
def test_joins_said_another_way_on_the_real_cluster(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("any dangling rolebindngs?", ("FROM roles", "FROM clusterroles")),
        ("dangling role bindings in team-a", ("FROM roles", "team-a")),
        ("how many dangling clusterrolebindings", ("count(", "FROM clusterroles")),
    ],
)
def test_dangling_bindings_name_a_missing_role(real_translator, question, missing):
    """No binding of either cluster names a missing role, so the rows say nothing: the query must look."""
    t = real_translator.translate(question, context=ctx())
    assert not t.declined, t.message
    assert "NOT EXISTS" in t.sql and all(m in t.sql for m in missing), t.sql
