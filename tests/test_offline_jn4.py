"""Joins on the RBAC, storage, config and policy side (session jn4): counted column phrases, a related
kind's column said with a possessive, pods by their claims' storage class, namespaces by the priority
classes their pods use, per-class counts in one namespace, bindings counted per role, quotas and limit
ranges together, pods granted a cluster role through their service account, objects used by more than N."""

from __future__ import annotations

import pytest

from tests.test_offline import assert_same_rows

PODS_CLAIMS = (
    "FROM pods p JOIN persistentvolumeclaims c ON c.namespace = p.namespace AND list_contains(p.pvcs, c.name)"
)
SA_CRB = (
    "FROM pods p JOIN clusterrolebindings b "
    "ON list_contains(b.service_accounts, p.namespace || '/' || p.service_account)"
)

DEMO = [
    (
        "cluster role bindings and the verbs of their cluster role",
        "SELECT b.name, r.verbs FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name",
    ),
    (
        "pods using the default storage class",
        f"SELECT DISTINCT p.namespace, p.name {PODS_CLAIMS} "
        "JOIN storageclasses s ON s.name = c.storage_class WHERE s.is_default",
    ),
    (
        "which pods use storage class gp3?",
        f"SELECT DISTINCT p.namespace, p.name {PODS_CLAIMS} WHERE c.storage_class = 'gp3'",
    ),
    (
        "how many pvcs use each storage class in data?",
        "SELECT s.name, count(c.name) FROM storageclasses s LEFT JOIN persistentvolumeclaims c "
        "ON c.storage_class = s.name AND c.namespace = 'data' GROUP BY s.name",
    ),
    (
        "namespaces with a resource quota but no limit range",
        "SELECT n.name FROM namespaces n WHERE EXISTS (SELECT 1 FROM resourcequotas q WHERE q.namespace = n.name) "
        "AND NOT EXISTS (SELECT 1 FROM limitranges l WHERE l.namespace = n.name)",
    ),
    (
        "secrets used by more than one deployment",
        "SELECT s.namespace, s.name FROM secrets s JOIN deployments d ON d.namespace = s.namespace "
        "AND list_contains(d.secrets, s.name) GROUP BY s.namespace, s.name HAVING count(*) > 1",
    ),
    (
        "what resources can the ml-engineers group access in ml?",
        "SELECT r.resources FROM rolebindings b JOIN clusterroles r ON r.name = b.role_name "
        "WHERE b.namespace = 'ml' AND b.role_kind = 'ClusterRole' AND list_contains(b.groups, 'ml-engineers')",
    ),
    # already read so: kept
    (
        "pods in data and the storage class of their volumes",
        f"SELECT p.name, c.storage_class {PODS_CLAIMS} WHERE p.namespace = 'data'",
    ),
    (
        "storage classes that no pvc uses",
        "SELECT s.name FROM storageclasses s "
        "WHERE NOT EXISTS (SELECT 1 FROM persistentvolumeclaims c WHERE c.storage_class = s.name)",
    ),
    (
        "pods not selected by any network policy",
        "SELECT p.namespace, p.name FROM pods p WHERE NOT EXISTS (SELECT 1 FROM networkpolicies n "
        "WHERE n.namespace = p.namespace AND (n.selects_all OR map_entries(n.pod_selector) <@ map_entries(p.labels)))",
    ),
]

REAL = [
    (
        "crbs that give users access to secrets",
        "SELECT b.name, b.users FROM clusterrolebindings b JOIN clusterroles r ON r.name = b.role_name "
        "WHERE list_contains(r.resources, 'secrets') AND len(b.users) > 0",
    ),
    (
        "capacity of the pv behind each pvc in team-b",
        "SELECT c.name, v.capacity FROM persistentvolumeclaims c JOIN persistentvolumes v ON v.name = c.volume "
        "WHERE c.namespace = 'team-b'",
    ),
    (
        "pods using a volume whose reclaim policy is Retain",
        f"SELECT DISTINCT p.namespace, p.name {PODS_CLAIMS} "
        "JOIN persistentvolumes v ON v.name = c.volume WHERE v.reclaim_policy = 'Retain'",
    ),
    ("roles with more than 3 rules", "SELECT namespace, name FROM roles WHERE rule_count > 3"),
    ("cluster roles with at least 10 rules", "SELECT name FROM clusterroles WHERE rule_count >= 10"),
    (
        "rolebindings with the number of rules in their role",
        "SELECT b.namespace, b.name, r.rule_count FROM rolebindings b JOIN roles r "
        "ON r.namespace = b.namespace AND r.name = b.role_name WHERE b.role_kind = 'Role'",
    ),
    (
        "autoscaled deployments and their hpa's max replicas",
        "SELECT d.namespace, d.name, h.max_replicas FROM deployments d JOIN horizontalpodautoscalers h "
        "ON h.namespace = d.namespace AND h.target_kind = 'Deployment' AND h.target_name = d.name",
    ),
    (
        "which pods use the fast storage class",
        f"SELECT DISTINCT p.namespace, p.name {PODS_CLAIMS} WHERE c.storage_class = 'fast'",
    ),
    (
        "which namespaces use the system-node-critical priority class?",
        "SELECT DISTINCT namespace FROM pods WHERE priority_class = 'system-node-critical'",
    ),
    (
        "how many pods use each priority class in monitoring?",
        "SELECT c.name, count(p.name) FROM priorityclasses c LEFT JOIN pods p "
        "ON p.priority_class = c.name AND p.namespace = 'monitoring' GROUP BY c.name",
    ),
    (
        "how many cluster role bindings does each cluster role have?",
        "SELECT r.name, count(b.name) FROM clusterroles r LEFT JOIN clusterrolebindings b "
        "ON b.role_name = r.name GROUP BY r.name",
    ),
    (
        "which pods run as a service account bound to a cluster role?",
        f"SELECT DISTINCT p.namespace, p.name {SA_CRB}",
    ),
    (
        "pods in monitoring and the cluster roles their service account is bound to",
        f"SELECT p.name, b.role_name {SA_CRB} WHERE p.namespace = 'monitoring'",
    ),
]


@pytest.mark.parametrize("question,sql", DEMO)
def test_demo_joins(translator, engine, question, sql):
    assert_same_rows(translator, engine, question, sql, columns=True)


@pytest.mark.parametrize("question,sql", REAL)
def test_real_joins(real_translator, real_engine, question, sql):
    assert_same_rows(real_translator, real_engine, question, sql, columns=True)
