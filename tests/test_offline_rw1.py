"""Rewordings of join, event and RBAC questions (terse, kubectl short names, a namespace said first, a
list said instead of a question) answered as their plain phrasings are."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

DEMO_REWORDINGS = [
    (
        "pvc with their pv reclaim policy",
        "SELECT c.namespace, c.name, v.reclaim_policy FROM persistentvolumeclaims c "
        "JOIN persistentvolumes v ON v.name = c.volume",
    ),
    ('how many pods run on the master node', "SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE list_contains(n.roles, 'control-plane')"),
    ('svc -n data and their not ready endpoints count', "SELECT s.name, e.not_ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'data'"),
    ('services where every endpoint is not ready', 'SELECT s.namespace, s.name FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE e.ready_address_count = 0 AND e.not_ready_address_count > 0'),
    ('users bound to cluster-admin', "SELECT DISTINCT unnest(users) FROM clusterrolebindings WHERE role_name = 'cluster-admin'"),
    ('namespaces user bob@acme.io can access', "SELECT DISTINCT namespace FROM rolebindings WHERE list_contains(users, 'bob@acme.io')"),
    ('how many pvcs are unused by pods', 'SELECT count(*) FROM persistentvolumeclaims c WHERE NOT EXISTS (SELECT 1 FROM pods p WHERE p.namespace = c.namespace AND list_contains(p.pvcs, c.name))'),
    ('ready endpoint count of svc payments-api -n payments', "SELECT e.ready_address_count FROM endpoints e WHERE e.namespace = 'payments' AND e.name = 'payments-api'"),
    ('hpa rescaling events', "SELECT namespace, involved_name, message FROM events WHERE reason = 'SuccessfulRescale'"),
    ('time of the last event', 'SELECT max(last_seen) FROM events'),
    ('namespaces with events in the last 5 min', 'SELECT DISTINCT namespace FROM events WHERE last_seen > now() - INTERVAL 5 MINUTE'),
]

REAL_REWORDINGS = [
    ('how many po are on the GPU node', 'SELECT count(*) FROM pods p JOIN nodes n ON p.node = n.name WHERE n.gpu_capacity > 0'),
    ('deploy with 0 ready po', "SELECT d.namespace, d.name FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE r.namespace = d.namespace AND r.owner_kind = 'Deployment' AND r.owner_name = d.name AND p.is_ready)"),
    ('po using secret mysql-credentials -n team-b', "SELECT name FROM pods WHERE namespace = 'team-b' AND list_contains(secrets, 'mysql-credentials')"),
    ('resources user bob can access cluster wide', "SELECT r.resources FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name WHERE list_contains(b.users, 'bob')"),
    ('count po using secret mysql-credentials -n team-b', "SELECT count(*) FROM pods WHERE namespace = 'team-b' AND list_contains(secrets, 'mysql-credentials')"),
    ('in shop, which deployment has most pods', "SELECT r.owner_name, count(*) AS pods FROM pods p JOIN replicasets r ON r.namespace = p.namespace AND r.name = p.owner_name WHERE p.namespace = 'shop' AND r.owner_kind = 'Deployment' GROUP BY r.owner_name ORDER BY pods DESC LIMIT 1"),
    ('count ready endpoints for the reviews svc', "SELECT e.ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'bookinfo' AND s.name = 'reviews'"),
    ('not ready endpoints of svc reviews count', "SELECT e.not_ready_address_count FROM services s JOIN endpoints e ON e.namespace = s.namespace AND e.name = s.name WHERE s.namespace = 'bookinfo' AND s.name = 'reviews'"),
    ('verbs user alice has on po in team-a', "SELECT r.verbs FROM rolebindings b JOIN roles r ON r.namespace = b.namespace AND r.name = b.role_name WHERE b.namespace = 'team-a' AND b.role_kind = 'Role' AND list_contains(b.users, 'alice') AND list_contains(r.resources, 'pods')"),
    ('hpa metrics failures', "SELECT namespace, involved_name, message FROM events WHERE reason IN ('FailedGetResourceMetric', 'FailedGetPodsMetric', 'FailedComputeMetricsReplicas')"),
    ('count events repeated more than 10 times', 'SELECT count(*) FROM events WHERE count > 10'),
    ('number of distinct nodes with events', "SELECT count(DISTINCT involved_name) FROM events WHERE involved_kind = 'Node'"),
    ('roles bound to sa prometheus-k8s in kube-system', "SELECT DISTINCT role_name FROM rolebindings WHERE namespace = 'kube-system' AND list_contains(service_accounts, 'monitoring/prometheus-k8s')"),
    ('namespaces user alice can access', "SELECT DISTINCT namespace FROM rolebindings WHERE list_contains(users, 'alice')"),
]


@pytest.mark.parametrize(("question", "sql"), DEMO_REWORDINGS)
def test_demo_rewordings(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize(("question", "sql"), REAL_REWORDINGS)
def test_real_rewordings(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
